"""SQL for the gate: visitor passes, goods releases and the guard's log."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Select

from storage.models import GateCheck, GoodsRelease, VisitorPass
from storage.tables import (
    accounts,
    buildings,
    gate_checks,
    goods_releases,
    units,
    visitor_passes,
)


def _passes() -> Select[Any]:
    return (
        select(visitor_passes, units.c.code.label("unit_code"), buildings.c.grid_id)
        .join(units, units.c.id == visitor_passes.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
    )


def _releases() -> Select[Any]:
    return (
        select(goods_releases, units.c.code.label("unit_code"), buildings.c.grid_id)
        .join(units, units.c.id == goods_releases.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
    )


async def add_pass(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a visitor pass; return its id."""
    result = await conn.execute(visitor_passes.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get_pass(
    conn: AsyncConnection, pass_id: int, *, lock: bool = False
) -> VisitorPass | None:
    """One visitor pass (locked: it is let in once)."""
    query = _passes().where(visitor_passes.c.id == pass_id)
    row = (await conn.execute(query.with_for_update(of=visitor_passes) if lock else query)).first()
    return VisitorPass.model_validate(row._mapping) if row else None


async def pass_by_code(conn: AsyncConnection, code: str) -> VisitorPass | None:
    """The visitor pass with a code."""
    row = (await conn.execute(_passes().where(visitor_passes.c.code == code))).first()
    return VisitorPass.model_validate(row._mapping) if row else None


async def passes_by_plate(
    conn: AsyncConnection, estate_ids: list[int], plate: str
) -> list[VisitorPass]:
    """Visitor passes of some estates for a car plate, newest window first."""
    query = (
        _passes()
        .where(visitor_passes.c.estate_id.in_(estate_ids), visitor_passes.c.plate == plate)
        .order_by(visitor_passes.c.valid_from.desc(), visitor_passes.c.id.desc())
    )
    return [VisitorPass.model_validate(r._mapping) for r in await conn.execute(query)]


async def passes_of_units(
    conn: AsyncConnection, unit_ids: list[int], since: datetime
) -> list[VisitorPass]:
    """Visitor passes of some units whose window ends after a moment, soonest first."""
    query = (
        _passes()
        .where(visitor_passes.c.unit_id.in_(unit_ids), visitor_passes.c.valid_until > since)
        .order_by(visitor_passes.c.valid_from, visitor_passes.c.id)
    )
    return [VisitorPass.model_validate(r._mapping) for r in await conn.execute(query)]


async def passes_starting(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime
) -> list[VisitorPass]:
    """Active or used visitor passes of an estate whose window starts in [since, until)."""
    table = visitor_passes
    query = (
        _passes()
        .where(
            table.c.estate_id == estate_id,
            table.c.valid_from >= since,
            table.c.valid_from < until,
            table.c.state.in_(("active", "used")),
        )
        .order_by(table.c.valid_from, table.c.id)
    )
    return [VisitorPass.model_validate(r._mapping) for r in await conn.execute(query)]


async def change_pass(conn: AsyncConnection, pass_id: int, values: dict[str, Any]) -> None:
    """Set some columns of a visitor pass."""
    table = visitor_passes
    await conn.execute(update(table).where(table.c.id == pass_id).values(**values))


async def add_release(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a goods release; return its id."""
    result = await conn.execute(goods_releases.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get_release(
    conn: AsyncConnection, release_id: int, *, lock: bool = False
) -> GoodsRelease | None:
    """One goods release (locked: it is decided and let out once)."""
    query = _releases().where(goods_releases.c.id == release_id)
    row = (await conn.execute(query.with_for_update(of=goods_releases) if lock else query)).first()
    return GoodsRelease.model_validate(row._mapping) if row else None


async def release_by_code(conn: AsyncConnection, code: str) -> GoodsRelease | None:
    """The goods release with a code."""
    row = (await conn.execute(_releases().where(goods_releases.c.code == code))).first()
    return GoodsRelease.model_validate(row._mapping) if row else None


async def releases_of_units(
    conn: AsyncConnection, unit_ids: list[int], since: date
) -> list[GoodsRelease]:
    """Goods releases of some units from a day on, soonest first."""
    query = (
        _releases()
        .where(goods_releases.c.unit_id.in_(unit_ids), goods_releases.c.day >= since)
        .order_by(goods_releases.c.day, goods_releases.c.id)
    )
    return [GoodsRelease.model_validate(r._mapping) for r in await conn.execute(query)]


async def open_releases(conn: AsyncConnection, estate_id: int, since: date) -> list[GoodsRelease]:
    """Approved releases of an estate not let out yet, from a day on, soonest first."""
    table = goods_releases
    query = (
        _releases()
        .where(table.c.estate_id == estate_id, table.c.state == "approved", table.c.day >= since)
        .order_by(table.c.day, table.c.id)
    )
    return [GoodsRelease.model_validate(r._mapping) for r in await conn.execute(query)]


async def change_release(conn: AsyncConnection, release_id: int, values: dict[str, Any]) -> None:
    """Set some columns of a goods release."""
    table = goods_releases
    await conn.execute(update(table).where(table.c.id == release_id).values(**values))


async def code_taken(conn: AsyncConnection, code: str) -> bool:
    """Tell whether a visitor pass or a goods release carries a code."""
    for table in (visitor_passes, goods_releases):
        found = await conn.execute(select(func.count()).where(table.c.code == code))
        if found.scalar_one():
            return True
    return False


async def add_check(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Log one check at the gate; return its id."""
    result = await conn.execute(gate_checks.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get_check(
    conn: AsyncConnection, check_id: int, *, lock: bool = False
) -> GateCheck | None:
    """One logged check."""
    query = select(gate_checks).where(gate_checks.c.id == check_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return GateCheck.model_validate(row._mapping) if row else None


async def change_check(conn: AsyncConnection, check_id: int, values: dict[str, Any]) -> None:
    """Set the outcome (and reason) of a logged check."""
    table = gate_checks
    await conn.execute(update(table).where(table.c.id == check_id).values(**values))


async def checks_between(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime
) -> list[dict[str, Any]]:
    """The gate's log in [since, until), oldest first, with the guard's name and, for a
    visitor pass or a goods release, its unit, visitor's name or items."""
    checks = gate_checks
    visitor = and_(checks.c.kind == "visitor", visitor_passes.c.id == checks.c.ref_id)
    release = and_(checks.c.kind == "release", goods_releases.c.id == checks.c.ref_id)
    unit_id = func.coalesce(visitor_passes.c.unit_id, goods_releases.c.unit_id)
    query = (
        select(
            checks,
            accounts.c.name.label("guard_name"),
            units.c.code.label("unit"),
            func.coalesce(visitor_passes.c.name, goods_releases.c["items"]).label("whose"),
        )
        .outerjoin(accounts, accounts.c.id == checks.c.guard_account_id)
        .outerjoin(visitor_passes, visitor)
        .outerjoin(goods_releases, release)
        .outerjoin(units, units.c.id == unit_id)
        .where(checks.c.estate_id == estate_id, checks.c.at >= since, checks.c.at < until)
        .order_by(checks.c.at, checks.c.id)
    )
    return [dict(r._mapping) for r in await conn.execute(query)]


async def checks_of(conn: AsyncConnection, estate_id: int) -> list[GateCheck]:
    """Every logged check of an estate, oldest first (tests, the export)."""
    query = (
        select(gate_checks)
        .where(gate_checks.c.estate_id == estate_id)
        .order_by(gate_checks.c.at, gate_checks.c.id)
    )
    return [GateCheck.model_validate(r._mapping) for r in await conn.execute(query)]
