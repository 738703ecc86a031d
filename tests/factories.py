"""Build test data through the real services and repositories."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.services import Services
from storage.db import Database
from storage.models import Estate
from storage.repositories import estates

# (unit code, grid) of a small estate: two grids, three buildings.
SMALL_ESTATE = [
    ("1-1-101", "A"),
    ("1-1-102", "A"),
    ("2-1-101", "A"),
    ("3-1-101", "B"),
    ("3-2-301", "B"),
]
NOW = datetime(2026, 11, 1, tzinfo=UTC)


async def make_estate(
    db: Database,
    name: str = "湖畔花园",
    units: list[tuple[str, str]] | None = None,
    timezone: str = "Asia/Shanghai",
) -> Estate:
    """Create an estate with units laid out as `building-entrance-room` in grids."""
    async with db.transaction() as conn:
        estate = await estates.add_estate(conn, name, timezone, "CNY", NOW)
        for code, grid in units or SMALL_ESTATE:
            building, entrance, room = code.split("-")
            grid_id = await estates.ensure_grid(conn, estate.id, grid)
            building_id = await estates.ensure_building(conn, estate.id, building, grid_id)
            await estates.upsert_unit(
                conn,
                estate.id,
                {
                    "code": code,
                    "building_id": building_id,
                    "entrance": entrance,
                    "room": room,
                    "area_centi_m2": 8950,
                    "usage": "residential",
                    "owner_name": "",
                    "owner_phone": "",
                },
            )
    return estate


async def resident_code(
    services: Services, estate: Estate, unit: str, relation: str = "owner"
) -> str:
    """Issue one resident invite code."""
    issued = await services.invites.issue_resident(estate, unit, relation)
    return issued[0].code


async def staff_code(services: Services, estate: Estate, role: str, grids: list[str]) -> str:
    """Issue one staff invite code."""
    return (await services.invites.issue_staff(estate, role, grids)).code
