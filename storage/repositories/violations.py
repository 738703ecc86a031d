"""SQL for violations: kinds, settings, cases, their history and photos."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Violation, ViolationEvent, ViolationKind
from storage.repositories.sql import upsert
from storage.tables import (
    violation_events,
    violation_files,
    violation_kinds,
    violation_settings,
    violations,
)

OPEN = "open"


async def heads(conn: AsyncConnection, estate_id: int) -> tuple[int | None, int | None]:
    """(the handler of general violations, of serious ones); None: the estate's managers."""
    table = violation_settings
    row = (await conn.execute(select(table).where(table.c.estate_id == estate_id))).first()
    return (row.general_head_id, row.serious_head_id) if row else (None, None)


async def put_heads(conn: AsyncConnection, estate_id: int, values: dict[str, Any]) -> None:
    """Set who handles general or serious violations of an estate."""
    await upsert(conn, violation_settings, {"estate_id": estate_id, **values}, ["estate_id"])


async def kinds(conn: AsyncConnection, estate_id: int) -> list[ViolationKind]:
    """Every kind the estate stored, in its order (none: the defaults apply)."""
    table = violation_kinds
    query = (
        select(table)
        .where(table.c.estate_id == estate_id)
        .order_by(table.c.position, table.c.code)
    )
    return [ViolationKind.model_validate(r._mapping) for r in await conn.execute(query)]


async def put_kind(conn: AsyncConnection, estate_id: int, values: dict[str, Any]) -> None:
    """Add or change one kind of an estate."""
    await upsert(conn, violation_kinds, {"estate_id": estate_id, **values}, ["estate_id", "code"])


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a violation; return its id."""
    result = await conn.execute(violations.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, violation_id: int, *, lock: bool = False) -> Violation | None:
    """One violation (locked for update on engines that lock rows)."""
    query = select(violations).where(violations.c.id == violation_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return Violation.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, violation_id: int, values: dict[str, Any]) -> None:
    """Set some columns of a violation."""
    await conn.execute(update(violations).where(violations.c.id == violation_id).values(**values))


async def open_of_estate(conn: AsyncConnection, estate_id: int) -> list[Violation]:
    """The estate's open violations, oldest first."""
    query = (
        select(violations)
        .where(violations.c.estate_id == estate_id, violations.c.state == OPEN)
        .order_by(violations.c.id)
    )
    return [Violation.model_validate(r._mapping) for r in await conn.execute(query)]


async def of_unit(conn: AsyncConnection, unit_id: int) -> list[Violation]:
    """Every violation of a unit, newest first."""
    query = (
        select(violations).where(violations.c.unit_id == unit_id).order_by(violations.c.id.desc())
    )
    return [Violation.model_validate(r._mapping) for r in await conn.execute(query)]


async def noticed_to_units(conn: AsyncConnection, unit_ids: Iterable[int]) -> list[Violation]:
    """Violations of some units whose notice went out (what the household sees), newest first."""
    query = (
        select(violations)
        .where(violations.c.unit_id.in_(list(unit_ids)), violations.c.notice_state != "none")
        .order_by(violations.c.id.desc())
    )
    return [Violation.model_validate(r._mapping) for r in await conn.execute(query)]


async def reported_by(conn: AsyncConnection, account_id: int, source: str) -> list[Violation]:
    """The violations a person reported from a source, newest first."""
    query = (
        select(violations)
        .where(violations.c.reporter_account_id == account_id, violations.c.source == source)
        .order_by(violations.c.id.desc())
    )
    return [Violation.model_validate(r._mapping) for r in await conn.execute(query)]


async def day_counts(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime, today: date
) -> tuple[int, int, int]:
    """(recorded, closed in the period, open past their deadline) of an estate."""
    table = violations
    count = func.count(table.c.id)
    new = await conn.scalar(
        select(count).where(
            table.c.estate_id == estate_id, table.c.created_at >= since, table.c.created_at < until
        )
    )
    closed = await conn.scalar(
        select(count).where(
            table.c.estate_id == estate_id, table.c.closed_at >= since, table.c.closed_at < until
        )
    )
    overdue = await conn.scalar(
        select(count).where(
            table.c.estate_id == estate_id, table.c.state == OPEN, table.c.deadline < today
        )
    )
    return int(new or 0), int(closed or 0), int(overdue or 0)


async def add_event(
    conn: AsyncConnection,
    violation_id: int,
    at: datetime,
    account_id: int | None,
    action: str,
    note: str = "",
    data: dict[str, Any] | None = None,
) -> int:
    """Write one step of a violation's history; return its id."""
    result = await conn.execute(
        violation_events.insert().values(
            violation_id=violation_id,
            at=at,
            account_id=account_id,
            action=action,
            note=note,
            data=data or {},
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def events_of(conn: AsyncConnection, violation_id: int) -> list[ViolationEvent]:
    """A violation's history, in order."""
    table = violation_events
    query = select(table).where(table.c.violation_id == violation_id).order_by(table.c.id)
    return [ViolationEvent.model_validate(r._mapping) for r in await conn.execute(query)]


async def add_files(
    conn: AsyncConnection, violation_id: int, event_id: int, file_ids: Iterable[str]
) -> None:
    """Keep the photos of one step."""
    rows = [{"violation_id": violation_id, "event_id": event_id, "file_id": f} for f in file_ids]
    if rows:
        await conn.execute(violation_files.insert(), rows)


async def files_of(conn: AsyncConnection, violation_id: int) -> list[tuple[int | None, str]]:
    """Every photo of a violation as (event id, file id), in order."""
    table = violation_files
    query = (
        select(table.c.event_id, table.c.file_id)
        .where(table.c.violation_id == violation_id)
        .order_by(table.c.id)
    )
    return [(r.event_id, str(r.file_id)) for r in await conn.execute(query)]
