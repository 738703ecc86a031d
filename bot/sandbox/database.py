"""The sandbox database: kept between runs, started over when asked or half made."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from pathlib import Path

from bot.clock import OffsetClock
from bot.sandbox.seed import is_seeded, load_offset, save_offset, until_daytime
from storage.db import Database


@dataclass(frozen=True)
class Opened:
    """The migrated database, and what it holds."""

    db: Database
    seeded: bool  # the demo estate is there from an earlier run
    restarted: bool  # an earlier first start was cut short, so it starts over


def delete_database(path: Path) -> None:
    """Remove a SQLite database and its side files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


async def open_database(url: str, path: Path, clock: OffsetClock, timezone: str) -> Opened:
    """Migrate the database and set the clock: as left last time, or a new day's morning."""
    existed = await asyncio.to_thread(path.exists)
    db = Database(url)
    try:
        await db.upgrade()
        seeded = existed and await is_seeded(db)
        if existed and not seeded:
            await db.dispose()
            delete_database(path)
            db = Database(url)
            await db.upgrade()
        if seeded:
            clock.advance(await load_offset(db))
        else:
            clock.advance(until_daytime(clock.now(), timezone))
            await save_offset(db, clock.offset)
    except BaseException:
        await db.dispose()
        raise
    return Opened(db=db, seeded=seeded, restarted=existed and not seeded)
