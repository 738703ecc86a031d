"""Small helpers shared by handler modules."""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import BadRequest


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
