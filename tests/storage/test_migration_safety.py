"""Migrations keep the data: table rebuilds cascade into nothing, every step goes down and up."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from storage.db import MIGRATIONS, Database, alembic_config
from storage.migrate import ForeignKeyViolation, copy_sqlite, current, head, migrate, sqlite_file
from storage.tables import metadata
from tests.engines import sqlite_only
from tests.fill import counts, fill

# A future migration as the issue saw it: a batch alter on `estates` (SQLite rebuilds the
# table: copy, drop, rename) while grids, buildings, units, bills and tickets point at it.
REBUILD_ESTATES = '''
"""test: widen estates.currency"""
import sqlalchemy as sa
from alembic import op
revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None

def upgrade() -> None:
    with op.batch_alter_table("estates") as batch:  # SQLite: a rebuild; PostgreSQL: ALTER
        batch.alter_column("currency", existing_type=sa.String(8), type_=sa.String(12))

def downgrade() -> None:
    with op.batch_alter_table("estates") as batch:
        batch.alter_column("currency", existing_type=sa.String(12), type_=sa.String(8))
'''
ORPHANS = '''
"""test: a migration that leaves grids without their estate"""
from alembic import op
revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None

def upgrade() -> None:
    op.execute("DELETE FROM estates")

def downgrade() -> None:
    pass
'''


def _scripts(tmp_path: Path, body: str) -> Path:
    """Our migrations plus one more, in a folder of their own."""
    folder = tmp_path / f"migrations-{abs(hash(body))}"
    if folder.exists():
        return folder
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9001_test.py").write_text(body.format(head=head()))
    return folder


async def test_rebuilding_a_parent_table_keeps_every_child_row(
    db: Database, tmp_path: Path
) -> None:
    await fill(db)
    before = await counts(db)
    assert before["grids"] and before["units"] and before["bills"] and before["tickets"]
    await migrate(db, "9001", scripts=_scripts(tmp_path, REBUILD_ESTATES))
    assert await counts(db) == before
    await migrate(db, head(), down=True, scripts=_scripts(tmp_path, REBUILD_ESTATES))
    assert await counts(db) == before


@sqlite_only("the old way ran migrations on the writer, foreign keys on")
async def test_the_old_way_of_migrating_emptied_the_children(db: Database, tmp_path: Path) -> None:
    await fill(db)
    scripts = _scripts(tmp_path, REBUILD_ESTATES)

    def old_way(connection: Connection) -> None:
        config = alembic_config(connection)
        config.set_main_option("script_location", str(scripts))
        command.upgrade(config, "9001")

    async with db.transaction() as conn:  # foreign keys on, as before
        await conn.run_sync(old_way)
    assert (await counts(db))["grids"] == 0  # what the issue saw: 1 row → 0


@sqlite_only("PostgreSQL keeps its foreign keys on while migrating: a delete cascades there")
async def test_a_migration_that_breaks_a_foreign_key_is_rolled_back(
    db: Database, tmp_path: Path
) -> None:
    await fill(db)
    before = await counts(db)
    with pytest.raises(ForeignKeyViolation):
        await migrate(db, "9001", scripts=_scripts(tmp_path, ORPHANS))
    assert await counts(db) == before and await current(db) == head()


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


async def test_every_step_goes_down_and_up_again_and_the_data_survives(db: Database) -> None:
    await fill(db)
    revisions = _revisions()
    for target in reversed(revisions[:-1]):
        before = await counts(db)
        await migrate(db, target, down=True)
        async with db.read() as conn:
            older = await conn.run_sync(_tables) & set(before)
        await migrate(db, head())
        after = await counts(db)
        # What existed at the older revision keeps every row down and up again; tables of
        # the later revisions come back empty (their data goes with their downgrade).
        assert {name: after[name] for name in older} == {name: before[name] for name in older}
        assert all(after[name] == 0 for name in set(after) - older)
    async with db.read() as conn:
        assert await conn.run_sync(_differences) == []


def _differences(connection: Connection) -> list[object]:
    return list(compare_metadata(MigrationContext.configure(connection), metadata))


@sqlite_only("a SQLite file is copied before it is upgraded")
async def test_a_file_is_copied_before_an_upgrade_and_on_demand(
    db: Database, tmp_path: Path
) -> None:
    await fill(db)
    await migrate(db, _revisions()[-2], down=True)
    await migrate(db)
    source = sqlite_file(db)
    assert source is not None
    copies = list(source.parent.glob(f"{source.name}.before-{head()}-*.bak"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        (revision,) = copy.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == _revisions()[-2]
    copy_sqlite(source, tmp_path / "manual.db")
    with sqlite3.connect(tmp_path / "manual.db") as copy:
        assert copy.execute("SELECT count(*) FROM tickets").fetchone() == (2,)
