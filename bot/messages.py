"""Editing messages that may be gone: Telegram's refusals that mean "send it anew" or "fine"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from bot.i18n import Translate

GONE = (
    "message to edit not found",
    "message can't be edited",
    "there is no text in the message to edit",
    "message_id_invalid",
)
UNCHANGED = "message is not modified"


def is_gone(error: BadRequest) -> bool:
    """Tell whether an edit failed because the message cannot be edited any more."""
    text = str(error).lower()
    return any(fragment in text for fragment in GONE)


def is_unchanged(error: BadRequest) -> bool:
    """Tell whether an edit failed only because nothing would change."""
    return UNCHANGED in str(error).lower()


def keyboard(t: Translate, buttons: Sequence[Sequence[Any]] | None) -> InlineKeyboardMarkup | None:
    """Buttons (stored dicts or Button models) as an inline keyboard in the reader's language."""
    if not buttons:
        return None
    rows = []
    for row in buttons:
        cells = []
        for button in row:
            b = button if isinstance(button, dict) else button.model_dump()
            label = t(b["key"], **b.get("args", {}))
            cells.append(
                InlineKeyboardButton(label, callback_data=b.get("data"), url=b.get("url"))
            )
        rows.append(cells)
    return InlineKeyboardMarkup(rows)


def literal_buttons(markup: InlineKeyboardMarkup | None) -> list[list[dict[str, Any]]] | None:
    """An inline keyboard as stored buttons whose labels are already in the reader's words."""
    if markup is None:
        return None
    return [
        [
            {
                "key": "literal-text",
                "args": {"text": b.text},
                "data": b.callback_data,
                "url": b.url,
            }
            for b in row
        ]
        for row in markup.inline_keyboard
    ]


async def edit_or_send(
    bot: Bot, chat_id: int, message_id: int | None, text: str, markup: InlineKeyboardMarkup | None
) -> int:
    """Edit a message in place, or send it anew when it is gone; return the message's id."""
    if message_id is not None:
        try:
            await bot.edit_message_text(text, chat_id, message_id, reply_markup=markup)
            return message_id
        except BadRequest as error:
            if is_unchanged(error):
                return message_id
            if not is_gone(error):
                raise
    sent = await bot.send_message(chat_id, text, reply_markup=markup)
    return sent.message_id


async def set_keyboard(
    bot: Bot, chat_id: int, message_id: int | None, markup: InlineKeyboardMarkup | None
) -> None:
    """Change a message's buttons; a message that is gone or already so is fine."""
    if message_id is None:
        return
    try:
        await bot.edit_message_reply_markup(chat_id, message_id, reply_markup=markup)
    except BadRequest as error:
        if not (is_gone(error) or is_unchanged(error)):
            raise


async def drop_keyboard(bot: Bot, chat_id: int, message_id: int | None) -> None:
    """Take the buttons off a message; one that is gone or has none is fine."""
    await set_keyboard(bot, chat_id, message_id, None)
