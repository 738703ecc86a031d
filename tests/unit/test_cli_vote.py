"""The real `butler vote settings|voter` commands, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli_database: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "en")
    monkeypatch.setenv("BUTLER_LOG_LEVEL", "WARNING")
    assert main(["estate", "add", "湖畔花园"]) == 0


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out + err


def test_secrecy_is_shown_and_changed(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, "vote", "settings", "--estate", "湖畔花园")
    assert status == 0 and "staff see how owners voted once a vote has closed" in out
    status, out = _run(capsys, "vote", "settings", "--estate", "湖畔花园", "--secret")
    assert status == 0 and "not even after the close" in out
    status, out = _run(capsys, "vote", "settings", "--estate", "湖畔花园", "--json")
    assert status == 0 and json.loads(out) == {"secret": True}
    status, out = _run(capsys, "vote", "settings", "--estate", "湖畔花园", "--open", "--json")
    assert json.loads(out) == {"secret": False}


def test_a_voter_must_be_a_bound_owner(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, "vote", "voter", "--estate", "湖畔花园", "9-9-999", "42")
    assert status != 0 and "There is no unit 9-9-999" in out
