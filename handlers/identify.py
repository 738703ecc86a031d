"""Runs first on every update: find the account and its language."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, TypeHandler

from bot.context import BotContext


async def identify(update: Update, context: BotContext) -> None:
    """Load (or create) the account of the user behind this update."""
    user = update.effective_user
    if user is None or user.is_bot:
        return
    accounts = context.services.accounts
    context.account = await accounts.seen(
        user.id, user.full_name, user.username, user.language_code
    )
    context.language = accounts.language_of(context.account)
    context.viewer = await context.services.access.viewer(context.account)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The identify handler, for the first group."""
    return [TypeHandler(Update, identify)]
