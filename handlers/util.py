"""Small helpers shared by handler modules."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ConversationHandler

from bot.context import BotContext
from bot.errors import AppError


async def ack_button(update: Update) -> None:
    """Answer the button press behind this update, if there was one."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def edit_in_place(
    query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    """Edit the pressed message; an edit that changes nothing (a double tap) is fine."""
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


async def edit_markup_in_place(query: CallbackQuery, markup: InlineKeyboardMarkup | None) -> None:
    """Replace the pressed message's buttons; the same buttons again (escalate) are fine."""
    try:
        await query.edit_message_reply_markup(markup)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


Step = Callable[[Update, BotContext], Coroutine[Any, Any, Any]]


def reask(key: str) -> Step:
    """A fallback that answers anything unexpected in a conversation with one text."""

    async def handler(update: Update, context: BotContext) -> None:
        """Say what the current step needs."""
        await ack_button(update)
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, context.t(key))

    return handler


def cancel(draft: str) -> Step:
    """A /cancel that drops the conversation's draft and ends it."""

    async def handler(update: Update, context: BotContext) -> int:
        """Drop the draft; nothing changes."""
        await context.services.drafts.clear(context.require_account().id, draft)
        await ack_button(update)
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, context.t("cancel-done"))
        return ConversationHandler.END

    return handler


async def resident_start(update: Update, context: BotContext) -> int | None:
    """Open a resident's flow: only people bound to a unit; their unit when they have one."""
    await ack_button(update)
    occupancies = context.require_viewer().occupancies
    if not occupancies:
        raise AppError("repair-need-unit")
    return occupancies[0].unit_id if len(occupancies) == 1 else None
