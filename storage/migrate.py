"""Schema changes that keep the data: foreign keys off while tables are rebuilt, checked after.

SQLite rebuilds a table to alter it (Alembic's batch mode: copy, drop, rename); with foreign
keys on, dropping `estates` would cascade into grids, units, bills and tickets. So on SQLite
migrations run on their own connection with foreign keys off, `PRAGMA foreign_key_check`
runs before the commit, and a violation rolls everything back. A file database is copied
aside before any upgrade that has something to do. PostgreSQL alters in place, under an
advisory lock so that two processes never migrate at once.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from storage.db import UPGRADE_LOCK, Database, alembic_config

log = logging.getLogger(__name__)


class ForeignKeyViolation(RuntimeError):
    """A migration left rows pointing at nothing; it was rolled back."""


def head() -> str:
    """The newest revision."""
    found = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert found is not None
    return found


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def current(db: Database) -> str | None:
    """The revision the database is at (None: not migrated at all)."""
    async with db.read() as conn:
        return await conn.run_sync(_current)


async def migrate(
    db: Database, target: str = "head", *, down: bool = False, scripts: Path | None = None
) -> None:
    """Upgrade (or downgrade) to a revision, keeping every row (`scripts`: another folder)."""
    if db.is_sqlite:
        await _migrate_sqlite(db, target, down, scripts)
        return
    async with db.transaction() as conn:
        await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": UPGRADE_LOCK})
        await conn.run_sync(_run, target, down, scripts)


def _run(connection: Connection, target: str, down: bool, scripts: Path | None) -> None:
    config = alembic_config(connection)
    if scripts is not None:
        config.set_main_option("script_location", str(scripts))
    if down:
        command.downgrade(config, target)
    else:
        command.upgrade(config, target)


async def _migrate_sqlite(db: Database, target: str, down: bool, scripts: Path | None) -> None:
    engine = create_async_engine(db.url, poolclass=NullPool)

    @event.listens_for(engine.sync_engine, "connect")
    def _no_cascades(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA busy_timeout=10000")

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        async with engine.begin() as conn:
            at = await conn.run_sync(_current)
            if not down and at is not None and at != head():
                await _backup_before(db)
            await conn.run_sync(_run, target, down, scripts)
            violations = (await conn.exec_driver_sql("PRAGMA foreign_key_check")).all()
            if violations:
                raise ForeignKeyViolation(f"rows point at nothing after migrating: {violations}")
    finally:
        await engine.dispose()


def sqlite_file(db: Database) -> Path | None:
    """The file of a SQLite database (None in memory or on PostgreSQL)."""
    url = make_url(db.url)
    if not db.is_sqlite or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a SQLite file with its online backup (consistent while it is written)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)


async def _backup_before(db: Database) -> None:
    """Keep a copy of the file as it was before the upgrade."""
    source = sqlite_file(db)
    if source is None or not source.exists():
        return
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = source.with_name(f"{source.name}.before-{head()}-{stamp}.bak")
    await asyncio.to_thread(copy_sqlite, source, target)
    log.info("copied the database to %s before upgrading it", target)
