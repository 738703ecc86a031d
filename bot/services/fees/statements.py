"""Fees: import bills, show a unit's statement and history, collection rates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotFound
from bot.services.estates.unit_import import ImportRejected
from bot.services.fees.arrears_push import ArrearsPush
from bot.services.fees.bill_import import BillImportResult, Progress, write_bills
from bot.services.fees.bill_rows import check_bill_rows
from bot.services.fees.common import current_period, digits_of, local_today
from bot.services.fees.payments import PayOptions
from bot.services.fees.reminders import FeeReminders
from bot.services.people.access import MANAGER, Viewer, may_see_unit
from bot.services.people.member_rules import may_pay
from bot.tabular import Row
from storage.db import Database
from storage.models import Bill, Estate, Grid, Payment, Unit
from storage.repositories import bills, estates, payments

HISTORY_MONTHS = 12
RECENT_RECEIPTS = 5


class Statement(BaseModel):
    """What a unit owes: open bills, the total, and what is overdue since when."""

    unit: Unit
    estate: Estate
    today: date
    open_bills: list[Bill]
    pay: PayOptions
    may_pay: bool = True  # False: a tenant or family member the owner did not let pay

    @property
    def outstanding_minor(self) -> int:
        """Everything still to pay."""
        return sum(b.open_minor for b in self.open_bills)

    @property
    def overdue(self) -> list[Bill]:
        """The open bills due before today."""
        return [b for b in self.open_bills if b.due_date < self.today]

    @property
    def overdue_since(self) -> date | None:
        """The oldest due date among overdue bills."""
        return min((b.due_date for b in self.overdue), default=None)


class History(BaseModel):
    """A unit's bills paid in full over the last 12 months, and its latest receipts."""

    unit: Unit
    estate: Estate
    paid: list[Bill]
    receipts: list[Payment]


class CollectionRate(BaseModel):
    """Paid over due for one period, with the rate in percent (one decimal)."""

    period: str
    due_minor: int
    paid_minor: int

    @property
    def percent(self) -> Decimal | None:
        """The rate, e.g. Decimal("63.4"); None when nothing was due."""
        if not self.due_minor:
            return None
        rate = Decimal(self.paid_minor) * 100 / Decimal(self.due_minor)
        return rate.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class EstateCollection(BaseModel):
    """An estate's collection rate for the current period: in total (managers) and per grid."""

    estate: Estate
    period: str
    total: CollectionRate | None
    grids: list[tuple[Grid, CollectionRate]]


class FeeService:
    """Bills in, statements and collection rates out."""

    def __init__(
        self, db: Database, clock: Clock, reminders: FeeReminders, arrears_push: ArrearsPush
    ) -> None:
        self._db = db
        self._clock = clock
        self._reminders = reminders
        self._arrears_push = arrears_push

    async def import_bills(
        self, estate: Estate, rows: Iterable[Row], *, progress: Progress | None = None
    ) -> BillImportResult:
        """Check every row, then upsert all the bills and replan reminders at once, or none."""
        async with self._db.read() as conn:
            unit_ids = {u.code: u.id for u in await estates.units_of(conn, estate.id)}
        checked, problems = check_bill_rows(rows, unit_ids, digits_of(estate.currency))
        if problems:
            raise ImportRejected(problems)
        async with self._db.transaction() as conn:
            now = self._clock.now()
            tally, touched = await write_bills(conn, estate.id, checked, now, progress)
            await self._reminders.replan(conn, estate, {unit for unit, _due in touched})
            await self._arrears_push.ensure_weekly(conn, estate)
            count, due, paid = await bills.estate_totals(conn, estate.id)
        return BillImportResult(
            created=tally["created"],
            updated=tally["updated"],
            unchanged=tally["unchanged"],
            bills=count,
            due_minor=due,
            paid_minor=paid,
            currency=estate.currency,
        )

    async def write_off(
        self, estate: Estate, unit_code: str, period: str, fee_type: str, note: str
    ) -> Bill:
        """Write a bill off (the operator gave up on it): no longer owed, never reminded."""
        async with self._db.transaction() as conn:
            found = await bills.find(conn, estate.id, unit_code, period, fee_type)
            if found is None:
                raise NotFound("bill-write-off-unknown", unit=unit_code, period=period)
            if found.written_off_at is None:
                await bills.write_off(conn, found.id, self._clock.now(), note.strip())
                await self._reminders.replan(conn, estate, [found.unit_id])
            written = await bills.find(conn, estate.id, unit_code, period, fee_type)
        assert written is not None
        return written

    async def units(self, viewer: Viewer) -> list[Unit]:
        """Return the units the viewer lives in, by code."""
        async with self._db.read() as conn:
            found = [await estates.unit(conn, o.unit_id) for o in viewer.occupancies]
        return [unit for unit in found if unit is not None]

    async def statement(self, viewer: Viewer, unit_id: int) -> Statement:
        """Return a unit's open bills, if the viewer may see the unit."""
        async with self._db.read() as conn:
            unit, estate = await self._visible_unit(conn, viewer, unit_id)
            return Statement(
                unit=unit,
                estate=estate,
                today=local_today(self._clock.now(), estate),
                open_bills=await bills.open_of_unit(conn, unit.id),
                pay=_options(*await payments.options(conn, estate.id)),
                may_pay=may_pay(viewer, unit.id),
            )

    async def history(self, viewer: Viewer, unit_id: int) -> History:
        """Return the bills of a unit paid in full for the last 12 periods."""
        async with self._db.read() as conn:
            unit, estate = await self._visible_unit(conn, viewer, unit_id)
            today = local_today(self._clock.now(), estate)
            since = _months_back(today, HISTORY_MONTHS - 1)
            return History(
                unit=unit,
                estate=estate,
                paid=await bills.paid_of_unit(conn, unit.id, since),
                receipts=await payments.paid_of_unit(conn, unit.id, RECENT_RECEIPTS),
            )

    async def collection_rate(
        self, estate_id: int, period: str, grid_id: int | None = None
    ) -> CollectionRate:
        """Return paid / due of an estate (or one grid) for a period."""
        async with self._db.read() as conn:
            due, paid = await bills.period_totals(conn, estate_id, period, grid_id)
        return CollectionRate(period=period, due_minor=due, paid_minor=paid)

    async def collection_overview(self, viewer: Viewer) -> list[EstateCollection]:
        """Return the current period's rates: a manager's estate and grids, a butler's grids."""
        found = []
        for role in sorted(viewer.staff, key=lambda r: r.estate_id):
            async with self._db.read() as conn:
                estate = await estates.estate(conn, role.estate_id)
                grids = await estates.grids_of(conn, role.estate_id)
            assert estate is not None
            period = current_period(self._clock.now(), estate)
            manages = role.role == MANAGER
            total = await self.collection_rate(estate.id, period) if manages else None
            mine = [g for g in grids if manages or g.id in role.grid_ids]
            per_grid = [(g, await self.collection_rate(estate.id, period, g.id)) for g in mine]
            found.append(
                EstateCollection(estate=estate, period=period, total=total, grids=per_grid)
            )
        return found

    async def _visible_unit(
        self, conn: AsyncConnection, viewer: Viewer, unit_id: int
    ) -> tuple[Unit, Estate]:
        """Load a unit and its estate; NotFound unless the viewer may see the unit."""
        unit = await estates.unit(conn, unit_id)
        if unit is None or not may_see_unit(viewer, unit.estate_id, unit.grid_id, unit.id):
            raise NotFound()
        estate = await estates.estate(conn, unit.estate_id)
        assert estate is not None
        return unit, estate


def _options(in_chat: bool, instructions: str, has_qr: bool) -> PayOptions:
    return PayOptions(in_chat=in_chat, instructions=instructions, has_qr=has_qr)


def _months_back(today: date, months: int) -> str:
    """Return the period `months` before today's, YYYY-MM."""
    index = today.year * 12 + today.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
