"""Patrols in chat: /patrol, start a task, each item OK or a problem, edited in place."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.context import BotContext
from bot.errors import NotFound
from bot.services.patrols.tasks import TaskView, rules
from handlers import callbacks, keyboards, util
from handlers.util import ack_button, edit_in_place

DRAFT = "patrol_problem"
STATUS_KEYS = {
    rules.PENDING: "patrol-status-pending",
    rules.IN_PROGRESS: "patrol-status-in-progress",
    rules.DONE: "patrol-status-done",
    rules.MISSED: "patrol-status-missed",
}


class ProblemState(IntEnum):
    """Describing a problem found on the walk."""

    NOTE = 1
    PHOTO = 2


def _args(update: Update) -> tuple[int, int]:
    assert update.callback_query is not None
    parsed = callbacks.parse(update.callback_query.data)
    task_id = parsed.arg_int(0) if parsed else None
    if task_id is None or parsed is None:
        raise NotFound()
    return task_id, parsed.arg_int(1) or 0


def progress(context: BotContext, view: TaskView) -> tuple[str, InlineKeyboardMarkup | None]:
    """The progress message: where the walk stands and the current item's buttons."""
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
        return header + "\n" + context.t(STATUS_KEYS[task.status]), None
    item = rules.item_args(view.checklist[task.position])
    text = header + "\n" + context.t("patrol-item", number=task.position + 1, **item)
    buttons = [
        InlineKeyboardButton(
            context.t("patrol-btn-ok"),
            callback_data=callbacks.make("pt", "ok", task.id, task.position),
        ),
        InlineKeyboardButton(
            context.t("patrol-btn-problem"),
            callback_data=callbacks.make("pt", "bad", task.id, task.position),
        ),
    ]
    return text, keyboards.rows(buttons)


async def start(update: Update, context: BotContext) -> None:
    """Start or continue a task; the pressed message becomes the progress message."""
    query = update.callback_query
    assert query is not None and query.message is not None
    task_id, _ = _args(update)
    viewer = context.require_viewer()
    view = await context.services.patrol_walk.start(viewer, task_id)
    text, markup = progress(context, view)
    await query.answer()
    sent = await context.bot.send_message(query.message.chat.id, text, reply_markup=markup)
    await context.services.patrol_walk.remember_message(
        viewer, task_id, sent.chat.id, sent.message_id
    )


async def ok(update: Update, context: BotContext) -> None:
    """The current item is fine: move on, editing the progress message."""
    query = update.callback_query
    assert query is not None
    task_id, position = _args(update)
    view = await context.services.patrol_walk.answer(
        context.require_viewer(), task_id, position, True
    )
    text, markup = progress(context, view)
    await edit_in_place(query, text, markup)
    await query.answer()


async def problem(update: Update, context: BotContext) -> ProblemState:
    """Ask what is wrong with the current item."""
    query = update.callback_query
    assert query is not None and query.message is not None
    task_id, position = _args(update)
    viewer = context.require_viewer()
    await context.services.patrol_walk.view(viewer, task_id)  # access check
    await context.services.drafts.clear(viewer.account.id, DRAFT)
    await context.services.drafts.update(
        viewer.account.id, DRAFT, task_id=task_id, position=position
    )
    await query.answer()
    await context.bot.send_message(query.message.chat.id, context.t("patrol-ask-note"))
    return ProblemState.NOTE


async def note(update: Update, context: BotContext) -> ProblemState:
    """Keep the note; ask for a photo."""
    message = update.effective_message
    assert message is not None and message.text is not None
    if not message.text.strip() or len(message.text) > rules.MAX_NOTE:
        await message.reply_text(context.t("patrol-note-too-long", limit=rules.MAX_NOTE))
        return ProblemState.NOTE
    await context.services.drafts.update(
        context.require_account().id, DRAFT, note=message.text.strip()
    )
    skip = InlineKeyboardButton(
        context.t("patrol-btn-no-photo"), callback_data=callbacks.make("pt", "nophoto")
    )
    await message.reply_text(context.t("patrol-ask-photo"), reply_markup=keyboards.rows([skip]))
    return ProblemState.PHOTO


async def photo(update: Update, context: BotContext) -> int:
    """Record the problem with its photo (or without one)."""
    await ack_button(update)
    message = update.effective_message
    file_id = message.photo[-1].file_id if message is not None and message.photo else None
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    task_id, position = int(draft.get("task_id", 0)), int(draft.get("position", 0))
    walk = context.services.patrol_walk
    viewer = context.require_viewer()
    view = await walk.answer(viewer, task_id, position, False, str(draft.get("note", "")), file_id)
    await context.services.drafts.clear(account_id, DRAFT)
    buttons = [
        InlineKeyboardButton(
            context.t("patrol-btn-ticket"),
            callback_data=callbacks.make("pt", "tk", task_id, position),
        ),
    ]
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id,
        context.t("patrol-problem-saved"),
        reply_markup=keyboards.rows(buttons),
    )
    text, markup = progress(context, view)
    if view.task.progress_chat_id and view.task.progress_message_id:
        await context.bot.edit_message_text(
            text, view.task.progress_chat_id, view.task.progress_message_id, reply_markup=markup
        )
    return ConversationHandler.END


async def ticket(update: Update, context: BotContext) -> None:
    """Open an internal repair ticket for a problem, in one tap."""
    query = update.callback_query
    assert query is not None
    task_id, position = _args(update)
    walk = context.services.patrol_walk
    view = await walk.view(context.require_viewer(), task_id)
    item = rules.item_args(view.checklist[position]) if position < len(view.checklist) else {}
    item_text = context.t("patrol-item-name", **item) if item else ""
    opened = await walk.open_ticket(context.require_viewer(), task_id, position, item_text)
    await query.edit_message_reply_markup(None)
    await query.answer(context.t("patrol-ticket-opened", code=opened.code), show_alert=True)


async def today(update: Update, context: BotContext) -> None:
    """/patrol: today's tasks with a button to start or continue each."""
    assert update.effective_message is not None
    await ack_button(update)
    viewer = context.require_viewer()
    if not viewer.butler_grids() and not viewer.managed_estates():
        await update.effective_message.reply_text(context.t("error-not-allowed"))
        return
    views = await context.services.patrol_walk.today(viewer)
    if not views:
        await update.effective_message.reply_text(context.t("patrol-none-today"))
        return
    lines = [context.t("patrol-today-header")]
    buttons = []
    for view in views:
        lines.append(
            context.t(
                "patrol-today-line",
                number=view.task.id,
                status=context.t(STATUS_KEYS[view.task.status]),
                done=view.done,
                total=len(view.checklist),
            )
        )
        if view.task.status in (rules.PENDING, rules.IN_PROGRESS):
            buttons.append(
                InlineKeyboardButton(
                    context.t("patrol-btn-start-numbered", number=view.task.id),
                    callback_data=callbacks.make("pt", "go", view.task.id),
                )
            )
    await update.effective_message.reply_text(
        "\n".join(lines), reply_markup=keyboards.rows(buttons) if buttons else None
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, Any]]:
    """Patrol buttons, the problem conversation and /patrol."""
    return [
        ConversationHandler(
            entry_points=[CallbackQueryHandler(problem, pattern=r"^1:pt:bad:")],
            states={
                ProblemState.NOTE: [MessageHandler(filters.TEXT & ~filters.COMMAND, note)],
                ProblemState.PHOTO: [
                    MessageHandler(filters.PHOTO, photo),
                    CallbackQueryHandler(photo, pattern=r"^1:pt:nophoto$"),
                ],
            },
            fallbacks=[
                CommandHandler("cancel", util.cancel(DRAFT)),
                MessageHandler(filters.ALL & ~filters.COMMAND, util.reask("patrol-reask")),
            ],
            name="patrol_problem",
            persistent=True,
            allow_reentry=True,
        ),
        CallbackQueryHandler(start, pattern=r"^1:pt:go:"),
        CallbackQueryHandler(ok, pattern=r"^1:pt:ok:"),
        CallbackQueryHandler(ticket, pattern=r"^1:pt:tk:"),
        CommandHandler("patrol", today),
        CallbackQueryHandler(today, pattern=r"^1:menu:patrol$"),
    ]
