"""SQL for collection rates by building: the bills of some periods summed per building."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import BuildingPeriod
from storage.tables import bills, buildings, grids, units


async def periods_of(conn: AsyncConnection, estate_id: int, limit: int) -> list[str]:
    """The latest periods an estate has bills for, newest first."""
    query = (
        select(bills.c.period)
        .where(bills.c.estate_id == estate_id)
        .group_by(bills.c.period)
        .order_by(bills.c.period.desc())
        .limit(limit)
    )
    return [str(row[0]) for row in await conn.execute(query)]


async def by_building(
    conn: AsyncConnection,
    estate_id: int,
    periods: Sequence[str],
    grid_ids: Iterable[int] | None = None,
) -> list[BuildingPeriod]:
    """Due and paid per building and period (the chat's collection rate, split by building)."""
    query = (
        select(
            buildings.c.id.label("building_id"),
            buildings.c.code.label("building_code"),
            buildings.c.grid_id,
            grids.c.code.label("grid_code"),
            bills.c.period,
            func.coalesce(func.sum(bills.c.amount_minor), 0).label("due_minor"),
            func.coalesce(func.sum(bills.c.paid_minor), 0).label("paid_minor"),
        )
        .select_from(bills)
        .join(units, units.c.id == bills.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .join(grids, grids.c.id == buildings.c.grid_id)
        .where(bills.c.estate_id == estate_id, bills.c.period.in_(list(periods)))
        .group_by(
            buildings.c.id, buildings.c.code, buildings.c.grid_id, grids.c.code, bills.c.period
        )
        .order_by(buildings.c.code, bills.c.period)
    )
    if grid_ids is not None:
        query = query.where(buildings.c.grid_id.in_(list(grid_ids)))
    return [BuildingPeriod.model_validate(row._mapping) for row in await conn.execute(query)]
