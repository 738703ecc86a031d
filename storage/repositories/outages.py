"""SQL for planned outages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Outage
from storage.tables import outages


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store an outage; return its id."""
    result = await conn.execute(outages.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, outage_id: int, *, lock: bool = False) -> Outage | None:
    """One outage."""
    query = select(outages).where(outages.c.id == outage_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return Outage.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, outage_id: int, values: dict[str, Any]) -> None:
    """Set some columns of an outage."""
    await conn.execute(update(outages).where(outages.c.id == outage_id).values(**values))


async def current(conn: AsyncConnection, estate_id: int, at: datetime) -> list[Outage]:
    """The estate's planned outages going on at a moment."""
    query = (
        select(outages)
        .where(
            outages.c.estate_id == estate_id,
            outages.c.state == "planned",
            outages.c.starts_at <= at,
            outages.c.ends_at > at,
        )
        .order_by(outages.c.starts_at)
    )
    return [Outage.model_validate(r._mapping) for r in await conn.execute(query)]


async def coming(conn: AsyncConnection, estate_ids: list[int], at: datetime) -> list[Outage]:
    """Outages not over yet, soonest first (the register)."""
    query = (
        select(outages)
        .where(
            outages.c.estate_id.in_(estate_ids),
            outages.c.state == "planned",
            outages.c.ends_at > at,
        )
        .order_by(outages.c.starts_at)
    )
    return [Outage.model_validate(r._mapping) for r in await conn.execute(query)]
