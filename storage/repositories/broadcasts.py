"""SQL for broadcasts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import broadcasts


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a broadcast; return its id."""
    result = await conn.execute(broadcasts.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def exists(conn: AsyncConnection, broadcast_id: int) -> bool:
    """Tell whether a broadcast exists."""
    query = select(broadcasts.c.id).where(broadcasts.c.id == broadcast_id)
    return (await conn.execute(query)).first() is not None
