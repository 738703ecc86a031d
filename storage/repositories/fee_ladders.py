"""SQL for the fee reminder ladder: what each unit and resident got in the current arrears."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import String, cast, delete, exists, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import insert_ignore, upsert
from storage.tables import bills, fee_ladder_seen, fee_ladder_steps, fee_ladders, timers

LadderRow = tuple[int, date | None, frozenset[tuple[date, str]]]


async def load(conn: AsyncConnection, unit_id: int) -> LadderRow:
    """(overdue reminders sent, the day of the last one, before/due steps sent by due date)."""
    row = (
        await conn.execute(
            select(fee_ladders.c.overdue_count, fee_ladders.c.last_overdue).where(
                fee_ladders.c.unit_id == unit_id
            )
        )
    ).first()
    steps = await conn.execute(
        select(fee_ladder_steps.c.due_date, fee_ladder_steps.c.step).where(
            fee_ladder_steps.c.unit_id == unit_id
        )
    )
    sent = frozenset((d, str(step)) for d, step in steps)
    if row is None:
        return 0, None, sent
    return int(row.overdue_count), row.last_overdue, sent


async def save(
    conn: AsyncConnection,
    unit_id: int,
    overdue_count: int,
    last_overdue: date | None,
    steps: Iterable[tuple[date, str]],
) -> None:
    """Store the unit's overdue count and the steps just sent."""
    await upsert(
        conn,
        fee_ladders,
        {"unit_id": unit_id, "overdue_count": overdue_count, "last_overdue": last_overdue},
        ["unit_id"],
        update={"overdue_count": overdue_count, "last_overdue": last_overdue},
    )
    for due, step in steps:
        await insert_ignore(
            conn,
            fee_ladder_steps,
            {"unit_id": unit_id, "due_date": due, "step": step},
            ["unit_id", "due_date", "step"],
        )


async def bump_seen(conn: AsyncConnection, unit_id: int, account_ids: list[int]) -> dict[int, int]:
    """Count one more overdue reminder for each resident; return each one's new number."""
    found: dict[int, int] = {}
    for account_id in account_ids:
        row = await upsert(
            conn,
            fee_ladder_seen,
            {"unit_id": unit_id, "account_id": account_id, "overdue_count": 1},
            ["unit_id", "account_id"],
            update={"overdue_count": fee_ladder_seen.c.overdue_count + 1},
            returning=[fee_ladder_seen.c.overdue_count],
        )
        assert row is not None
        found[account_id] = int(row.overdue_count)
    return found


async def clear(conn: AsyncConnection, unit_id: int) -> None:
    """Forget a unit's ladder: its arrears are over."""
    for table in (fee_ladders, fee_ladder_steps, fee_ladder_seen):
        await conn.execute(delete(table).where(table.c.unit_id == unit_id))


async def reset_overdue(conn: AsyncConnection, unit_id: int) -> None:
    """Start the overdue count again (nothing is overdue any more)."""
    await conn.execute(
        update(fee_ladders)
        .where(fee_ladders.c.unit_id == unit_id)
        .values(overdue_count=0, last_overdue=None)
    )
    await conn.execute(delete(fee_ladder_seen).where(fee_ladder_seen.c.unit_id == unit_id))


async def units_without_ladder(conn: AsyncConnection, kind: str) -> list[tuple[int, int]]:
    """(unit id, estate id) of units with open bills and no pending ladder timer."""
    pending = exists().where(
        timers.c.kind == kind,
        timers.c.status == "pending",
        timers.c.ref == cast(bills.c.unit_id, String),
    )
    query = (
        select(bills.c.unit_id, bills.c.estate_id)
        .distinct()
        .where(
            bills.c.amount_minor > bills.c.paid_minor,
            bills.c.written_off_at.is_(None),
            ~pending,
        )
        .order_by(bills.c.unit_id)
    )
    return [(int(unit), int(estate)) for unit, estate in await conn.execute(query)]
