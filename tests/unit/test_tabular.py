"""Reading CSV and XLSX tables into rows of stripped strings."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from bot.errors import InvalidInput
from bot.tabular import Row, cell_text, iter_table, read_table


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _error(path: Path, required: tuple[str, ...] = ()) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        read_table(path, required)
    return caught.value


def test_csv_with_bom_gives_stripped_values_and_file_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    text = 'Building , room,note\n1,101, first \n\n 2 ,202,"two\nlines"\n3,301\n'
    path.write_bytes("\ufeff".encode() + text.encode())
    rows = read_table(path, required=("building", "room"))
    assert rows == [
        Row(2, {"building": "1", "room": "101", "note": "first"}),
        Row(4, {"building": "2", "room": "202", "note": "two\nlines"}),
        Row(6, {"building": "3", "room": "301", "note": ""}),
    ]


def test_csv_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "units.CSV"
    path.write_text("building,room\n1,101\n", encoding="utf-8")
    assert read_table(path) == [Row(2, {"building": "1", "room": "101"})]


def test_xlsx_numbers_read_as_typed(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "units.xlsx",
        [
            ["building", "room", "area_m2", "phone", "due", ""],
            [1, 101, 89.5, 13554124031, datetime(2026, 1, 15), None],
            [None, None, None, None, None, None],
            [" 2 ", 202.0, 128.0, "", date(2026, 2, 1), "ignored: no header"],
        ],
    )
    rows = read_table(path, required=("building", "room", "area_m2"))
    assert rows == [
        Row(2, {"building": "1", "room": "101", "area_m2": "89.5", "phone": "13554124031",
                "due": "2026-01-15"}),
        Row(4, {"building": "2", "room": "202", "area_m2": "128", "phone": "",
                "due": "2026-02-01"}),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (101, "101"),
        (101.0, "101"),
        (89.5, "89.5"),
        (0.1 + 0.2, "0.3"),
        (1e-05, "0.00001"),
        (1e20, "100000000000000000000"),
        (Decimal("128.50"), "128.5"),
        (13554124031, "13554124031"),
        (None, ""),
        ("  3-2-301 ", "3-2-301"),
        (datetime(2026, 1, 15, 9, 30), "2026-01-15T09:30:00"),
    ],
)
def test_cell_text_is_what_a_person_typed(value: Any, text: str) -> None:
    assert cell_text(value) == text


def test_missing_columns_are_reported_once_together(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text("building,room\n1,101\n2,201\n", encoding="utf-8")
    error = _error(path, ("building", "grid", "room", "usage"))
    assert error.key == "import-missing-columns"
    assert error.args_for_text == {"columns": "grid, usage"}


def test_missing_columns_in_xlsx(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "units.xlsx", [["building"], [1]])
    assert _error(path, ("building", "room")).args_for_text == {"columns": "room"}


def test_rows_stream_lazily(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text("a\n1\n2\n", encoding="utf-8")
    rows = iter_table(path)
    assert next(rows) == Row(2, {"a": "1"})
    assert next(rows) == Row(3, {"a": "2"})


@pytest.mark.parametrize(
    ("name", "content", "key"),
    [
        ("units.txt", b"a,b\n", "import-bad-file-type"),
        ("units.csv", "楼栋,房号\n1,101\n".encode("gbk"), "import-not-utf8"),
        ("units.csv", b"\n\n", "import-empty-file"),
        ("units.csv", b"a,b,A\n1,2,3\n", "import-duplicate-column"),
        ("units.xlsx", b"not a workbook", "import-unreadable"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path: Path, name: str, content: bytes, key: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _error(path).key == key


def test_missing_file(tmp_path: Path) -> None:
    error = _error(tmp_path / "nowhere.csv")
    assert (error.key, error.args_for_text) == (
        "import-file-missing",
        {"path": str(tmp_path / "nowhere.csv")},
    )
