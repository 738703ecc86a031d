"""SQL for small facts the process keeps, such as the bot's username."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import app_meta


async def get(conn: AsyncConnection, key: str) -> str | None:
    """Return a stored value."""
    row = (await conn.execute(select(app_meta.c.value).where(app_meta.c.key == key))).first()
    return None if row is None else str(row[0])


async def put(conn: AsyncConnection, key: str, value: str) -> None:
    """Store a value."""
    await conn.execute(delete(app_meta).where(app_meta.c.key == key))
    await conn.execute(app_meta.insert().values(key=key, value=value))
