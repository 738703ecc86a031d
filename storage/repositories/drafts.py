"""SQL for drafts: what a conversation in progress has collected so far."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import upsert
from storage.tables import drafts


async def get(conn: AsyncConnection, account_id: int, kind: str) -> dict[str, Any] | None:
    """Return a draft."""
    query = select(drafts.c.data).where(drafts.c.account_id == account_id, drafts.c.kind == kind)
    row = (await conn.execute(query)).first()
    return None if row is None else dict(row[0])


async def put(
    conn: AsyncConnection, account_id: int, kind: str, data: dict[str, Any], now: datetime
) -> None:
    """Store a draft, replacing the previous one."""
    values = {"account_id": account_id, "kind": kind, "data": data, "updated_at": now}
    await upsert(conn, drafts, values, ["account_id", "kind"])


async def clear(conn: AsyncConnection, account_id: int, kind: str) -> None:
    """Forget a draft."""
    await conn.execute(
        delete(drafts).where(drafts.c.account_id == account_id, drafts.c.kind == kind)
    )
