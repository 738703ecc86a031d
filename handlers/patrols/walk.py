"""Patrols in chat: /patrol, the walk in one card edited in place, a problem as a short flow."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, PatrolStart, PatrolStep
from bot.context import BotContext
from bot.messages import edit_or_send
from bot.services.patrols import rules
from bot.services.patrols.tasks import TaskView
from handlers import keyboards
from handlers.flow import Entry, Flow, Photos, Reply, Text
from handlers.util import ack_button


def progress(context: BotContext, view: TaskView) -> tuple[str, InlineKeyboardMarkup | None]:
    """The walk card: where the walk stands and the current item's buttons."""
    task = view.task
    header = context.t(
        "patrol-progress",
        date=task.local_date.isoformat(),
        done=view.done,
        total=len(view.checklist),
        problems=view.problems,
    )
    if task.status == rules.DONE:
        return header + "\n" + context.t("patrol-finished"), None
    if task.status != rules.IN_PROGRESS:
        return header + "\n" + context.t(rules.STATUS_KEYS[task.status]), None
    item = rules.item_args(view.checklist[task.position])
    text = header + "\n" + context.t("patrol-item", number=task.position + 1, **item)
    if view.checklist[task.position] == "renovation":
        lines = "\n".join(f"• {line}" for line in view.renovations)
        text += "\n" + context.t("patrol-renovations", count=len(view.renovations), lines=lines)
    buttons = [
        InlineKeyboardButton(
            context.t(label),
            callback_data=PatrolStep(
                action=action, task_id=task.id, position=task.position
            ).pack(),
        )
        for action, label in (("ok", "patrol-btn-ok"), ("bad", "patrol-btn-problem"))
    ]
    return text, keyboards.rows(buttons)


async def show_walk(
    context: BotContext, chat_id: int, view: TaskView, message_id: int | None
) -> None:
    """Edit the walk card (or send it anew when it is gone) and remember where it is."""
    text, markup = progress(context, view)
    shown = await edit_or_send(context.bot, chat_id, message_id, text, markup)
    if shown != message_id and view.task.status == rules.IN_PROGRESS:
        await context.services.patrol_walk.remember_message(
            context.require_viewer(), view.task.id, chat_id, shown
        )


async def start(update: Update, context: BotContext) -> None:
    """Start or continue a task: a new walk card below."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data = PatrolStart.unpack(query.data)
    assert data is not None
    view = await context.services.patrol_walk.start(context.require_viewer(), data.task_id)
    await show_walk(context, query.message.chat.id, view, None)
    await query.answer()


async def ok(update: Update, context: BotContext) -> None:
    """The current item is fine: the card moves on."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data = PatrolStep.unpack(query.data)
    assert data is not None
    view = await context.services.patrol_walk.answer(
        context.require_viewer(), data.task_id, data.position, True
    )
    await show_walk(context, query.message.chat.id, view, query.message.message_id)
    await query.answer()


async def ticket(update: Update, context: BotContext) -> None:
    """Open an internal repair ticket for a problem, in one tap."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data = PatrolStep.unpack(query.data)
    assert data is not None
    walk, viewer = context.services.patrol_walk, context.require_viewer()
    view = await walk.view(viewer, data.task_id)
    item = (
        rules.item_args(view.checklist[data.position])
        if data.position < len(view.checklist)
        else {}
    )
    item_text = context.t("patrol-item-name", **item) if item else ""
    opened = await walk.open_ticket(viewer, data.task_id, data.position, item_text)
    text = context.t("patrol-ticket-opened", code=opened.code)
    await edit_or_send(context.bot, query.message.chat.id, query.message.message_id, text, None)
    await query.answer()


class ProblemDraft(BaseModel):
    """A problem found at one checkpoint."""

    task_id: int
    position: int
    note: str | None = None
    photos: list[str] = Field(default_factory=list)


async def begin(context: BotContext, args: dict[str, Any]) -> ProblemDraft:
    """Only staff of the task's grid."""
    await context.services.patrol_walk.view(context.require_viewer(), args["task_id"])
    return ProblemDraft(task_id=args["task_id"], position=args["position"])


async def finish(context: BotContext, draft: ProblemDraft, token: str) -> Reply:
    """Record the problem; the walk card moves on; a ticket is one tap away."""
    viewer = context.require_viewer()
    photo = draft.photos[0] if draft.photos else None
    view = await context.services.patrol_walk.answer(
        viewer, draft.task_id, draft.position, False, draft.note or "", photo, token=token
    )
    chat_id = viewer.account.telegram_id
    await show_walk(context, chat_id, view, view.task.progress_message_id)
    data = PatrolStep(action="tk", task_id=draft.task_id, position=draft.position).pack()
    button = InlineKeyboardButton(context.t("patrol-btn-ticket"), callback_data=data)
    data = PatrolStep(action="vl", task_id=draft.task_id, position=draft.position).pack()
    violation = InlineKeyboardButton(context.t("patrol-btn-violation"), callback_data=data)
    return Reply(context.t("patrol-problem-saved"), InlineKeyboardMarkup([[button], [violation]]))


PROBLEM = Flow(
    name="patrol_problem",
    title="flow-title-patrol-problem",
    draft=ProblemDraft,
    begin=begin,
    finish=finish,
    entries=[
        Entry(
            PatrolStep,
            lambda data: {"task_id": data.task_id, "position": data.position},
            when=lambda data: data.action == "bad",
        )
    ],
    steps=[
        Text(
            field="note",
            prompt="patrol-ask-note",
            max_length=rules.MAX_NOTE,
            photos_to="photos",
            photos_max=1,
        ),
        Photos(field="photos", prompt="patrol-ask-photo", max_count=1),
    ],
)
FLOWS = [PROBLEM]


async def today(update: Update, context: BotContext) -> None:
    """/patrol: today's tasks with a button to start or continue each."""
    assert update.effective_message is not None
    await ack_button(update)
    views = await context.services.patrol_walk.today(context.require_viewer())
    if not views:
        await update.effective_message.reply_text(context.t("patrol-none-today"))
        return
    lines = [context.t("patrol-today-header")]
    buttons = []
    for view in views:
        status = context.t(rules.STATUS_KEYS[view.task.status])
        lines.append(
            context.t(
                "patrol-today-line",
                number=view.task.id,
                status=status,
                done=view.done,
                total=len(view.checklist),
            )
        )
        if view.task.status in (rules.PENDING, rules.IN_PROGRESS):
            label = context.t("patrol-btn-start-numbered", number=view.task.id)
            data = PatrolStart(task_id=view.task.id).pack()
            buttons.append(InlineKeyboardButton(label, callback_data=data))
    markup = keyboards.rows(buttons) if buttons else None
    await update.effective_message.reply_text("\n".join(lines), reply_markup=markup)


def build_handlers() -> list[BaseHandler[Update, BotContext, Any]]:
    """Patrol buttons and /patrol."""
    return [
        CallbackQueryHandler(start, pattern=PatrolStart.matches),
        CallbackQueryHandler(ok, pattern=PatrolStep.where(action="ok")),
        CallbackQueryHandler(ticket, pattern=PatrolStep.where(action="tk")),
        CommandHandler("patrol", today),
        CallbackQueryHandler(today, pattern=MenuAction.where(action="patrol")),
    ]
