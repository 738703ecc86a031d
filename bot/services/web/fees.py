"""The web desk's fees: collection rates per building and per period, arrears, a unit's log.

The scope is the chat's: a manager's whole estate, a butler's grids. Rates are summed as
`FeeService.collection_rate` sums them (paid over due of a period's bills); the arrears
list and a unit's card come from `ArrearsService`, which checks who works which grid.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from bot.clock import Clock
from bot.errors import NotAllowed
from bot.services.fees.arrears import ArrearsList, ArrearsService, UnitCard
from bot.services.fees.common import current_period
from bot.services.fees.statements import CollectionRate
from bot.services.people.access import MANAGER, Viewer
from storage.db import Database
from storage.models import BuildingPeriod, CollectionLog, Estate
from storage.repositories import collection, collection_logs, estates

PERIODS = 6
UNIT_LOGS = 50


class BuildingRate(BaseModel):
    """One building's rate for the period shown."""

    building: str
    grid: str
    rate: CollectionRate


class EstateRates(BaseModel):
    """An estate's rates in the viewer's scope: per period, and per building for one."""

    estate: Estate
    whole_estate: bool  # a manager's: every grid; a butler's: their grids only
    period: str  # the period split by building
    periods: list[CollectionRate]  # newest first
    buildings: list[BuildingRate]


class FeesPage(BaseModel):
    """The fees page: rates, and the overdue units the viewer works."""

    rates: list[EstateRates]
    arrears: ArrearsList


class UnitFees(BaseModel):
    """A unit's arrears card with its longer collection log and its promises to pay."""

    card: UnitCard
    logs: list[CollectionLog]  # newest first
    promises: list[CollectionLog]

    def broken(self, promise: CollectionLog) -> bool:
        """Tell whether a promised day has passed while bills are still overdue."""
        day = promise.promised_date
        return day is not None and day < self.card.today and bool(self.card.overdue)


class WebFees:
    """Reads the desk's fee pages."""

    def __init__(self, db: Database, clock: Clock, arrears: ArrearsService) -> None:
        self._db = db
        self._clock = clock
        self._arrears = arrears

    async def page(self, viewer: Viewer, period: str | None = None) -> FeesPage:
        """Rates of the viewer's estates (`period`, else the current one, by building) and
        the overdue units of their grids."""
        if not viewer.staff:
            raise NotAllowed()
        scope = {r.estate_id: None if r.role == MANAGER else r.grid_ids for r in viewer.staff}
        rates = []
        for estate_id, grid_ids in sorted(scope.items()):
            rates.append(await self._rates(estate_id, grid_ids, period))
        return FeesPage(rates=rates, arrears=await self._arrears.overdue(viewer))

    async def _rates(
        self, estate_id: int, grid_ids: Sequence[int] | None, asked: str | None
    ) -> EstateRates:
        """One estate's rates within some grids (None: all of them)."""
        async with self._db.read() as conn:
            estate = await estates.estate(conn, estate_id)
            assert estate is not None
            periods = await collection.periods_of(conn, estate.id, PERIODS)
            chosen = _chosen(periods, asked, current_period(self._clock.now(), estate))
            wanted = sorted({*periods, chosen}, reverse=True)
            rows = await collection.by_building(conn, estate.id, wanted, grid_ids)
        return EstateRates(
            estate=estate,
            whole_estate=grid_ids is None,
            period=chosen,
            periods=[_sum(p, [r for r in rows if r.period == p]) for p in wanted],
            buildings=[
                BuildingRate(building=r.building_code, grid=r.grid_code, rate=_sum(chosen, [r]))
                for r in rows
                if r.period == chosen
            ],
        )

    async def unit(self, viewer: Viewer, unit_id: int) -> UnitFees:
        """A unit's arrears, collection log and promises; NotFound unless the viewer works
        its grid."""
        card = await self._arrears.card(viewer, unit_id)
        async with self._db.read() as conn:
            logs = await collection_logs.recent_of_unit(conn, card.unit.id, UNIT_LOGS)
        promises = [log for log in logs if log.kind == "promise" and log.promised_date]
        return UnitFees(card=card, logs=logs, promises=promises)


def _chosen(periods: list[str], asked: str | None, current: str) -> str:
    """The period to split by building: the one asked for if it has bills, else the
    current one, else the latest with bills."""
    if asked in periods:
        assert asked is not None
        return asked
    if current in periods or not periods:
        return current
    return next((p for p in periods if p <= current), periods[0])


def _sum(period: str, rows: list[BuildingPeriod]) -> CollectionRate:
    """A period's rate over some buildings."""
    return CollectionRate(
        period=period,
        due_minor=sum(r.due_minor for r in rows),
        paid_minor=sum(r.paid_minor for r in rows),
    )
