"""Inline keyboards as functions of (t, data)."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup


def rows(buttons: Sequence[InlineKeyboardButton], width: int = 2) -> InlineKeyboardMarkup:
    """Lay buttons out in rows of `width`."""
    grid = [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]
    return InlineKeyboardMarkup(grid)
