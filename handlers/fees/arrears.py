"""/arrears: the overdue units of a butler's grids, a unit's card, and its collection log."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import ArrearsFix, ArrearsLog, ArrearsPage, ArrearsUnit, MenuAction
from bot.context import BotContext
from handlers.fees import arrears_text
from handlers.fees.arrears_flow import (
    FIX_CONFIRM,
    STEPS,
    EntryDraft,
    begin_fix,
    begin_log,
    finish_fix,
    finish_log,
    prefill,
    prompt_args,
)
from handlers.flow import Entry, Flow
from handlers.flow.engine import start_flow


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


async def fix(update: Update, context: BotContext) -> None:
    """Start correcting one's own entry, from where it stands (refused after a day)."""
    query = update.callback_query
    assert query is not None
    data = ArrearsFix.unpack(query.data)
    assert data is not None
    found = await context.services.arrears.correctable(context.require_viewer(), data.log_id)
    args = {"log_id": found.log.id, "prefill": prefill(found.log)}
    await start_flow(update, context, FIX.name, args)


LOG = Flow(
    name="arrears_entry",
    title="flow-title-arrears",
    draft=EntryDraft,
    begin=begin_log,
    finish=finish_log,
    prompt_args=prompt_args,
    entries=[Entry(ArrearsLog, lambda data: {"unit_id": data.unit_id})],
    steps=STEPS,
)
FIX = Flow(
    name="arrears_fix",
    title="flow-title-arrears-fix",
    draft=EntryDraft,
    begin=begin_fix,
    finish=finish_fix,
    prompt_args=prompt_args,
    steps=[*STEPS, FIX_CONFIRM],
)
FLOWS: list[Flow[Any]] = [LOG, FIX]


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/arrears, its menu button, the list and card buttons, and the correction's start."""
    return [
        CommandHandler("arrears", arrears),
        CallbackQueryHandler(arrears, pattern=MenuAction.where(action="arrears")),
        CallbackQueryHandler(page, pattern=ArrearsPage.matches),
        CallbackQueryHandler(unit, pattern=ArrearsUnit.matches),
        CallbackQueryHandler(fix, pattern=ArrearsFix.matches),
    ]
