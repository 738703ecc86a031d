"""SQL for the update inbox: stored before Telegram is told, handled per chat in order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import InboxUpdate
from storage.repositories.sql import insert
from storage.tables import chat_leases, inbox, inbox_done


async def store(conn: AsyncConnection, rows: Sequence[dict[str, Any]]) -> list[InboxUpdate]:
    """Keep updates not seen before (neither waiting nor handled lately); return those kept."""
    if not rows:
        return []
    ids = [row["update_id"] for row in rows]
    handled = {
        int(r[0])
        for r in await conn.execute(
            select(inbox_done.c.update_id).where(inbox_done.c.update_id.in_(ids))
        )
    }
    fresh = [row for row in rows if row["update_id"] not in handled]
    if not fresh:
        return []
    statement = (
        insert(conn, inbox)
        .values(fresh)
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(inbox.c.update_id)
    )
    kept = {int(row[0]) for row in await conn.execute(statement)}
    return [
        InboxUpdate.model_validate(row | {"attempts": 0})
        for row in sorted(fresh, key=lambda r: r["update_id"])
        if row["update_id"] in kept
    ]


async def pending(conn: AsyncConnection) -> list[InboxUpdate]:
    """Every waiting update, in the order Telegram numbered them."""
    query = select(inbox).order_by(inbox.c.update_id)
    return [InboxUpdate.model_validate(row._mapping) for row in await conn.execute(query)]


async def waiting_chats(conn: AsyncConnection, now: datetime, limit: int) -> list[int]:
    """Chats with updates waiting and no live lease, the longest waiting first."""
    leased = select(chat_leases.c.chat_key).where(chat_leases.c.until > now)
    query = (
        select(inbox.c.chat_key)
        .where(inbox.c.chat_key.not_in(leased))
        .group_by(inbox.c.chat_key)
        .order_by(func.min(inbox.c.update_id))
        .limit(limit)
    )
    return [int(row[0]) for row in await conn.execute(query)]


async def lease(
    conn: AsyncConnection, chat_key: int, owner: str, now: datetime, until: datetime
) -> bool:
    """Take a chat for a worker unless another one holds a live lease on it."""
    statement = insert(conn, chat_leases).values(chat_key=chat_key, owner=owner, until=until)
    statement = statement.on_conflict_do_update(
        index_elements=["chat_key"],
        set_={"owner": owner, "until": until},
        where=chat_leases.c.until <= now,
    )
    result = await conn.execute(statement)
    return result.rowcount == 1


async def renew(conn: AsyncConnection, chat_key: int, owner: str, until: datetime) -> bool:
    """Extend a worker's lease on a chat; False when it lost it."""
    result = await conn.execute(
        update(chat_leases)
        .where(chat_leases.c.chat_key == chat_key, chat_leases.c.owner == owner)
        .values(until=until)
    )
    return result.rowcount == 1


async def release(conn: AsyncConnection, chat_key: int, owner: str) -> None:
    """Give a chat back."""
    await conn.execute(
        delete(chat_leases).where(chat_leases.c.chat_key == chat_key, chat_leases.c.owner == owner)
    )


async def of_chat(conn: AsyncConnection, chat_key: int, limit: int) -> list[InboxUpdate]:
    """A chat's waiting updates, in the order Telegram numbered them."""
    query = (
        select(inbox).where(inbox.c.chat_key == chat_key).order_by(inbox.c.update_id).limit(limit)
    )
    return [InboxUpdate.model_validate(row._mapping) for row in await conn.execute(query)]


async def done(conn: AsyncConnection, update_id: int, now: datetime) -> None:
    """An update is handled: out of the inbox, remembered as handled."""
    await conn.execute(delete(inbox).where(inbox.c.update_id == update_id))
    statement = insert(conn, inbox_done).values(update_id=update_id, done_at=now)
    await conn.execute(statement.on_conflict_do_nothing(index_elements=["update_id"]))


async def count_attempt(conn: AsyncConnection, update_id: int) -> None:
    """Count a failed try at an update."""
    await conn.execute(
        update(inbox).where(inbox.c.update_id == update_id).values(attempts=inbox.c.attempts + 1)
    )


async def waiting(conn: AsyncConnection) -> tuple[int, datetime | None]:
    """How many updates wait, and since when the oldest."""
    row = (await conn.execute(select(func.count(), func.min(inbox.c.received_at)))).one()
    return int(row[0]), row[1]
