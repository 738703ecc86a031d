"""A fresh database for each run: a SQLite file in a temporary folder, or a PostgreSQL one."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

DEFAULT_PG_ADMIN = os.environ.get(
    "BUTLER_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def run_folder(folder: Path, run: int) -> Path:
    """The folder of one run's files (made if missing)."""
    path = folder / f"run{run}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class Databases:
    """Create and drop the runs' databases (PostgreSQL: `butler_bench_<pid>_<run>`)."""

    def __init__(self, engine: str, folder: Path, pg_admin_url: str = DEFAULT_PG_ADMIN) -> None:
        if engine not in ("sqlite", "postgresql"):
            raise ValueError(f"unknown engine {engine!r}")
        self.engine, self.folder = engine, folder
        self.admin = make_url(pg_admin_url)

    async def create(self, run: int) -> str:
        """Make an empty database for run `run`; return its SQLAlchemy URL."""
        if self.engine == "sqlite":
            path = run_folder(self.folder, run) / "butler.db"
            _remove_sqlite(path)  # left by an earlier --keep
            return f"sqlite+aiosqlite:///{path}"
        name = f"butler_bench_{os.getpid()}_{run}"
        await self._admin_sql(f"DROP DATABASE IF EXISTS {_quote(name)} WITH (FORCE)")
        await self._admin_sql(f"CREATE DATABASE {_quote(name)}")
        return self.admin.set(database=name).render_as_string(hide_password=False)

    async def drop(self, url: str) -> None:
        """Remove a run's database."""
        parsed = make_url(url)
        if self.engine == "sqlite":
            _remove_sqlite(Path(parsed.database or ""))
            return
        assert parsed.database is not None and parsed.database.startswith("butler_bench_")
        await self._admin_sql(f"DROP DATABASE IF EXISTS {_quote(parsed.database)} WITH (FORCE)")

    async def _admin_sql(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE and DROP DATABASE need that)."""
        engine = create_async_engine(self.admin, isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as conn:
                await conn.execute(text(sql))
        finally:
            await engine.dispose()
