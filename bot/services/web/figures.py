"""The desk's digest over a period a manager picks: the digest's figures day by day, charted.

The same figures as the daily digest (`bot.services.digest.figures`), counted per local day
of the estate; the state of things now (backlog, escalations, this month's collection)
once. Charts are the digest's bar chart, drawn in a worker thread in the reader's language.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotFound
from bot.i18n import Translator
from bot.services.digest.chart import ChartLabels, render_png
from bot.services.digest.figures import BREACH_ACTIONS
from bot.services.fees.common import current_period, local_today, money
from bot.services.people.access import Viewer, managed_estate
from bot.services.scheduling.calendar import at_local
from bot.services.web.period import PeriodFigures, Tally, window
from storage.db import Database
from storage.models import Estate
from storage.repositories import bills, digest, figures

REPAIR_BREACHES = ("breach_ack", "breach_resolve")
CHARTS = {  # kind: (title key, first series' key, second's, the per-day fields they draw)
    "repairs": ("web-chart-repairs", "chart-opened", "chart-closed"),
    "complaints": ("web-chart-complaints", "chart-opened", "chart-closed"),
    "patrols": ("web-chart-patrols", "web-chart-missed", "web-chart-done"),
}
SERIES = {
    "repairs": ("repairs_new", "repairs_closed"),
    "complaints": ("complaints_new", "complaints_closed"),
    "patrols": ("patrols_missed", "patrols_done"),
}


class WebFigures:
    """A manager's figures over a period, and their charts."""

    def __init__(self, db: Database, clock: Clock, translator: Translator) -> None:
        self._db = db
        self._clock = clock
        self._translator = translator

    async def period(self, viewer: Viewer, start_text: str, end_text: str) -> PeriodFigures:
        """The figures of the period the form names (managers only; InvalidInput if bad)."""
        estate = await managed_estate(self._db, viewer, "web-managers-only")
        start, end = window(start_text, end_text, local_today(self._clock.now(), estate))
        return await self._compute(estate, start, end)

    async def chart(
        self, viewer: Viewer, start_text: str, end_text: str, kind: str, language: str
    ) -> bytes:
        """One chart of the period as a PNG, its words in the reader's language."""
        if kind not in CHARTS:
            raise NotFound()
        found = await self.period(viewer, start_text, end_text)
        first, second = SERIES[kind]
        opened = [getattr(row, first) for row in found.days]
        closed = [getattr(row, second) for row in found.days]
        labels = self._labels(kind, language, found)
        fallback = self._labels(kind, "en", found)
        return await asyncio.to_thread(render_png, found.end, opened, closed, labels, fallback)

    def _labels(self, kind: str, language: str, found: PeriodFigures) -> ChartLabels:
        """A chart's words in a language."""
        title, first, second = CHARTS[kind]
        t = self._translator.bind(language)
        when = {"start": found.start.isoformat(), "end": found.end.isoformat()}
        return ChartLabels(t(title, **when), t(first), t(second))

    async def _compute(self, estate: Estate, start: date, end: date) -> PeriodFigures:
        """Count what happened on each local day of start … end, and the state now."""
        zone = ZoneInfo(estate.timezone)
        since, until = at_local(start, time(0), zone), at_local(end + timedelta(1), time(0), zone)
        tally = Tally(start, end, zone)
        now = self._clock.now()
        async with self._db.read() as conn:
            await _count_moments(conn, estate.id, tally, since, until)
            await _count_patrols(conn, estate.id, tally, start, end)
            rated, average = await digest.ratings(conn, estate.id, since, until)
            backlog, oldest = await digest.backlog(conn, estate.id)
            escalations = await digest.open_escalations(conn, estate.id)
            billing = current_period(now, estate)
            due, paid = await bills.period_totals(conn, estate.id, billing)
        total = tally.total()
        for row in (*tally.days, total):
            row.collected = money(row.paid_minor, estate.currency)
        return PeriodFigures(
            estate=estate.name,
            start=start,
            end=end,
            days=tally.days,
            total=total,
            ratings=rated,
            average_rating=average,
            backlog=backlog,
            oldest_hours=int((now - oldest).total_seconds() // 3600) if oldest else None,
            escalations=escalations,
            period=billing,
            due_minor=due,
            paid_minor=paid,
        )


async def _count_moments(
    conn: AsyncConnection, estate_id: int, tally: Tally, since: datetime, until: datetime
) -> None:
    """Count tickets, breaches, violations, emergencies and payments on their local days."""
    for column, field in (("created_at", "new"), ("closed_at", "closed")):
        for kind, moment in await figures.ticket_moments(conn, estate_id, column, since, until):
            tally.add(f"{'repairs' if kind == 'repair' else 'complaints'}_{field}", [moment])
        moments = await figures.violation_moments(conn, estate_id, column, since, until)
        tally.add(f"violations_{field}", moments)
    events = await figures.event_moments(conn, estate_id, BREACH_ACTIONS, since, until)
    for action, moment in events:
        tally.add("repair_breaches" if action in REPAIR_BREACHES else "stage_breaches", [moment])
    tally.add("emergencies", await figures.emergency_moments(conn, estate_id, since, until))
    tally.add_amounts("paid_minor", await figures.payment_moments(conn, estate_id, since, until))


async def _count_patrols(
    conn: AsyncConnection, estate_id: int, tally: Tally, start: date, end: date
) -> None:
    """Patrols done and missed, and problems found, by the task's date."""
    for day, status, count in await figures.patrol_counts(conn, estate_id, start, end):
        row = tally.on(day)
        if row is not None and status in ("done", "missed"):
            setattr(row, f"patrols_{status}", count)
    for day, count in (await figures.patrol_problems(conn, estate_id, start, end)).items():
        if (row := tally.on(day)) is not None:
            row.patrol_problems = count
