"""SQL for notices and emergencies: their audience, recipients, reads, answers and events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Notice, NoticeRecipient
from storage.tables import (
    buildings,
    grids,
    notice_events,
    notice_recipients,
    notices,
    occupancies,
    staff,
    units,
)


async def codes(conn: AsyncConnection, estate_id: int, scope: str) -> set[str]:
    """The codes an audience may name: the estate's buildings, grids or units."""
    table = {"buildings": buildings, "grids": grids, "units": units}[scope]
    query = select(table.c.code).where(table.c.estate_id == estate_id)
    return {str(row[0]) for row in await conn.execute(query)}


async def residents(
    conn: AsyncConnection, estate_id: int, scope: str, targets: list[str], owners_only: bool
) -> list[tuple[int, int]]:
    """(account, unit) of every resident in an audience, one unit per person (the first)."""
    query = (
        select(occupancies.c.account_id, occupancies.c.unit_id)
        .join(units, units.c.id == occupancies.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .join(grids, grids.c.id == buildings.c.grid_id)
        .where(units.c.estate_id == estate_id)
        .order_by(occupancies.c.account_id, units.c.code)
    )
    if scope == "buildings":
        query = query.where(buildings.c.code.in_(targets))
    elif scope == "grids":
        query = query.where(grids.c.code.in_(targets))
    elif scope == "units":
        query = query.where(units.c.code.in_(targets))
    if owners_only:
        query = query.where(occupancies.c.relation == "owner")
    found: dict[int, int] = {}
    for row in await conn.execute(query):
        found.setdefault(int(row.account_id), int(row.unit_id))
    return list(found.items())


async def staff_of(conn: AsyncConnection, estate_id: int) -> list[int]:
    """Every staff member of an estate."""
    query = (
        select(staff.c.account_id)
        .distinct()
        .where(staff.c.estate_id == estate_id)
        .order_by(staff.c.account_id)
    )
    return [int(row[0]) for row in await conn.execute(query)]


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a notice; return its id."""
    result = await conn.execute(notices.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, notice_id: int, *, lock: bool = False) -> Notice | None:
    """One notice."""
    query = select(notices).where(notices.c.id == notice_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return Notice.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, notice_id: int, values: dict[str, Any]) -> None:
    """Set some columns of a notice."""
    await conn.execute(update(notices).where(notices.c.id == notice_id).values(**values))


async def add_recipients(
    conn: AsyncConnection, notice_id: int, people: Iterable[tuple[int, int | None]]
) -> None:
    """Record who a notice goes to."""
    rows = [{"notice_id": notice_id, "account_id": a, "unit_id": u} for a, u in people]
    if rows:
        await conn.execute(notice_recipients.insert(), rows)


async def recipients(conn: AsyncConnection, notice_id: int) -> list[NoticeRecipient]:
    """Everyone a notice went to."""
    table = notice_recipients
    query = select(table).where(table.c.notice_id == notice_id).order_by(table.c.account_id)
    return [NoticeRecipient.model_validate(r._mapping) for r in await conn.execute(query)]


async def recipient(
    conn: AsyncConnection, notice_id: int, account_id: int
) -> NoticeRecipient | None:
    """One recipient's row."""
    table = notice_recipients
    query = select(table).where(table.c.notice_id == notice_id, table.c.account_id == account_id)
    row = (await conn.execute(query)).first()
    return NoticeRecipient.model_validate(row._mapping) if row else None


async def mark(
    conn: AsyncConnection, notice_id: int, account_id: int, values: dict[str, Any]
) -> None:
    """Set a recipient's read time or answer."""
    table = notice_recipients
    await conn.execute(
        update(table)
        .where(table.c.notice_id == notice_id, table.c.account_id == account_id)
        .values(**values)
    )


async def read_count(conn: AsyncConnection, notice_id: int) -> int:
    """How many recipients read (or answered) a notice."""
    table = notice_recipients
    query = select(func.count()).where(
        table.c.notice_id == notice_id, table.c.read_at.is_not(None)
    )
    return int(await conn.scalar(query) or 0)


async def to_account(conn: AsyncConnection, account_id: int, limit: int) -> list[Notice]:
    """The latest notices and emergencies a person received."""
    query = (
        select(notices)
        .join(notice_recipients, notice_recipients.c.notice_id == notices.c.id)
        .where(notice_recipients.c.account_id == account_id)
        .order_by(notices.c.id.desc())
        .limit(limit)
    )
    return [Notice.model_validate(r._mapping) for r in await conn.execute(query)]


async def of_estates(conn: AsyncConnection, estate_ids: list[int], limit: int) -> list[Notice]:
    """The latest notices and emergencies of some estates."""
    query = (
        select(notices)
        .where(notices.c.estate_id.in_(estate_ids))
        .order_by(notices.c.id.desc())
        .limit(limit)
    )
    return [Notice.model_validate(r._mapping) for r in await conn.execute(query)]


async def emergencies_between(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime
) -> list[Notice]:
    """Emergencies raised in a period, oldest first."""
    query = (
        select(notices)
        .where(
            notices.c.estate_id == estate_id,
            notices.c.kind == "emergency",
            notices.c.created_at >= since,
            notices.c.created_at < until,
        )
        .order_by(notices.c.id)
    )
    return [Notice.model_validate(r._mapping) for r in await conn.execute(query)]


async def add_event(
    conn: AsyncConnection,
    notice_id: int,
    at: datetime,
    account_id: int | None,
    action: str,
    text: str = "",
) -> int:
    """Write an update, a call for help, the all clear."""
    result = await conn.execute(
        notice_events.insert().values(
            notice_id=notice_id, at=at, account_id=account_id, action=action, text=text
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]
