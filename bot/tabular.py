"""Read a CSV (UTF-8) or XLSX table into rows of stripped strings, keyed by column name."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from bot.errors import InvalidInput

Lines = Iterator[tuple[int, Sequence[Any]]]


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its line in the file (the header is line 1) and its cells by column."""

    line: int
    values: dict[str, str]


def read_table(path: Path, required: Iterable[str] = ()) -> list[Row]:
    """Read every data row of a .csv or .xlsx file whose header has the required columns."""
    return list(iter_table(path, required))


def iter_table(path: Path, required: Iterable[str] = ()) -> Iterator[Row]:
    """Yield the data rows of a .csv or .xlsx file one by one, skipping blank lines."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise InvalidInput("import-bad-file-type", suffix=path.suffix or path.name)
    try:
        yield from _rows(reader(path), tuple(required))
    except FileNotFoundError:
        raise InvalidInput("import-file-missing", path=str(path)) from None
    except UnicodeDecodeError:
        raise InvalidInput("import-not-utf8", path=str(path)) from None
    except (OSError, csv.Error, zipfile.BadZipFile, InvalidFileException, KeyError):
        raise InvalidInput("import-unreadable", path=str(path)) from None


def cell_text(value: Any) -> str:
    """Turn a cell value into the text a person would type: 101, 89.5, 2026-01-15."""
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        # Excel keeps 15 significant digits; print them without exponent or trailing ".0".
        plain = format(Decimal(f"{value:.15g}"), "f")
        return plain.rstrip("0").rstrip(".") if "." in plain else plain
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def _rows(lines: Lines, required: tuple[str, ...]) -> Iterator[Row]:
    """Take the first non-blank line as the header, check it, then yield the rows."""
    header: list[str] | None = None
    for number, cells in lines:
        texts = [cell_text(cell) for cell in cells]
        if not any(texts):
            continue
        if header is None:
            header = _header(texts, required)
            continue
        values = {name: texts[i] if i < len(texts) else "" for i, name in enumerate(header)}
        values.pop("", None)
        yield Row(number, values)
    if header is None:
        raise InvalidInput("import-empty-file")


def _header(texts: list[str], required: tuple[str, ...]) -> list[str]:
    """Return the column names (lower case); report all missing ones at once."""
    names = [text.lower() for text in texts]
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            raise InvalidInput("import-duplicate-column", column=name)
        seen.add(name)
    missing = [name for name in required if name not in seen]
    if missing:
        raise InvalidInput("import-missing-columns", columns=", ".join(missing))
    return names


def _csv_lines(path: Path) -> Lines:
    """Yield (line number, cells) of a UTF-8 CSV file, with or without a BOM."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        start = 1
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1


def _xlsx_lines(path: Path) -> Lines:
    """Yield (row number, values) of the first sheet of a workbook, streaming."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size; read what is there
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    finally:
        book.close()


_READERS: dict[str, Callable[[Path], Lines]] = {".csv": _csv_lines, ".xlsx": _xlsx_lines}
