"""The real `butler patrol …` commands, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "units.csv"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli_database: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "en")
    monkeypatch.setenv("BUTLER_LOG_LEVEL", "WARNING")


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    status = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return status, json.loads(out)


def test_add_list_and_remove_plans(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["estate", "add", "湖畔花园"]) == 0
    assert main(["import", "units", str(SAMPLE), "--estate", "湖畔花园"]) == 0
    capsys.readouterr()
    status, plans = _json(capsys, "patrol", "list", "--estate", "湖畔花园")
    assert status == 0 and isinstance(plans, list)
    assert [(p["grid_id"], p["at_time"], p["is_default"], len(p["checklist"])) for p in plans] == [
        (1, "09:00", True, 7),
        (2, "09:00", True, 7),
    ]
    status, added = _json(
        capsys,
        "patrol",
        "add",
        "--estate",
        "湖畔花园",
        "--grid",
        "B",
        "--at",
        "14:30",
        "--weekdays",
        "50",
        "--item",
        "elevators",
        "--item",
        "Pool fence",
        "--name",
        "pool",
    )
    assert status == 0 and isinstance(added, list)
    assert added[0]["weekdays"] == "05"
    assert added[0]["checklist"] == ["elevators", {"text": "Pool fence"}]
    status, _ = _json(capsys, "patrol", "remove", str(added[0]["id"]))
    assert status == 0
    status, plans = _json(capsys, "patrol", "list")
    assert isinstance(plans, list) and len(plans) == 2


def test_bad_input_is_refused_with_a_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["estate", "add", "湖畔花园"]) == 0
    assert main(["import", "units", str(SAMPLE), "--estate", "湖畔花园"]) == 0
    capsys.readouterr()
    args = ["patrol", "add", "--estate", "湖畔花园", "--grid", "B"]
    assert main([*args, "--at", "25:99"]) == 1
    assert "is not a time" in capsys.readouterr().out
    assert main([*args, "--weekdays", "78"]) == 1
    assert "weekdays" in capsys.readouterr().out
    assert main(["patrol", "add", "--estate", "湖畔花园", "--grid", "Z"]) == 1
    assert "Unknown grid: Z" in capsys.readouterr().out
    assert main(["patrol", "remove", "99"]) == 1
    assert "no patrol plan 99" in capsys.readouterr().out
    assert main([*args, "--name", "巡" * 101]) == 1
    assert "at most 100 characters" in capsys.readouterr().out
    assert main([*args, "--item", "查" * 101]) == 1
    assert "checklist item is at most 100" in capsys.readouterr().out
    assert main([*args, "--name", "Evening", "--at", "9:5", "--json"]) == 0
    (added,) = json.loads(capsys.readouterr().out)
    assert added["at_time"] == "09:05"


def test_estate_config_changes_deadlines_and_times(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["estate", "add", "湖畔花园"]) == 0
    capsys.readouterr()
    status, shown = _json(capsys, "estate", "config", "--estate", "湖畔花园")
    assert status == 0 and isinstance(shown, dict)
    assert shown["deadlines"]["repair.ack.urgent"] == 30
    assert (shown["digest_time"], shown["quiet_start"]) == ("08:00", "21:00")
    status, changed = _json(
        capsys,
        "estate",
        "config",
        "--estate",
        "湖畔花园",
        "--digest-time",
        "7:30",
        "--quiet",
        "22:00-07:00",
        "--deadline",
        "repair.ack.urgent=20",
    )
    assert status == 0 and isinstance(changed, dict)
    assert changed["deadlines"]["repair.ack.urgent"] == 20
    assert (changed["digest_time"], changed["quiet_start"], changed["quiet_end"]) == (
        "07:30",
        "22:00",
        "07:00",
    )
    assert main(["estate", "config", "--estate", "湖畔花园", "--deadline", "nope=5"]) == 1
    assert "nope" in capsys.readouterr().out


def test_the_list_names_estates_grids_and_days_in_the_operators_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["estate", "add", "湖畔花园"]) == 0
    assert main(["import", "units", str(SAMPLE), "--estate", "湖畔花园"]) == 0
    argv = ["patrol", "add", "--estate", "湖畔花园", "--grid", "A", "--name", "夜巡"]
    assert main([*argv, "--at", "21:00", "--weekdays", "04", "--item", "roads"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "zh-Hans")
    assert main(["patrol", "list", "--estate", "湖畔花园"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "#1 湖畔花园 · 网格 A · 21:00 · 周一、周五 · 夜巡：主干道、垃圾桶" in lines
    default = "· 网格 B · 09:00 · 每天 · 默认计划：主干道、垃圾桶、宣传栏"
    assert any(default in line for line in lines)
