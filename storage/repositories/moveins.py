"""SQL for move-ins (入住手续): the move-in, its photos, keys, problems and record."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import MoveIn, MoveInEvent, MoveInFile, MoveInKey, MoveInProblem
from storage.tables import (
    accounts,
    buildings,
    grids,
    movein_events,
    movein_files,
    movein_keys,
    movein_problems,
    moveins,
    units,
)


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a move-in; return its id."""
    result = await conn.execute(moveins.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, movein_id: int, *, lock: bool = False) -> MoveIn | None:
    """One move-in (locked: its steps are taken one at a time)."""
    query = select(moveins).where(moveins.c.id == movein_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return MoveIn.model_validate(row._mapping) if row else None


async def by_code(conn: AsyncConnection, code_hash: str) -> MoveIn | None:
    """The move-in an owner's join code belongs to."""
    row = (await conn.execute(select(moveins).where(moveins.c.code_hash == code_hash))).first()
    return MoveIn.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, movein_id: int, values: dict[str, Any]) -> None:
    """Update a move-in."""
    await conn.execute(update(moveins).where(moveins.c.id == movein_id).values(**values))


async def of_estates(conn: AsyncConnection, estate_ids: list[int], state: str) -> list[MoveIn]:
    """The move-ins of some estates in a state, oldest first."""
    query = (
        select(moveins)
        .where(moveins.c.estate_id.in_(estate_ids), moveins.c.state == state)
        .order_by(moveins.c.created_at, moveins.c.id)
    )
    return [MoveIn.model_validate(row._mapping) for row in await conn.execute(query)]


async def open_of_unit(conn: AsyncConnection, unit_id: int) -> MoveIn | None:
    """The move-in of a unit still open, if any."""
    query = select(moveins).where(moveins.c.unit_id == unit_id, moveins.c.state == "open")
    row = (await conn.execute(query)).first()
    return MoveIn.model_validate(row._mapping) if row else None


async def of_owner(conn: AsyncConnection, account_id: int) -> list[MoveIn]:
    """The open move-ins an owner joined."""
    query = select(moveins).where(
        moveins.c.owner_account_id == account_id, moveins.c.state == "open"
    )
    return [MoveIn.model_validate(row._mapping) for row in await conn.execute(query)]


async def add_files(
    conn: AsyncConnection, movein_id: int, step: str, kind: str, file_ids: list[str], at: Any
) -> None:
    """Keep photos of a step."""
    if file_ids:
        rows = [
            {"movein_id": movein_id, "step": step, "kind": kind, "file_id": f, "created_at": at}
            for f in file_ids
        ]
        await conn.execute(movein_files.insert(), rows)


async def files(conn: AsyncConnection, movein_id: int) -> list[MoveInFile]:
    """Every photo of a move-in, in order."""
    query = select(movein_files).where(movein_files.c.movein_id == movein_id)
    rows = await conn.execute(query.order_by(movein_files.c.id))
    return [MoveInFile.model_validate(row._mapping) for row in rows]


async def add_keys(conn: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """Record keys handed over."""
    if rows:
        await conn.execute(movein_keys.insert(), rows)


async def keys(conn: AsyncConnection, movein_id: int) -> list[MoveInKey]:
    """The keys of a move-in, in order."""
    query = select(movein_keys).where(movein_keys.c.movein_id == movein_id)
    rows = await conn.execute(query.order_by(movein_keys.c.id))
    return [MoveInKey.model_validate(row._mapping) for row in rows]


async def confirm_keys(conn: AsyncConnection, movein_id: int, at: Any) -> None:
    """The owner confirms every key handed over."""
    await conn.execute(
        update(movein_keys)
        .where(movein_keys.c.movein_id == movein_id, movein_keys.c.confirmed_at.is_(None))
        .values(confirmed_at=at)
    )


async def add_problem(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Record a problem found in the unit."""
    result = await conn.execute(movein_problems.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def problems(conn: AsyncConnection, movein_id: int) -> list[MoveInProblem]:
    """The problems found in the unit, in order."""
    query = select(movein_problems).where(movein_problems.c.movein_id == movein_id)
    rows = await conn.execute(query.order_by(movein_problems.c.id))
    return [MoveInProblem.model_validate(row._mapping) for row in rows]


async def add_event(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Record a step."""
    await conn.execute(movein_events.insert().values(**values))


async def events(conn: AsyncConnection, movein_id: int) -> list[MoveInEvent]:
    """A move-in's record, oldest first."""
    query = select(movein_events).where(movein_events.c.movein_id == movein_id)
    rows = await conn.execute(query.order_by(movein_events.c.at, movein_events.c.id))
    return [MoveInEvent.model_validate(row._mapping) for row in rows]


async def open_count(conn: AsyncConnection, estate_id: int) -> int:
    """How many move-ins of an estate are in progress."""
    query = select(func.count()).where(moveins.c.estate_id == estate_id, moveins.c.state == "open")
    return int(await conn.scalar(query) or 0)


async def rows_between(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime
) -> list[dict[str, Any]]:
    """Move-ins started, finished or in progress in [since, until), with unit, grid, butler."""
    butler = accounts.alias("butler")
    query = (
        select(
            moveins,
            units.c.code.label("unit"),
            grids.c.code.label("grid"),
            butler.c.name.label("butler_name"),
        )
        .join(units, units.c.id == moveins.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .join(grids, grids.c.id == buildings.c.grid_id)
        .outerjoin(butler, butler.c.id == moveins.c.butler_account_id)
        .where(
            moveins.c.estate_id == estate_id,
            moveins.c.created_at < until,
            or_(moveins.c.finished_at.is_(None), moveins.c.finished_at >= since),
        )
        .order_by(moveins.c.created_at, moveins.c.id)
    )
    return [dict(row._mapping) for row in await conn.execute(query)]
