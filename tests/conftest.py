"""Fixtures shared by every test layer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FrozenClock
from bot.sandbox.emulator import BotApiEmulator
from bot.settings import Settings
from storage.db import Database
from tests.harness import START, Harness


@pytest.fixture
def clock() -> FrozenClock:
    """A clock that moves only when the test says so."""
    return FrozenClock(START)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for this test."""
    return f"sqlite+aiosqlite:///{tmp_path / 'butler.db'}"


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
        files_dir=tmp_path / "files",
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
