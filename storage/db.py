"""Engines (SQLite with its pragmas, PostgreSQL with a pool), transactions and upgrades."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from storage.types import dumps

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_MIN = (3, 35)  # upserts read back their row with RETURNING
UPGRADE_LOCK = 0x42555446  # "BUTF": the advisory lock held while PostgreSQL migrates
# PostgreSQL: connections shared by writers and readers, checked before use, renewed hourly.
PG_POOL: dict[str, Any] = {
    "pool_size": 10,
    "max_overflow": 10,
    "pool_timeout": 30,
    "pool_pre_ping": True,
    "pool_recycle": 3600,
}


def _sqlite_setup(engine: AsyncEngine, *, immediate: bool) -> None:
    """Turn on WAL and foreign keys, and let us issue BEGIN ourselves (readers may not write)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        if not immediate:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """Writers and read-only snapshot readers over one SQLite file or PostgreSQL database."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.drivername.startswith("sqlite")
        if self.is_sqlite:
            if sqlite3.sqlite_version_info < SQLITE_MIN:
                raise RuntimeError(f"SQLite {sqlite3.sqlite_version} is too old: 3.35 or newer")
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            # Every use ends its transaction itself: no rollback when a connection goes back.
            quiet = {"pool_reset_on_return": None}
            self._writer = create_async_engine(
                url, pool_size=1, max_overflow=0, pool_timeout=60, **quiet
            )
            self._reader = create_async_engine(url, pool_size=4, max_overflow=4, **quiet)
            _sqlite_setup(self._writer, immediate=True)
            _sqlite_setup(self._reader, immediate=False)
        else:
            self._writer = create_async_engine(url, json_serializer=dumps, **PG_POOL)
            # Same pool; each read runs in BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY.
            self._reader = self._writer.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        """Open a write transaction: committed on success, rolled back on error."""
        async with self._writer.begin() as conn:
            yield conn

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        """Open a read-only snapshot."""
        async with self._reader.connect() as conn, conn.begin():
            yield conn

    async def upgrade(self) -> None:
        """Apply every pending migration, keeping every row (see storage.migrate)."""
        from storage.migrate import migrate

        await migrate(self)

    async def dispose(self) -> None:
        """Close every pooled connection."""
        await self._writer.dispose()
        if self.is_sqlite:
            await self._reader.dispose()


def alembic_config(connection: Connection | None = None) -> Config:
    """Build the Alembic configuration for our migrations folder."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config
