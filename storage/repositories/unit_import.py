"""Bulk SQL for importing units: what the estate has now, and many rows written at once."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import upsert_many
from storage.tables import buildings, grids, units


async def building_grids(conn: AsyncConnection, estate_id: int) -> dict[str, str]:
    """Map each building code of an estate to the code of its grid."""
    query = (
        select(buildings.c.code, grids.c.code.label("grid"))
        .join(grids, grids.c.id == buildings.c.grid_id)
        .where(buildings.c.estate_id == estate_id)
    )
    return {row.code: row.grid for row in await conn.execute(query)}


async def insert_units(conn: AsyncConnection, estate_id: int, rows: list[dict[str, Any]]) -> None:
    """Insert many units of an estate at once (a unit another import added is overwritten)."""
    rows = [{"estate_id": estate_id, **row} for row in rows]
    await upsert_many(conn, units, rows, ["estate_id", "code"])


async def update_units(conn: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """Update many units, each dict naming its unit by `unit_id` and the columns to set."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_columns[tuple(sorted(row))].append(row)
    statement = update(units).where(units.c.id == bindparam("unit_id"))
    for batch in by_columns.values():
        await conn.execute(statement, batch)
