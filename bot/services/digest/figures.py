"""The manager's daily digest: yesterday in figures, pushed at a set local time."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import DigestItems
from bot.clock import Clock
from bot.errors import NotAllowed
from bot.services.complaints.rules import COMPLAINT_TYPE_KEYS, STAGE_KEYS, STAGES
from bot.services.desk.rules import REMIND_AFTER
from bot.services.digest.chart import CHART_DAYS, ChartLabels, chart_ref, render_png
from bot.services.digest.items import POOR
from bot.services.fees.common import current_period
from bot.services.fees.statements import CollectionRate
from bot.services.gate.board import digest_counts as gate_counts
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import Viewer
from bot.services.scheduling.calendar import at_local
from bot.services.scheduling.timers import Timers
from bot.services.surveys.reports import digest_lines as survey_lines
from bot.services.tickets.push import CATEGORY_KEYS, key_arg
from storage.db import Database
from storage.models import Estate, Schedule
from storage.repositories import (
    bills,
    desk,
    digest,
    estates,
    moveins,
    notices,
    patrols,
    people,
    violations,
)

KIND_KEYS = {"repair": "digest-kind-repair", "complaint": "digest-kind-complaint"}
BREACH_ACTIONS = ("breach_ack", "breach_resolve", *(f"breach_{stage}" for stage in STAGES))


class Digest(BaseModel):
    """Figures of one estate for one local day."""

    estate: str
    day: date
    new: list[tuple[str, str, int]]
    closed: list[tuple[str, str, int]]
    backlog: int
    oldest_hours: int | None
    breaches: dict[str, int]
    ratings: int
    average_rating: float | None
    patrols_done: int
    patrols_missed: int
    patrol_problems: int
    period: str
    due_minor: int
    paid_minor: int
    escalations: int
    low_ratings: int = 0
    violations_new: int = 0  # 违章: recorded, closed that day; open past their deadline now
    violations_closed: int = 0
    violations_overdue: int = 0
    emergencies: int = 0  # 突发事件 raised that day
    surveys: list[Any] = []  # closed that day (per butler), open ones' answer counts
    gate: list[Any] = []  # 门岗: visitors expected today, goods releases open
    desk_held: int = 0  # items held at the front desk now, and of them over three days
    desk_old: int = 0
    moveins_open: int = 0  # 入住手续 in progress now
    opened_per_day: list[int]
    closed_per_day: list[int]

    @property
    def empty(self) -> bool:
        """Nothing at all happened and nothing is open or due."""
        return not (
            self.new
            or self.closed
            or self.backlog
            or self.due_minor
            or self.patrols_done
            or self.patrols_missed
            or self.violations_new
            or self.violations_overdue
            or self.emergencies
            or self.surveys
            or self.gate
            or self.desk_held
            or self.moveins_open
        )

    @property
    def collection_percent(self) -> str:
        """Paid over due of the current period, one decimal, or '-'."""
        rate = CollectionRate(
            period=self.period, due_minor=self.due_minor, paid_minor=self.paid_minor
        )
        return "-" if rate.percent is None else str(rate.percent)


class DigestService:
    """Compute, render (as push arguments and a chart) and schedule the digest."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def ensure_schedules(self) -> None:
        """Keep one digest schedule per estate at its digest time; idempotent."""
        async with self._db.transaction() as conn:
            for estate in await estates.all_estates(conn):
                await self._timers.put_schedule(
                    conn,
                    name=f"digest:{estate.id}",
                    kind="digest",
                    ref=str(estate.id),
                    timezone=estate.timezone,
                    at_time=estate.digest_time,
                )

    async def compute(self, conn: AsyncConnection, estate: Estate, day: date) -> Digest:
        """Figures of one local day (and the state of things now)."""
        zone = ZoneInfo(estate.timezone)
        start, end = at_local(day, time(0), zone), at_local(day + timedelta(days=1), time(0), zone)
        now = self._clock.now()
        backlog, oldest = await digest.backlog(conn, estate.id)
        rated, average = await digest.ratings(conn, estate.id, start, end)
        patrol = await patrols.day_counts(conn, estate.id, day)
        period = current_period(now, estate)
        due, paid = await bills.period_totals(conn, estate.id, period)
        chart_start = at_local(day - timedelta(days=CHART_DAYS - 1), time(0), zone)
        desk_held, desk_old = await desk.counts(conn, estate.id, now - REMIND_AFTER)
        cases = await violations.day_counts(
            conn, estate.id, start, end, now.astimezone(zone).date()
        )
        return Digest(
            estate=estate.name,
            day=day,
            new=await digest.counts_by_category(conn, estate.id, "created_at", start, end),
            closed=await digest.counts_by_category(conn, estate.id, "closed_at", start, end),
            backlog=backlog,
            oldest_hours=int((now - oldest).total_seconds() // 3600) if oldest else None,
            breaches=await digest.breaches(conn, estate.id, start, end, BREACH_ACTIONS),
            ratings=rated,
            average_rating=average,
            patrols_done=patrol.get("done", 0),
            patrols_missed=patrol.get("missed", 0),
            patrol_problems=patrol.get("problems", 0),
            period=period,
            due_minor=due,
            paid_minor=paid,
            escalations=await digest.open_escalations(conn, estate.id),
            low_ratings=await digest.count_rated(conn, estate.id, start, end, POOR),
            violations_new=cases[0],
            violations_closed=cases[1],
            violations_overdue=cases[2],
            emergencies=len(await notices.emergencies_between(conn, estate.id, start, end)),
            surveys=await survey_lines(conn, estate, start, end),
            gate=await _gate_lines(conn, estate, now.astimezone(zone).date()),
            desk_held=desk_held,
            desk_old=desk_old,
            moveins_open=await moveins.open_count(conn, estate.id),
            opened_per_day=_per_day(
                await digest.moments(conn, estate.id, "created_at", chart_start, end), day, zone
            ),
            closed_per_day=_per_day(
                await digest.moments(conn, estate.id, "closed_at", chart_start, end), day, zone
            ),
        )

    async def for_manager(
        self, viewer: Viewer, words: tuple[ChartLabels, ChartLabels] | None = None
    ) -> tuple[Digest, bytes]:
        """Today's version of the digest (yesterday's figures) for a manager, on demand."""
        managed = sorted(viewer.managed_estates())
        if not managed:
            raise NotAllowed()
        async with self._db.read() as conn:
            estate = await estates.estate(conn, managed[0])
            assert estate is not None
            day = self._clock.now().astimezone(ZoneInfo(estate.timezone)).date() - timedelta(
                days=1
            )
            figures = await self.compute(conn, estate, day)
        labels, fallback = words or (None, None)
        png = await asyncio.to_thread(
            render_png,
            figures.day,
            figures.opened_per_day,
            figures.closed_per_day,
            labels,
            fallback,
        )
        return figures, png

    async def today_for_manager(self, viewer: Viewer) -> Digest:
        """Today so far, for a manager who asks before (or after) the digest."""
        managed = sorted(viewer.managed_estates())
        if not managed:
            raise NotAllowed()
        async with self._db.read() as conn:
            estate = await estates.estate(conn, managed[0])
            assert estate is not None
            today = self._clock.now().astimezone(ZoneInfo(estate.timezone)).date()
            return await self.compute(conn, estate, today)

    async def on_schedule(self, conn: AsyncConnection, schedule: Schedule) -> None:
        """At the digest time: push yesterday's digest and its chart to every manager."""
        estate = await estates.estate(conn, int(schedule.ref))
        if estate is None:
            return
        day = schedule.next_due_at.astimezone(ZoneInfo(estate.timezone)).date() - timedelta(days=1)
        figures = await self.compute(conn, estate, day)
        chart = chart_ref(figures.day, figures.opened_per_day, figures.closed_per_day)
        for manager in await people.staff_accounts(conn, estate.id, "manager"):
            await self._notifier.push(
                conn,
                manager,
                "digest-text" if not figures.empty else "digest-empty",
                args=digest_args(figures),
                photos=[chart],
                buttons=digest_buttons(figures),
                urgent=True,
                dedupe_key=f"digest:{estate.id}:{figures.day.isoformat()}:{manager}",
            )


async def _gate_lines(conn: AsyncConnection, estate: Estate, today: date) -> list[Any]:
    """The gate's line: visitors expected today and goods releases open (none: no line)."""
    visitors, heads, releases = await gate_counts(conn, estate, today)
    if not (visitors or releases):
        return []
    return ["", key_arg("gate-digest-line", visitors=visitors, people=heads, releases=releases)]


def _per_day(moments: list[datetime], last: date, zone: ZoneInfo) -> list[int]:
    """Count moments per local day over the chart's days, oldest first."""
    counts = [0] * CHART_DAYS
    first = last - timedelta(days=CHART_DAYS - 1)
    for moment in moments:
        index = (moment.astimezone(zone).date() - first).days
        if 0 <= index < CHART_DAYS:
            counts[index] += 1
    return counts


def _category_lines(rows: list[tuple[str, str, int]]) -> list[Any]:
    keys = {"repair": CATEGORY_KEYS, "complaint": COMPLAINT_TYPE_KEYS}
    return [
        key_arg(
            "digest-category-line",
            kind=key_arg(KIND_KEYS.get(kind, "digest-kind-repair")),
            category=key_arg(keys.get(kind, CATEGORY_KEYS).get(category, "category-other")),
            count=count,
        )
        for kind, category, count in rows
    ] or [key_arg("digest-none")]


def digest_args(figures: Digest) -> dict[str, Any]:
    """The digest as push arguments (rendered in each manager's language when sent)."""
    stage_lines = [
        key_arg("digest-stage-breach-line", stage=key_arg(STAGE_KEYS[stage]), count=count)
        for stage in STAGES
        if (count := figures.breaches.get(f"breach_{stage}", 0))
    ]
    return {
        "estate": figures.estate,
        "day": figures.day.isoformat(),
        "new_total": sum(c for _, _, c in figures.new),
        "new_lines": _category_lines(figures.new),
        "closed_total": sum(c for _, _, c in figures.closed),
        "closed_lines": _category_lines(figures.closed),
        "backlog": figures.backlog,
        "oldest_hours": figures.oldest_hours if figures.oldest_hours is not None else "-",
        "repair_breaches": figures.breaches.get("breach_ack", 0)
        + figures.breaches.get("breach_resolve", 0),
        "stage_breaches": sum(figures.breaches.get(f"breach_{stage}", 0) for stage in STAGES),
        "stage_breach_lines": stage_lines or [key_arg("digest-none")],
        "ratings": figures.ratings,
        "average_rating": f"{figures.average_rating:.1f}"
        if figures.average_rating is not None
        else "-",
        "patrols_done": figures.patrols_done,
        "patrols_missed": figures.patrols_missed,
        "patrol_problems": figures.patrol_problems,
        "period": figures.period,
        "collection": figures.collection_percent,
        "escalations": figures.escalations,
        "violations_new": figures.violations_new,
        "violations_closed": figures.violations_closed,
        "violations_overdue": figures.violations_overdue,
        "emergencies": figures.emergencies,
        "surveys": figures.surveys,
        "gate": figures.gate,
        "desk_held": figures.desk_held,
        "desk_old": figures.desk_old,
        "moveins_open": figures.moveins_open,
    }


def digest_buttons(figures: Digest) -> list[list[Button]]:
    """A button per figure that has items behind it, and the per-butler table."""
    day = figures.day.strftime("%Y%m%d")
    breaches = sum(figures.breaches.values())
    counted = [
        ("digest-btn-escalations", "esc", figures.escalations),
        ("digest-btn-breaches", "breach", breaches),
        ("digest-btn-missed", "missed", figures.patrols_missed),
        ("digest-btn-low", "low", figures.low_ratings),
    ]
    buttons = [
        Button(key=key, args={"count": count}, data=DigestItems(kind=kind, day=day).pack())
        for key, kind, count in counted
        if count
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    staff = DigestItems(kind="staff", day=day).pack()
    return [*rows, [Button(key="digest-btn-staff", data=staff)]]
