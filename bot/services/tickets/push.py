"""Who hears about a ticket, and the arguments of the pushes about it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.complaints.rules import CALLBACK_KEYS, COMPLAINT_TYPE_KEYS
from bot.services.notify.notifier import BUTTONS, CARD, Button, CardOf, Notifier
from bot.services.people.shifts import local_day, shift_of
from bot.services.scheduling.calendar import QuietHours
from bot.services.scheduling.timers import Timers
from bot.services.tickets.cards import (
    CardView,
    for_reader,
    history,
    key_arg,
    local_time,
    staff_buttons,
    status_key,
    todo_key,
)
from bot.services.tickets.visits import VISIT_KEYS
from storage.models import Ticket
from storage.repositories import duty, estates, household, people, tickets

SUMMARY_TIMER = "staff.summary"
# Staff news that can wait for the start of a shift (about a ticket that is not urgent).
HOLDABLE = (
    "ticket-card-staff",
    "complaint-card-staff",
    "ticket-transferred-staff",
    "ticket-reopened-staff",
    "ticket-rating-comment-staff",
)
CATEGORY_KEYS = {
    "water": "category-water",
    "electricity": "category-electricity",
    "doors_windows": "category-doors-windows",
    "elevator": "category-elevator",
    "public_area": "category-public-area",
    "gas": "category-gas",
    "other": "category-other",
}


def category_label_key(ticket: Ticket) -> str:
    """The locale key naming a ticket's category (repair or complaint)."""
    if ticket.kind == "complaint":
        return COMPLAINT_TYPE_KEYS.get(ticket.category, "category-other")
    return CATEGORY_KEYS.get(ticket.category, "category-other")


class TicketPush:
    """Sends ticket news to staff and residents through the notifier."""

    def __init__(self, notifier: Notifier, clock: Clock, timers: Timers | None = None) -> None:
        self.notifier = notifier
        self._clock = clock
        self._timers = timers

    async def _off_shift(
        self, conn: AsyncConnection, ticket: Ticket
    ) -> tuple[datetime, list[int]] | None:
        """Outside the estate's staff hours: when the next shift starts, and who is on duty
        today; None at work (or when the estate keeps no hours)."""
        estate = await estates.estate(conn, ticket.estate_id)
        shift = shift_of(estate) if estate else None
        now = self._clock.now()
        if estate is None or shift is None or shift.on(now):
            return None
        return shift.next_start(now), await duty.of_day(conn, estate.id, local_day(now, estate))

    async def _holds(
        self, conn: AsyncConnection, ticket: Ticket, key: str, accounts: list[int]
    ) -> dict[int, datetime]:
        """Whose copy of a push waits for the start of their shift, and until when.

        Only news that can wait is held: not an urgent ticket, never a warning, breach or
        escalation, never for whoever is on duty today. Each held person gets one summary.
        """
        if ticket.urgent or key not in HOLDABLE or self._timers is None:
            return {}
        off = await self._off_shift(conn, ticket)
        if off is None:
            return {}
        starts, on_duty = off
        held = {account: starts for account in accounts if account not in on_duty}
        for account in held:
            dedupe = f"staff.summary:{account}:{starts.isoformat()}"
            await self._timers.set(conn, SUMMARY_TIMER, str(account), starts, dedupe_key=dedupe)
        return held

    async def on_duty(self, conn: AsyncConnection, ticket: Ticket) -> list[int]:
        """Whoever is on duty in the ticket's estate now, outside staff hours (else nobody)."""
        off = await self._off_shift(conn, ticket)
        return off[1] if off else []

    async def card_args(self, conn: AsyncConnection, ticket: Ticket) -> dict[str, Any]:
        """The household card and ticket facts for a staff push."""
        unit = await estates.unit(conn, ticket.unit_id) if ticket.unit_id else None
        card: dict[str, Any] = {"residents": [], "open_tickets": 0, "complaints": 0}
        card["overdue_minor"] = 0
        if unit is not None:
            card = await household.card(conn, unit.id, self._clock.now().date(), ticket.id)
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
            "residents": {"names": card["residents"]} if card["residents"] else "-",
            "open": card["open_tickets"],
            "complaints": card["complaints"],
            "arrears": "yes" if card["overdue_minor"] else "no",
        }

    async def staff_for(self, conn: AsyncConnection, ticket: Ticket) -> list[int]:
        """The assignee, else the grid's butlers, else the estate's managers; an urgent
        ticket outside staff hours reaches whoever is on duty too."""
        if ticket.assignee_account_id:
            found = [ticket.assignee_account_id]
        else:
            found = await people.butlers_of_grid(conn, ticket.grid_id) or (
                await people.staff_accounts(conn, ticket.estate_id, "manager")
            )
        if ticket.urgent:
            found += [a for a in await self.on_duty(conn, ticket) if a not in found]
        return found

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
        card: str | None = BUTTONS,
    ) -> None:
        """Push a ticket message to staff (staff get pushes at any hour).

        `card` says how the message follows the ticket: `card` (it is the ticket's card:
        text and buttons are edited), `buttons` (only its buttons are kept current) or None.
        """
        args = await self.card_args(conn, ticket) | (extra or {})
        follows = CardOf(ref=f"ticket:{ticket.id}", role=card) if card and buttons else None
        managers = set(await self.managers(conn, ticket)) if buttons else set()
        held = await self._holds(conn, ticket, key, accounts)
        for account_id in accounts:
            mine = buttons
            if buttons:
                manager = account_id in managers
                mine = for_reader(buttons, ticket, manager=manager, card=card == CARD)
            await self.notifier.push(
                conn,
                account_id,
                key,
                args=args,
                buttons=mine,
                photos=photos,
                held_until=held.get(account_id),
                urgent=True,
                dedupe_key=f"{dedupe}:{account_id}" if dedupe else None,
                card=follows,
            )

    async def card(self, conn: AsyncConnection, ticket: Ticket) -> CardView:
        """The ticket's staff card now."""
        estate = await estates.estate(conn, ticket.estate_id)
        assert estate is not None
        events = await tickets.events(conn, ticket.id)
        assignee = ""
        if ticket.assignee_account_id:
            names = await people.names(conn, [ticket.assignee_account_id])
            assignee = names.get(ticket.assignee_account_id, "")
        args = await self.card_args(conn, ticket) | {
            "status": key_arg(status_key(ticket)),
            "assignee": key_arg(
                "ticket-handled-with", name=assignee or "-", contractor=ticket.contractor
            )
            if ticket.contractor
            else assignee or "-",
            "history": history(ticket, events, estate.timezone),
            "stage_due": local_time(ticket.stage_due_at, estate.timezone)
            if ticket.stage_due_at
            else "-",
        }
        asked = bool(events) and events[-1].action == "stage_follow_up"
        if ticket.kind != "complaint":
            return CardView(key="ticket-card-staff", args=args, buttons=staff_buttons(ticket))
        linked = (
            await tickets.get(conn, ticket.linked_ticket_id) if ticket.linked_ticket_id else None
        )
        args |= {
            "callback": key_arg(CALLBACK_KEYS.get(ticket.callback or "no", "callback-no")),
            "linked": linked.code if linked else "-",
            "todo": key_arg(todo_key(ticket, asked)),
        }
        return CardView(
            key="complaint-card-staff", args=args, buttons=staff_buttons(ticket, asked)
        )

    async def send_card(
        self,
        conn: AsyncConnection,
        accounts: list[int],
        ticket: Ticket,
        *,
        photos: list[str] | None = None,
        dedupe: str | None = None,
    ) -> None:
        """Push the ticket's card to staff; each copy is then kept current."""
        view = await self.card(conn, ticket)
        managers = set(await self.managers(conn, ticket))
        held = await self._holds(conn, ticket, view.key, accounts)
        for account_id in accounts:
            buttons = for_reader(view.buttons, ticket, manager=account_id in managers, card=True)
            await self.notifier.push(
                conn,
                account_id,
                view.key,
                args=view.args,
                buttons=buttons or None,
                photos=photos,
                held_until=held.get(account_id),
                urgent=True,
                dedupe_key=f"{dedupe}:{account_id}" if dedupe else None,
                card=CardOf(ref=f"ticket:{ticket.id}", role=CARD),
            )

    async def refresh(
        self, conn: AsyncConnection, ticket: Ticket, skip: tuple[int, int] | None = None
    ) -> None:
        """Edit every staff copy of the ticket's card to its current state."""
        view = await self.card(conn, ticket)
        managers = set(await self.managers(conn, ticket))

        def buttons_for(account_id: int, role: str) -> list[list[Button]]:
            manager = account_id in managers
            return for_reader(view.buttons, ticket, manager=manager, card=role == CARD)

        await self.notifier.refresh(
            conn,
            f"ticket:{ticket.id}",
            view.key,
            args=view.args,
            buttons=view.buttons,
            skip=skip,
            buttons_for=buttons_for,
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
