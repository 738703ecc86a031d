"""SQL for `butler status`: what waits to be sent and what could not be."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.outbox import FAILED, PENDING, SENDING
from storage.tables import outbox


async def due_pushes(conn: AsyncConnection, now: datetime) -> tuple[int, datetime | None]:
    """Pushes due and not sent yet, and the due time of the oldest (quiet-hour ones wait)."""
    row = (
        await conn.execute(
            select(func.count(), func.min(outbox.c.due_at)).where(
                outbox.c.status.in_((PENDING, SENDING)), outbox.c.due_at <= now
            )
        )
    ).one()
    return int(row[0]), row[1]


async def failed_pushes(conn: AsyncConnection, since: datetime) -> int:
    """Pushes given up on since a moment."""
    query = select(func.count()).where(outbox.c.status == FAILED, outbox.c.due_at >= since)
    return int((await conn.execute(query)).scalar_one())
