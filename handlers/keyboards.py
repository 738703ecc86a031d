"""Inline keyboards as functions of (t, data)."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translate
from bot.settings import SUPPORTED_LANGUAGES
from handlers import callbacks

LANGUAGE_LABEL_KEYS = {"zh-Hans": "language-name-zh-hans", "en": "language-name-en"}


def rows(buttons: Sequence[InlineKeyboardButton], width: int = 2) -> InlineKeyboardMarkup:
    """Lay buttons out in rows of `width`."""
    grid = [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]
    return InlineKeyboardMarkup(grid)


def languages(t: Translate) -> InlineKeyboardMarkup:
    """One button per supported language."""
    return rows(
        [
            InlineKeyboardButton(
                t(LANGUAGE_LABEL_KEYS[code]), callback_data=callbacks.make("lang", "set", code)
            )
            for code in SUPPORTED_LANGUAGES
        ]
    )
