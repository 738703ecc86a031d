"""/help and /cancel outside any conversation."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.context import BotContext
from handlers.access import menus


async def help_command(update: Update, context: BotContext) -> None:
    """List what this person can do."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(menus.render_help(context))


async def cancel(update: Update, context: BotContext) -> None:
    """Answer /cancel when no conversation is running."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(context.t("cancel-nothing"))


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Commands available to everyone."""
    return [CommandHandler("help", help_command), CommandHandler("cancel", cancel)]
