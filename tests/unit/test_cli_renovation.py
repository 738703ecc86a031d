"""The real `butler renovation works|document|settings` commands, in process."""

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


def test_works_list_add_and_disable(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, "renovation", "works", "--estate", "湖畔花园")
    assert status == 0 and "Works residents of 湖畔花园 may declare (10):" in out
    assert "waterproofing: 防水工程 / Waterproofing, wet area" in out
    status, out = _run(capsys, "renovation", "works", "--estate", "湖畔花园", "stairs")
    assert status != 0 and "needs both names" in out
    status, out = _run(
        capsys, "renovation", "works", "--estate", "湖畔花园", "stairs", "--zh", "楼梯",
        "--en", "Stairs",
    )  # fmt: skip
    assert status == 0 and "(11):" in out and "stairs: 楼梯 / Stairs" in out
    status, out = _run(
        capsys, "renovation", "works", "--estate", "湖畔花园", "aircon", "--disable", "--json"
    )
    found = {w["code"]: w["active"] for w in json.loads(out)}
    assert status == 0 and found["aircon"] is False and found["stairs"] is True
    status, out = _run(capsys, "renovation", "works", "--estate", "湖畔花园", "Bad Code!")
    assert status != 0 and "not a work code" in out


def test_documents_and_settings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rules = tmp_path / "装修管理规定.pdf"
    rules.write_bytes(b"%PDF-1.4 rules")
    status, out = _run(capsys, "renovation", "document", "--estate", "湖畔花园")
    assert status == 0 and "rules: (not uploaded)" in out
    status, out = _run(
        capsys, "renovation", "document", "--estate", "湖畔花园", "--kind", "rules", str(rules)
    )
    assert status == 0 and "rules: 装修管理规定.pdf" in out and "lift: (not uploaded)" in out
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    status, out = _run(
        capsys, "renovation", "document", "--estate", "湖畔花园", "--kind", "lift", str(empty)
    )
    assert status != 0 and "empty" in out
    status, out = _run(capsys, "renovation", "settings", "--estate", "湖畔花园")
    assert status == 0 and "an inspection visit every 2 days" in out
    status, out = _run(
        capsys, "renovation", "settings", "--estate", "湖畔花园", "--inspect-days", "3"
    )
    assert status == 0 and "every 3 days" in out
    status, out = _run(
        capsys, "renovation", "settings", "--estate", "湖畔花园", "--inspect-days", "0"
    )
    assert status != 0 and "1 to 30 days" in out
