"""Complaints: filing, routing and the resident's view; stages live in complaint_stages."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services import flows
from bot.services.complaints import rules
from bot.services.complaints.stages import ComplaintStages
from bot.services.people.access import Viewer, may_act_as_reporter
from bot.services.tickets.push import TicketPush
from storage.db import Database
from storage.models import Ticket
from storage.repositories import estates, people, tickets

MAX_DESCRIPTION = 1000
MAX_PHOTOS = 5
POOR_RATING = 2


class ComplaintDraft(BaseModel):
    """What the resident has told so far."""

    unit_id: int | None = None
    category: str | None = None
    description: str | None = None
    photos: list[str] = Field(default_factory=list)
    callback: str | None = None
    linked_ticket_id: int | None = None  # the poorly rated repair it comes from


class ComplaintService:
    """File complaints and route them to whoever handles them."""

    def __init__(
        self, db: Database, clock: Clock, push: TicketPush, stages: ComplaintStages
    ) -> None:
        self._db = db
        self._clock = clock
        self._push = push
        self._stages = stages

    async def file(
        self, viewer: Viewer, draft: ComplaintDraft, token: str | None = None
    ) -> tuple[Ticket, list[str]]:
        """Create the complaint; return it and the names of who will contact the resident.

        With the flow's token the draft is cleared in the same transaction and a second call
        returns the complaint filed the first time.
        """
        self._check(viewer, draft)
        async with self._db.transaction() as conn:
            earlier = None
            if token is not None:
                earlier = await flows.claim(conn, viewer.account.id, token, self._clock.now())
            if earlier is not None:
                ticket = await tickets.get(conn, int(earlier))
                assert ticket is not None
                handlers = await self._stages.handlers_of(conn, ticket)
            else:
                linked = await self._linked(conn, viewer, draft.linked_ticket_id)
                ticket = await self._insert(conn, viewer.account.id, draft, linked=linked)
                handlers = await self._stages.start(conn, ticket, draft.photos)
                if token is not None:
                    await flows.record(conn, viewer.account.id, token, str(ticket.id))
            names = await people.names(conn, handlers)
        return ticket, [names[a] for a in handlers if a in names]

    def _check(self, viewer: Viewer, draft: ComplaintDraft) -> None:
        """Refuse a draft the flow could not have produced."""
        if (
            draft.unit_id is None
            or draft.category not in rules.COMPLAINT_TYPE_KEYS
            or not draft.description
            or len(draft.description) > MAX_DESCRIPTION
            or len(draft.photos) > MAX_PHOTOS
            or draft.callback not in rules.CALLBACK_CHOICES
        ):
            raise InvalidInput()
        if not any(o.unit_id == draft.unit_id for o in viewer.occupancies):
            raise NotFound()

    async def _linked(
        self, conn: AsyncConnection, viewer: Viewer, repair_id: int | None
    ) -> int | None:
        """The poorly rated repair a complaint comes from (only the resident's own)."""
        if repair_id is None:
            return None
        repair = await tickets.get(conn, repair_id)
        if repair is None or not may_act_as_reporter(viewer, repair):
            raise NotFound()
        if repair.kind != "repair" or repair.rating is None or repair.rating > POOR_RATING:
            raise InvalidInput()
        return repair.id

    async def repair_to_complain_about(self, viewer: Viewer, repair_id: int) -> Ticket:
        """The resident's poorly rated repair a new complaint will be about."""
        async with self._db.read() as conn:
            await self._linked(conn, viewer, repair_id)
            repair = await tickets.get(conn, repair_id)
        assert repair is not None
        return repair

    async def _insert(
        self, conn: AsyncConnection, reporter: int, draft: ComplaintDraft, linked: int | None
    ) -> Ticket:
        assert draft.unit_id is not None
        unit = await estates.unit(conn, draft.unit_id)
        if unit is None:
            raise NotFound()
        now = self._clock.now()
        ticket_id = await tickets.add(
            conn,
            {
                "estate_id": unit.estate_id,
                "kind": "complaint",
                "number": await tickets.next_number(conn, unit.estate_id, "complaint"),
                "unit_id": unit.id,
                "grid_id": unit.grid_id,
                "source": "resident",
                "category": draft.category,
                "description": draft.description,
                "status": rules.OPEN,
                "stage": rules.ACKNOWLEDGE,
                "callback": draft.callback,
                "reporter_account_id": reporter,
                "linked_ticket_id": linked,
                "created_at": now,
            },
        )
        await tickets.add_photos(conn, ticket_id, "report", draft.photos)
        await tickets.add_event(
            conn,
            {
                "ticket_id": ticket_id,
                "at": now,
                "actor_account_id": reporter,
                "action": "created",
                "to_status": rules.OPEN,
                "note": "",
            },
        )
        ticket = await tickets.get(conn, ticket_id)
        assert ticket is not None
        return ticket
