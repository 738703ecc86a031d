"""/digest: the manager's daily digest on demand (the same text as the 08:00 push)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction
from bot.context import BotContext
from bot.services.digest.figures import digest_args
from handlers.util import ack_button


async def digest(update: Update, context: BotContext) -> None:
    """Send today's digest (yesterday's figures) and its chart."""
    assert update.effective_message is not None
    await ack_button(update)
    figures, chart = await context.services.digest.for_manager(context.require_viewer())
    key = "digest-empty" if figures.empty else "digest-text"
    await update.effective_message.reply_text(context.t(key, **digest_args(figures)))
    await update.effective_message.reply_photo(chart)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The /digest command and menu button."""
    return [
        CommandHandler("digest", digest),
        CallbackQueryHandler(digest, pattern=MenuAction.where(action="digest")),
    ]
