"""The desk's patrol page: the plans of the viewer's grids, today's walks, the missed ones.

A butler sees the patrols of their grids, a manager every grid of the estate: the grids of
the board (`WebBoard.scope`); today's walks come from the chat's `PatrolWalk.today`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.patrols import rules
from bot.services.patrols.rules import WEEKDAY_KEYS
from bot.services.patrols.walk import PatrolWalk
from bot.services.people.access import Viewer
from bot.services.scheduling.calendar import ALL_WEEKDAYS
from bot.services.web.board import WebBoard
from storage.db import Database
from storage.models import Grid, PatrolPlan
from storage.repositories import digest, estates, patrols, people

MISSED_DAYS = 7  # the missed walks of the week before today (and today's, once marked)


class PlanRow(BaseModel):
    """One plan as the page lists it."""

    plan: PatrolPlan
    grid: str
    items: int
    days: list[str]  # weekday keys; empty: every day
    assignee: str | None


class TaskRow(BaseModel):
    """One of today's walks."""

    plan: str  # the plan's name ("" for a grid's default plan)
    grid: str
    status_key: str
    walker: str | None
    done: int
    total: int
    problems: int
    due_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class MissedRow(BaseModel):
    """A walk nobody finished on its day."""

    day: date
    plan: str
    grid: str
    assignee: str | None


class PatrolPage(BaseModel):
    """Everything the patrol page shows."""

    plans: list[PlanRow]
    today: list[TaskRow]
    missed: list[MissedRow]
    timezone: str
    days: int = MISSED_DAYS  # how far back the missed walks go


def _days(weekdays: str) -> list[str]:
    """A plan's weekdays as keys (none when it runs every day)."""
    if set(ALL_WEEKDAYS) <= set(weekdays):
        return []
    return [WEEKDAY_KEYS[int(d)] for d in sorted(set(weekdays)) if d.isdigit() and int(d) < 7]


class WebPatrols:
    """Reads the patrol page."""

    def __init__(self, db: Database, clock: Clock, board: WebBoard, walk: PatrolWalk) -> None:
        self._db = db
        self._clock = clock
        self._board = board
        self._walk = walk

    async def page(self, viewer: Viewer) -> PatrolPage:
        """The plans, today's walks and the week's missed walks of the viewer's grids."""
        grids, timezone = await self._board.scope(viewer)
        codes = {g.id: g.code for g in grids}
        views = await self._walk.today(viewer) if grids else []
        async with self._db.read() as conn:
            plans: list[PatrolPlan] = []
            for estate_id in sorted({g.estate_id for g in grids}):
                plans += [p for p in await patrols.plans_of(conn, estate_id) if p.grid_id in codes]
            missed = await self._missed(conn, grids)
            ids = [p.assignee_account_id for p in plans]
            ids += [v.task.assignee_account_id for v in views]
            names = await people.names(conn, [a for a in ids if a is not None])
        by_id = {p.id: p for p in plans}
        rows = [
            PlanRow(
                plan=p,
                grid=codes[p.grid_id],
                items=len(p.checklist),
                days=_days(p.weekdays),
                assignee=names.get(p.assignee_account_id or 0),
            )
            for p in plans
        ]
        today = [
            TaskRow(
                plan=by_id[v.task.plan_id].name if v.task.plan_id in by_id else "",
                grid=codes.get(v.task.grid_id, "-"),
                status_key=rules.STATUS_KEYS.get(v.task.status, "patrol-status-pending"),
                walker=names.get(v.task.assignee_account_id or 0),
                done=v.done,
                total=len(v.checklist),
                problems=v.problems,
                due_at=v.task.due_at,
                started_at=v.task.started_at,
                finished_at=v.task.finished_at,
            )
            for v in views
        ]
        return PatrolPage(plans=rows, today=today, missed=missed, timezone=timezone)

    async def _missed(self, conn: AsyncConnection, grids: list[Grid]) -> list[MissedRow]:
        """The missed walks of the grids, newest day first (as the digest finds them)."""
        found: list[MissedRow] = []
        for estate_id in sorted({g.estate_id for g in grids}):
            estate = await estates.estate(conn, estate_id)
            assert estate is not None
            mine = {g.code for g in grids if g.estate_id == estate_id}
            today = self._clock.now().astimezone(ZoneInfo(estate.timezone)).date()
            for back in range(MISSED_DAYS + 1):
                day = today - timedelta(days=back)
                for row in await digest.missed_patrols(conn, estate_id, day):
                    if row["grid"] in mine:
                        found.append(
                            MissedRow(
                                day=day,
                                plan=row["plan"] or "",
                                grid=row["grid"],
                                assignee=row["assignee"],
                            )
                        )
        return sorted(found, key=lambda r: (-r.day.toordinal(), r.grid))
