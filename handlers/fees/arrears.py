"""/arrears: the overdue units of a butler's grids, a unit's card, one-tap contact logs."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.context import BotContext
from bot.services.fees.arrears import ONE_TAP_KINDS, SORTS
from handlers import callbacks
from handlers.fees import arrears_text


def _parsed(update: Update) -> callbacks.Callback:
    """The pressed button's callback (an empty one when it does not parse)."""
    assert update.callback_query is not None
    return callbacks.parse(update.callback_query.data) or callbacks.Callback("arr", "")


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
    parsed = _parsed(update)
    sort = parsed.args[0] if parsed.args and parsed.args[0] in SORTS else "amount"
    found = await context.services.arrears.overdue(context.require_viewer(), sort)
    await query.answer()
    text, markup = arrears_text.listing(context.t, found, sort, parsed.arg_int(1) or 0)
    await query.edit_message_text(text, reply_markup=markup)


async def unit(update: Update, context: BotContext) -> None:
    """Show a unit's card (the service checks the butler works its grid)."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    card = await context.services.arrears.card(
        context.require_viewer(), _parsed(update).arg_int() or 0
    )
    await query.answer()
    text, markup = arrears_text.card(context.t, card)
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def log_contact(update: Update, context: BotContext) -> None:
    """Log a call, visit or message in one tap and refresh the card."""
    query = update.callback_query
    assert query is not None
    parsed = _parsed(update)
    kind = parsed.args[1] if len(parsed.args) > 1 and parsed.args[1] in ONE_TAP_KINDS else ""
    card = await context.services.arrears.log(
        context.require_viewer(), parsed.arg_int() or 0, kind
    )
    await query.answer(context.t("arrears-logged"))
    text, markup = arrears_text.card(context.t, card)
    await query.edit_message_text(text, reply_markup=markup)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/arrears, its menu button, and the list and card buttons."""
    return [
        CommandHandler("arrears", arrears),
        CallbackQueryHandler(arrears, pattern=r"^1:menu:arrears$"),
        CallbackQueryHandler(page, pattern=r"^1:arr:list:"),
        CallbackQueryHandler(unit, pattern=r"^1:arr:unit:"),
        CallbackQueryHandler(log_contact, pattern=r"^1:arr:log:"),
    ]
