"""SQL for collection logs: each contact a butler had with a unit about its arrears."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import CollectionLog
from storage.tables import collection_logs

CHUNK = 500


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store one contact; return its id."""
    result = await conn.execute(collection_logs.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, log_id: int) -> CollectionLog | None:
    """Return one contact."""
    query = select(collection_logs).where(collection_logs.c.id == log_id)
    row = (await conn.execute(query)).first()
    return CollectionLog.model_validate(row._mapping) if row else None


async def recent_of_unit(conn: AsyncConnection, unit_id: int, limit: int) -> list[CollectionLog]:
    """Return the latest contacts with a unit, newest first."""
    query = (
        select(collection_logs)
        .where(collection_logs.c.unit_id == unit_id)
        .order_by(collection_logs.c.created_at.desc(), collection_logs.c.id.desc())
        .limit(limit)
    )
    return [CollectionLog.model_validate(row._mapping) for row in await conn.execute(query)]


async def last_of_units(
    conn: AsyncConnection, unit_ids: Iterable[int]
) -> dict[int, CollectionLog]:
    """Map each unit that has contacts to its latest one."""
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
