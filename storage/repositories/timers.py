"""SQL for one-off timers and recurring schedules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Schedule, Timer
from storage.repositories.sql import insert_ignore, upsert
from storage.tables import schedules, timers


async def add(conn: AsyncConnection, values: dict[str, Any]) -> bool:
    """Store a timer; False when one with the same dedupe key exists."""
    return await insert_ignore(conn, timers, {"status": "pending", **values}, ["dedupe_key"])


async def due(conn: AsyncConnection, now: datetime, limit: int) -> list[Timer]:
    """Return pending timers whose time has come, oldest first."""
    query = (
        select(timers)
        .where(timers.c.status == "pending", timers.c.due_at <= now)
        .order_by(timers.c.due_at, timers.c.id)
        .limit(limit)
    )
    return [Timer.model_validate(row._mapping) for row in await conn.execute(query)]


async def claim(conn: AsyncConnection, timer_id: int, now: datetime) -> bool:
    """Mark a pending timer done in the caller's transaction; False when it is not ours.

    On PostgreSQL the row is locked until that transaction ends, and a timer another worker
    holds is skipped at once instead of waited for.
    """
    if conn.dialect.name == "postgresql":
        held = select(timers.c.id).where(timers.c.id == timer_id, timers.c.status == "pending")
        if (await conn.execute(held.with_for_update(skip_locked=True))).first() is None:
            return False
    result = await conn.execute(
        update(timers)
        .where(timers.c.id == timer_id, timers.c.status == "pending")
        .values(status="done", fired_at=now)
    )
    return result.rowcount == 1


async def record_failure(
    conn: AsyncConnection, timer_id: int, error: str, retry_at: datetime, give_up: bool
) -> None:
    """Count a failed run; retry later, or give up."""
    await conn.execute(
        update(timers)
        .where(timers.c.id == timer_id, timers.c.status == "pending")
        .values(
            attempts=timers.c.attempts + 1,
            last_error=error[:300],
            due_at=retry_at,
            status="failed" if give_up else "pending",
        )
    )


async def cancel(conn: AsyncConnection, kind: str, ref: str) -> int:
    """Cancel the pending timers of a kind for an object."""
    result = await conn.execute(
        update(timers)
        .where(timers.c.kind == kind, timers.c.ref == ref, timers.c.status == "pending")
        .values(status="cancelled")
    )
    return int(result.rowcount)


async def pending_of(conn: AsyncConnection, kind: str, ref: str) -> list[Timer]:
    """Return the pending timers of a kind for an object, soonest first."""
    query = (
        select(timers)
        .where(timers.c.kind == kind, timers.c.ref == ref, timers.c.status == "pending")
        .order_by(timers.c.due_at, timers.c.id)
    )
    return [Timer.model_validate(row._mapping) for row in await conn.execute(query)]


async def schedule_by_name(conn: AsyncConnection, name: str) -> Schedule | None:
    """Return a recurring schedule by name."""
    row = (await conn.execute(select(schedules).where(schedules.c.name == name))).first()
    return Schedule.model_validate(row._mapping) if row else None


async def put_schedule(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Create or replace a recurring schedule, by name."""
    await upsert(conn, schedules, values, ["name"])


async def delete_schedule(conn: AsyncConnection, name: str) -> None:
    """Delete a recurring schedule by name."""
    await conn.execute(delete(schedules).where(schedules.c.name == name))


async def due_schedules(conn: AsyncConnection, now: datetime) -> list[Schedule]:
    """Return enabled schedules whose next run has come."""
    query = (
        select(schedules)
        .where(schedules.c.enabled.is_(True), schedules.c.next_due_at <= now)
        .order_by(schedules.c.next_due_at, schedules.c.id)
    )
    return [Schedule.model_validate(row._mapping) for row in await conn.execute(query)]


async def advance_schedule(
    conn: AsyncConnection, schedule_id: int, expected: datetime, next_due: datetime, now: datetime
) -> bool:
    """Move a schedule to its next run if nobody did; True when this call did (see claim)."""
    if conn.dialect.name == "postgresql":
        held = select(schedules.c.id).where(
            schedules.c.id == schedule_id, schedules.c.next_due_at == expected
        )
        if (await conn.execute(held.with_for_update(skip_locked=True))).first() is None:
            return False
    result = await conn.execute(
        update(schedules)
        .where(schedules.c.id == schedule_id, schedules.c.next_due_at == expected)
        .values(next_due_at=next_due, last_run_at=now)
    )
    return result.rowcount == 1


async def refs_with_timers(conn: AsyncConnection, kind: str, refs: list[str]) -> set[str]:
    """Return which of some refs have any timer of a kind (pending, done or cancelled)."""
    found: set[str] = set()
    for start in range(0, len(refs), 500):
        query = (
            select(timers.c.ref)
            .distinct()
            .where(timers.c.kind == kind, timers.c.ref.in_(refs[start : start + 500]))
        )
        found.update(str(row[0]) for row in await conn.execute(query))
    return found
