"""What staff and residents do to a ticket: each step is a checked state transition."""

from __future__ import annotations

from typing import Any, NoReturn

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import AppError, InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.people.access import (
    BUTLER,
    TECHNICIAN,
    Viewer,
    may_act_as_reporter,
    may_see_ticket,
    may_work_ticket,
)
from bot.services.people.shifts import local_day
from bot.services.scheduling.timers import Timers
from bot.services.tickets import rules
from bot.services.tickets.announce import Announcer
from bot.services.tickets.push import TicketPush
from storage.db import Database
from storage.models import Ticket
from storage.repositories import duty, estates, people, tickets

MAX_NOTE = 1000
MAX_REASON = 300
MAX_CONTRACTOR = 100  # the column's size


class TicketTaken(AppError):
    """Someone else acted first."""

    key = "ticket-taken"


class IllegalTransition(AppError):
    """The action does not fit the ticket's status."""

    key = "ticket-illegal"


class TicketActions:
    """Accept, start, resolve, transfer, escalate, withdraw."""

    def __init__(self, db: Database, clock: Clock, push: TicketPush, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._push = push
        self._announce = Announcer(clock, push, timers)

    async def act(
        self,
        viewer: Viewer,
        ticket_id: int,
        action: str,
        *,
        note: str = "",
        photos: list[str] | None = None,
        to_account: int | None = None,
        token: str | None = None,
        card_message: int | None = None,
        contractor: str = "",
    ) -> Ticket:
        """Take a staff action; of two racing butlers one wins, the other is told who did.

        `token` ties the action to the flow that collected its note (a repeated confirm
        returns the ticket as it is); `card_message` is the card pressed, edited by the caller.
        """
        short = (rules.TRANSFER, rules.ESCALATE)
        if len(note) > (MAX_REASON if action in short else MAX_NOTE):
            raise InvalidInput()
        if action == rules.CONTRACTOR:
            contractor = contractor.strip()
            if not 0 < len(contractor) <= MAX_CONTRACTOR:
                raise InvalidInput("contractor-bad-name", max=MAX_CONTRACTOR)
        async with self._db.transaction() as conn:
            if token is not None and await self._repeated(conn, viewer, token):
                return await self._current(conn, ticket_id)
            ticket = await self._load(conn, viewer, ticket_id, staff=True, action=action)
            if not rules.allowed(action, ticket.status):
                await self._refuse(conn, ticket, action)
            if action == rules.TRANSFER:
                await self._check_transfer(conn, viewer, ticket, to_account)
            new_status = rules.target(action, ticket.status)
            values = self._values(viewer, action, note, to_account, contractor)
            values |= {"status": new_status}
            if not await tickets.change(conn, ticket.id, [ticket.status], values):
                await self._refuse(conn, await self._current(conn, ticket.id), action)
            said = f"{contractor}: {note}" if action == rules.CONTRACTOR and note else note
            await self._event(conn, ticket, viewer, action, new_status, said or contractor)
            if photos:
                await tickets.add_photos(conn, ticket.id, "resolve", photos)
            updated = await self._current(conn, ticket.id)
            await self._announce.after(
                conn, updated, action, viewer.account.name, note, photos or []
            )
            updated = await self._current(conn, ticket.id)
            pressed = (viewer.account.id, card_message) if card_message is not None else None
            await self._push.refresh(conn, updated, skip=pressed)
            if token is not None:
                await flows.record(conn, viewer.account.id, token, str(ticket.id))
        return updated

    async def _repeated(self, conn: AsyncConnection, viewer: Viewer, token: str) -> bool:
        """Tell whether the flow behind this action already took it."""
        return await flows.claim(conn, viewer.account.id, token, self._clock.now()) is not None

    async def _current(self, conn: AsyncConnection, ticket_id: int) -> Ticket:
        ticket = await tickets.get(conn, ticket_id)
        if ticket is None:
            raise NotFound()
        return ticket

    async def check(self, viewer: Viewer, ticket_id: int, action: str) -> Ticket:
        """Return the ticket if the viewer may take this action on it now."""
        async with self._db.read() as conn:
            ticket = await self._load(conn, viewer, ticket_id, staff=True, action=action)
            if not rules.allowed(action, ticket.status):
                await self._refuse(conn, ticket, action)
        return ticket

    async def _load(
        self,
        conn: AsyncConnection,
        viewer: Viewer,
        ticket_id: int,
        *,
        staff: bool,
        action: str | None = None,
    ) -> Ticket:
        ticket = await tickets.get(conn, ticket_id)
        if ticket is None:
            raise NotFound()
        if action == rules.ACCEPT and await self._on_duty(conn, viewer, ticket):
            return ticket  # whoever is on duty may take any ticket of the estate
        if not may_see_ticket(viewer, ticket):
            raise NotFound()
        if staff and not may_work_ticket(viewer, ticket):
            raise NotAllowed()
        return ticket

    async def _on_duty(self, conn: AsyncConnection, viewer: Viewer, ticket: Ticket) -> bool:
        """The viewer is staff of the ticket's estate and on duty today."""
        if not any(s.estate_id == ticket.estate_id for s in viewer.staff):
            return False
        estate = await estates.estate(conn, ticket.estate_id)
        today = local_day(self._clock.now(), estate) if estate else None
        return today is not None and viewer.account.id in await duty.of_day(
            conn, ticket.estate_id, today
        )

    async def _refuse(self, conn: AsyncConnection, ticket: Ticket, action: str) -> NoReturn:
        """Explain why an action cannot be taken (someone took it, or the status forbids it)."""
        if action == rules.ACCEPT and ticket.assignee_account_id:
            names = await people.names(conn, [ticket.assignee_account_id])
            raise TicketTaken(code=ticket.code, name=names.get(ticket.assignee_account_id, ""))
        raise IllegalTransition(code=ticket.code)

    def _values(
        self, viewer: Viewer, action: str, note: str, to_account: int | None, contractor: str
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
        if action == rules.CONTRACTOR:
            return {"contractor": contractor}
        return {}

    async def _check_transfer(
        self, conn: AsyncConnection, viewer: Viewer, ticket: Ticket, to_account: int | None
    ) -> None:
        if to_account not in await self.transfer_targets_in(conn, viewer, ticket):
            raise NotFound()

    async def transfer_targets_in(
        self, conn: AsyncConnection, viewer: Viewer, ticket: Ticket
    ) -> dict[int, tuple[str, str]]:
        """The estate's butlers, then its technicians, a ticket can go to (not its assignee,
        not the one handing it), with their role."""
        skip = {ticket.assignee_account_id, viewer.account.id}
        found: dict[int, tuple[str, str]] = {}
        for role in (BUTLER, TECHNICIAN):
            ids = await people.staff_accounts(conn, ticket.estate_id, role)
            names = await people.names(conn, [a for a in ids if a not in skip])
            found |= {a: (names[a], role) for a in ids if a in names and a not in found}
        return found

    async def transfer_targets(self, viewer: Viewer, ticket_id: int) -> dict[int, tuple[str, str]]:
        """The butlers and technicians the viewer may hand a ticket to, with their role."""
        async with self._db.read() as conn:
            ticket = await self._load(conn, viewer, ticket_id, staff=True)
            return await self.transfer_targets_in(conn, viewer, ticket)

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

    async def cancel(self, viewer: Viewer, ticket_id: int) -> Ticket:
        """The resident withdraws a ticket before work starts."""
        async with self._db.transaction() as conn:
            ticket = await self._load(conn, viewer, ticket_id, staff=False)
            if not may_act_as_reporter(viewer, ticket):
                raise NotAllowed()
            if not rules.allowed(rules.CANCEL, ticket.status):
                raise IllegalTransition(code=ticket.code)
            values = {"status": rules.CANCELLED, "closed_at": self._clock.now()}
            if not await tickets.change(conn, ticket.id, [ticket.status], values):
                raise IllegalTransition(code=ticket.code)
            await self._event(conn, ticket, viewer, rules.CANCEL, rules.CANCELLED)
            await self._announce.cancel_timers(conn, str(ticket.id), "ack", "resolve")
            updated = await self._current(conn, ticket.id)
            staff = await self._push.staff_for(conn, ticket)
            await self._push.to_staff(conn, staff, "ticket-cancelled-staff", updated, card=None)
            await self._push.refresh(conn, updated)
        return updated
