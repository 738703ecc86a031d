"""/settings: personal preferences; for now whether fee reminders come."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.context import BotContext
from handlers import callbacks


def _render(context: BotContext, on: bool) -> tuple[str, InlineKeyboardMarkup]:
    """The preferences text and its toggle button."""
    state = context.t("preferences-on" if on else "preferences-off")
    label = context.t("preferences-fee-turn-off" if on else "preferences-fee-turn-on")
    button = InlineKeyboardButton(
        label, callback_data=callbacks.make("set", "fee", "off" if on else "on")
    )
    return context.t("preferences-text", fee=state), InlineKeyboardMarkup([[button]])


async def show_preferences(update: Update, context: BotContext) -> None:
    """Show the preferences with a toggle for fee reminders."""
    assert update.effective_message is not None
    on = await context.services.fee_reminders.enabled(context.require_account().id)
    text, markup = _render(context, on)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def toggle_fee_reminders(update: Update, context: BotContext) -> None:
    """Turn fee reminders on or off as the button says, and show the new state."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    on = bool(parsed and parsed.args and parsed.args[0] == "on")
    await context.services.fee_reminders.set_enabled(context.require_account().id, on)
    await query.answer()
    text, markup = _render(context, on)
    await query.edit_message_text(text, reply_markup=markup)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/settings and its toggle."""
    return [
        CommandHandler("settings", show_preferences),
        CallbackQueryHandler(toggle_fee_reminders, pattern=r"^1:set:fee:(on|off)$"),
    ]
