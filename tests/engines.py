"""The tests' database engine: SQLite files (default) or PostgreSQL (BUTLER_TEST_ENGINE)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import itertools
import os
import secrets
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storage.db import Database

ENGINES = ("sqlite", "postgresql")
ENGINE = os.environ.get("BUTLER_TEST_ENGINE", "sqlite").strip().lower() or "sqlite"
if ENGINE not in ENGINES:
    raise RuntimeError(f"BUTLER_TEST_ENGINE={ENGINE!r}: use one of {ENGINES}")
# The admin connection of `make test-pg`: it creates and drops the run's own databases.
PG_ADMIN_URL = os.environ.get(
    "BUTLER_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
T = TypeVar("T")


def on_postgresql() -> bool:
    """Tell whether this run keeps the tests' databases on PostgreSQL."""
    return ENGINE == "postgresql"


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """Skip a test on the PostgreSQL run, saying why it needs SQLite."""
    return pytest.mark.skipif(on_postgresql(), reason=f"SQLite only: {reason}")


def postgresql_only(reason: str) -> pytest.MarkDecorator:
    """Skip a test on the SQLite run, saying why it needs PostgreSQL."""
    return pytest.mark.skipif(not on_postgresql(), reason=f"PostgreSQL only: {reason}")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class PostgresDatabases:
    """One run's databases on a server: a template migrated once, and a copy of it per test."""

    def __init__(self, admin_url: str) -> None:
        self._admin: URL = make_url(admin_url)
        if self._admin.drivername != "postgresql+asyncpg":
            raise RuntimeError(f"BUTLER_TEST_PG_URL must be postgresql+asyncpg://…: {admin_url}")
        self.prefix = f"butler_test_{os.getpid()}_{secrets.token_hex(3)}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="pg-admin", daemon=True
        )
        self._drops: list[concurrent.futures.Future[None]] = []
        self._admin_engine: AsyncEngine | None = None

    def url(self, database: str) -> str:
        """Return the SQLAlchemy URL of one of our databases."""
        return self._admin.set(database=database).render_as_string(hide_password=False)

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def start(self) -> None:
        """Connect as admin, then create and migrate the template."""
        self._thread.start()
        self._run(self._start())

    async def _admin_sql(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE and DROP DATABASE need that)."""
        assert self._admin_engine is not None
        async with self._admin_engine.connect() as conn:
            await conn.execute(text(sql))

    async def _start(self) -> None:
        self._admin_engine = create_async_engine(
            self._admin, isolation_level="AUTOCOMMIT", pool_size=2, max_overflow=0
        )
        await self._admin_sql(f"CREATE DATABASE {_quote(self.template)}")
        database = Database(self.url(self.template))
        try:
            await database.upgrade()
        finally:
            await database.dispose()

    def create(self, *, migrated: bool = True) -> str:
        """Create a database (a copy of the migrated template, or empty); return its URL."""
        name = f"{self.prefix}_{next(self._numbers)}"
        source = f" TEMPLATE {_quote(self.template)}" if migrated else ""
        self._run(self._admin_sql(f"CREATE DATABASE {_quote(name)}{source}"))
        return self.url(name)

    def drop(self, url: str) -> None:
        """Drop a test's database in the background (the next test need not wait)."""
        name = make_url(url).database
        assert name is not None and name.startswith(self.prefix)
        self._drops.append(asyncio.run_coroutine_threadsafe(self._drop(name), self._loop))

    async def _drop(self, name: str) -> None:
        await self._admin_sql(f"DROP DATABASE IF EXISTS {_quote(name)} WITH (FORCE)")

    def close(self) -> None:
        """Wait for the drops, drop whatever of this run is left, and disconnect."""
        for drop in self._drops:
            drop.result()
        self._run(self._close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    async def _close(self) -> None:
        if self._admin_engine is None:
            return
        query = text("SELECT datname FROM pg_database WHERE starts_with(datname, :prefix)")
        async with self._admin_engine.connect() as conn:
            names = (await conn.execute(query, {"prefix": self.prefix})).scalars().all()
        for name in names:
            await self._drop(str(name))
        await self._admin_engine.dispose()
