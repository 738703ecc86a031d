"""Patrols (巡查): plans on a schedule make tasks; the butler walks the checklist in chat."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services import patrol_rules as rules
from bot.services.calendar import ALL_WEEKDAYS, at_local, parse_hhmm
from bot.services.notify import Button, Notifier
from bot.services.tickets import TicketService
from bot.services.timers import Timers
from storage.db import Database
from storage.models import PatrolPlan, PatrolTask, Schedule, Timer
from storage.repositories import estates, patrols, people

REMIND_AFTER = timedelta(hours=1)


class TaskView(BaseModel):
    """A task with its plan's checklist and the results so far."""

    task: PatrolTask
    checklist: list[Any]
    done: int
    problems: int


class PatrolService:
    """Plans, the tasks they make, walking them, and what is missed."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        timers: Timers,
        tickets: TicketService,
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers
        self._tickets = tickets
        timers.on_schedule("patrol", self._on_schedule)
        timers.on_timer("patrol.remind", self._on_remind)
        timers.on_timer("patrol.missed", self._on_missed)

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
            parse_hhmm(at_time)
        except ValueError:
            raise InvalidInput("patrol-bad-time", time=at_time) from None
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

    async def remove_plan(self, plan_id: int) -> None:
        """Delete a plan and stop its schedule."""
        async with self._db.transaction() as conn:
            if not await patrols.remove_plan(conn, plan_id):
                raise NotFound("patrol-plan-not-found", id=plan_id)
            await self._timers.drop_schedule(conn, f"patrol:{plan_id}")

    async def _on_schedule(self, conn: AsyncConnection, schedule: Schedule) -> None:
        """At a plan's time: create today's task and push it to the butler."""
        plan = await patrols.plan(conn, int(schedule.ref))
        if plan is None or not plan.enabled:
            return
        zone = ZoneInfo(schedule.timezone)
        now = self._clock.now()
        day = schedule.next_due_at.astimezone(zone).date()
        task_id = await patrols.add_task(
            conn,
            {
                "plan_id": plan.id,
                "estate_id": plan.estate_id,
                "grid_id": plan.grid_id,
                "local_date": day,
                "due_at": schedule.next_due_at,
                "assignee_account_id": plan.assignee_account_id,
            },
        )
        if task_id is None:
            return
        task = await patrols.task(conn, task_id)
        assert task is not None
        await self._push_task(conn, task, plan, "patrol-task-new")
        end_of_day = at_local(day + timedelta(days=1), parse_hhmm("00:00"), zone)
        await self._timers.set(
            conn, "patrol.remind", str(task_id), max(task.due_at + REMIND_AFTER, now)
        )
        await self._timers.set(conn, "patrol.missed", str(task_id), end_of_day)

    async def _butlers(self, conn: AsyncConnection, task: PatrolTask) -> list[int]:
        if task.assignee_account_id:
            return [task.assignee_account_id]
        return await people.butlers_of_grid(conn, task.grid_id) or await people.staff_accounts(
            conn, task.estate_id, "manager"
        )

    async def _push_task(
        self, conn: AsyncConnection, task: PatrolTask, plan: PatrolPlan, key: str
    ) -> None:
        button = [[Button(key="patrol-btn-start", data=f"1:pt:go:{task.id}")]]
        args = {
            "items": len(plan.checklist),
            "date": task.local_date.isoformat(),
            "name": plan.name or "-",
        }
        for account_id in await self._butlers(conn, task):
            await self._notifier.push(
                conn,
                account_id,
                key,
                args=args,
                buttons=button,
                urgent=True,
                dedupe_key=f"patrol:{task.id}:{key}:{account_id}",
            )

    async def _on_remind(self, conn: AsyncConnection, timer: Timer) -> None:
        """An hour after its time, remind about a task not started."""
        task = await patrols.task(conn, int(timer.ref))
        if task is None or task.status != rules.PENDING:
            return
        plan = await patrols.plan(conn, task.plan_id)
        assert plan is not None
        await self._push_task(conn, task, plan, "patrol-task-reminder")

    async def _on_missed(self, conn: AsyncConnection, timer: Timer) -> None:
        """At the end of its day, mark an unfinished task missed and tell the managers."""
        task = await patrols.task(conn, int(timer.ref))
        if task is None or task.status in (rules.DONE, rules.MISSED):
            return
        await patrols.update_task(conn, task.id, [task.status], {"status": rules.MISSED})
        grid = {g.id: g.code for g in await estates.grids_of(conn, task.estate_id)}
        names = await people.names(conn, await self._butlers(conn, task))
        for manager in await people.staff_accounts(conn, task.estate_id, "manager"):
            await self._notifier.push(
                conn,
                manager,
                "patrol-missed-manager",
                args={
                    "grid": grid.get(task.grid_id, "-"),
                    "date": task.local_date.isoformat(),
                    "butlers": ", ".join(names.values()) or "-",
                },
                urgent=True,
                dedupe_key=f"patrol:{task.id}:missed:{manager}",
            )
