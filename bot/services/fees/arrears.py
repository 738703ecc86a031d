"""Arrears for butlers: overdue units of their grids, and a log of each contact."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.arrears_log import (
    LOGGED_KINDS,
    LogEntry,
    check_correctable,
    checked,
    may_correct,
    values_of,
)
from bot.services.fees.arrears_push import ArrearsPush
from bot.services.fees.common import local_today
from bot.services.people.access import MANAGER, Viewer, may_work_grid
from storage.db import Database
from storage.models import ArrearsRow, Bill, CollectionLog, Estate, Unit
from storage.repositories import bills, collection_logs, estates

SORTS = ("amount", "age")
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
    """One unit's arrears: its open bills, the latest entries, and the one the viewer may fix."""

    unit: Unit
    estate: Estate
    today: date
    open_bills: list[Bill]
    logs: list[CollectionLog]
    correctable_id: int | None = None  # the viewer's last entry, while they may correct it

    @property
    def overdue(self) -> list[Bill]:
        """The open bills due before today."""
        return [b for b in self.open_bills if b.due_date < self.today]


class OwnEntry(BaseModel):
    """An entry its author may still correct, with its unit."""

    log: CollectionLog
    unit: Unit
    estate: Estate


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
        now = self._clock.now()
        async with self._db.read() as conn:
            unit, estate = await self._worked_unit(conn, viewer, unit_id)
            mine = await collection_logs.last_by_author(
                conn, unit.id, viewer.account.id, LOGGED_KINDS
            )
            fixable = mine is not None and may_correct(mine, viewer.account.id, now)
            return UnitCard(
                unit=unit,
                estate=estate,
                today=local_today(now, estate),
                open_bills=await bills.open_of_unit(conn, unit.id),
                logs=await collection_logs.recent_of_unit(conn, unit.id, RECENT_LOGS),
                correctable_id=mine.id if mine is not None and fixable else None,
            )

    async def check_unit(self, viewer: Viewer, unit_id: int) -> Unit:
        """Return the unit if the viewer works its grid."""
        async with self._db.read() as conn:
            unit, _estate = await self._worked_unit(conn, viewer, unit_id)
        return unit

    async def record(
        self, viewer: Viewer, unit_id: int, entry: LogEntry, token: str | None = None
    ) -> UnitCard:
        """Log a contact with its channel and outcome; a promise is followed up after its day."""
        async with self._db.transaction() as conn:
            unit, estate = await self._worked_unit(conn, viewer, unit_id)
            if not await self._repeated(conn, viewer, token):
                entry = checked(entry, local_today(self._clock.now(), estate))
                values = values_of(entry) | {"unit_id": unit.id, "created_at": self._clock.now()}
                log_id = await collection_logs.add(
                    conn, values | {"staff_account_id": viewer.account.id}
                )
                if entry.promised_date is not None:
                    await self._push.plan_promise(conn, log_id, entry.promised_date, estate)
        return await self.card(viewer, unit.id)

    async def correctable(self, viewer: Viewer, log_id: int) -> OwnEntry:
        """Return the viewer's own entry of the last 24 hours; NotAllowed says why not."""
        async with self._db.read() as conn:
            log = await collection_logs.get(conn, log_id)
            if log is None:
                raise NotFound()
            unit, estate = await self._worked_unit(conn, viewer, log.unit_id)
        check_correctable(log, viewer.account.id, self._clock.now())
        return OwnEntry(log=log, unit=unit, estate=estate)

    async def correct(
        self, viewer: Viewer, log_id: int, entry: LogEntry, token: str | None = None
    ) -> UnitCard:
        """Change the viewer's entry (within a day of logging it); a promise's timer moves."""
        async with self._db.transaction() as conn:
            log = await collection_logs.get(conn, log_id)
            if log is None:
                raise NotFound()
            unit, estate = await self._worked_unit(conn, viewer, log.unit_id)
            now = self._clock.now()
            check_correctable(log, viewer.account.id, now)
            if not await self._repeated(conn, viewer, token):
                today = local_today(now, estate)
                entry = checked(entry, today, kept_day=log.promised_date)
                await collection_logs.update(conn, log.id, values_of(entry) | {"updated_at": now})
                await self._push.replan_promise(conn, log.id, entry.promised_date, estate)
        return await self.card(viewer, unit.id)

    async def _repeated(self, conn: AsyncConnection, viewer: Viewer, token: str | None) -> bool:
        """Tell whether the flow behind this entry wrote it already."""
        if token is None:
            return False
        if await flows.claim(conn, viewer.account.id, token, self._clock.now()) is not None:
            return True
        await flows.record(conn, viewer.account.id, token, "logged")
        return False

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
