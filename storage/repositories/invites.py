"""SQL for invite codes and failed attempts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Invite
from storage.tables import invites, login_failures


async def add(conn: AsyncConnection, code_hash: str, values: dict[str, Any]) -> int:
    """Store a new invite; return its id."""
    result = await conn.execute(invites.insert().values(code_hash=code_hash, **values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def by_hash(conn: AsyncConnection, code_hash: str) -> Invite | None:
    """Return the invite whose code hashes to this value."""
    row = (await conn.execute(select(invites).where(invites.c.code_hash == code_hash))).first()
    return Invite.model_validate(row._mapping) if row else None


async def mark_used(conn: AsyncConnection, invite_id: int, account_id: int, now: datetime) -> bool:
    """Mark an unused invite used; False when someone used it first."""
    result = await conn.execute(
        update(invites)
        .where(invites.c.id == invite_id, invites.c.used_at.is_(None))
        .values(used_at=now, used_by=account_id)
    )
    return result.rowcount == 1


async def add_failure(conn: AsyncConnection, telegram_id: int, now: datetime) -> None:
    """Record one failed code."""
    await conn.execute(login_failures.insert().values(telegram_id=telegram_id, at=now))


async def failures_since(
    conn: AsyncConnection, telegram_id: int, since: datetime
) -> list[datetime]:
    """Return the times of failed codes since a moment, oldest first."""
    query = (
        select(login_failures.c.at)
        .where(login_failures.c.telegram_id == telegram_id, login_failures.c.at > since)
        .order_by(login_failures.c.at)
    )
    return [row[0] for row in await conn.execute(query)]


async def count_open(conn: AsyncConnection, estate_id: int, now: datetime) -> int:
    """Count unused, unexpired invites of an estate."""
    query = (
        select(func.count())
        .select_from(invites)
        .where(
            invites.c.estate_id == estate_id,
            invites.c.used_at.is_(None),
            invites.c.expires_at > now,
        )
    )
    return int((await conn.execute(query)).scalar_one())
