"""Importing units into a real database: all rows or none, and again without changes."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from bot.clock import FrozenClock
from bot.services.estates.phones import normalize_phone
from bot.services.estates.registry import EstateService
from bot.services.estates.unit_import import ImportRejected, ImportResult, import_units
from bot.services.estates.unit_rows import REQUIRED_COLUMNS
from bot.tabular import Row, read_table
from storage.db import Database
from storage.models import Estate, Unit
from storage.repositories import estates

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "units.csv"
HEADER = "building,entrance,room,grid,area_m2,usage,owner_name,owner_phone"


async def _estate(db: Database, clock: FrozenClock, name: str = "湖畔花园") -> Estate:
    return await EstateService(db, clock, "Asia/Shanghai").add(name)


async def _import(db: Database, estate: Estate, path: Path = SAMPLE) -> ImportResult:
    return await import_units(db, estate, read_table(path, REQUIRED_COLUMNS))


async def _units(db: Database, estate: Estate) -> list[Unit]:
    async with db.read() as conn:
        return await estates.units_of(conn, estate.id)


def _sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").splitlines()


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows(*lines: str) -> list[Row]:
    names = HEADER.split(",")
    return [
        Row(number, dict(zip(names, line.split(","), strict=True)))
        for number, line in enumerate(lines, start=2)
    ]


async def test_sample_creates_72_units_in_3_buildings_and_2_grids(
    db: Database, clock: FrozenClock
) -> None:
    with SAMPLE.open(encoding="utf-8") as handle:
        sample = list(csv.DictReader(handle))
    assert len(sample) == 72
    assert {(row["building"], row["grid"]) for row in sample} == {
        ("1", "A"),
        ("2", "A"),
        ("3", "B"),
    }
    estate = await _estate(db, clock)

    result = await _import(db, estate)

    assert result == ImportResult(
        created=72, updated=0, unchanged=0, buildings_moved=0, units=72, buildings=3, grids=2
    )
    units = {unit.code: unit for unit in await _units(db, estate)}
    assert len(units) == 72
    first = units["1-1-101"]
    assert (first.building, first.entrance, first.room) == ("1", "1", "101")
    assert (first.area_centi_m2, first.usage) == (8950, "shop")
    assert (first.owner_name, first.owner_phone) == ("林芳", "13554124031")
    async with db.read() as conn:
        grids = {grid.id: grid.code for grid in await estates.grids_of(conn, estate.id)}
    assert {(unit.building, grids[unit.grid_id]) for unit in units.values()} == {
        ("1", "A"),
        ("2", "A"),
        ("3", "B"),
    }


async def test_importing_twice_changes_nothing(db: Database, clock: FrozenClock) -> None:
    estate = await _estate(db, clock)
    await _import(db, estate)
    before = await _units(db, estate)

    again = await _import(db, estate)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 72)
    assert (again.units, again.buildings, again.grids) == (72, 3, 2)
    assert await _units(db, estate) == before


async def test_a_changed_row_updates_that_unit(
    db: Database, clock: FrozenClock, tmp_path: Path
) -> None:
    estate = await _estate(db, clock)
    await _import(db, estate)
    before = {unit.code: unit for unit in await _units(db, estate)}
    lines = _sample_lines()
    assert lines[1].startswith("1,1,101,A,89.5,shop,")
    lines[1] = "1,1,101,A,90.25,office,林芳,13900000000"

    result = await _import(db, estate, _write(tmp_path / "changed.csv", lines))

    assert (result.created, result.updated, result.unchanged) == (0, 1, 71)
    after = {unit.code: unit for unit in await _units(db, estate)}
    changed = after.pop("1-1-101")
    assert (changed.id, changed.area_centi_m2, changed.usage) == (
        before["1-1-101"].id,
        9025,
        "office",
    )
    assert changed.owner_phone == "13900000000"
    before.pop("1-1-101")
    assert after == before


async def test_bad_rows_import_nothing_and_name_every_line(
    db: Database, clock: FrozenClock, tmp_path: Path
) -> None:
    estate = await _estate(db, clock)
    lines = _sample_lines()
    lines[2] = lines[2].replace(",shop,", ",hotel,")  # line 3
    lines[5] = lines[5].replace(",96.2,", ",96.234,")  # line 6
    lines[6] = ",".join([*lines[6].split(",")[:-1], "12"])  # line 7: not a phone number

    with pytest.raises(ImportRejected) as caught:
        await _import(db, estate, _write(tmp_path / "bad.csv", lines))

    problems = [(p.line, p.reason, p.args) for p in caught.value.problems]
    assert problems == [
        (3, "import-bad-usage", {"value": "hotel"}),
        (6, "import-bad-area", {"value": "96.234"}),
        (7, "import-bad-phone", {"value": "12"}),
    ]
    assert caught.value.args_for_text == {"count": 3}
    async with db.read() as conn:
        assert await estates.counts(conn, estate.id) == {"units": 0, "buildings": 0, "grids": 0}


async def test_xlsx_gives_the_same_units_as_csv(
    db: Database, clock: FrozenClock, tmp_path: Path
) -> None:
    from_csv, from_xlsx = await _estate(db, clock, "CSV"), await _estate(db, clock, "XLSX")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for line in _sample_lines():
        sheet.append([_typed(cell) for cell in line.split(",")])
    book.save(tmp_path / "units.xlsx")

    via_csv = await _import(db, from_csv)
    via_xlsx = await _import(db, from_xlsx, tmp_path / "units.xlsx")

    assert via_xlsx == via_csv
    keep = set(Unit.model_fields) - {"id", "estate_id", "building_id", "grid_id"}
    assert [u.model_dump(include=keep) for u in await _units(db, from_xlsx)] == [
        u.model_dump(include=keep) for u in await _units(db, from_csv)
    ]
    assert (await _import(db, from_xlsx)).unchanged == 72  # the CSV form changes nothing


def _typed(cell: str) -> int | float | str:
    """Store numbers as Excel would: 101 as a number, 89.5 as a float."""
    for kind in (int, float):
        try:
            return kind(cell)
        except ValueError:
            pass
    return cell


async def test_row_checks_cover_the_whole_file(db: Database, clock: FrozenClock) -> None:
    estate = await _estate(db, clock)
    rows = _rows(
        "1,1,101,A,89.5,residential,,",
        "1,1,102,B,89.5,Residential,,",
        "1,1,101,A,0,residential,,",
        "9,1,101,,50,office,,",
        "1-2,1,101,A,50.001,,,",
        ",1,,A,abc,shop,,",
    )
    with pytest.raises(ImportRejected) as caught:
        await import_units(db, estate, rows)
    assert [(p.line, p.reason, p.args) for p in caught.value.problems] == [
        (3, "import-building-two-grids",
         {"building": "1", "grid": "B", "other_grid": "A", "first_line": "2"}),
        (4, "import-bad-area", {"value": "0"}),
        (4, "import-duplicate-unit", {"code": "1-1-101", "first_line": "2"}),
        (5, "import-missing-grid", {"building": "9"}),
        (6, "import-bad-code-part", {"field": "building", "value": "1-2"}),
        (6, "import-bad-area", {"value": "50.001"}),
        (6, "import-missing-field", {"field": "usage"}),
        (7, "import-missing-field", {"field": "building"}),
        (7, "import-missing-field", {"field": "room"}),
        (7, "import-bad-area", {"value": "abc"}),
    ]  # fmt: skip


async def test_a_blank_grid_takes_the_buildings_grid(db: Database, clock: FrozenClock) -> None:
    estate = await _estate(db, clock)
    await import_units(db, estate, _rows("1,1,101,,50,shop,,", "1,1,102,A,60,shop,,"))
    result = await import_units(db, estate, _rows("1,1,103,,70,office,,"))
    assert (result.created, result.grids, result.buildings) == (1, 1, 1)
    async with db.read() as conn:
        (grid,) = await estates.grids_of(conn, estate.id)
    assert [unit.grid_id for unit in await _units(db, estate)] == [grid.id] * 3
    assert grid.code == "A"


async def test_a_building_can_move_to_another_grid(db: Database, clock: FrozenClock) -> None:
    estate = await _estate(db, clock)
    await import_units(db, estate, _rows("1,1,101,A,50,shop,,", "2,1,101,A,50,shop,,"))
    result = await import_units(db, estate, _rows("1,1,101,B,50,shop,,"))
    assert (result.unchanged, result.buildings_moved, result.grids) == (1, 1, 2)
    async with db.read() as conn:
        grids = {grid.code: grid.id for grid in await estates.grids_of(conn, estate.id)}
        moved = await estates.unit_by_code(conn, estate.id, "1-1-101")
        stayed = await estates.unit_by_code(conn, estate.id, "2-1-101")
    assert moved is not None and moved.grid_id == grids["B"]
    assert stayed is not None and stayed.grid_id == grids["A"]


async def test_without_owner_columns_owners_are_kept(db: Database, clock: FrozenClock) -> None:
    estate = await _estate(db, clock)
    await import_units(db, estate, _rows("1,1,101,A,50,shop,林芳,13554124031"))
    rows = [Row(2, {"building": "1", "entrance": "1", "room": "101", "grid": "A",
                    "area_m2": "55", "usage": "shop"})]  # fmt: skip
    result = await import_units(db, estate, rows)
    assert result.updated == 1
    (unit,) = await _units(db, estate)
    assert (unit.area_centi_m2, unit.owner_name, unit.owner_phone) == (5500, "林芳", "13554124031")


async def test_a_blank_area_is_not_known_yet_and_developer_units_are_marked(
    db: Database, clock: FrozenClock
) -> None:
    estate = await _estate(db, clock)
    names = [*HEADER.split(","), "developer"]
    lines = [
        "1,1,101,A,,residential,,,",
        "1,1,102,A,90,residential,开发商,,是",
        "1,1,103,A,90,shop,,,x",
    ]
    rows = [
        Row(n, dict(zip(names, line.split(","), strict=True))) for n, line in enumerate(lines, 2)
    ]
    with pytest.raises(ImportRejected) as caught:
        await import_units(db, estate, rows)
    assert [(p.line, p.reason) for p in caught.value.problems] == [(4, "import-bad-flag")]
    await import_units(db, estate, rows[:2])
    blank, developer = await _units(db, estate)
    assert (blank.area_centi_m2, blank.developer) == (0, False)
    assert (developer.area_centi_m2, developer.developer) == (9000, True)


async def test_progress_is_told_every_500_rows(db: Database, clock: FrozenClock) -> None:
    estate = await _estate(db, clock)
    rows = _rows(*(f"1,1,{room},A,50,residential,," for room in range(1, 1201)))
    calls: list[tuple[int, int]] = []
    result = await import_units(
        db, estate, rows, progress=lambda done, total: calls.append((done, total))
    )
    assert result.created == 1200
    assert calls == [(500, 1200), (1000, 1200), (1200, 1200)]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("13812345678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("021-6234 5678", "021-62345678"),
        ("（0755）8888 6666转123", "0755-88886666-123"),
        ("", ""),
    ],
)
def test_phone_numbers_are_kept_in_one_form(typed: str, kept: str) -> None:
    assert normalize_phone(typed) == kept


@pytest.mark.parametrize("typed", ["12", "1381234567", "23812345678", "call me", "021-123"])
def test_what_is_not_a_phone_number(typed: str) -> None:
    assert normalize_phone(typed) is None
