"""SQL for estates, grids, buildings and units."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Estate, Grid, Unit
from storage.repositories.sql import upsert
from storage.tables import buildings, estates, grids, units


async def add_estate(
    conn: AsyncConnection, name: str, timezone: str, currency: str, now: datetime
) -> Estate:
    """Create an estate."""
    await conn.execute(
        estates.insert().values(name=name, timezone=timezone, currency=currency, created_at=now)
    )
    found = await estate_by_name(conn, name)
    assert found is not None
    return found


async def estate_by_name(conn: AsyncConnection, name: str) -> Estate | None:
    """Return the estate with this name."""
    row = (await conn.execute(select(estates).where(estates.c.name == name))).first()
    return Estate.model_validate(row._mapping) if row else None


async def estate(conn: AsyncConnection, estate_id: int) -> Estate | None:
    """Return the estate with this id."""
    row = (await conn.execute(select(estates).where(estates.c.id == estate_id))).first()
    return Estate.model_validate(row._mapping) if row else None


async def all_estates(conn: AsyncConnection) -> list[Estate]:
    """Return every estate, by name."""
    rows = await conn.execute(select(estates).order_by(estates.c.name))
    return [Estate.model_validate(row._mapping) for row in rows]


async def grids_of(conn: AsyncConnection, estate_id: int) -> list[Grid]:
    """Return the grids of an estate, by code."""
    query = select(grids).where(grids.c.estate_id == estate_id).order_by(grids.c.code)
    return [Grid.model_validate(row._mapping) for row in await conn.execute(query)]


async def ensure_grid(conn: AsyncConnection, estate_id: int, code: str) -> int:
    """Return the id of a grid, creating it if needed."""
    query = select(grids.c.id).where(grids.c.estate_id == estate_id, grids.c.code == code)
    found = (await conn.execute(query)).scalar()
    if found is not None:
        return int(found)
    row = await upsert(  # another writer may create it meanwhile: then take that one
        conn,
        grids,
        {"estate_id": estate_id, "code": code},
        ["estate_id", "code"],
        update=["code"],
        returning=[grids.c.id],
    )
    assert row is not None
    return int(row.id)


async def ensure_building(conn: AsyncConnection, estate_id: int, code: str, grid_id: int) -> int:
    """Return the id of a building, creating it or moving it to the grid."""
    row = await upsert(
        conn,
        buildings,
        {"estate_id": estate_id, "code": code, "grid_id": grid_id},
        ["estate_id", "code"],
        returning=[buildings.c.id],
    )
    assert row is not None
    return int(row.id)


def units_query() -> Select[Any]:
    """Units with their building's code and grid."""
    return select(
        units,
        buildings.c.grid_id,
        buildings.c.code.label("building"),
    ).join(buildings, buildings.c.id == units.c.building_id)


async def unit_by_code(conn: AsyncConnection, estate_id: int, code: str) -> Unit | None:
    """Return a unit of an estate by its code (e.g. 3-2-301)."""
    query = units_query().where(units.c.estate_id == estate_id, units.c.code == code)
    row = (await conn.execute(query)).first()
    return Unit.model_validate(row._mapping) if row else None


async def unit(conn: AsyncConnection, unit_id: int) -> Unit | None:
    """Return a unit by id."""
    row = (await conn.execute(units_query().where(units.c.id == unit_id))).first()
    return Unit.model_validate(row._mapping) if row else None


async def units_of(conn: AsyncConnection, estate_id: int) -> list[Unit]:
    """Return every unit of an estate, by code."""
    query = units_query().where(units.c.estate_id == estate_id).order_by(units.c.code)
    return [Unit.model_validate(row._mapping) for row in await conn.execute(query)]


async def upsert_unit(conn: AsyncConnection, estate_id: int, values: dict[str, Any]) -> str:
    """Insert or update a unit by code; return 'created', 'updated' or 'unchanged'."""
    current = await unit_by_code(conn, estate_id, values["code"])
    if current is not None and all(getattr(current, k) == v for k, v in values.items()):
        return "unchanged"
    await upsert(conn, units, {"estate_id": estate_id, **values}, ["estate_id", "code"])
    return "created" if current is None else "updated"


async def counts(conn: AsyncConnection, estate_id: int) -> dict[str, int]:
    """Count the units, buildings and grids of an estate."""
    result = {}
    for name, table in (("units", units), ("buildings", buildings), ("grids", grids)):
        query = select(func.count()).select_from(table).where(table.c.estate_id == estate_id)
        result[name] = int((await conn.execute(query)).scalar_one())
    return result


async def configure(conn: AsyncConnection, estate_id: int, values: dict[str, Any]) -> None:
    """Change an estate's settings (digest time, quiet hours)."""
    if values:
        await conn.execute(update(estates).where(estates.c.id == estate_id).values(**values))
