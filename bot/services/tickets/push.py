"""Who hears about a ticket, and the arguments of the pushes about it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.complaints.rules import COMPLAINT_TYPE_KEYS
from bot.services.notify.notifier import Button, Notifier
from bot.services.scheduling.calendar import QuietHours
from storage.models import Ticket
from storage.repositories import estates, household, people

CATEGORY_KEYS = {
    "water": "category-water",
    "electricity": "category-electricity",
    "doors_windows": "category-doors-windows",
    "elevator": "category-elevator",
    "public_area": "category-public-area",
    "gas": "category-gas",
    "other": "category-other",
}
VISIT_KEYS = {
    "asap": "visit-asap",
    "today": "visit-today",
    "tomorrow": "visit-tomorrow",
    "morning": "visit-morning",
    "afternoon": "visit-afternoon",
    "evening": "visit-evening",
}
STATUS_KEYS = {
    "new": "status-new",
    "accepted": "status-accepted",
    "in_progress": "status-in-progress",
    "resolved": "status-resolved",
    "closed": "status-closed",
    "reopened": "status-reopened",
    "transferred": "status-transferred",
    "cancelled": "status-cancelled",
}
ACTION_BUTTON_KEYS = {
    "accept": "ticket-btn-accept",
    "start": "ticket-btn-start",
    "resolve": "ticket-btn-resolve",
    "transfer": "ticket-btn-transfer",
    "escalate": "ticket-btn-escalate",
}
ACTION_CODES = {
    "accept": "acc",
    "start": "go",
    "resolve": "res",
    "transfer": "tr",
    "escalate": "esc",
}


def key_arg(key: str, **args: Any) -> dict[str, Any]:
    """An argument the dispatcher translates first (a category name, a status …)."""
    return {"key": key, "args": args}


def category_label_key(ticket: Ticket) -> str:
    """The locale key naming a ticket's category (repair or complaint)."""
    if ticket.kind == "complaint":
        return COMPLAINT_TYPE_KEYS.get(ticket.category, "category-other")
    return CATEGORY_KEYS.get(ticket.category, "category-other")


def action_buttons(ticket: Ticket, actions: list[str]) -> list[list[Button]]:
    """The staff buttons for some actions on a ticket."""
    buttons = [
        Button(key=ACTION_BUTTON_KEYS[a], data=f"1:tk:{ACTION_CODES[a]}:{ticket.id}")
        for a in actions
    ]
    return [buttons[i : i + 3] for i in range(0, len(buttons), 3)]


class TicketPush:
    """Sends ticket news to staff and residents through the notifier."""

    def __init__(self, notifier: Notifier, clock: Clock) -> None:
        self.notifier = notifier
        self._clock = clock

    async def card_args(self, conn: AsyncConnection, ticket: Ticket) -> dict[str, Any]:
        """The household card and ticket facts for a staff push."""
        unit = await estates.unit(conn, ticket.unit_id) if ticket.unit_id else None
        card: dict[str, Any] = {"residents": [], "open_tickets": 0, "complaints": 0}
        card["overdue_minor"] = 0
        if unit is not None:
            card = await household.card(conn, unit.id, self._clock.now().date())
        reporter = ""
        if ticket.reporter_account_id:
            reporter = (await people.names(conn, [ticket.reporter_account_id])).get(
                ticket.reporter_account_id, ""
            )
        return {
            "code": ticket.code,
            "category": key_arg(category_label_key(ticket)),
            "urgent": "yes" if ticket.urgent else "no",
            "where": ticket.location_note or (unit.code if unit else "-"),
            "description": ticket.description,
            "visit": key_arg(VISIT_KEYS.get(ticket.visit_time, "visit-asap")),
            "unit": unit.code if unit else "-",
            "reporter": reporter or "-",
            "residents": ", ".join(card["residents"]) or "-",
            "open": card["open_tickets"],
            "complaints": card["complaints"],
            "arrears": "yes" if card["overdue_minor"] else "no",
        }

    async def staff_for(self, conn: AsyncConnection, ticket: Ticket) -> list[int]:
        """The assignee, else the grid's butlers, else the estate's managers."""
        if ticket.assignee_account_id:
            return [ticket.assignee_account_id]
        butlers = await people.butlers_of_grid(conn, ticket.grid_id)
        return butlers or await people.staff_accounts(conn, ticket.estate_id, "manager")

    async def managers(self, conn: AsyncConnection, ticket: Ticket) -> list[int]:
        """The estate's managers."""
        return await people.staff_accounts(conn, ticket.estate_id, "manager")

    async def to_staff(
        self,
        conn: AsyncConnection,
        accounts: list[int],
        key: str,
        ticket: Ticket,
        *,
        buttons: list[list[Button]] | None = None,
        photos: list[str] | None = None,
        dedupe: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        """Push a ticket message to staff (staff get pushes at any hour)."""
        args = await self.card_args(conn, ticket) | (extra or {})
        for account_id in accounts:
            await self.notifier.push(
                conn,
                account_id,
                key,
                args=args,
                buttons=buttons,
                photos=photos,
                urgent=True,
                dedupe_key=f"{dedupe}:{account_id}" if dedupe else None,
            )

    async def to_reporter(
        self,
        conn: AsyncConnection,
        ticket: Ticket,
        key: str,
        *,
        args: dict[str, Any] | None = None,
        buttons: list[list[Button]] | None = None,
        photos: list[str] | None = None,
        dedupe: str | None = None,
    ) -> None:
        """Push news to the resident who filed the ticket, respecting quiet hours."""
        if ticket.reporter_account_id is None or ticket.source != "resident":
            return
        estate = await estates.estate(conn, ticket.estate_id)
        assert estate is not None
        await self.notifier.push(
            conn,
            ticket.reporter_account_id,
            key,
            args={"code": ticket.code} | (args or {}),
            buttons=buttons,
            photos=photos,
            urgent=ticket.urgent,
            quiet=QuietHours.of(estate.quiet_start, estate.quiet_end, estate.timezone),
            dedupe_key=dedupe,
        )
