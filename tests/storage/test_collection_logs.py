"""The collection log: old contacts get their channel in 0015, and a promise pauses reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select

from storage.db import Database
from storage.migrate import head, migrate
from storage.repositories import collection_logs
from storage.tables import collection_logs as logs_table
from storage.tables import units
from tests.fill import fill

NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


async def _unit(db: Database) -> int:
    async with db.read() as conn:
        return int((await conn.execute(select(units.c.id).limit(1))).scalar_one())


async def test_old_contacts_get_their_channel_and_keep_no_outcome(db: Database) -> None:
    await fill(db)
    unit = await _unit(db)
    await migrate(db, "0014", down=True)
    old = ["called", "visited", "message", "promise", "note"]
    async with db.transaction() as conn:
        for n, kind in enumerate(old):
            values = {"unit_id": unit, "kind": kind, "note": "", "created_at": NOW}
            if kind == "promise":
                values["promised_date"] = date(2026, 12, 5)
            await conn.execute(insert(logs_table).values(id=100 + n, **values))
    await migrate(db, head())
    async with db.read() as conn:
        found = await collection_logs.recent_of_unit(conn, unit, 10)
    rows = sorted((log.kind, log.channel, log.outcome, log.updated_at) for log in found)
    assert rows == [
        ("called", "phone", None, None),
        ("message", "chat", None, None),
        ("note", None, None, None),
        ("promise", None, "promised", None),
        ("visited", "visit", None, None),
    ]


async def test_the_latest_promise_says_until_when_reminders_wait(db: Database) -> None:
    await fill(db)
    unit = await _unit(db)
    async with db.transaction() as conn:
        assert await collection_logs.promised_until(conn, unit, date(2026, 12, 1)) is None
        for n, (kind, day) in enumerate(
            [("promise", date(2026, 12, 20)), ("contact", None), ("promise", date(2026, 12, 5))]
        ):
            await collection_logs.add(
                conn,
                {"unit_id": unit, "kind": kind, "channel": "phone", "promised_date": day,
                 "outcome": "promised" if day else "refused", "note": "",
                 "created_at": NOW + timedelta(minutes=n)},
            )  # fmt: skip
        # The most recent promise counts (12-05), not the later day of an older one.
        assert await collection_logs.promised_until(conn, unit, date(2026, 12, 1)) == date(
            2026, 12, 5
        )
        assert await collection_logs.promised_until(conn, unit, date(2026, 12, 5)) == date(
            2026, 12, 5
        )
        assert await collection_logs.promised_until(conn, unit, date(2026, 12, 6)) is None
