"""`butler status` when the database is missing or behind, and `butler db backup PATH`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.clock import Clock
from bot.services.health import HealthService, Limits
from storage import migrate
from storage.db import Database
from tests.engines import on_postgresql


@pytest.fixture(autouse=True)
def _operator(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "en")
    monkeypatch.setenv("BUTLER_LOG_LEVEL", "WARNING")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out


def _status(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out = _run(capsys, "status", "--json")
    return code, json.loads(out)


@pytest.mark.parametrize(
    "url",
    ["sqlite+aiosqlite:///{tmp}/nothing-here.db", "postgresql+asyncpg://nobody@127.0.0.1:9/none"],
)
def test_a_database_that_does_not_answer_is_unhealthy_and_nothing_is_created(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str
) -> None:
    monkeypatch.setenv("BUTLER_DATABASE_URL", url.format(tmp=tmp_path))
    code, found = _status(capsys)
    assert (code, found["reachable"], found["problems"]) == (1, False, ["status-unreachable"])
    assert not (tmp_path / "nothing-here.db").exists()
    code, out = _run(capsys, "status")
    assert code == 1 and "not reachable" in out and "the database does not answer" in out


async def test_a_database_behind_the_newest_migration_is_unhealthy(db: Database) -> None:
    await migrate.migrate(db, "-1", down=True)
    found = await HealthService(db, Clock()).status(Limits())
    assert found.problems == ["status-not-at-head"]
    assert found.revision is not None and found.revision != found.head
    await migrate.migrate(db)
    assert (await HealthService(db, Clock()).status(Limits())).problems == ["status-no-tick"]


@pytest.mark.skipif(on_postgresql(), reason="a SQLite file is copied; PostgreSQL uses pg_dump")
def test_backup_copies_a_sqlite_file_and_keeps_an_existing_copy(
    capsys: pytest.CaptureFixture[str], cli_database: str, tmp_path: Path
) -> None:
    assert main(["estate", "add", "湖畔花园"]) == 0
    code, out = _run(capsys, "db", "backup", "copies/one.db")
    assert code == 0 and out.startswith("Copied the database to copies/one.db")
    with sqlite3.connect(tmp_path / "copies" / "one.db") as copy:
        assert copy.execute("SELECT name FROM estates").fetchall() == [("湖畔花园",)]
    code, out = _run(capsys, "db", "backup", "copies/one.db")
    assert code == 1 and "already exists" in out
    assert _run(capsys, "db", "backup", "copies/one.db", "--force")[0] == 0


def test_backup_of_postgresql_says_how(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BUTLER_DATABASE_URL", "postgresql+asyncpg://butler:secret@db:5432/estate")
    code, out = _run(capsys, "db", "backup", "estate.dump")
    assert code == 1
    assert (
        'pg_dump --format=custom --file=estate.dump "postgresql://butler:***@db:5432/estate"'
        in out
    )
    assert "secret" not in out
