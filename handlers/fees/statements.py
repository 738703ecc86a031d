"""/fees: a resident's bills per unit and paid history; a manager's collection rates."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import FeeHistory, FeeStop, FeeUnit, MenuAction
from bot.context import BotContext
from handlers import keyboards
from handlers.fees import payment_text
from handlers.fees import text as fee_text


def _chat_id(update: Update) -> int:
    """The chat to answer in."""
    assert update.effective_chat is not None
    return update.effective_chat.id


def _unit_arg(update: Update) -> int:
    """The unit id on a pressed statement or history button."""
    assert update.callback_query is not None
    data = FeeUnit.unpack(update.callback_query.data) or FeeHistory.unpack(
        update.callback_query.data
    )
    assert data is not None
    return data.unit_id


async def fees(update: Update, context: BotContext) -> None:
    """Show collection rates to staff, and the statement (or a unit choice) to residents."""
    if update.callback_query:
        await update.callback_query.answer()
    viewer = context.require_viewer()
    chat_id = _chat_id(update)
    overview = await context.services.fees.collection_overview(viewer)
    for item in overview:
        await context.bot.send_message(chat_id, fee_text.collection(context.t, item))
    units = await context.services.fees.units(viewer)
    if len(units) == 1:
        await _send_statement(update, context, units[0].id)
    elif units:
        await context.bot.send_message(
            chat_id,
            context.t("fee-pick-unit"),
            reply_markup=fee_text.unit_picker(context.t, units),
        )
    elif not overview:
        await context.bot.send_message(chat_id, context.t("fee-no-units"))


async def show_unit(update: Update, context: BotContext) -> None:
    """Show the statement of the unit on the button (the service checks it is theirs)."""
    assert update.callback_query is not None
    await _send_statement(update, context, _unit_arg(update))
    await update.callback_query.answer()


async def show_history(update: Update, context: BotContext) -> None:
    """Show a unit's bills paid in the last 12 months."""
    query = update.callback_query
    assert query is not None
    paid = await context.services.fees.history(context.require_viewer(), _unit_arg(update))
    await query.answer()
    buttons = payment_text.receipt_buttons(context.t, paid.receipts)
    await context.bot.send_message(
        _chat_id(update),
        fee_text.history(context.t, paid),
        reply_markup=keyboards.rows(buttons, 1) if buttons else None,
    )


async def stop_reminders(update: Update, context: BotContext) -> None:
    """Turn fee reminders off from the button under a reminder."""
    assert update.callback_query is not None
    await context.services.fee_reminders.set_enabled(context.require_account().id, False)
    await update.callback_query.answer(context.t("fee-reminders-stopped"), show_alert=True)


async def _send_statement(update: Update, context: BotContext, unit_id: int) -> None:
    """Send one unit's statement with its buttons."""
    found = await context.services.fees.statement(context.require_viewer(), unit_id)
    await context.bot.send_message(
        _chat_id(update),
        fee_text.statement(context.t, found),
        reply_markup=fee_text.statement_keyboard(context.t, found),
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/fees, the menu button and the statement buttons."""
    return [
        CommandHandler("fees", fees),
        CallbackQueryHandler(fees, pattern=MenuAction.where(action="fees")),
        CallbackQueryHandler(show_unit, pattern=FeeUnit.matches),
        CallbackQueryHandler(show_history, pattern=FeeHistory.matches),
        CallbackQueryHandler(stop_reminders, pattern=FeeStop.matches),
    ]
