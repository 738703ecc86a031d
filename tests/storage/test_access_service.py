"""AccessService over real rows: a viewer loads what it is bound to and sees nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import NotFound
from bot.services.people.access import BUTLER, MANAGER, AccessService
from storage.db import Database
from storage.models import Account
from storage.repositories import accounts, estates, people

NOW = datetime(2026, 11, 1, tzinfo=UTC)
# estate -> grid -> building -> unit codes. Both estates have a grid "A" and a building "1".
LAYOUT = {
    "湖畔花园": {"A": {"1": ["1-1-101", "1-1-102"]}, "B": {"3": ["3-1-101"]}},
    "Elm Court": {"A": {"1": ["1-1-101"]}},
}


async def _layout(db: Database) -> dict[tuple[str, str], tuple[int, int]]:
    """Create both estates; return (estate id, grid id) keyed by (estate, grid)."""
    grids: dict[tuple[str, str], tuple[int, int]] = {}
    async with db.transaction() as conn:
        for name, layout in LAYOUT.items():
            estate = await estates.add_estate(conn, name, "Asia/Shanghai", "CNY", NOW)
            for grid, buildings in layout.items():
                grid_id = await estates.ensure_grid(conn, estate.id, grid)
                grids[name, grid] = (estate.id, grid_id)
                for building, codes in buildings.items():
                    building_id = await estates.ensure_building(conn, estate.id, building, grid_id)
                    for code in codes:
                        _, entrance, room = code.split("-")
                        values = {"code": code, "building_id": building_id, "entrance": entrance}
                        values |= {"room": room, "area_centi_m2": 8950, "usage": "residential"}
                        await estates.upsert_unit(conn, estate.id, values)
    return grids


async def _unit_ids(db: Database) -> dict[tuple[str, str], int]:
    """Return unit ids keyed by (estate, unit code)."""
    async with db.read() as conn:
        found: dict[tuple[str, str], int] = {}
        for name in LAYOUT:
            estate = await estates.estate_by_name(conn, name)
            assert estate is not None
            found |= {(name, u.code): u.id for u in await estates.units_of(conn, estate.id)}
    return found


async def _account(db: Database, telegram_id: int) -> Account:
    async with db.transaction() as conn:
        return await accounts.upsert_seen(
            conn, telegram_id=telegram_id, name="Lin", username=None, telegram_language="en",
            now=NOW,
        )  # fmt: skip


async def test_each_viewer_gets_its_units_and_not_found_for_the_others(db: Database) -> None:
    grids = await _layout(db)
    units = await _unit_ids(db)
    resident, butler, manager = [await _account(db, t) for t in (501, 502, 503)]
    lakeside_a, lakeside_b = grids["湖畔花园", "A"], grids["湖畔花园", "B"]
    async with db.transaction() as conn:
        await people.add_occupancy(conn, resident.id, units["湖畔花园", "1-1-101"], "owner", NOW)
        await people.set_staff(conn, butler.id, lakeside_a[0], BUTLER, [lakeside_a[1]], NOW)
        await people.set_staff(conn, manager.id, lakeside_b[0], MANAGER, [], NOW)
    access = AccessService(db)
    allowed = {
        resident.id: {("湖畔花园", "1-1-101")},
        butler.id: {("湖畔花园", "1-1-101"), ("湖畔花园", "1-1-102")},
        manager.id: {("湖畔花园", "1-1-101"), ("湖畔花园", "1-1-102"), ("湖畔花园", "3-1-101")},
    }
    for who in (resident, butler, manager):
        viewer = await access.viewer(who)
        for key, unit_id in units.items():
            if key in allowed[who.id]:
                assert (await access.unit(viewer, unit_id)).id == unit_id
            else:  # another grid or the other estate (whose grid "A" has the same code)
                with pytest.raises(NotFound):
                    await access.unit(viewer, unit_id)
        with pytest.raises(NotFound):
            await access.unit(viewer, max(units.values()) + 1)


async def test_the_viewer_holds_its_occupancies_and_staff_roles(db: Database) -> None:
    grids = await _layout(db)
    units = await _unit_ids(db)
    person = await _account(db, 601)
    estate_id, grid_id = grids["湖畔花园", "B"]
    other_estate, _ = grids["Elm Court", "A"]
    async with db.transaction() as conn:
        await people.add_occupancy(conn, person.id, units["Elm Court", "1-1-101"], "tenant", NOW)
        await people.set_staff(conn, person.id, estate_id, BUTLER, [grid_id], NOW)
    viewer = await AccessService(db).viewer(person)
    assert [(o.estate_id, o.unit_code, o.relation) for o in viewer.occupancies] == [
        (other_estate, "1-1-101", "tenant")
    ]
    assert viewer.butler_grids() == {(estate_id, grid_id)}
    assert viewer.roles == {"resident", BUTLER}
    assert viewer.main_role == BUTLER
