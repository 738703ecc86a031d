"""Import the units of an estate from table rows: check every row, then write all or nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import InvalidInput
from bot.services.estates.unit_rows import Problem, UnitRow, check_rows
from bot.tabular import Row
from storage.db import Database
from storage.models import Estate, Unit
from storage.repositories import estates, unit_import

CHUNK = 500

Progress = Callable[[int, int], None]


class ImportResult(BaseModel):
    """What an import did, and the estate's totals afterwards."""

    created: int
    updated: int
    unchanged: int
    buildings_moved: int
    units: int
    buildings: int
    grids: int


class EstateTotals(BaseModel):
    """An estate with its numbers of units, buildings and grids."""

    estate: Estate
    units: int
    buildings: int
    grids: int


class ImportRejected(InvalidInput):
    """Some rows are bad, so nothing was imported; `problems` lists every one."""

    key = "import-rejected"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(count=len(problems))
        self.problems = problems


async def import_units(
    db: Database, estate: Estate, rows: Iterable[Row], *, progress: Progress | None = None
) -> ImportResult:
    """Check every row, then create or update all the units in one transaction, or none."""
    async with db.read() as conn:
        known = await unit_import.building_grids(conn, estate.id)
    units, problems = check_rows(rows, known)
    if problems:
        raise ImportRejected(problems)
    async with db.transaction() as conn:
        return await _write(conn, estate.id, units, progress)


async def estate_overview(db: Database) -> list[EstateTotals]:
    """List every estate, by name, with its numbers of units, buildings and grids."""
    async with db.read() as conn:
        return [
            EstateTotals(estate=estate, **await estates.counts(conn, estate.id))
            for estate in await estates.all_estates(conn)
        ]


async def _write(
    conn: AsyncConnection, estate_id: int, units: list[UnitRow], progress: Progress | None
) -> ImportResult:
    """Upsert grids, buildings and units; count what changed."""
    before = await unit_import.building_grids(conn, estate_id)
    plan = {unit.building: unit.grid for unit in units}
    grid_ids = {
        g: await estates.ensure_grid(conn, estate_id, g) for g in sorted(set(plan.values()))
    }
    building_ids = {
        b: await estates.ensure_building(conn, estate_id, b, grid_ids[g]) for b, g in plan.items()
    }
    existing = {unit.code: unit for unit in await estates.units_of(conn, estate_id)}
    tally: Counter[str] = Counter()
    for start in range(0, len(units), CHUNK):
        chunk = units[start : start + CHUNK]
        await _write_chunk(conn, estate_id, chunk, building_ids, existing, tally)
        if progress is not None:
            progress(start + len(chunk), len(units))
    return ImportResult(
        created=tally["created"],
        updated=tally["updated"],
        unchanged=tally["unchanged"],
        buildings_moved=sum(1 for b, g in plan.items() if before.get(b, g) != g),
        **await estates.counts(conn, estate_id),
    )


async def _write_chunk(
    conn: AsyncConnection,
    estate_id: int,
    chunk: list[UnitRow],
    building_ids: dict[str, int],
    existing: dict[str, Unit],
    tally: Counter[str],
) -> None:
    """Insert the new units of a chunk and update the changed ones."""
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for unit in chunk:
        columns = unit.columns(building_ids[unit.building])
        current = existing.get(unit.code)
        if current is None:
            inserts.append(columns)
            tally["created"] += 1
        elif any(getattr(current, name) != value for name, value in columns.items()):
            updates.append({"unit_id": current.id, **columns})
            tally["updated"] += 1
        else:
            tally["unchanged"] += 1
    await unit_import.insert_units(conn, estate_id, inserts)
    await unit_import.update_units(conn, updates)
