"""/arrears: the overdue units of a butler's grids, a unit's card, one-tap contact logs."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import ArrearsLog, ArrearsNote, ArrearsPage, ArrearsUnit, MenuAction
from bot.context import BotContext
from bot.services.fees.arrears import MAX_NOTE, ONE_TAP_KINDS
from handlers.fees import arrears_text
from handlers.flow import Day, Entry, Flow, Reply, Text


async def arrears(update: Update, context: BotContext) -> None:
    """List the overdue units, largest amounts first."""
    if update.callback_query:
        await update.callback_query.answer()
    found = await context.services.arrears.overdue(context.require_viewer(), "amount")
    text, markup = arrears_text.listing(context.t, found, "amount", 0)
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def page(update: Update, context: BotContext) -> None:
    """Show another sort or page of the list in place."""
    query = update.callback_query
    assert query is not None
    data = ArrearsPage.unpack(query.data)
    assert data is not None
    found = await context.services.arrears.overdue(context.require_viewer(), data.sort)
    await query.answer()
    text, markup = arrears_text.listing(context.t, found, data.sort, data.page)
    await query.edit_message_text(text, reply_markup=markup)


async def unit(update: Update, context: BotContext) -> None:
    """Show a unit's card (the service checks the butler works its grid)."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = ArrearsUnit.unpack(query.data)
    assert data is not None
    card = await context.services.arrears.card(context.require_viewer(), data.unit_id)
    await query.answer()
    text, markup = arrears_text.card(context.t, card)
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def log_contact(update: Update, context: BotContext) -> None:
    """Log a call, visit or message in one tap and refresh the card."""
    query = update.callback_query
    assert query is not None
    data = ArrearsLog.unpack(query.data)
    assert data is not None
    kind = data.kind if data.kind in ONE_TAP_KINDS else ""
    card = await context.services.arrears.log(context.require_viewer(), data.unit_id, kind)
    await query.answer(context.t("arrears-logged"))
    text, markup = arrears_text.card(context.t, card)
    await query.edit_message_text(text, reply_markup=markup)


class ContactDraft(BaseModel):
    """A promise to pay or a note about an overdue unit."""

    unit_id: int
    unit: str
    kind: str
    promised: str | None = None
    note: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> ContactDraft:
    """Only staff of the unit's grid."""
    found = await context.services.arrears.check_unit(context.require_viewer(), args["unit_id"])
    return ContactDraft(unit_id=found.id, unit=found.code, kind=args["kind"])


async def finish(context: BotContext, draft: ContactDraft, token: str) -> Reply:
    """Log the contact; a promise reminds the butler on its day."""
    viewer = context.require_viewer()
    if draft.kind == "promise":
        assert draft.promised is not None
        found, day = await context.services.arrears.promise(
            viewer, draft.unit_id, date.fromisoformat(draft.promised), token
        )
        return Reply(context.t("arrears-promise-logged", unit=found.code, date=day.isoformat()))
    card = await context.services.arrears.log(
        viewer, draft.unit_id, "note", draft.note or "", token
    )
    return Reply(context.t("arrears-note-logged", unit=card.unit.code))


CONTACT = Flow(
    name="arrears_contact",
    title="flow-title-arrears",
    draft=ContactDraft,
    begin=begin,
    finish=finish,
    prompt_args=lambda context, draft: {"unit": draft.unit, "max": MAX_NOTE},
    entries=[Entry(ArrearsNote, lambda data: {"unit_id": data.unit_id, "kind": data.action})],
    steps=[
        Day(field="promised", prompt="arrears-ask-date", when=lambda d: d.kind == "promise"),
        Text(
            field="note",
            prompt="arrears-ask-note",
            max_length=MAX_NOTE,
            when=lambda d: d.kind == "note",
        ),
    ],
)
FLOWS = [CONTACT]


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/arrears, its menu button, and the list and card buttons."""
    return [
        CommandHandler("arrears", arrears),
        CallbackQueryHandler(arrears, pattern=MenuAction.where(action="arrears")),
        CallbackQueryHandler(page, pattern=ArrearsPage.matches),
        CallbackQueryHandler(unit, pattern=ArrearsUnit.matches),
        CallbackQueryHandler(log_contact, pattern=ArrearsLog.matches),
    ]
