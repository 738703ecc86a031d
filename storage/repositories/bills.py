"""SQL for bills: bulk writes for imports, and the reads of statements, reminders and arrears."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import ArrearsRow, Bill
from storage.repositories.sql import upsert_many
from storage.tables import bills, buildings, units

CHUNK = 500
BillKey = tuple[int, str, str]  # (unit id, period, fee type)
_OPEN = bills.c.amount_minor - bills.c.paid_minor
_LIVE = bills.c.written_off_at.is_(None)  # a written-off bill is owed no more
_IS_OPEN = (_OPEN > 0) & _LIVE


def _models(rows: Iterable[Any]) -> list[Bill]:
    """Turn rows into bills."""
    return [Bill.model_validate(row._mapping) for row in rows]


async def keyed_of_estate(conn: AsyncConnection, estate_id: int) -> dict[BillKey, Bill]:
    """Map every bill of an estate by (unit, period, fee type)."""
    rows = await conn.execute(select(bills).where(bills.c.estate_id == estate_id))
    return {(b.unit_id, b.period, b.fee_type): b for b in _models(rows)}


async def insert_many(conn: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """Insert many bills at once (a bill another import added meanwhile is overwritten)."""
    await upsert_many(conn, bills, rows, ["unit_id", "period", "fee_type"])


async def update_many(conn: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """Update many bills, each dict naming its bill by `bill_id` and the columns to set."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_columns[tuple(sorted(row))].append(row)
    statement = update(bills).where(bills.c.id == bindparam("bill_id"))
    for batch in by_columns.values():
        await conn.execute(statement, batch)


async def of_units(conn: AsyncConnection, unit_ids: Iterable[int]) -> list[Bill]:
    """Return every bill of some units, by unit, period and fee type."""
    ids = sorted(set(unit_ids))
    found: list[Bill] = []
    for start in range(0, len(ids), CHUNK):
        query = (
            select(bills)
            .where(bills.c.unit_id.in_(ids[start : start + CHUNK]))
            .order_by(bills.c.unit_id, bills.c.period, bills.c.fee_type)
        )
        found.extend(_models(await conn.execute(query)))
    return found


async def open_of_unit(conn: AsyncConnection, unit_id: int) -> list[Bill]:
    """Return the bills of a unit with something left to pay, by period and fee type."""
    query = (
        select(bills)
        .where(bills.c.unit_id == unit_id, _IS_OPEN)
        .order_by(bills.c.period, bills.c.fee_type)
    )
    return _models(await conn.execute(query))


async def paid_of_unit(conn: AsyncConnection, unit_id: int, since_period: str) -> list[Bill]:
    """Return the fully paid bills of a unit from a period on, newest first."""
    query = (
        select(bills)
        .where(bills.c.unit_id == unit_id, _OPEN <= 0, _LIVE, bills.c.period >= since_period)
        .order_by(bills.c.period.desc(), bills.c.fee_type)
    )
    return _models(await conn.execute(query))


async def open_due_on(conn: AsyncConnection, unit_id: int, due: date) -> list[Bill]:
    """Return the open bills of a unit due on one day."""
    query = (
        select(bills)
        .where(bills.c.unit_id == unit_id, bills.c.due_date == due, _IS_OPEN)
        .order_by(bills.c.period, bills.c.fee_type)
    )
    return _models(await conn.execute(query))


async def overdue_units(
    conn: AsyncConnection, estate_id: int, today: date, grid_ids: Iterable[int] | None = None
) -> list[ArrearsRow]:
    """Return the units of an estate (or of some grids) with bills due before today."""
    query = (
        select(
            units.c.id.label("unit_id"),
            units.c.code.label("unit_code"),
            units.c.estate_id,
            buildings.c.grid_id,
            func.sum(_OPEN).label("overdue_minor"),
            func.min(bills.c.due_date).label("oldest_due"),
        )
        .select_from(bills)
        .join(units, units.c.id == bills.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .where(bills.c.estate_id == estate_id, bills.c.due_date < today, _IS_OPEN)
        .group_by(units.c.id, units.c.code, units.c.estate_id, buildings.c.grid_id)
        .order_by(units.c.code)
    )
    if grid_ids is not None:
        query = query.where(buildings.c.grid_id.in_(list(grid_ids)))
    return [ArrearsRow.model_validate(row._mapping) for row in await conn.execute(query)]


async def period_totals(
    conn: AsyncConnection, estate_id: int, period: str, grid_id: int | None = None
) -> tuple[int, int]:
    """Return (due, paid) in minor units over the bills of a period."""
    query = select(
        func.coalesce(func.sum(bills.c.amount_minor), 0),
        func.coalesce(func.sum(bills.c.paid_minor), 0),  # imports keep paid <= due
    ).where(bills.c.estate_id == estate_id, bills.c.period == period)
    if grid_id is not None:
        query = (
            query.select_from(bills)
            .join(units, units.c.id == bills.c.unit_id)
            .join(buildings, buildings.c.id == units.c.building_id)
            .where(buildings.c.grid_id == grid_id)
        )
    due, paid = (await conn.execute(query)).one()
    return int(due), int(paid)


async def estate_totals(conn: AsyncConnection, estate_id: int) -> tuple[int, int, int]:
    """Return (number of bills, due, paid) over every bill of an estate."""
    query = select(
        func.count(),
        func.coalesce(func.sum(bills.c.amount_minor), 0),
        func.coalesce(func.sum(bills.c.paid_minor), 0),
    ).where(bills.c.estate_id == estate_id)
    count, due, paid = (await conn.execute(query)).one()
    return int(count), int(due), int(paid)


async def find(
    conn: AsyncConnection, estate_id: int, unit_code: str, period: str, fee_type: str
) -> Bill | None:
    """Return one bill of an estate by unit code, period and fee type."""
    query = (
        select(bills)
        .join(units, units.c.id == bills.c.unit_id)
        .where(
            bills.c.estate_id == estate_id,
            units.c.code == unit_code,
            bills.c.period == period,
            bills.c.fee_type == fee_type,
        )
    )
    found = _models(await conn.execute(query))
    return found[0] if found else None


async def write_off(conn: AsyncConnection, bill_id: int, at: datetime, note: str) -> None:
    """Mark a bill written off."""
    await conn.execute(
        update(bills).where(bills.c.id == bill_id).values(written_off_at=at, write_off_note=note)
    )
