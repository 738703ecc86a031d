"""SQL for the web desk's one-time login links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import web_logins


async def add_login(
    conn: AsyncConnection, account_id: int, token_hash: str, now: datetime, expires: datetime
) -> None:
    """Store a new link (its hash)."""
    await conn.execute(
        web_logins.insert().values(
            account_id=account_id, token_hash=token_hash, created_at=now, expires_at=expires
        )
    )


async def use_login(conn: AsyncConnection, token_hash: str, now: datetime) -> int | None:
    """Spend a link still valid and unused; the account it was for, or None."""
    result = await conn.execute(
        update(web_logins)
        .where(
            web_logins.c.token_hash == token_hash,
            web_logins.c.used_at.is_(None),
            web_logins.c.expires_at > now,
        )
        .values(used_at=now)
        .returning(web_logins.c.account_id)
    )
    row = result.first()
    return int(row[0]) if row else None


async def old_logins(conn: AsyncConnection, before: datetime) -> int:
    """Links that ran out before a moment."""
    result = await conn.execute(delete(web_logins).where(web_logins.c.expires_at < before))
    return int(result.rowcount)
