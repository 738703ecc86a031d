"""Arrears for butlers: overdue units of their grids, and a log of each contact."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.arrears_push import ArrearsPush
from bot.services.fees.common import local_today
from bot.services.people.access import MANAGER, Viewer, may_work_grid
from storage.db import Database
from storage.models import ArrearsRow, Bill, CollectionLog, Estate, Unit
from storage.repositories import bills, collection_logs, estates

ONE_TAP_KINDS = ("called", "visited", "message")
LOG_KINDS = (*ONE_TAP_KINDS, "promise", "note")
SORTS = ("amount", "age")
MAX_NOTE = 500
RECENT_LOGS = 5


class ArrearsItem(BaseModel):
    """One overdue unit with its latest contact."""

    row: ArrearsRow
    estate: Estate
    last: CollectionLog | None


class EstateArrears(BaseModel):
    """How many units of an estate (in the viewer's scope) are overdue, and by how much."""

    estate: Estate
    units: int
    overdue_minor: int


class ArrearsList(BaseModel):
    """The overdue units a viewer works, sorted, with the totals of each estate."""

    items: list[ArrearsItem]
    totals: list[EstateArrears]


class UnitCard(BaseModel):
    """One unit's arrears: its open bills and the latest contacts."""

    unit: Unit
    estate: Estate
    today: date
    open_bills: list[Bill]
    logs: list[CollectionLog]

    @property
    def overdue(self) -> list[Bill]:
        """The open bills due before today."""
        return [b for b in self.open_bills if b.due_date < self.today]


class ArrearsService:
    """List overdue units for staff and record collection contacts."""

    def __init__(self, db: Database, clock: Clock, push: ArrearsPush) -> None:
        self._db = db
        self._clock = clock
        self._push = push

    async def overdue(self, viewer: Viewer, sort: str = "amount") -> ArrearsList:
        """List the overdue units of the viewer's grids (a manager's whole estate)."""
        if not viewer.staff:
            raise NotAllowed()
        scope = {r.estate_id: None if r.role == MANAGER else r.grid_ids for r in viewer.staff}
        items: list[ArrearsItem] = []
        totals: list[EstateArrears] = []
        async with self._db.read() as conn:
            for estate_id, grid_ids in sorted(scope.items()):
                estate = await estates.estate(conn, estate_id)
                assert estate is not None
                today = local_today(self._clock.now(), estate)
                rows = await bills.overdue_units(conn, estate_id, today, grid_ids)
                last = await collection_logs.last_of_units(conn, [r.unit_id for r in rows])
                items += [
                    ArrearsItem(row=r, estate=estate, last=last.get(r.unit_id)) for r in rows
                ]
                overdue = sum(r.overdue_minor for r in rows)
                totals.append(EstateArrears(estate=estate, units=len(rows), overdue_minor=overdue))
        if sort == "age":
            items.sort(key=lambda i: (i.row.oldest_due, -i.row.overdue_minor, i.row.unit_code))
        else:
            items.sort(key=lambda i: (-i.row.overdue_minor, i.row.oldest_due, i.row.unit_code))
        return ArrearsList(items=items, totals=totals)

    async def card(self, viewer: Viewer, unit_id: int) -> UnitCard:
        """Return a unit's arrears card, if the viewer works its grid."""
        async with self._db.read() as conn:
            unit, estate = await self._worked_unit(conn, viewer, unit_id)
            return UnitCard(
                unit=unit,
                estate=estate,
                today=local_today(self._clock.now(), estate),
                open_bills=await bills.open_of_unit(conn, unit.id),
                logs=await collection_logs.recent_of_unit(conn, unit.id, RECENT_LOGS),
            )

    async def check_unit(self, viewer: Viewer, unit_id: int) -> Unit:
        """Return the unit if the viewer works its grid."""
        async with self._db.read() as conn:
            unit, _estate = await self._worked_unit(conn, viewer, unit_id)
        return unit

    async def log(
        self, viewer: Viewer, unit_id: int, kind: str, note: str = "", token: str | None = None
    ) -> UnitCard:
        """Record a contact (called, visited, message sent, or a note); return the new card."""
        note = note.strip()
        if kind not in LOG_KINDS or kind == "promise":
            raise InvalidInput()
        if kind == "note" and not 0 < len(note) <= MAX_NOTE:
            raise InvalidInput("arrears-bad-note", max=MAX_NOTE, length=len(note))
        async with self._db.transaction() as conn:
            unit, _estate = await self._worked_unit(conn, viewer, unit_id)
            if not await self._repeated(conn, viewer, token):
                await self._add(conn, viewer, unit.id, kind, note, None)
        return await self.card(viewer, unit.id)

    async def _repeated(self, conn: AsyncConnection, viewer: Viewer, token: str | None) -> bool:
        """Tell whether the flow behind this contact logged it already."""
        if token is None:
            return False
        if await flows.claim(conn, viewer.account.id, token, self._clock.now()) is not None:
            return True
        await flows.record(conn, viewer.account.id, token, "logged")
        return False

    async def promise(
        self, viewer: Viewer, unit_id: int, day: date, token: str | None = None
    ) -> tuple[Unit, date]:
        """Record a promise to pay on a day (today or later); remind the butler that day."""
        async with self._db.transaction() as conn:
            unit, estate = await self._worked_unit(conn, viewer, unit_id)
            if await self._repeated(conn, viewer, token):
                return unit, day
            today = local_today(self._clock.now(), estate)
            if day < today:
                raise InvalidInput("flow-reask-date-past", date=day.isoformat())
            log_id = await self._add(conn, viewer, unit.id, "promise", "", day)
            await self._push.plan_promise(conn, log_id, day, estate)
        return unit, day

    async def _add(
        self,
        conn: AsyncConnection,
        viewer: Viewer,
        unit_id: int,
        kind: str,
        note: str,
        day: date | None,
    ) -> int:
        """Store one contact by the viewer."""
        values = {"unit_id": unit_id, "staff_account_id": viewer.account.id, "kind": kind}
        values |= {"note": note, "promised_date": day, "created_at": self._clock.now()}
        return await collection_logs.add(conn, values)

    async def _worked_unit(
        self, conn: AsyncConnection, viewer: Viewer, unit_id: int
    ) -> tuple[Unit, Estate]:
        """Load a unit and its estate; NotFound unless the viewer works its grid."""
        unit = await estates.unit(conn, unit_id)
        if unit is None or not may_work_grid(viewer, unit.estate_id, unit.grid_id):
            raise NotFound()
        estate = await estates.estate(conn, unit.estate_id)
        assert estate is not None
        return unit, estate
