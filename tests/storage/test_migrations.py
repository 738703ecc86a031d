"""The migrations build exactly the schema that storage/tables.py describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection

from storage.db import Database
from storage.tables import metadata


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection)
    return list(compare_metadata(context, metadata))


async def test_migrated_schema_matches_the_tables(db: Database) -> None:
    async with db.read() as conn:
        assert await conn.run_sync(_differences) == []


async def test_upgrading_twice_changes_nothing(db: Database) -> None:
    await db.upgrade()
    async with db.read() as conn:
        assert await conn.run_sync(_differences) == []
