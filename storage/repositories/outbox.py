"""SQL for the outbox: pushes waiting to be sent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import OutboxMessage, Recipient
from storage.repositories.sql import insert_ignore
from storage.tables import accounts, outbox

HELD, MERGED = "held", "merged"  # waiting for a shift's summary; sent inside one
PENDING, SENDING, SENT, FAILED, CANCELLED, UNREACHABLE = (
    "pending",
    "sending",
    "sent",
    "failed",
    "cancelled",
    "unreachable",
)


async def add(conn: AsyncConnection, values: dict[str, Any]) -> bool:
    """Queue a push; False when its dedupe key was queued before."""
    row = {"status": PENDING, **values}
    if row.get("dedupe_key") is None:
        await conn.execute(outbox.insert().values(**row))
        return True
    return await insert_ignore(conn, outbox, row, ["dedupe_key"])


async def claim(
    conn: AsyncConnection,
    now: datetime,
    limit: int,
    owner: str,
    lease: tuple[datetime, datetime],
) -> list[OutboxMessage]:
    """Lease due pushes to one sender: pending ones, and those a dead sender left.

    `now` is the domain's time (what is due); `lease` is (wall-clock now, lease end). On
    PostgreSQL the rows are locked and others' locked rows skipped, so two workers never
    take the same push; SQLite has one writer at a time.
    """
    wall_now, until = lease
    ready = and_(outbox.c.status == PENDING, outbox.c.due_at <= now)
    abandoned = and_(outbox.c.status == SENDING, outbox.c.lease_until < wall_now)
    query = (
        select(outbox.c.id)
        .where(or_(ready, abandoned))
        .order_by(outbox.c.due_at, outbox.c.id)
        .limit(limit)
    )
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = [int(row[0]) for row in await conn.execute(query)]
    if not ids:
        return []
    await conn.execute(
        update(outbox)
        .where(outbox.c.id.in_(ids))
        .values(status=SENDING, lease_owner=owner, lease_until=until)
    )
    rows = await conn.execute(
        select(outbox).where(outbox.c.id.in_(ids)).order_by(outbox.c.due_at, outbox.c.id)
    )
    return [OutboxMessage.model_validate(row._mapping) for row in rows]


async def release(conn: AsyncConnection, ids: list[int], owner: str) -> None:
    """Pushes a sender leased and did not begin: pending again, for any sender."""
    await conn.execute(
        update(outbox)
        .where(outbox.c.id.in_(ids), outbox.c.status == SENDING, outbox.c.lease_owner == owner)
        .values(status=PENDING, lease_owner=None, lease_until=None)
    )


async def release_all(conn: AsyncConnection) -> int:
    """Every push leased to a sender: pending again (the one process restarted)."""
    result = await conn.execute(
        update(outbox)
        .where(outbox.c.status == SENDING)
        .values(status=PENDING, lease_owner=None, lease_until=None)
    )
    return int(result.rowcount or 0)


async def recipients(conn: AsyncConnection, account_ids: set[int]) -> dict[int, Recipient]:
    """Return the chat and language of each account."""
    query = select(
        accounts.c.id.label("account_id"),
        accounts.c.telegram_id,
        accounts.c.language,
        accounts.c.telegram_language,
        accounts.c.unreachable,
    ).where(accounts.c.id.in_(account_ids))
    return {
        row.account_id: Recipient.model_validate(row._mapping) for row in await conn.execute(query)
    }


async def finish(
    conn: AsyncConnection,
    message_id: int,
    status: str,
    *,
    now: datetime,
    telegram_message_id: int | None = None,
    error: str | None = None,
) -> bool:
    """Close a push being sent as sent, failed or unreachable."""
    result = await conn.execute(
        update(outbox)
        .where(outbox.c.id == message_id, outbox.c.status == SENDING)
        .values(
            status=status,
            sent_at=now if status == SENT else None,
            message_id=telegram_message_id,
            last_error=error[:300] if error else None,
        )
    )
    return result.rowcount == 1


async def part_done(conn: AsyncConnection, message_id: int, photos_failed: bool) -> None:
    """The photos of a push went out (or could not): a retry sends only the text."""
    await conn.execute(
        update(outbox)
        .where(outbox.c.id == message_id)
        .values(parts_done=1, photos_failed=photos_failed)
    )


async def retry_later(
    conn: AsyncConnection, message_id: int, due_at: datetime, *, error: str, count: bool
) -> None:
    """Put a push back for later, counting the attempt when it failed on our side."""
    values: dict[str, Any] = {
        "due_at": due_at,
        "last_error": error[:300],
        "status": PENDING,
        "lease_owner": None,
        "lease_until": None,
    }
    if count:
        values["attempts"] = outbox.c.attempts + 1
    await conn.execute(update(outbox).where(outbox.c.id == message_id).values(**values))


async def cancel(conn: AsyncConnection, dedupe_keys: list[str]) -> int:
    """Cancel pending pushes by dedupe key; return how many."""
    if not dedupe_keys:
        return 0
    result = await conn.execute(
        update(outbox)
        .where(outbox.c.dedupe_key.in_(dedupe_keys), outbox.c.status == PENDING)
        .values(status=CANCELLED)
    )
    return int(result.rowcount)


async def cancel_prefix(conn: AsyncConnection, prefix: str) -> int:
    """Cancel pending pushes whose dedupe key starts with a prefix (case matters)."""
    # Not LIKE: SQLite's ignores the case of ASCII letters, PostgreSQL's does not.
    starts = func.substr(outbox.c.dedupe_key, 1, len(prefix)) == prefix
    result = await conn.execute(
        update(outbox).where(starts, outbox.c.status == PENDING).values(status=CANCELLED)
    )
    return int(result.rowcount)


async def status_counts(conn: AsyncConnection, broadcast_id: int) -> dict[str, int]:
    """Count a broadcast's pushes by status."""
    query = (
        select(outbox.c.status, func.count())
        .where(outbox.c.broadcast_id == broadcast_id)
        .group_by(outbox.c.status)
    )
    return {row[0]: int(row[1]) for row in await conn.execute(query)}


async def cancel_card_edits(conn: AsyncConnection, card_id: int) -> int:
    """Cancel pending edits of a card (a newer state replaces them)."""
    result = await conn.execute(
        update(outbox)
        .where(outbox.c.card_id == card_id, outbox.c.status == PENDING)
        .values(status=CANCELLED)
    )
    return int(result.rowcount)


async def of_account(conn: AsyncConnection, account_id: int) -> list[OutboxMessage]:
    """Return every push of an account, oldest first (for tests and support)."""
    query = select(outbox).where(outbox.c.account_id == account_id).order_by(outbox.c.id)
    return [OutboxMessage.model_validate(row._mapping) for row in await conn.execute(query)]


async def held_of(conn: AsyncConnection, account_id: int, now: datetime) -> list[OutboxMessage]:
    """An account's pushes held for the start of its shift and due by now, oldest first."""
    query = (
        select(outbox)
        .where(outbox.c.account_id == account_id, outbox.c.status == HELD, outbox.c.due_at <= now)
        .order_by(outbox.c.due_at, outbox.c.id)
    )
    return [OutboxMessage.model_validate(row._mapping) for row in await conn.execute(query)]


async def set_status(conn: AsyncConnection, ids: list[int], status: str, now: datetime) -> None:
    """Move held pushes on: pending again (sent as they are), or merged into a summary."""
    values: dict[str, Any] = {"status": status}
    if status == PENDING:
        values["due_at"] = now
    await conn.execute(update(outbox).where(outbox.c.id.in_(ids)).values(**values))
