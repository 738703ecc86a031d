"""SQL for community events and their sign-ups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import CommunityEvent, EventSignup
from storage.repositories.sql import upsert
from storage.tables import community_events, event_signups


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store an event; return its id."""
    result = await conn.execute(community_events.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(
    conn: AsyncConnection, event_id: int, *, lock: bool = False
) -> CommunityEvent | None:
    """One event (locked: sign-ups of one event are counted one at a time)."""
    query = select(community_events).where(community_events.c.id == event_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return CommunityEvent.model_validate(row._mapping) if row else None


async def coming(
    conn: AsyncConnection, estate_ids: list[int], at: datetime
) -> list[CommunityEvent]:
    """Open events not started yet, soonest first."""
    table = community_events
    query = (
        select(table)
        .where(table.c.estate_id.in_(estate_ids), table.c.state == "open", table.c.starts_at > at)
        .order_by(table.c.starts_at)
    )
    return [CommunityEvent.model_validate(r._mapping) for r in await conn.execute(query)]


async def signups(conn: AsyncConnection, event_id: int) -> list[EventSignup]:
    """Every sign-up of an event, first come first."""
    table = event_signups
    query = select(table).where(table.c.event_id == event_id).order_by(table.c.created_at)
    return [EventSignup.model_validate(r._mapping) for r in await conn.execute(query)]


async def put_signup(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Add or change one sign-up."""
    await upsert(conn, event_signups, values, ["event_id", "account_id"])


async def change_signup(
    conn: AsyncConnection, event_id: int, account_id: int, values: dict[str, Any]
) -> None:
    """Set some columns of a sign-up."""
    table = event_signups
    await conn.execute(
        update(table)
        .where(table.c.event_id == event_id, table.c.account_id == account_id)
        .values(**values)
    )
