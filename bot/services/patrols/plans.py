"""Patrol plans: the default plan of every grid, and plans managed from the command line."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services.patrols import rules
from bot.services.scheduling.calendar import ALL_WEEKDAYS, parse_hhmm
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import PatrolPlan
from storage.repositories import estates, patrols


class PatrolPlans:
    """Create, list and remove plans, each with its recurring schedule."""

    def __init__(self, db: Database, clock: Clock, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._timers = timers

    async def ensure_defaults(self) -> int:
        """Give every grid its default daily plan and keep every plan's schedule; idempotent."""
        created = 0
        async with self._db.transaction() as conn:
            for estate in await estates.all_estates(conn):
                plans = await patrols.plans_of(conn, estate.id)
                covered = {p.grid_id for p in plans if p.is_default}
                for grid in await estates.grids_of(conn, estate.id):
                    if grid.id not in covered:
                        await self._add(
                            conn,
                            estate.id,
                            grid.id,
                            "",
                            rules.DEFAULT_TIME,
                            ALL_WEEKDAYS,
                            rules.DEFAULT_CHECKLIST,
                            default=True,
                        )
                        created += 1
                for plan in await patrols.plans_of(conn, estate.id):
                    await self._schedule(conn, plan, estate.timezone)
        return created

    async def _add(
        self,
        conn: AsyncConnection,
        estate_id: int,
        grid_id: int,
        name: str,
        at_time: str,
        weekdays: str,
        checklist: list[Any],
        *,
        default: bool = False,
        assignee: int | None = None,
    ) -> int:
        return await patrols.add_plan(
            conn,
            {
                "estate_id": estate_id,
                "grid_id": grid_id,
                "name": name,
                "checklist": checklist,
                "at_time": at_time,
                "weekdays": weekdays,
                "is_default": default,
                "assignee_account_id": assignee,
                "created_at": self._clock.now(),
            },
        )

    async def _schedule(self, conn: AsyncConnection, plan: PatrolPlan, timezone: str) -> None:
        await self._timers.put_schedule(
            conn,
            name=f"patrol:{plan.id}",
            kind="patrol",
            ref=str(plan.id),
            timezone=timezone,
            at_time=plan.at_time,
            weekdays=plan.weekdays,
            enabled=plan.enabled,
        )

    async def add_plan(
        self,
        estate_name: str,
        grid_code: str,
        name: str,
        at_time: str,
        weekdays: str,
        checklist: list[Any],
    ) -> PatrolPlan:
        """Create a plan from the command line."""
        try:
            at_time = parse_hhmm(at_time).strftime("%H:%M")
        except ValueError:
            raise InvalidInput("patrol-bad-time", time=at_time) from None
        name = name.strip()
        if len(name) > rules.MAX_PLAN_NAME:
            raise InvalidInput("patrol-name-too-long", limit=rules.MAX_PLAN_NAME)
        for item in checklist:
            if isinstance(item, dict) and len(str(item.get("text", ""))) > rules.MAX_ITEM:
                raise InvalidInput("patrol-item-too-long", limit=rules.MAX_ITEM)
        if not weekdays or any(d not in ALL_WEEKDAYS for d in weekdays):
            raise InvalidInput("patrol-bad-weekdays", weekdays=weekdays)
        async with self._db.transaction() as conn:
            estate = await estates.estate_by_name(conn, estate_name)
            if estate is None:
                raise NotFound("estate-not-found", name=estate_name)
            grid = {g.code: g for g in await estates.grids_of(conn, estate.id)}.get(grid_code)
            if grid is None:
                raise NotFound("invite-unknown-grid", grid=grid_code)
            plan_id = await self._add(
                conn,
                estate.id,
                grid.id,
                name,
                at_time,
                "".join(sorted(set(weekdays))),
                checklist or rules.DEFAULT_CHECKLIST,
            )
            plan = await patrols.plan(conn, plan_id)
            assert plan is not None
            await self._schedule(conn, plan, estate.timezone)
        return plan

    async def plans(self, estate_name: str | None = None) -> list[PatrolPlan]:
        """List plans (of one estate, or all)."""
        async with self._db.read() as conn:
            estate_id = None
            if estate_name is not None:
                estate = await estates.estate_by_name(conn, estate_name)
                if estate is None:
                    raise NotFound("estate-not-found", name=estate_name)
                estate_id = estate.id
            return await patrols.plans_of(conn, estate_id)

    async def places(self, plans: list[PatrolPlan]) -> dict[int, tuple[str, str]]:
        """Each plan's estate name and grid code, for lists that name them."""
        found: dict[int, tuple[str, str]] = {}
        async with self._db.read() as conn:
            for estate_id in sorted({p.estate_id for p in plans}):
                estate = await estates.estate(conn, estate_id)
                grids = {g.id: g.code for g in await estates.grids_of(conn, estate_id)}
                for plan in plans:
                    if plan.estate_id == estate_id:
                        name = estate.name if estate else "-"
                        found[plan.id] = (name, grids.get(plan.grid_id, "-"))
        return found

    async def remove_plan(self, plan_id: int) -> None:
        """Delete a plan and stop its schedule."""
        async with self._db.transaction() as conn:
            if not await patrols.remove_plan(conn, plan_id):
                raise NotFound("patrol-plan-not-found", id=plan_id)
            await self._timers.drop_schedule(conn, f"patrol:{plan_id}")
