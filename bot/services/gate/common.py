"""What the gate's services share: unique codes, the viewer's unit, push arguments."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import NotFound
from bot.services.people.access import Viewer
from bot.services.renovation.common import new_code
from storage.models import Estate, GoodsRelease, Occupancy, VisitorPass
from storage.repositories import estates, gate, renovations


async def unique_code(conn: AsyncConnection) -> str:
    """A six-letter code no pass, release, permit or worker's pass carries yet."""
    while True:
        code = new_code()
        taken = (
            await gate.code_taken(conn, code)
            or await renovations.by_permit_code(conn, code)
            or await renovations.worker_by_code(conn, code)
        )
        if not taken:
            return code


def occupancy(viewer: Viewer, unit_id: int) -> Occupancy:
    """The viewer's tie to a unit; NotFound when they live elsewhere."""
    found = next((o for o in viewer.occupancies if o.unit_id == unit_id), None)
    if found is None:
        raise NotFound()
    return found


async def estate_of(conn: AsyncConnection, estate_id: int) -> Estate:
    """An estate that must exist."""
    found = await estates.estate(conn, estate_id)
    if found is None:
        raise NotFound()
    return found


def _local(moment: datetime, zone: ZoneInfo, fmt: str) -> str:
    return moment.astimezone(zone).strftime(fmt)


def visitor_args(found: VisitorPass, zone: ZoneInfo) -> dict[str, object]:
    """A visitor pass as text arguments, at the estate's wall clock."""
    end = found.valid_until.astimezone(zone)
    until = (
        "24:00"
        if end.hour == 0 and end.date() > found.valid_from.astimezone(zone).date()
        else end.strftime("%H:%M")
    )
    return {
        "name": found.name,
        "people": found.people,
        "plate": found.plate or "-",
        "day": _local(found.valid_from, zone, "%Y-%m-%d"),
        "start": _local(found.valid_from, zone, "%H:%M"),
        "end": until,
        "code": found.code,
        "unit": found.unit_code,
    }


def release_args(found: GoodsRelease) -> dict[str, object]:
    """A goods release as text arguments."""
    return {
        "items": found.items,
        "day": found.day.isoformat(),
        "code": found.code,
        "unit": found.unit_code,
    }
