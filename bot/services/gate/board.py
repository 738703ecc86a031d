"""What staff see of the gate: today's expected visitors and the open goods releases, per grid
(a butler: their grids; a manager or a guard: the estate); the digest's counts."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotAllowed
from bot.services.fees.common import local_today
from bot.services.people.access import BUTLER, Viewer
from bot.services.scheduling.calendar import at_local
from storage.db import Database
from storage.models import Estate, GoodsRelease, VisitorPass
from storage.repositories import estates, gate


class GateDay(BaseModel):
    """One estate's gate today, as one staff member sees it."""

    estate: Estate
    day: date
    visitors: list[VisitorPass]
    releases: list[GoodsRelease]


async def expected(
    conn: AsyncConnection, estate: Estate, day: date
) -> tuple[list[VisitorPass], list[GoodsRelease]]:
    """Visitor passes starting on a local day, and approved releases from that day on."""
    zone = ZoneInfo(estate.timezone)
    since, until = at_local(day, time(0), zone), at_local(day + timedelta(days=1), time(0), zone)
    visitors = await gate.passes_starting(conn, estate.id, since, until)
    return visitors, await gate.open_releases(conn, estate.id, day)


async def digest_counts(conn: AsyncConnection, estate: Estate, day: date) -> tuple[int, int, int]:
    """The digest's figures: passes expected on a day, their people, releases open."""
    visitors, releases = await expected(conn, estate, day)
    waiting = [v for v in visitors if v.state == "active"]
    return len(waiting), sum(v.people for v in waiting), len(releases)


class GateBoard:
    """Staff's /visitors."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def today(self, viewer: Viewer) -> list[GateDay]:
        """Each of the viewer's estates: today's visitors and open releases they may see."""
        if not viewer.staff:
            raise NotAllowed("gate-staff-only")
        found = []
        async with self._db.read() as conn:
            for role in viewer.staff:
                estate = await estates.estate(conn, role.estate_id)
                if estate is None:
                    continue
                day = local_today(self._clock.now(), estate)
                visitors, releases = await expected(conn, estate, day)
                if role.role == BUTLER:
                    grids = set(role.grid_ids)
                    visitors = [v for v in visitors if v.grid_id in grids]
                    releases = [r for r in releases if r.grid_id in grids]
                found.append(GateDay(estate=estate, day=day, visitors=visitors, releases=releases))
        return found
