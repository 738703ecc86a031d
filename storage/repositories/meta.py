"""SQL for small facts the process keeps, such as the bot's username."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import upsert
from storage.tables import app_meta


async def get(conn: AsyncConnection, key: str) -> str | None:
    """Return a stored value."""
    row = (await conn.execute(select(app_meta.c.value).where(app_meta.c.key == key))).first()
    return None if row is None else str(row[0])


async def put(conn: AsyncConnection, key: str, value: str) -> None:
    """Store a value."""
    await upsert(conn, app_meta, {"key": key, "value": value}, ["key"])
