"""The one error handler: log with the traceback, answer the user in their language."""

from __future__ import annotations

import logging

from telegram import Update

from bot.context import BotContext
from bot.errors import AppError
from handlers.core.identify import identify

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure and tell the user, without exposing details."""
    error = context.error
    if isinstance(error, AppError):
        key, args = error.key, error.args_for_text
        log.info("domain error %s", error.key)
    else:
        key, args = "error-generic", {}
        log.error("unhandled error while handling an update", exc_info=error)
    if not isinstance(update, Update):
        return
    try:
        await identify(update, context)  # error contexts are fresh: find the language again
        if update.callback_query is not None:
            await update.callback_query.answer(context.t(key, **args), show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(context.t(key, **args))
    except Exception:
        log.warning("could not tell the user about an error", exc_info=True)
