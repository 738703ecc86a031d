"""Behind the digest's figures: the tickets and patrols each counts, and a per-butler table."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.clock import Clock
from bot.services.people.access import Viewer, managed_estate
from bot.services.scheduling.calendar import at_local
from storage.db import Database
from storage.models import Estate, Ticket
from storage.repositories import digest, people

LIST_AT_MOST = 30
POOR = 2  # stars: a low rating
TABLE_DAYS = 7  # the per-butler table covers the week ending on the digest's day


class MissedPatrol(BaseModel):
    """A patrol task nobody reported."""

    plan: str
    is_default: bool
    grid: str
    assignee: str | None


class ButlerRow(BaseModel):
    """One butler's week."""

    name: str
    open: int
    closed: int
    accept_minutes: int | None  # median, filed → accepted
    resolve_hours: float | None  # median, filed → resolved
    breaches: int
    rating: float | None


class DigestItems:
    """The lists behind the digest's buttons, for the estate the viewer manages."""

    def __init__(self, db: Database, clock: Clock, breach_actions: tuple[str, ...]) -> None:
        self._db = db
        self._clock = clock
        self._breaches = breach_actions

    async def estate(self, viewer: Viewer) -> Estate:
        """The (first) estate the viewer manages."""
        return await managed_estate(self._db, viewer)

    def _window(self, estate: Estate, day: date, days: int = 1) -> tuple[datetime, datetime]:
        zone = ZoneInfo(estate.timezone)
        first = day - timedelta(days=days - 1)
        return at_local(first, time(0), zone), at_local(day + timedelta(days=1), time(0), zone)

    async def tickets(self, viewer: Viewer, kind: str, day: date) -> list[Ticket]:
        """Open escalations (now), or the day's breached or poorly rated tickets."""
        estate = await self.estate(viewer)
        start, end = self._window(estate, day)
        async with self._db.read() as conn:
            if kind == "esc":
                return await digest.escalated_open(conn, estate.id, LIST_AT_MOST)
            if kind == "breach":
                return await digest.breached_between(
                    conn, estate.id, start, end, self._breaches, LIST_AT_MOST
                )
            return await digest.rated_between(conn, estate.id, start, end, POOR, LIST_AT_MOST)

    async def missed(self, viewer: Viewer, day: date) -> list[MissedPatrol]:
        """The day's missed patrols."""
        estate = await self.estate(viewer)
        async with self._db.read() as conn:
            rows = await digest.missed_patrols(conn, estate.id, day)
        return [MissedPatrol.model_validate(row) for row in rows]

    async def butlers(self, viewer: Viewer, day: date) -> list[ButlerRow]:
        """Each butler's open tickets now and their week ending on `day`."""
        estate = await self.estate(viewer)
        start, end = self._window(estate, day, TABLE_DAYS)
        async with self._db.read() as conn:
            staff = await people.staff_accounts(conn, estate.id, "butler")
            names = await people.names(conn, staff)
            held = await digest.handled_by(conn, estate.id, staff, start)
            breaches = await digest.breach_counts(conn, estate.id, start, end, self._breaches)
        rows = [_row(names[a], a, held, breaches.get(a, 0), start, end) for a in staff]
        return sorted(rows, key=lambda r: (-r.open, r.name))


def _row(
    name: str, account: int, held: list[Ticket], breaches: int, start: datetime, end: datetime
) -> ButlerRow:
    mine = [t for t in held if t.assignee_account_id == account]
    open_now = [t for t in mine if t.status not in ("resolved", "closed", "cancelled")]
    accepted = [t for t in mine if t.accepted_at and start <= t.accepted_at < end]
    resolved = [t for t in mine if t.resolved_at and start <= t.resolved_at < end]
    rated = [t.rating for t in resolved if t.rating is not None]
    accept = [
        (t.accepted_at - t.created_at).total_seconds() / 60 for t in accepted if t.accepted_at
    ]
    resolve = [
        (t.resolved_at - t.created_at).total_seconds() / 3600 for t in resolved if t.resolved_at
    ]
    return ButlerRow(
        name=name,
        open=len(open_now),
        closed=len(resolved),
        accept_minutes=round(median(accept)) if accept else None,
        resolve_hours=round(median(resolve), 1) if resolve else None,
        breaches=breaches,
        rating=round(sum(rated) / len(rated), 1) if rated else None,
    )
