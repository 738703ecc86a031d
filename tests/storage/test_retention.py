"""Old rows go once a day; the estate's records and what is still in use stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from bot.clock import FrozenClock
from bot.services.retention import RetentionService
from bot.settings import RetentionDays, load_settings
from storage.db import Database
from storage.repositories import accounts
from storage.tables import (
    cards,
    flows,
    inbox_done,
    intake_offers,
    login_failures,
    outbox,
    timers,
    web_logins,
)

NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
OLD = NOW - timedelta(days=400)
FRESH = NOW - timedelta(hours=1)


async def _fill(db: Database) -> None:
    """Rows of every kind: old and fresh, finished and still in use."""
    async with db.transaction() as conn:
        ids = []
        for n in range(4):
            account = await accounts.upsert_seen(
                conn, telegram_id=7000 + n, name=f"u{n}", username=None,
                telegram_language="en", now=NOW,
            )  # fmt: skip
            ids.append(account.id)
        for n, (status, at) in enumerate(
            [("sent", OLD), ("failed", OLD), ("pending", OLD), ("sending", OLD), ("sent", FRESH)]
        ):
            await conn.execute(
                insert(outbox).values(
                    account_id=ids[0], text_key="error-generic", args={}, due_at=at,
                    status=status, created_at=at, dedupe_key=f"k{n}",
                )
            )  # fmt: skip
        for n, (status, at) in enumerate([("done", OLD), ("pending", OLD), ("done", FRESH)]):
            await conn.execute(
                insert(timers).values(
                    kind="k", ref="r", due_at=at, payload={}, dedupe_key=f"t{n}",
                    status=status, created_at=at,
                )
            )  # fmt: skip
        for at in (OLD, FRESH):
            await conn.execute(insert(login_failures).values(telegram_id=1, at=at))
            await conn.execute(
                insert(intake_offers).values(account_id=ids[0], text="x", guess={}, created_at=at)
            )
            await conn.execute(
                insert(cards).values(
                    ref="ticket:1", account_id=ids[0], message_id=int(at.timestamp()),
                    role="card", created_at=at,
                )
            )  # fmt: skip
        for n, expires in enumerate((OLD, NOW + timedelta(minutes=5))):  # ran out; still good
            await conn.execute(
                insert(web_logins).values(
                    account_id=ids[0], token_hash=f"h{n}", created_at=expires, expires_at=expires
                )
            )
        await conn.execute(insert(inbox_done).values(update_id=1, done_at=OLD))
        await conn.execute(insert(inbox_done).values(update_id=2, done_at=FRESH))
        for account_id, (status, at) in zip(
            ids, [("done", OLD), ("paused", OLD), ("active", OLD), ("done", FRESH)], strict=True
        ):
            await conn.execute(
                insert(flows).values(
                    account_id=account_id, name="repair", token="t", status=status, draft={},
                    answered=[], ui={}, title_key="repair-title", started_at=at, updated_at=at,
                )
            )  # fmt: skip


async def _count(db: Database) -> dict[str, int]:
    async with db.read() as conn:
        return {
            table.name: (await conn.execute(select(func.count()).select_from(table))).scalar_one()
            for table in (
                outbox,
                timers,
                login_failures,
                intake_offers,
                cards,
                inbox_done,
                flows,
                web_logins,
            )
        }


async def test_old_finished_rows_go_and_the_rest_stay(db: Database) -> None:
    await _fill(db)
    clock = FrozenClock(NOW)
    service = RetentionService(db, clock, RetentionDays())
    pruned = await service.run_if_due()
    assert pruned == {
        "pushes": 2, "timers": 1, "login_failures": 1, "flows": 2, "offers": 1,
        "handled_updates": 1, "cards": 1, "web_logins": 1,
    }  # fmt: skip
    assert await _count(db) == {
        "outbox": 3, "timers": 2, "login_failures": 1, "intake_offers": 1, "cards": 1,
        "inbox_done": 1, "flows": 2, "web_logins": 1,
    }  # fmt: skip
    async with db.read() as conn:
        left = {r.status for r in (await conn.execute(select(outbox.c.status))).all()}
        open_flow = (await conn.execute(select(flows.c.status))).scalars().all()
    assert left == {"pending", "sending", "sent"}
    assert sorted(open_flow) == ["active", "done"]


async def test_pruning_runs_once_a_day(db: Database) -> None:
    await _fill(db)
    clock = FrozenClock(NOW)
    service = RetentionService(db, clock, RetentionDays())
    assert await service.run_if_due() is not None
    assert await service.run_if_due() is None
    clock.advance(timedelta(hours=23))
    assert await service.run_if_due() is None
    clock.advance(timedelta(hours=1))
    assert await service.run_if_due() == dict.fromkeys(RetentionDays.model_fields, 0)


def test_retention_is_set_per_table_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUTLER_RETENTION__PUSHES", "120")
    monkeypatch.setenv("BUTLER_RETENTION__FLOWS", "7")
    days = load_settings().retention
    assert (days.pushes, days.flows, days.timers) == (120, 7, 90)
