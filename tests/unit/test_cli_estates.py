"""The real `butler estate …` and `butler import units …` commands, in process."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.cli.estates import _progress_bar

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "units.csv"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli_database: str) -> None:
    """Point the CLI at this test's database, speaking English, with no stray .env."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "en")
    monkeypatch.setenv("BUTLER_LOG_LEVEL", "WARNING")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    status, out, _ = _run(capsys, *argv, "--json")
    return status, json.loads(out)


def _bad_file(tmp_path: Path) -> Path:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",shop,", ",hotel,")  # line 3
    lines[5] = lines[5].replace(",96.2,", ",-96.2,")  # line 6
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_estate_add_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "estate", "list") == (
        0,
        "There are no estates yet. Create one with: butler estate add NAME\n",
        "",
    )
    status, out, _ = _run(capsys, "estate", "add", "湖畔花园", "--timezone", "Asia/Hong_Kong")
    assert status == 0
    assert "湖畔花园" in out and "Asia/Hong_Kong" in out
    status, created = _json(capsys, "estate", "add", "Riverside", "--currency", "hkd")
    assert status == 0
    assert (created["name"], created["timezone"], created["currency"]) == (
        "Riverside",
        "Asia/Shanghai",
        "HKD",
    )
    status, listed = _json(capsys, "estate", "list")
    assert [(e["name"], e["units"], e["buildings"], e["grids"]) for e in listed] == [
        ("Riverside", 0, 0, 0),
        ("湖畔花园", 0, 0, 0),
    ]


def test_estate_errors_come_from_the_locales(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "estate", "add", "湖畔花园")[0] == 0
    status, out, err = _run(capsys, "estate", "add", "湖畔花园")
    assert (status, out) == (1, "")
    assert err == "An estate named “湖畔花园” already exists.\n"
    status, error = _json(capsys, "estate", "add", "Mars", "--timezone", "Mars/Base")
    assert (status, error["error"], error["args"]) == (
        1,
        "estate-bad-timezone",
        {"timezone": "Mars/Base"},
    )
    assert "Mars/Base" in error["message"]
    status, error = _json(capsys, "estate", "add", "花" * 101)
    assert (status, error["error"], error["args"]) == (1, "estate-name-too-long", {"limit": 100})


def test_import_units_text_then_json(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "estate", "add", "湖畔花园")
    status, out, err = _run(capsys, "import", "units", str(SAMPLE), "--estate", "湖畔花园")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Imported into “湖畔花园”: 72 created, 0 updated, 0 unchanged.",
        "The estate now has 72 units in 3 buildings and 2 grids.",
    ]
    status, summary = _json(capsys, "import", "units", str(SAMPLE), "--estate", "湖畔花园")
    assert status == 0
    assert summary == {
        "estate": "湖畔花园",
        "created": 0,
        "updated": 0,
        "unchanged": 72,
        "buildings_moved": 0,
        "units": 72,
        "buildings": 3,
        "grids": 2,
    }


def test_a_bad_file_imports_nothing_and_names_both_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(capsys, "estate", "add", "湖畔花园")
    bad = str(_bad_file(tmp_path))

    status, out, err = _run(capsys, "import", "units", bad, "--estate", "湖畔花园")

    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "Nothing was imported: 2 problems to fix first.",
        "line 3: Unknown usage “hotel”: use residential, office or shop.",
        "line 6: The area “-96.2” is not a positive number of m² with at most 2 decimals.",
    ]
    status, report = _json(capsys, "import", "units", bad, "--estate", "湖畔花园")
    assert (status, report["error"]) == (1, "import-rejected")
    assert [(p["line"], p["reason"], p["args"]) for p in report["problems"]] == [
        (3, "import-bad-usage", {"value": "hotel"}),
        (6, "import-bad-area", {"value": "-96.2"}),
    ]
    assert all(p["message"] for p in report["problems"])
    assert _json(capsys, "estate", "list")[1][0]["units"] == 0


def test_problems_in_chinese(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "zh-Hans")
    _run(capsys, "estate", "add", "湖畔花园")
    status, _, err = _run(
        capsys, "import", "units", str(_bad_file(tmp_path)), "--estate", "湖畔花园"
    )
    assert status == 1
    assert err.splitlines()[1].startswith("第 3 行：用途“hotel”无效")
    assert err.splitlines()[2].startswith("第 6 行：面积“-96.2”无效")


def test_unknown_estate_and_unreadable_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = _run(capsys, "import", "units", str(SAMPLE), "--estate", "Nowhere")
    assert (status, out) == (1, "")
    assert "Nowhere" in err
    _run(capsys, "estate", "add", "湖畔花园")
    notes = tmp_path / "units.txt"
    notes.write_text("building\n1\n", encoding="utf-8")
    status, error = _json(capsys, "import", "units", str(notes), "--estate", "湖畔花园")
    assert (status, error["error"], error["args"]) == (
        1,
        "import-bad-file-type",
        {"suffix": ".txt"},
    )
    status, error = _json(capsys, "import", "units", str(SAMPLE.parent), "--estate", "湖畔花园")
    assert (status, error["error"]) == (1, "import-bad-file-type")


def test_progress_bar_only_for_long_files_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _progress_bar(5000) is None  # captured stderr is no terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert _progress_bar(2000) is None
    show = _progress_bar(2001)
    assert show is not None
    show(1000, 2001)
    show(2001, 2001)
    err = capsys.readouterr().err
    assert err == f"\r[{'#' * 14}{'.' * 16}] 1000/2001\r[{'#' * 30}] 2001/2001\n"


def test_the_hotline_is_a_phone_a_400_number_or_a_short_number() -> None:
    from bot.services.estates.phones import normalize_hotline

    assert normalize_hotline("0571 8888 6666") == "0571-88886666"
    assert normalize_hotline("400 123 4567") == "400-123-4567"
    assert normalize_hotline("96345") == "96345"
    assert normalize_hotline("") == ""
    assert normalize_hotline("call us") is None
    assert normalize_hotline("12") is None
