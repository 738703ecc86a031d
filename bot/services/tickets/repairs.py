"""Repair tickets: filing, reading with access checks, the butler's queue."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.notify.notifier import BUTTONS, CARD
from bot.services.people.access import Viewer, may_manage, may_see_ticket, may_work_ticket
from bot.services.people.member_rules import may_repair
from bot.services.scheduling.timers import Timers
from bot.services.tickets import rules
from bot.services.tickets.cards import CardView, for_reader
from bot.services.tickets.push import CATEGORY_KEYS, TicketPush
from bot.services.tickets.visits import VISIT_KEYS
from storage.db import Database
from storage.models import Ticket, TicketEvent
from storage.repositories import cards, estates, household, tickets

MAX_DESCRIPTION = 1000
MAX_PHOTOS = 5
QUEUE_LIMIT = 30


PUBLIC_CATEGORIES = ("elevator", "public_area")  # always in a public place
MAX_WHERE = 200


ALWAYS_URGENT = ("gas",)  # a gas leak is never "not urgent"


class RepairDraft(BaseModel):
    """What the resident has told so far."""

    unit_id: int | None = None
    category: str | None = None
    location: str | None = None
    location_note: str | None = None
    description: str | None = None
    photos: list[str] = Field(default_factory=list)
    visit_time: str | None = None
    urgent: bool | None = None
    hotline: str = ""  # the estate's 24-hour number, shown with the gas safety text
    outages: list[dict[str, Any]] = Field(default_factory=list)  # going on now (told first)

    def place(self) -> str | None:
        """Where the problem is: public for lifts and shared facilities, else as answered."""
        return "public" if self.category in PUBLIC_CATEGORIES else self.location


class TicketService:
    """File repairs and read tickets; every read checks access."""

    def __init__(self, db: Database, clock: Clock, push: TicketPush, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._push = push
        self._timers = timers

    async def file_repair(
        self, viewer: Viewer, draft: RepairDraft, token: str | None = None
    ) -> Ticket:
        """Turn a complete draft into a ticket, dispatch it and start its deadlines.

        With the flow's token the draft is cleared in the same transaction, and a second call
        with that token returns the ticket filed the first time.
        """
        self._check(draft)
        assert draft.unit_id is not None
        if not any(o.unit_id == draft.unit_id for o in viewer.occupancies):
            raise NotFound()
        if not may_repair(viewer, draft.unit_id):
            raise NotAllowed("members-no-repair")
        async with self._db.transaction() as conn:
            if token is not None:
                earlier = await flows.claim(conn, viewer.account.id, token, self._clock.now())
                if earlier is not None:
                    found = await tickets.get(conn, int(earlier))
                    assert found is not None
                    return found
            unit = await estates.unit(conn, draft.unit_id)
            assert unit is not None
            public = draft.place() == "public"
            ticket = await self.create(
                conn,
                estate_id=unit.estate_id,
                grid_id=unit.grid_id,
                reporter_id=viewer.account.id,
                photos=draft.photos,
                values={
                    "unit_id": unit.id,
                    "source": "resident",
                    "category": draft.category,
                    "location": draft.place(),
                    "location_note": (draft.location_note or "") if public else "",
                    "description": draft.description,
                    "visit_time": "asap" if public else draft.visit_time,
                    "urgent": bool(draft.urgent) or draft.category in ALWAYS_URGENT,
                },
            )
            if token is not None:
                await flows.record(conn, viewer.account.id, token, str(ticket.id))
        return ticket

    async def create(
        self,
        conn: AsyncConnection,
        *,
        estate_id: int,
        grid_id: int,
        reporter_id: int,
        photos: list[str],
        values: dict[str, Any],
    ) -> Ticket:
        """Insert a repair ticket in the caller's transaction, dispatch it, start its clocks."""
        now = self._clock.now()
        rules_minutes = await tickets.deadline_minutes(conn, estate_id)
        urgent = bool(values.get("urgent"))
        ticket_id = await tickets.add(
            conn,
            {
                "estate_id": estate_id,
                "kind": "repair",
                "number": await tickets.next_number(conn, estate_id, "repair"),
                "grid_id": grid_id,
                "status": rules.NEW,
                "reporter_account_id": reporter_id,
                "ack_due_at": now + rules.deadline(rules_minutes, "ack", urgent),
                "resolve_due_at": now + rules.deadline(rules_minutes, "resolve", urgent),
                "created_at": now,
                **values,
            },
        )
        await tickets.add_photos(conn, ticket_id, "report", photos)
        await tickets.add_event(
            conn,
            {
                "ticket_id": ticket_id,
                "at": now,
                "actor_account_id": reporter_id,
                "action": "created",
                "to_status": rules.NEW,
            },
        )
        ticket = await tickets.get(conn, ticket_id)
        assert ticket is not None
        await self._dispatch_new(conn, ticket, photos)
        return ticket

    async def _dispatch_new(
        self, conn: AsyncConnection, ticket: Ticket, photos: list[str]
    ) -> None:
        """Push the new ticket to its staff and set its deadline timers."""
        staff = await self._push.staff_for(conn, ticket)
        await self._push.send_card(
            conn, staff, ticket, photos=photos or None, dedupe=f"ticket:{ticket.id}:new"
        )
        ref = str(ticket.id)
        assert ticket.ack_due_at is not None and ticket.resolve_due_at is not None
        for step, due in (("ack", ticket.ack_due_at), ("resolve", ticket.resolve_due_at)):
            warn_at = ticket.created_at + (due - ticket.created_at) * rules.WARN_SHARE
            await self._timers.set(conn, f"repair.{step}.warn", ref, warn_at)
            await self._timers.set(conn, f"repair.{step}.breach", ref, due)

    def _check(self, draft: RepairDraft) -> None:
        """Refuse a draft the flow could not have produced."""
        public = draft.place() == "public"
        urgent_known = draft.urgent is not None or draft.category in ALWAYS_URGENT
        if draft.unit_id is None or draft.category not in CATEGORY_KEYS or not urgent_known:
            raise InvalidInput()
        if draft.place() not in ("unit", "public") or len(draft.location_note or "") > MAX_WHERE:
            raise InvalidInput()
        if not public and draft.visit_time not in VISIT_KEYS:
            raise InvalidInput()
        if not draft.description or len(draft.description) > MAX_DESCRIPTION:
            raise InvalidInput()
        if len(draft.photos) > MAX_PHOTOS:
            raise InvalidInput()

    async def card(
        self, viewer: Viewer, ticket_id: int, message_id: int | None = None
    ) -> tuple[CardView, str | None]:
        """The staff card of a ticket the viewer works, and how a message of theirs shows it."""
        async with self._db.read() as conn:
            ticket = await tickets.get(conn, ticket_id)
            if ticket is None or not may_work_ticket(viewer, ticket):
                raise NotFound()
            role = None
            if message_id is not None:
                role = await cards.role_of(conn, viewer.account.id, message_id)
            view = await self._push.card(conn, ticket)
            manager = may_manage(viewer, ticket.estate_id)
            mine = for_reader(view.buttons, ticket, manager=manager, card=role != BUTTONS)
            return view.model_copy(update={"buttons": mine}), role

    def repair_units(self, viewer: Viewer) -> list[int]:
        """The units the viewer may report repairs for; NotAllowed when none (the owner did
        not let this tenant or family member)."""
        allowed = [o.unit_id for o in viewer.occupancies if may_repair(viewer, o.unit_id)]
        if viewer.occupancies and not allowed:
            raise NotAllowed("members-no-repair")
        return allowed

    async def hotline(self, viewer: Viewer) -> str:
        """The 24-hour number of the resident's (first) estate, "" when none is set."""
        if not viewer.occupancies:
            return ""
        async with self._db.read() as conn:
            estate = await estates.estate(conn, viewer.occupancies[0].estate_id)
        return estate.hotline if estate else ""

    async def contact(self, viewer: Viewer, ticket_id: int) -> tuple[str, str, str | None]:
        """Whom to call back: the reporter's name, the unit, and a phone when one is on record
        (the unit's registered phone, when the reporter is its owner)."""
        async with self._db.read() as conn:
            ticket = await tickets.get(conn, ticket_id)
            if ticket is None or not may_work_ticket(viewer, ticket):
                raise NotFound()
            unit = await estates.unit(conn, ticket.unit_id) if ticket.unit_id else None
            members = await household.members(conn, unit.id) if unit else []
        reporter = next((m for m in members if m.account_id == ticket.reporter_account_id), None)
        name = reporter.name if reporter else "-"
        phone = unit.owner_phone if unit and reporter and reporter.relation == "owner" else ""
        return name, unit.code if unit else "-", phone or None

    async def remember_card(self, viewer: Viewer, ticket_id: int, message_id: int) -> None:
        """Keep a card opened in chat current, like the pushed ones."""
        async with self._db.transaction() as conn:
            await cards.add(
                conn, f"ticket:{ticket_id}", viewer.account.id, message_id, CARD, self._clock.now()
            )

    async def get(self, viewer: Viewer, ticket_id: int) -> Ticket:
        """Return a ticket the viewer may see; anything else is NotFound."""
        async with self._db.read() as conn:
            ticket = await tickets.get(conn, ticket_id)
        if ticket is None or not may_see_ticket(viewer, ticket):
            raise NotFound()
        return ticket

    async def history(self, viewer: Viewer, ticket_id: int) -> tuple[Ticket, list[TicketEvent]]:
        """Return a ticket and its history."""
        ticket = await self.get(viewer, ticket_id)
        async with self._db.read() as conn:
            return ticket, await tickets.events(conn, ticket.id)

    async def queue(self, viewer: Viewer) -> list[Ticket]:
        """Open tickets of the viewer's grids (a manager: the estate) and those handed to them,
        urgent and oldest first."""
        if not viewer.staff:
            raise NotAllowed()
        grid_ids = {g for _, g in viewer.butler_grids()}
        async with self._db.read() as conn:
            for estate_id in viewer.managed_estates():
                grid_ids |= {g.id for g in await estates.grids_of(conn, estate_id)}
            found = await tickets.open_in_grids(
                conn, sorted(grid_ids), rules.FINISHED, QUEUE_LIMIT
            )
            handed = await tickets.open_assigned(
                conn, viewer.account.id, rules.FINISHED, QUEUE_LIMIT
            )
        known = {t.id for t in found}
        found += [t for t in handed if t.id not in known]  # a technician's own queue
        found.sort(key=lambda t: (not t.urgent, t.created_at, t.id))
        return [t for t in found if may_work_ticket(viewer, t)][:QUEUE_LIMIT]

    async def mine(self, viewer: Viewer, limit: int = 15) -> list[Ticket]:
        """The resident's tickets: their units' and the ones they filed, newest first."""
        unit_ids = [o.unit_id for o in viewer.occupancies]
        async with self._db.read() as conn:
            found = await tickets.of_units(conn, unit_ids, viewer.account.id, limit)
        return [t for t in found if may_see_ticket(viewer, t)]
