"""Check the rows of a units file: every problem of every line, before anything is written."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.services.estates.phones import normalize_phone
from bot.tabular import Row

USAGES = ("residential", "office", "shop")
CODE_COLUMNS = ("building", "entrance", "room")
REQUIRED_COLUMNS = (*CODE_COLUMNS, "grid", "area_m2", "usage")
OWNER_COLUMNS = ("owner_name", "owner_phone")  # optional: absent columns leave owners as they are
# Optional: the developer's unsold units (one owner in a vote's headcount). An absent column
# leaves the flag as it is; a blank cell means no.
YES = frozenset({"yes", "y", "1", "true", "是", "开发商"})
NO = frozenset({"", "no", "n", "0", "false", "否"})
LIMITS = {
    "building": 30,
    "entrance": 16,
    "room": 16,
    "grid": 32,
    "owner_name": 200,
    "owner_phone": 32,
}
MAX_AREA = Decimal(1_000_000)


class Problem(BaseModel):
    """What is wrong with one line of the file: a locale key and its arguments."""

    model_config = ConfigDict(frozen=True)

    line: int
    reason: str
    args: dict[str, str] = {}


@dataclass(slots=True)
class UnitRow:
    """One checked row: a unit and the grid of its building."""

    line: int
    building: str
    entrance: str
    room: str
    grid: str
    area_centi_m2: int  # 0: the registered area is not known yet
    usage: str
    owners: dict[str, Any]

    @property
    def code(self) -> str:
        """The unit code, building-entrance-room."""
        return f"{self.building}-{self.entrance}-{self.room}"

    def columns(self, building_id: int) -> dict[str, Any]:
        """The values of the units table for this row."""
        return {
            "building_id": building_id,
            "code": self.code,
            "entrance": self.entrance,
            "room": self.room,
            "area_centi_m2": self.area_centi_m2,
            "usage": self.usage,
            **self.owners,
        }


def check_rows(
    rows: Iterable[Row], known_grids: Mapping[str, str]
) -> tuple[list[UnitRow], list[Problem]]:
    """Parse every row; return the units and the problems of every bad line."""
    checker = _Checker(known_grids)
    for row in rows:
        checker.add(row)
    return checker.finish()


def parse_area(text: str) -> int | None:
    """Turn square metres with at most 2 decimals into hundredths: "89.5" -> 8950."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or not 0 < value <= MAX_AREA:
        return None
    hundredths = value * 100
    return int(hundredths) if hundredths == hundredths.to_integral_value() else None


class _Checker:
    """Checks rows one by one, remembering what the file said so far."""

    def __init__(self, known_grids: Mapping[str, str]) -> None:
        self.known_grids = known_grids
        self.units: list[UnitRow] = []
        self.problems: list[Problem] = []
        self.first_line: dict[str, int] = {}  # unit code -> line
        self.grid_of: dict[str, tuple[str, int]] = {}  # building -> (grid, line)
        self.no_grid: list[tuple[int, str]] = []  # (line, building)

    def add(self, row: Row) -> None:
        """Check one row; keep its unit if it is good, else its problems."""
        found: list[Problem] = []
        building, entrance, room = (_code_part(row, name, found) for name in CODE_COLUMNS)
        grid = _text(row, "grid", found, required=False)
        area = _area(row, found)
        usage = _usage(row, found)
        owners: dict[str, Any] = {
            name: _text(row, name, found) for name in OWNER_COLUMNS if name in row.values
        }
        if "owner_phone" in owners:
            owners["owner_phone"] = _phone(row, owners["owner_phone"], found)
        if "developer" in row.values:
            owners["developer"] = _flag(row, "developer", found)
        if building and entrance and room:
            self._place(row.line, f"{building}-{entrance}-{room}", building, grid, found)
        self.problems.extend(found)
        if not found and building and entrance and room and area is not None and usage:
            self.units.append(
                UnitRow(row.line, building, entrance, room, grid, area, usage, owners)
            )

    def _place(self, line: int, code: str, building: str, grid: str, found: list[Problem]) -> None:
        """Check the unit code is new and the building keeps one grid within the file."""
        first = self.first_line.setdefault(code, line)
        if first != line:
            found.append(_problem(line, "import-duplicate-unit", code=code, first_line=first))
        if not grid:
            self.no_grid.append((line, building))
            return
        other, other_line = self.grid_of.setdefault(building, (grid, line))
        if other != grid:
            args = {"building": building, "grid": grid, "other_grid": other}
            found.append(
                _problem(line, "import-building-two-grids", **args, first_line=other_line)
            )

    def finish(self) -> tuple[list[UnitRow], list[Problem]]:
        """Give blank grids the grid of their building; return units and sorted problems."""
        grids = {building: grid for building, (grid, _line) in self.grid_of.items()}
        for line, building in self.no_grid:
            if building not in grids and building not in self.known_grids:
                self.problems.append(_problem(line, "import-missing-grid", building=building))
        for unit in self.units:
            known = self.known_grids.get(unit.building, "")
            unit.grid = unit.grid or grids.get(unit.building) or known
        self.problems.sort(key=lambda problem: problem.line)
        return self.units, self.problems


def _problem(line: int, reason: str, **args: object) -> Problem:
    """Build a problem whose arguments are all text."""
    return Problem(line=line, reason=reason, args={key: str(value) for key, value in args.items()})


def _text(row: Row, name: str, found: list[Problem], *, required: bool = False) -> str:
    """Return a cell that fits its column, or "" after noting why not."""
    value = row.values.get(name, "")
    if required and not value:
        found.append(_problem(row.line, "import-missing-field", field=name))
    elif len(value) > LIMITS[name]:
        found.append(_problem(row.line, "import-too-long", field=name, max=LIMITS[name]))
    else:
        return value
    return ""


def _phone(row: Row, text: str, found: list[Problem]) -> str:
    """Return the owner's phone in one form, or "" after noting why it is none."""
    phone = normalize_phone(text)
    if phone is None:
        found.append(_problem(row.line, "import-bad-phone", value=text))
        return ""
    return phone


def _code_part(row: Row, name: str, found: list[Problem]) -> str:
    """Return a building, entrance or room: required, without dashes or spaces."""
    value = _text(row, name, found, required=True)
    if "-" in value or len(value.split()) > 1:
        found.append(_problem(row.line, "import-bad-code-part", field=name, value=value))
        return ""
    return value


def _area(row: Row, found: list[Problem]) -> int | None:
    """Return the area in hundredths of m² (blank: 0, not known yet), or None after noting why."""
    text = row.values.get("area_m2", "")
    if not text:
        return 0
    area = parse_area(text)
    if area is None:
        found.append(_problem(row.line, "import-bad-area", value=text))
    return area


def _flag(row: Row, name: str, found: list[Problem]) -> bool:
    """Return a yes/no cell, or False after noting it is neither."""
    text = row.values.get(name, "").strip().lower()
    if text not in YES | NO:
        found.append(_problem(row.line, "import-bad-flag", field=name, value=text))
    return text in YES


def _usage(row: Row, found: list[Problem]) -> str:
    """Return the usage in lower case, or "" after noting why not."""
    text = row.values.get("usage", "")
    if not text:
        found.append(_problem(row.line, "import-missing-field", field="usage"))
        return ""
    if text.lower() not in USAGES:
        found.append(_problem(row.line, "import-bad-usage", value=text))
        return ""
    return text.lower()
