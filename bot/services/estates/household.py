"""Household records (熟悉业主家庭情况, 清单+标签): what staff of a grid know about a unit.

A butler sees the units of their grids, a manager every unit of their estate; staff of the
estate asking for a unit of another grid are told it is not their grid; residents see none.
Tags and notes are kept by the grid's staff; only a manager unbinds a person from a unit.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.common import local_today
from bot.services.people.access import Viewer, may_manage, may_work_grid
from bot.services.violations.catalog import kinds_of
from storage.db import Database
from storage.models import (
    Bill,
    CollectionLog,
    Estate,
    Member,
    Ticket,
    Unit,
    UnitNote,
    Violation,
    ViolationKind,
)
from storage.repositories import bills, collection_logs, estates, household, people, violations

TAGS = (
    "elderly_alone",
    "children",
    "pets",
    "disability",
    "vip",
    "foreign_language",
    "vacant",
    "rented",
)
MAX_NOTE = 500
MAX_QUERY = 64
FOUND_AT_MOST = 10
RECENT_TICKETS, RECENT_LOGS, RECENT_NOTES, RECENT_VIOLATIONS = 5, 3, 5, 5


class HouseholdCard(BaseModel):
    """Everything the household card shows."""

    unit: Unit
    estate: Estate
    grid: str
    today: date
    members: list[Member]
    tags: list[str]
    tickets: list[Ticket]
    open_tickets: int
    complaints: int
    open_bills: list[Bill]
    logs: list[CollectionLog]
    notes: list[UnitNote]
    may_unbind: bool
    violations: list[Violation] = []  # the latest (违章), open or not
    open_violations: int = 0
    violation_kinds: list[ViolationKind] = []

    @property
    def overdue_minor(self) -> int:
        """What is owed on bills due before today."""
        return sum(b.open_minor for b in self.open_bills if b.due_date < self.today)

    @property
    def open_minor(self) -> int:
        """What is owed on every open bill."""
        return sum(b.open_minor for b in self.open_bills)


class HouseholdService:
    """Find households, show their card, keep their tags and notes, unbind people."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def find(self, viewer: Viewer, text: str) -> list[Unit]:
        """Units of the viewer's grids by code, owner's name or phone, or a bound person."""
        text = " ".join(text.split())
        if not viewer.staff:
            raise NotAllowed("household-staff-only")
        if not text or len(text) > MAX_QUERY:
            raise InvalidInput("household-bad-query", max=MAX_QUERY)
        estate_ids = sorted({role.estate_id for role in viewer.staff})
        async with self._db.read() as conn:
            found = await household.search(conn, estate_ids, text, FOUND_AT_MOST * 5)
        mine = [u for u in found if may_work_grid(viewer, u.estate_id, u.grid_id)]
        if not mine and any(u.code == text for u in found):
            raise NotAllowed("household-not-your-grid", unit=text)
        return mine[:FOUND_AT_MOST]

    async def card(self, viewer: Viewer, unit_id: int) -> HouseholdCard:
        """The household card of a unit the viewer works."""
        async with self._db.read() as conn:
            unit = await self._worked(conn, viewer, unit_id)
            estate = await estates.estate(conn, unit.estate_id)
            assert estate is not None
            grids = {g.id: g.code for g in await estates.grids_of(conn, estate.id)}
            today = local_today(self._clock.now(), estate)
            figures = await household.card(conn, unit.id, today)
            cases = await violations.of_unit(conn, unit.id)
            return HouseholdCard(
                unit=unit,
                estate=estate,
                grid=grids.get(unit.grid_id, "-"),
                today=today,
                members=await household.members(conn, unit.id),
                tags=await household.tags(conn, unit.id),
                tickets=await household.recent_tickets(conn, unit.id, RECENT_TICKETS),
                open_tickets=int(str(figures["open_tickets"])),
                complaints=int(str(figures["complaints"])),
                open_bills=await bills.open_of_unit(conn, unit.id),
                logs=await collection_logs.recent_of_unit(conn, unit.id, RECENT_LOGS),
                notes=await household.notes(conn, unit.id, RECENT_NOTES),
                may_unbind=may_manage(viewer, unit.estate_id),
                violations=cases[:RECENT_VIOLATIONS],
                open_violations=sum(v.state == "open" for v in cases),
                violation_kinds=kinds_of(await violations.kinds(conn, estate.id)),
            )

    async def toggle_tag(self, viewer: Viewer, unit_id: int, tag: str) -> bool:
        """Set or clear one of the known tags; return whether it is set now."""
        if tag not in TAGS:
            raise InvalidInput()
        async with self._db.transaction() as conn:
            unit = await self._worked(conn, viewer, unit_id)
            return await household.toggle_tag(conn, unit.id, tag, self._clock.now())

    async def check(self, viewer: Viewer, unit_id: int) -> Unit:
        """Return the unit if the viewer works it (before a note is asked for)."""
        async with self._db.read() as conn:
            return await self._worked(conn, viewer, unit_id)

    async def add_note(self, viewer: Viewer, unit_id: int, text: str, token: str) -> Unit:
        """Keep a note (once per flow, however often its confirm is pressed)."""
        text = text.strip()
        if not 0 < len(text) <= MAX_NOTE:
            raise InvalidInput("household-bad-note", max=MAX_NOTE, length=len(text))
        async with self._db.transaction() as conn:
            unit = await self._worked(conn, viewer, unit_id)
            if await flows.claim(conn, viewer.account.id, token, self._clock.now()) is None:
                await household.add_note(conn, unit.id, viewer.account.id, text, self._clock.now())
                await flows.record(conn, viewer.account.id, token, f"unit:{unit.id}")
            return unit

    async def unbind(self, viewer: Viewer, unit_id: int, account_id: int) -> str:
        """A manager ends a person's binding to a unit; return the person's name."""
        async with self._db.transaction() as conn:
            unit = await self._worked(conn, viewer, unit_id)
            if not may_manage(viewer, unit.estate_id):
                raise NotAllowed("household-managers-unbind")
            name = (await people.names(conn, [account_id])).get(account_id)
            if name is None or not await people.remove_occupancy(conn, account_id, unit.id):
                raise NotFound("household-member-gone")
            return name

    async def _worked(self, conn: AsyncConnection, viewer: Viewer, unit_id: int) -> Unit:
        """The unit, if the viewer is staff of its grid (or manages its estate)."""
        unit = await estates.unit(conn, unit_id)
        if unit is None or not any(r.estate_id == unit.estate_id for r in viewer.staff):
            raise NotFound()
        if not may_work_grid(viewer, unit.estate_id, unit.grid_id):
            raise NotAllowed("household-not-your-grid", unit=unit.code)
        return unit
