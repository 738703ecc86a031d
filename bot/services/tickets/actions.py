"""What staff and residents do to a ticket: each step is a checked state transition."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, NoReturn

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import AppError, InvalidInput, NotAllowed, NotFound
from bot.services.notify.notifier import Button
from bot.services.people.access import Viewer, may_see_ticket, may_work_ticket
from bot.services.scheduling.timers import Timers
from bot.services.tickets import rules
from bot.services.tickets.push import TicketPush, action_buttons
from storage.db import Database
from storage.models import Ticket
from storage.repositories import people, tickets

MAX_NOTE = 1000
RATING_REMIND_AFTER = timedelta(days=1)
RATING_CLOSE_AFTER = timedelta(days=3)
DEADLINE_TIMERS = ("warn", "breach")


class TicketTaken(AppError):
    """Someone else acted first."""

    key = "ticket-taken"


class IllegalTransition(AppError):
    """The action does not fit the ticket's status."""

    key = "ticket-illegal"


def rating_buttons(ticket: Ticket) -> list[list[Button]]:
    """Five buttons, 1 to 5 stars."""
    return [
        [
            Button(key="rating-star", args={"n": n}, data=f"1:rate:star:{ticket.id}:{n}")
            for n in range(1, 6)
        ]
    ]


class TicketActions:
    """Accept, start, resolve, transfer, escalate, cancel, rate."""

    def __init__(self, db: Database, clock: Clock, push: TicketPush, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._push = push
        self._timers = timers

    async def act(
        self,
        viewer: Viewer,
        ticket_id: int,
        action: str,
        *,
        note: str = "",
        photos: list[str] | None = None,
        to_account: int | None = None,
    ) -> Ticket:
        """Take a staff action on a ticket; one of two racing butlers wins, the other is told."""
        if len(note) > MAX_NOTE:
            raise InvalidInput()
        async with self._db.transaction() as conn:
            ticket = await self._load(conn, viewer, ticket_id, staff=True)
            if not rules.allowed(action, ticket.status):
                await self._refuse(conn, ticket, action)
            values = self._values(viewer, ticket, action, note, to_account)
            if action == rules.TRANSFER:
                await self._check_transfer(conn, ticket, to_account)
            new_status = rules.target(action, ticket.status)
            values |= {"status": new_status}
            if not await tickets.change(conn, ticket.id, [ticket.status], values):
                current = await tickets.get(conn, ticket.id)  # changed under our feet
                assert current is not None
                await self._refuse(conn, current, action)
            await self._event(conn, ticket, viewer, action, new_status, note)
            if photos:
                await tickets.add_photos(conn, ticket.id, "resolve", photos)
            updated = await tickets.get(conn, ticket.id)
            assert updated is not None
            await self._announce(conn, updated, viewer, action, photos or [])
        return updated

    async def check(self, viewer: Viewer, ticket_id: int, action: str) -> Ticket:
        """Return the ticket if the viewer may take this action on it now."""
        async with self._db.read() as conn:
            ticket = await self._load(conn, viewer, ticket_id, staff=True)
            if not rules.allowed(action, ticket.status):
                await self._refuse(conn, ticket, action)
        return ticket

    async def _load(
        self, conn: AsyncConnection, viewer: Viewer, ticket_id: int, *, staff: bool
    ) -> Ticket:
        ticket = await tickets.get(conn, ticket_id)
        if ticket is None or not may_see_ticket(viewer, ticket):
            raise NotFound()
        if staff and not may_work_ticket(viewer, ticket):
            raise NotAllowed()
        return ticket

    async def _refuse(self, conn: AsyncConnection, ticket: Ticket, action: str) -> NoReturn:
        """Explain why an action cannot be taken (someone took it, or the status forbids it)."""
        if action == rules.ACCEPT and ticket.assignee_account_id:
            names = await people.names(conn, [ticket.assignee_account_id])
            raise TicketTaken(code=ticket.code, name=names.get(ticket.assignee_account_id, ""))
        raise IllegalTransition(code=ticket.code)

    def _values(
        self, viewer: Viewer, ticket: Ticket, action: str, note: str, to_account: int | None
    ) -> dict[str, Any]:
        now = self._clock.now()
        if action == rules.ACCEPT:
            return {"assignee_account_id": viewer.account.id, "accepted_at": now}
        if action == rules.RESOLVE:
            return {"resolved_at": now, "resolution_note": note}
        if action == rules.TRANSFER:
            return {"assignee_account_id": to_account}
        if action == rules.ESCALATE:
            return {"escalated": True}
        return {}

    async def _check_transfer(
        self, conn: AsyncConnection, ticket: Ticket, to_account: int | None
    ) -> None:
        targets = await self.transfer_targets_in(conn, ticket)
        if to_account not in targets:
            raise NotFound()

    async def transfer_targets_in(self, conn: AsyncConnection, ticket: Ticket) -> dict[int, str]:
        """The estate's butlers a ticket can go to (not its current assignee)."""
        butlers = await people.staff_accounts(conn, ticket.estate_id, "butler")
        others = [b for b in butlers if b != ticket.assignee_account_id]
        return await people.names(conn, others)

    async def transfer_targets(self, viewer: Viewer, ticket_id: int) -> dict[int, str]:
        """The butlers the viewer may hand a ticket to."""
        async with self._db.read() as conn:
            ticket = await self._load(conn, viewer, ticket_id, staff=True)
            return await self.transfer_targets_in(conn, ticket)

    async def _event(
        self,
        conn: AsyncConnection,
        ticket: Ticket,
        viewer: Viewer | None,
        action: str,
        new_status: str,
        note: str = "",
    ) -> None:
        actor = viewer.account.id if viewer else None
        at = self._clock.now()
        await tickets.record(
            conn, ticket, at=at, actor=actor, action=action, to_status=new_status, note=note
        )

    async def _announce(
        self, conn: AsyncConnection, ticket: Ticket, viewer: Viewer, action: str, photos: list[str]
    ) -> None:
        """Tell the resident, the new assignee or the managers, and move the timers."""
        ref = str(ticket.id)
        name = viewer.account.name
        if action == rules.ACCEPT:
            await self._cancel_timers(conn, ref, "ack")
            await self._push.to_reporter(
                conn, ticket, "ticket-accepted-resident", args={"name": name}
            )
        elif action == rules.START:
            await self._push.to_reporter(
                conn, ticket, "ticket-started-resident", args={"name": name}
            )
        elif action == rules.RESOLVE:
            await self._cancel_timers(conn, ref, "ack", "resolve")
            if ticket.source != "resident":  # an internal ticket: nobody to rate it
                closed = {"status": rules.CLOSED, "closed_at": self._clock.now()}
                await tickets.change(conn, ticket.id, [rules.RESOLVED], closed)
                return
            await self._push.to_reporter(
                conn,
                ticket,
                "ticket-resolved-resident",
                args={"note": ticket.resolution_note or "-"},
                buttons=rating_buttons(ticket),
                photos=photos or None,
            )
            now = self._clock.now()
            await self._timers.set(conn, "repair.rating.remind", ref, now + RATING_REMIND_AFTER)
            await self._timers.set(conn, "repair.rating.close", ref, now + RATING_CLOSE_AFTER)
        elif action == rules.TRANSFER:
            assert ticket.assignee_account_id is not None
            await self._push.to_staff(
                conn,
                [ticket.assignee_account_id],
                "ticket-transferred-staff",
                ticket,
                buttons=action_buttons(ticket, rules.next_actions(ticket.status)),
                extra={"name": name},
            )
        elif action == rules.ESCALATE:
            managers = await self._push.managers(conn, ticket)
            await self._push.to_staff(
                conn, managers, "ticket-escalated-staff", ticket, extra={"name": name}
            )

    async def _cancel_timers(self, conn: AsyncConnection, ref: str, *steps: str) -> None:
        for step in steps:
            for which in DEADLINE_TIMERS:
                await self._timers.cancel(conn, f"repair.{step}.{which}", ref)

    async def cancel(self, viewer: Viewer, ticket_id: int) -> Ticket:
        """The resident withdraws a ticket before work starts."""
        async with self._db.transaction() as conn:
            ticket = await self._load(conn, viewer, ticket_id, staff=False)
            if ticket.reporter_account_id != viewer.account.id:
                raise NotAllowed()
            if not rules.allowed(rules.CANCEL, ticket.status):
                raise IllegalTransition(code=ticket.code)
            now = self._clock.now()
            values = {"status": rules.CANCELLED, "closed_at": now}
            if not await tickets.change(conn, ticket.id, [ticket.status], values):
                raise IllegalTransition(code=ticket.code)
            await self._event(conn, ticket, viewer, rules.CANCEL, rules.CANCELLED)
            await self._cancel_timers(conn, str(ticket.id), "ack", "resolve")
            staff = await self._push.staff_for(conn, ticket)
            await self._push.to_staff(conn, staff, "ticket-cancelled-staff", ticket)
            updated = await tickets.get(conn, ticket.id)
        assert updated is not None
        return updated
