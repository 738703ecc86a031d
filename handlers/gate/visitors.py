"""访客 in chat: a resident registers a visitor (a one-time code and its QR image to forward),
/visitors lists their passes and releases (revoke, cancel); staff see today's gate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, ReleaseAct, VisitorPassAct
from bot.context import BotContext
from bot.errors import AppError
from bot.services.gate import rules
from bot.services.gate.passes import VisitorInput
from bot.services.gate.qr import qr_png
from handlers import keyboards
from handlers.flow import Choice, Confirm, Day, Flow, Number, Option, Reply
from handlers.flow import Text as TextStep
from handlers.flow.common import YES_NO, resident_unit, unit_code, unit_step
from handlers.gate import text


async def starts(context: BotContext, draft: Any) -> list[Option]:
    """The hours a visit may start at (today: from this hour on)."""
    first = rules.FIRST_HOUR
    if draft.day == context.today().isoformat():
        first = max(first, context.services.clock.now().astimezone(context.zone()).hour)
    return [Option(str(h), f"{h:02d}:00", literal=True) for h in range(first, rules.LAST_HOUR)]


async def ends(context: BotContext, draft: Any) -> list[Option]:
    """The hours after the chosen start, to midnight."""
    start = int(draft.start or rules.FIRST_HOUR)
    return [
        Option(str(h), f"{h:02d}:00", literal=True) for h in range(start + 1, rules.LAST_HOUR + 1)
    ]


async def checked_plate(context: BotContext, draft: Any, typed: str) -> str:
    """A plate as stored (粤b 12345 → 粤B12345), or re-ask."""
    return rules.checked_plate(typed)


class VisitorDraft(BaseModel):
    """A visitor as the resident registers them."""

    unit_id: int | None = None
    name: str | None = None
    people: int | None = None
    plate: str | None = None
    day: str | None = None
    start: str | None = None
    end: str | None = None
    notify: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> VisitorDraft:
    """Residents only."""
    return VisitorDraft(unit_id=resident_unit(context))


def _form(draft: VisitorDraft) -> VisitorInput:
    return VisitorInput(
        unit_id=draft.unit_id or 0,
        name=draft.name or "",
        people=int(draft.people or 1),
        plate=draft.plate or "",
        day=date.fromisoformat(draft.day or "2000-01-01"),
        start_hour=int(draft.start or 0),
        end_hour=int(draft.end or 0),
        notify=draft.notify != "0",
    )


async def summary(context: BotContext, draft: VisitorDraft) -> str:
    """The visit as the gate will read it."""
    return context.t(
        "gate-visitor-summary",
        unit=unit_code(context, draft.unit_id),
        name=draft.name or "-",
        people=draft.people or 1,
        plate=draft.plate or "-",
        day=draft.day or "-",
        start=f"{int(draft.start or 0):02d}:00",
        end=f"{int(draft.end or 0):02d}:00",
        notify=1 if draft.notify != "0" else 0,
    )


async def finish(context: BotContext, draft: VisitorDraft, token: str) -> Reply:
    """Issue the pass; the QR image goes first, with the pass as its caption."""
    found = await context.services.visitor_passes.register(
        context.require_viewer(), _form(draft), token
    )
    await send_qr(context, found.id)
    return Reply(context.t("gate-visitor-done", code=found.code), pass_markup(context, found.id))


async def send_qr(context: BotContext, pass_id: int) -> None:
    """The pass's QR image, captioned with the pass, for the resident to forward."""
    found = await context.services.visitor_passes.own(context.require_viewer(), pass_id)
    await context.bot.send_photo(
        context.require_account().telegram_id,
        InputFile(qr_png(found.code), filename=f"pass-{found.code}.png"),
        caption=text.visitor_pass(context.t, found, context.zone()),
    )


def pass_markup(context: BotContext, pass_id: int) -> Any:
    """Revoke the pass, or get its QR image again."""
    return keyboards.rows(
        [
            InlineKeyboardButton(
                context.t("gate-button-qr"),
                callback_data=VisitorPassAct(action="qr", pass_id=pass_id).pack(),
            ),
            InlineKeyboardButton(
                context.t("gate-button-revoke"),
                callback_data=VisitorPassAct(action="rv", pass_id=pass_id).pack(),
            ),
        ]
    )


VISITOR = Flow(
    name="visitor",
    title="flow-title-visitor",
    draft=VisitorDraft,
    begin=begin,
    finish=finish,
    commands=("visitor",),
    menu="visitor",
    steps=[
        unit_step("gate-ask-unit"),
        TextStep(field="name", prompt="gate-ask-name", max_length=100),
        Number(
            field="people",
            prompt="gate-ask-people",
            minimum=Decimal(1),
            maximum=Decimal(rules.MAX_PEOPLE),
        ),
        TextStep(
            field="plate",
            prompt="gate-ask-plate",
            max_length=20,
            optional=True,
            check=checked_plate,
        ),
        Day(
            field="day",
            prompt="gate-ask-day",
            quick=("today", "tomorrow", "friday"),
            days_ahead=rules.DAYS_AHEAD,
        ),
        Choice(field="start", prompt="gate-ask-start", options=starts, columns=6),
        Choice(field="end", prompt="gate-ask-end", options=ends, columns=6),
        Choice(field="notify", prompt="gate-ask-notify", options=YES_NO),
        Confirm(summary=summary, editable=[("name", "gate-field-name")]),
    ],
)
FLOWS: list[Flow[Any]] = [VISITOR]


async def listing(update: Update, context: BotContext) -> None:
    """/visitors: staff see today's gate; residents their passes and releases."""
    assert update.effective_chat is not None
    chat = update.effective_chat.id
    if update.callback_query:
        await update.callback_query.answer()
    viewer = context.require_viewer()
    if viewer.staff:
        for day in await context.services.gate_board.today(viewer):
            await context.bot.send_message(chat, text.board(context.t, day))
    if not viewer.occupancies:
        if not viewer.staff:
            raise AppError("gate-need-unit")
        return
    passes = await context.services.visitor_passes.mine(viewer)
    releases = await context.services.goods_releases.mine(viewer)
    lines = [context.t("gate-mine-head") if passes or releases else context.t("gate-mine-none")]
    buttons = []
    for found in passes:
        lines.append(text.visitor_pass(context.t, found, context.zone()))
        if found.state == "active":
            data = VisitorPassAct(action="rv", pass_id=found.id).pack()
            label = context.t("gate-button-revoke-code", code=found.code)
            buttons.append(InlineKeyboardButton(label, callback_data=data))
    for release in releases:
        lines.append(text.release_card(context.t, release))
        if release.state in ("awaiting_owner", "approved"):
            data = ReleaseAct(action="cx", release_id=release.id).pack()
            label = context.t("gate-button-cancel-code", code=release.code)
            buttons.append(InlineKeyboardButton(label, callback_data=data))
    for key, action in (
        ("gate-button-new-visitor", "visitor"),
        ("gate-button-new-release", "release"),
    ):
        buttons.append(
            InlineKeyboardButton(context.t(key), callback_data=MenuAction(action=action).pack())
        )
    await context.bot.send_message(
        chat, "\n\n".join(lines), reply_markup=keyboards.rows(buttons, width=1)
    )


async def act(update: Update, context: BotContext) -> None:
    """Revoke a pass, or send its QR image again."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = VisitorPassAct.unpack(query.data)
    assert data is not None
    if data.action == "qr":
        await send_qr(context, data.pass_id)
        await query.answer()
        return
    found = await context.services.visitor_passes.revoke(context.require_viewer(), data.pass_id)
    await query.answer(context.t("gate-revoked", code=found.code))
    await context.bot.send_message(
        update.effective_chat.id, context.t("gate-revoked", code=found.code)
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/visitors and the pass buttons."""
    return [
        CommandHandler("visitors", listing),
        CallbackQueryHandler(listing, pattern=MenuAction.where(action="visitors")),
        CallbackQueryHandler(act, pattern=VisitorPassAct.where(action=("qr", "rv"))),
    ]
