"""Fixtures shared by every test layer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.clock import FrozenClock
from bot.sandbox.emulator import BotApiEmulator
from bot.settings import Settings
from storage.db import Database
from tests.engines import ENGINE, PG_ADMIN_URL, PostgresDatabases, on_postgresql
from tests.harness import START, Harness
from tests.web import browser


def pytest_report_header() -> list[str]:
    """Say which engine holds the tests' databases, and whether the browser tests run."""
    where = f" ({PG_ADMIN_URL}, a template per run, a copy per test)" if on_postgresql() else ""
    reason = browser.why_not()
    chromium = reason or f"browser tests: headless Chromium at {browser.chromium()}"
    return [f"database engine: {ENGINE}{where}", chromium]


@pytest.fixture
def clock() -> FrozenClock:
    """A clock that moves only when the test says so."""
    return FrozenClock(START)


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PostgresDatabases]:
    """This run's databases on PostgreSQL, all dropped at the end."""
    databases = PostgresDatabases(PG_ADMIN_URL)
    try:
        databases.start()
        yield databases
    finally:
        databases.close()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """This test's own database: a new SQLite file, or a migrated PostgreSQL database."""
    if not on_postgresql():
        yield f"sqlite+aiosqlite:///{tmp_path / 'butler.db'}"
        return
    databases: PostgresDatabases = request.getfixturevalue("pg_databases")
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, for tests of the migrations themselves."""
    if not on_postgresql():
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    databases: PostgresDatabases = request.getfixturevalue("pg_databases")
    url = databases.create(migrated=False)
    yield url
    databases.drop(url)


@pytest.fixture
def cli_database(monkeypatch: pytest.MonkeyPatch, db_url: str) -> str:
    """Point the `butler` command line (BUTLER_DATABASE_URL) at this test's database."""
    monkeypatch.setenv("BUTLER_DATABASE_URL", db_url)
    return db_url


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    """A migrated database."""
    database = Database(db_url)
    await database.upgrade()
    yield database
    await database.dispose()


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    """The Bot API emulator on a free loopback port."""
    emulator = BotApiEmulator(bot_username="butler_test_bot")
    await emulator.start(host="127.0.0.1", port=0)
    yield emulator
    await emulator.stop()


@pytest.fixture
def settings(db_url: str, emu: BotApiEmulator, tmp_path: Path) -> Settings:
    """Settings pointing at the emulator and the test database."""
    return Settings(
        _env_file=None,
        bot_token="123456:TEST-token",
        database_url=db_url,
        api_base_url=emu.base_url,
        api_file_url=emu.base_file_url,
        tick_seconds=60,  # tests tick by hand (Harness.tick)
        web=False,  # the web desk's tests turn it on, on a free port (tests/web)
    )


@pytest.fixture
async def bot(
    settings: Settings, emu: BotApiEmulator, clock: FrozenClock
) -> AsyncIterator[Harness]:
    """The real Application, running against the emulator."""
    harness = Harness(settings, emu, clock)
    await harness.start()
    yield harness
    await harness.stop()
