"""Both engines behave alike: column types, read-only snapshots, and writes that race."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, StatementError

from storage.db import Database
from storage.models import FlowState
from storage.repositories import accounts, flows, outbox, tickets
from storage.tables import app_meta
from storage.tables import outbox as outbox_table
from tests.engines import postgresql_only, sqlite_only
from tests.factories import make_estate

SHANGHAI = timezone(timedelta(hours=8))


async def _account(db: Database, telegram_id: int = 77) -> int:
    async with db.transaction() as conn:
        account = await accounts.upsert_seen(
            conn,
            telegram_id=telegram_id,
            name="林芳",
            username=None,
            telegram_language="zh-hans",
            now=datetime(2026, 11, 1, tzinfo=UTC),
        )
    return account.id


async def test_times_come_back_aware_utc_and_json_none_is_null(db: Database) -> None:
    account_id = await _account(db)
    due = datetime(2026, 11, 30, 18, 30, tzinfo=SHANGHAI)
    async with db.transaction() as conn:
        for key, buttons in (("a", None), ("b", [[{"data": "t1:x", "key": "k"}]])):
            await outbox.add(
                conn,
                {
                    "account_id": account_id,
                    "text_key": "hello",
                    "args": {"名字": "林芳", "n": 1},
                    "buttons": buttons,
                    "due_at": due,
                    "dedupe_key": key,
                    "created_at": due,
                },
            )
    async with db.read() as conn:
        first, second = await outbox.of_account(conn, account_id)
        nulls = await conn.scalar(
            select(func.count()).where(outbox_table.c.buttons.is_(None))  # SQL NULL, not 'null'
        )
        earlier = await conn.scalar(
            select(func.count()).where(
                outbox_table.c.due_at < datetime(2026, 11, 30, 10, 31, tzinfo=UTC)
            )
        )
    assert first.due_at == due and first.due_at.tzinfo == UTC
    assert (first.args, first.buttons) == ({"名字": "林芳", "n": 1}, None)
    assert second.buttons == [[{"data": "t1:x", "key": "k"}]]
    assert (nulls, earlier) == (1, 2)  # 18:30 in Shanghai is 10:30 UTC


async def test_a_naive_time_is_refused(db: Database) -> None:
    async with db.transaction() as conn:
        with pytest.raises(StatementError, match="naive datetime given to a UTC column"):
            await accounts.upsert_seen(
                conn,
                telegram_id=5,
                name="x",
                username=None,
                telegram_language=None,
                now=datetime(2026, 11, 1),
            )


async def test_a_read_cannot_write(db: Database) -> None:
    async with db.read() as conn:
        with pytest.raises(DBAPIError):
            await conn.execute(app_meta.insert().values(key="k", value="v"))
    async with db.read() as conn:
        assert await conn.scalar(select(func.count()).select_from(app_meta)) == 0


async def test_a_read_is_a_snapshot(db: Database) -> None:
    count = select(func.count()).select_from(app_meta)
    async with db.read() as conn:
        assert await conn.scalar(count) == 0
        async with db.transaction() as writer:
            await writer.execute(app_meta.insert().values(key="k", value="v"))
        assert await conn.scalar(count) == 0  # committed meanwhile, but not in this snapshot
    async with db.read() as conn:
        assert await conn.scalar(count) == 1


@postgresql_only("PostgreSQL's transaction settings")
async def test_reads_are_repeatable_read_only_and_writes_are_not(db: Database) -> None:
    settings = text(
        "SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only')"
    )
    for _ in range(3):  # the pool's connections go back and forth between both kinds
        async with db.read() as conn:
            assert tuple((await conn.execute(settings)).one()) == ("repeatable read", "on")
        async with db.transaction() as conn:
            assert tuple((await conn.execute(settings)).one()) == ("read committed", "off")


@postgresql_only("PostgreSQL's column types")
async def test_times_are_timestamptz_and_json_is_jsonb(db: Database) -> None:
    query = text(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = 'outbox' AND column_name IN ('args', 'due_at', 'text_key')"
    )
    async with db.read() as conn:
        types = {str(name): str(kind) for name, kind in await conn.execute(query)}
    assert types == {
        "args": "jsonb",
        "due_at": "timestamp with time zone",
        "text_key": "character varying",
    }


@sqlite_only("SQLite's pragmas")
async def test_sqlite_pragmas(db: Database) -> None:
    async with db.transaction() as conn:
        assert await conn.scalar(text("PRAGMA journal_mode")) == "wal"
        assert await conn.scalar(text("PRAGMA foreign_keys")) == 1
        assert await conn.scalar(text("PRAGMA query_only")) == 0
    async with db.read() as conn:
        assert await conn.scalar(text("PRAGMA query_only")) == 1


async def test_the_first_ticket_numbers_of_an_estate_do_not_collide(db: Database) -> None:
    estate = await make_estate(db)

    async def take() -> int:
        async with db.transaction() as conn:
            number = await tickets.next_number(conn, estate.id, "repair")
            await asyncio.sleep(0.05)  # hold the transaction open while the others start
            return number

    assert sorted(await asyncio.gather(*(take() for _ in range(6)))) == [1, 2, 3, 4, 5, 6]


async def test_racing_first_sights_of_a_person_make_one_account(db: Database) -> None:
    now = datetime(2026, 11, 1, tzinfo=UTC)

    async def seen(name: str) -> int:
        async with db.transaction() as conn:
            account = await accounts.upsert_seen(
                conn, telegram_id=99, name=name, username=None, telegram_language=None, now=now
            )
            await asyncio.sleep(0.05)
            return account.id

    ids = await asyncio.gather(*(seen(f"n{i}") for i in range(4)))
    async with db.read() as conn:
        account = await accounts.by_telegram_id(conn, 99)
    assert account is not None and set(ids) == {account.id}
    assert account.name in {"n0", "n1", "n2", "n3"}


async def test_racing_flow_states_meet_in_one_row(db: Database) -> None:
    account_id = await _account(db)
    now = datetime(2026, 11, 1, tzinfo=UTC)

    async def put(step: int) -> None:
        state = FlowState(
            account_id=account_id,
            name="repair",
            token=f"tok{step:03d}",
            draft={"step": step},
            title_key="flow-title-repair",
            started_at=now,
            updated_at=now,
        )
        async with db.transaction() as conn:
            await flows.put(conn, state)
            await asyncio.sleep(0.05)

    await asyncio.gather(*(put(step) for step in range(4)))
    async with db.read() as conn:
        state = await flows.get(conn, account_id)
    assert state is not None and state.draft["step"] in range(4)
    assert state.token == f"tok{state.draft['step']:03d}"  # one write, never two mixed


async def test_seeing_an_account_again_refreshes_it_only_when_something_changed(
    db: Database,
) -> None:
    first = await _account(db)
    async with db.transaction() as conn:
        await accounts.set_unreachable(conn, first, True)
        again = await accounts.upsert_seen(
            conn,
            telegram_id=77,
            name="林芳",
            username=None,
            telegram_language="zh-hans",
            now=datetime(2026, 12, 1, tzinfo=UTC),
        )
        same = await accounts.upsert_seen(
            conn,
            telegram_id=77,
            name="林芳",
            username=None,
            telegram_language="zh-hans",
            now=datetime(2026, 12, 2, tzinfo=UTC),
        )
    assert again.id == same.id == first
    assert (again.unreachable, same.unreachable) == (False, False)
    assert same.created_at == datetime(2026, 11, 1, tzinfo=UTC)


async def test_cancelling_by_prefix_takes_the_prefix_literally_and_minds_case(
    db: Database,
) -> None:
    account_id = await _account(db)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    keys = ["fee:1_2:a", "fee:1_2", "fee:1x2:a", "FEE:1_2:b", "fee:1%2:a", "fee:1_"]
    async with db.transaction() as conn:
        for key in keys:
            row = {"account_id": account_id, "text_key": "k", "args": {}, "dedupe_key": key}
            await outbox.add(conn, row | {"due_at": now, "created_at": now})
        assert await outbox.cancel_prefix(conn, "fee:1_2") == 2
        assert await outbox.cancel_prefix(conn, "fee:1%") == 1
    async with db.read() as conn:
        statuses = {m.dedupe_key: m.status for m in await outbox.of_account(conn, account_id)}
    assert statuses == {
        "fee:1_2:a": "cancelled",
        "fee:1_2": "cancelled",
        "fee:1x2:a": "pending",
        "FEE:1_2:b": "pending",
        "fee:1%2:a": "cancelled",
        "fee:1_": "pending",
    }
