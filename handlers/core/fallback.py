"""Last group: whatever no other handler took gets a clear answer, never silence."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.context import BotContext


async def unknown_message(update: Update, context: BotContext) -> None:
    """Answer a text, command or media the bot does not expect right now."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(context.t("fallback-unknown"))


async def stale_button(update: Update, context: BotContext) -> None:
    """Answer a button that belongs to no running flow (old, or forged)."""
    assert update.callback_query is not None
    await update.callback_query.answer(context.t("error-stale-button"), show_alert=True)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Catch-alls for private chats."""
    return [
        MessageHandler(filters.ChatType.PRIVATE, unknown_message),
        CallbackQueryHandler(stale_button),
    ]
