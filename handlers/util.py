"""Small helpers shared by handler modules."""

from __future__ import annotations

from telegram import Update


async def ack_button(update: Update) -> None:
    """Answer the button press behind this update, if there was one."""
    if update.callback_query is not None:
        await update.callback_query.answer()
