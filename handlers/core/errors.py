"""The one error handler: log with the traceback, answer the user in their language, stop."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.context import BotContext
from bot.errors import AppError, NotAllowed, NotFound
from handlers.core.identify import identify

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure and tell the user, without details; no later handler runs for it."""
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
        generic = key in (NotFound.key, NotAllowed.key)  # a specific refusal says more
        if isinstance(error, NotFound | NotAllowed) and generic and await _removed(context):
            key, args = "members-no-longer-bound", {}
        text = context.t(key, **args)
        if update.callback_query is not None:
            try:
                await update.callback_query.answer(text, show_alert=True)
            except TelegramError:  # answered already, or too old: say it in the chat
                if update.effective_chat is not None:
                    await context.bot.send_message(update.effective_chat.id, text)
        elif update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, text)
    except Exception:
        log.warning("could not tell the user about an error", exc_info=True)
    raise ApplicationHandlerStop


async def _removed(context: BotContext) -> bool:
    """Someone whose bindings are all gone (removed by the owner, a lease ended, unbound by
    management) presses an old button: say so instead of "not found"."""
    if context.viewer is None:
        return False
    return await context.services.members.was_removed(context.viewer)
