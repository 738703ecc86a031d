"""Pieces several flows share: the resident's units, yes/no, a button to open a ticket."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import TicketAction
from bot.context import BotContext
from bot.errors import AppError
from handlers.flow.steps import Choice, Option

YES_NO = (Option("1", "flow-yes"), Option("0", "flow-no"))


def resident_unit(context: BotContext) -> int | None:
    """A resident's unit when they have one (None: they choose); others may not start."""
    occupancies = context.require_viewer().occupancies
    if not occupancies:
        raise AppError("repair-need-unit")
    return occupancies[0].unit_id if len(occupancies) == 1 else None


async def unit_options(context: BotContext, draft: Any) -> list[Option]:
    """The resident's units."""
    return [
        Option(str(o.unit_id), o.unit_code, literal=True)
        for o in context.require_viewer().occupancies
    ]


def unit_step(prompt: str) -> Choice:
    """Which of the resident's units, asked only when they have several."""
    return Choice(
        field="unit_id",
        prompt=prompt,
        options=unit_options,
        parse=int,
        when=lambda d: d.unit_id is None,
    )


def unit_code(context: BotContext, unit_id: int | None) -> str:
    """A unit's code among the resident's units."""
    codes = {o.unit_id: o.unit_code for o in context.require_viewer().occupancies}
    return codes.get(unit_id or 0, "-")


def open_ticket_button(context: BotContext, ticket_id: int, code: str) -> InlineKeyboardMarkup:
    """One button opening a ticket's card."""
    data = TicketAction(action="view", ticket_id=ticket_id).pack()
    label = context.t("ticket-btn-open", code=code)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])
