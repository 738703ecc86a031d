"""SQL for items held at the front desk (客户物品的登记、交接、发放)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import DeskItem, HeldItem
from storage.tables import accounts, buildings, desk_items, grids, units


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store an item; return its id."""
    result = await conn.execute(desk_items.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, item_id: int, *, lock: bool = False) -> DeskItem | None:
    """One item (locked: one handover at a time)."""
    query = select(desk_items).where(desk_items.c.id == item_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return DeskItem.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, item_id: int, values: dict[str, Any]) -> None:
    """Set some columns of an item."""
    await conn.execute(update(desk_items).where(desk_items.c.id == item_id).values(**values))


async def held(
    conn: AsyncConnection, estate_id: int, grid_ids: set[int] | None = None
) -> list[HeldItem]:
    """Items still held in an estate (or some of its grids), by grid, oldest first."""
    query = (
        select(
            desk_items,
            units.c.code.label("unit_code"),
            buildings.c.grid_id,
            grids.c.code.label("grid_code"),
        )
        .join(units, units.c.id == desk_items.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .join(grids, grids.c.id == buildings.c.grid_id)
        .where(desk_items.c.estate_id == estate_id, desk_items.c.state == "held")
        .order_by(grids.c.code, desk_items.c.created_at, desk_items.c.id)
    )
    if grid_ids is not None:
        query = query.where(buildings.c.grid_id.in_(sorted(grid_ids)))
    found = []
    for row in await conn.execute(query):
        values = dict(row._mapping)
        found.append(
            HeldItem(
                item=DeskItem.model_validate(values),
                unit_code=values["unit_code"],
                grid_id=values["grid_id"],
                grid_code=values["grid_code"],
            )
        )
    return found


async def counts(conn: AsyncConnection, estate_id: int, before: datetime) -> tuple[int, int]:
    """Items held now, and of them those registered before a moment."""
    table = desk_items
    where = (table.c.estate_id == estate_id, table.c.state == "held")
    total = await conn.scalar(select(func.count()).select_from(table).where(*where))
    old = await conn.scalar(
        select(func.count()).select_from(table).where(*where, table.c.created_at < before)
    )
    return int(total or 0), int(old or 0)


async def rows_between(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime
) -> list[dict[str, Any]]:
    """Items registered or handed over in [since, until), with their unit and staff names."""
    table = desk_items
    registrar, hander = accounts.alias("registrar"), accounts.alias("hander")
    query = (
        select(
            table,
            units.c.code.label("unit"),
            grids.c.code.label("grid"),
            registrar.c.name.label("registered_name"),
            hander.c.name.label("handed_name"),
        )
        .join(units, units.c.id == table.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .join(grids, grids.c.id == buildings.c.grid_id)
        .outerjoin(registrar, registrar.c.id == table.c.registered_by)
        .outerjoin(hander, hander.c.id == table.c.handed_by)
        .where(
            table.c.estate_id == estate_id,
            or_(
                (table.c.created_at >= since) & (table.c.created_at < until),
                (table.c.handed_at >= since) & (table.c.handed_at < until),
            ),
        )
        .order_by(table.c.created_at, table.c.id)
    )
    return [dict(row._mapping) for row in await conn.execute(query)]
