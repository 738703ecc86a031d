"""The real `butler violation kinds|heads` commands, in process."""

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


def test_kinds_list_add_and_disable(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, "violation", "kinds", "--estate", "湖畔花园")
    assert status == 0 and "Violation kinds of 湖畔花园: 20" in out
    assert "parking [order] 违章停车 / Illegal parking" in out
    status, out = _run(capsys, "violation", "kinds", "--estate", "湖畔花园", "pets")
    assert status != 0 and "needs --category, --zh and --en" in out
    status, out = _run(
        capsys, "violation", "kinds", "--estate", "湖畔花园", "pets", "--category", "environment",
        "--zh", "遛狗不牵绳", "--en", "Dogs off the lead",
    )  # fmt: skip
    assert status == 0 and ": 21" in out and "pets [environment] 遛狗不牵绳" in out
    status, out = _run(
        capsys, "violation", "kinds", "--estate", "湖畔花园", "gambling", "--disable", "--json"
    )
    gambling = next(k for k in json.loads(out) if k["code"] == "gambling")
    assert status == 0 and gambling["active"] is False
    status, out = _run(capsys, "violation", "kinds", "--estate", "湖畔花园", "Bad-Code")
    assert status != 0 and "is not a code" in out


def test_heads_default_to_the_managers_and_refuse_a_stranger(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out = _run(capsys, "violation", "heads", "--estate", "湖畔花园")
    assert status == 0 and "general violations: the estate's managers" in out
    status, out = _run(capsys, "violation", "heads", "--estate", "湖畔花园", "--general", "42")
    assert status != 0 and "42 is not staff of this estate" in out
    status, out = _run(capsys, "violation", "heads", "--estate", "湖畔花园", "--json")
    assert status == 0 and json.loads(out) == {"general": None, "serious": None}
