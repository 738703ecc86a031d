"""Two workers on one database: every push is sent by one of them, every timer fired once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import FrozenClock
from bot.services.notify.notifier import Notifier
from bot.services.notify.outbox import OutboxService
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import Timer
from storage.repositories import accounts
from storage.tables import outbox

NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


async def _accounts(db: Database, count: int) -> list[int]:
    ids = []
    async with db.transaction() as conn:
        for n in range(count):
            account = await accounts.upsert_seen(
                conn, telegram_id=9000 + n, name=f"u{n}", username=None,
                telegram_language="en", now=NOW,
            )  # fmt: skip
            ids.append(account.id)
    return ids


async def test_two_senders_never_take_the_same_push(db: Database) -> None:
    clock = FrozenClock(NOW)
    people = await _accounts(db, 6)
    async with db.transaction() as conn:
        for n in range(60):
            await Notifier(clock).push(conn, people[n % 6], "error-generic", urgent=True)
    pools = [Database(db.url), Database(db.url)]
    try:
        senders = [OutboxService(pool, clock) for pool in pools]

        async def take(sender: OutboxService, owner: str) -> list[int]:
            taken: list[int] = []
            for _ in range(6):
                messages, _ = await sender.claim(owner, 7)
                taken += [m.id for m in messages]
                await asyncio.sleep(0)
            return taken

        first, second = await asyncio.gather(take(senders[0], "a"), take(senders[1], "b"))
    finally:
        for pool in pools:
            await pool.dispose()
    assert not set(first) & set(second)
    assert len(first) + len(second) == 60 == len(set(first) | set(second))


async def test_a_dead_senders_pushes_are_taken_over(db: Database) -> None:
    clock = FrozenClock(NOW)
    (person,) = await _accounts(db, 1)
    async with db.transaction() as conn:
        await Notifier(clock).push(conn, person, "error-generic", urgent=True)
    service = OutboxService(db, clock)
    taken, _ = await service.claim("dead", 10)
    assert len(taken) == 1
    again, _ = await service.claim("alive", 10)
    assert again == []  # the lease still runs
    async with db.transaction() as conn:
        past = datetime.now(UTC) - timedelta(seconds=1)
        await conn.execute(update(outbox).values(lease_until=past))
    again, _ = await service.claim("alive", 10)
    assert [m.id for m in again] == [taken[0].id]


async def test_two_workers_fire_each_timer_once(db: Database) -> None:
    clock = FrozenClock(NOW)
    fired: list[str] = []

    async def handler(conn: AsyncConnection, timer: Timer) -> None:
        await asyncio.sleep(0.01)
        fired.append(timer.ref)

    async with db.transaction() as conn:
        for n in range(30):
            await Timers(db, clock).set(conn, "test-once", str(n), NOW - timedelta(minutes=1))
    pools = [Database(db.url), Database(db.url)]
    try:
        workers = [Timers(pool, clock) for pool in pools]
        for worker in workers:
            worker.on_timer("test-once", handler)
        await asyncio.gather(*(worker.fire_due() for worker in workers))
    finally:
        for pool in pools:
            await pool.dispose()
    assert sorted(fired, key=int) == [str(n) for n in range(30)]
