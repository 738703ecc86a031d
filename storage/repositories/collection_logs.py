"""SQL for collection logs: each contact, promise or payment of a unit about its arrears."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import CollectionLog
from storage.tables import collection_logs

CHUNK = 500


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store one entry; return its id."""
    result = await conn.execute(collection_logs.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def update(conn: AsyncConnection, log_id: int, values: dict[str, Any]) -> None:
    """Change one entry (its author's correction)."""
    await conn.execute(
        collection_logs.update().where(collection_logs.c.id == log_id).values(**values)
    )


async def get(conn: AsyncConnection, log_id: int) -> CollectionLog | None:
    """Return one entry."""
    query = select(collection_logs).where(collection_logs.c.id == log_id)
    row = (await conn.execute(query)).first()
    return CollectionLog.model_validate(row._mapping) if row else None


async def recent_of_unit(conn: AsyncConnection, unit_id: int, limit: int) -> list[CollectionLog]:
    """Return the latest entries of a unit, newest first."""
    query = (
        select(collection_logs)
        .where(collection_logs.c.unit_id == unit_id)
        .order_by(collection_logs.c.created_at.desc(), collection_logs.c.id.desc())
        .limit(limit)
    )
    return [CollectionLog.model_validate(row._mapping) for row in await conn.execute(query)]


async def last_by_author(
    conn: AsyncConnection, unit_id: int, account_id: int, kinds: Iterable[str]
) -> CollectionLog | None:
    """Return the latest entry of these kinds that an account logged for a unit."""
    query = (
        select(collection_logs)
        .where(
            collection_logs.c.unit_id == unit_id,
            collection_logs.c.staff_account_id == account_id,
            collection_logs.c.kind.in_(list(kinds)),
        )
        .order_by(collection_logs.c.created_at.desc(), collection_logs.c.id.desc())
        .limit(1)
    )
    row = (await conn.execute(query)).first()
    return CollectionLog.model_validate(row._mapping) if row else None


async def promised_until(conn: AsyncConnection, unit_id: int, on_day: date) -> date | None:
    """The day the unit's latest promise names, if that is `on_day` or later; else None."""
    query = (
        select(collection_logs.c.promised_date)
        .where(collection_logs.c.unit_id == unit_id, collection_logs.c.kind == "promise")
        .order_by(collection_logs.c.created_at.desc(), collection_logs.c.id.desc())
        .limit(1)
    )
    day = (await conn.execute(query)).scalar_one_or_none()
    return day if isinstance(day, date) and day >= on_day else None


async def last_of_units(
    conn: AsyncConnection, unit_ids: Iterable[int]
) -> dict[int, CollectionLog]:
    """Map each unit that has entries to its latest one."""
    ids = sorted(set(unit_ids))
    found: dict[int, CollectionLog] = {}
    for start in range(0, len(ids), CHUNK):
        latest = (
            select(func.max(collection_logs.c.id))
            .where(collection_logs.c.unit_id.in_(ids[start : start + CHUNK]))
            .group_by(collection_logs.c.unit_id)
        )
        query = select(collection_logs).where(collection_logs.c.id.in_(latest))
        for row in await conn.execute(query):
            log = CollectionLog.model_validate(row._mapping)
            found[log.unit_id] = log
    return found
