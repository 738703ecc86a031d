"""Runs first on every update: find the account and its language."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from bot.context import BotContext


async def identify(update: Update, context: BotContext) -> None:
    """Load (or create) the account of the user behind this update."""
    user = update.effective_user
    if user is None or user.is_bot:
        return
    accounts = context.services.accounts
    context.account, context.viewer, context.flow = await accounts.identify(
        user.id, user.full_name, user.username, user.language_code
    )
    context.language = accounts.language_of(context.account)


async def private_only(update: Update, context: BotContext) -> None:
    """Butler works in private chats with a person.

    A command someone sends in a group gets a pointer; a button on an inline message gets a
    polite alert; channel posts and anything without a sender are ignored without a word.
    """
    chat, user = update.effective_chat, update.effective_user
    if user is None or user.is_bot:
        raise ApplicationHandlerStop
    if update.pre_checkout_query is not None:  # a payment's last check: no chat to it
        return
    query = update.callback_query
    if query is not None and query.message is None:  # a button under an inline message
        await identify(update, context)
        await query.answer(context.t("inline-not-supported"), show_alert=True)
        raise ApplicationHandlerStop
    if chat is not None and chat.type == ChatType.PRIVATE:
        return
    message = update.effective_message
    group = chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
    if group and message is not None and (message.text or "").startswith("/"):
        await identify(update, context)
        await message.reply_text(context.t("group-not-supported"))
    raise ApplicationHandlerStop


def guard_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The very first group: keep to private chats."""
    return [TypeHandler(Update, private_only)]


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The next group: find who is writing."""
    return [TypeHandler(Update, identify)]
