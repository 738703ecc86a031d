"""The migrations build exactly the schema that storage/tables.py describes."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, inspect

from storage.db import Database, alembic_config
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


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def _downgrade(connection: Connection) -> None:
    command.downgrade(alembic_config(connection), "base")


async def test_migrations_run_up_from_nothing_and_down_again(empty_db_url: str) -> None:
    db = Database(empty_db_url)
    try:
        async with db.read() as conn:
            assert await conn.run_sync(_tables) == set()
        await db.upgrade()
        async with db.read() as conn:
            assert await conn.run_sync(_differences) == []
            assert await conn.run_sync(_tables) == set(metadata.tables) | {"alembic_version"}
        async with db.transaction() as conn:
            await conn.run_sync(_downgrade)
        async with db.read() as conn:
            assert await conn.run_sync(_tables) == {"alembic_version"}
        await db.upgrade()
        async with db.read() as conn:
            assert await conn.run_sync(_differences) == []
    finally:
        await db.dispose()
