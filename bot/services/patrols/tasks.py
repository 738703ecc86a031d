"""Patrol tasks: made at a plan's time, pushed to the butler, reminded, reported if missed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import PatrolStart
from bot.clock import Clock
from bot.services.notify.notifier import BUTTONS, CARD, Button, CardOf, Notifier
from bot.services.patrols import rules
from bot.services.people.access import MANAGER
from bot.services.scheduling.calendar import at_local, parse_hhmm
from bot.services.scheduling.timers import Timers
from storage.models import PatrolPlan, PatrolTask, Schedule, Timer
from storage.repositories import estates, patrols, people

REMIND_AFTER = timedelta(hours=1)


class TaskView(BaseModel):
    """A task with its plan's checklist and the results so far."""

    task: PatrolTask
    checklist: list[Any]
    done: int
    problems: int
    renovations: list[str] = []  # the grid's renovations in progress: "ZX-2026-0001 1-1-101 …"


class PatrolTasks:
    """The timer and schedule handlers that turn plans into tasks and chase them."""

    def __init__(self, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def on_schedule(self, conn: AsyncConnection, schedule: Schedule) -> None:
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

    async def _walkers(self, conn: AsyncConnection, task: PatrolTask) -> list[int]:
        """Who walks a task: its assignee, else the grid's butlers (maybe nobody)."""
        if task.assignee_account_id:
            return [task.assignee_account_id]
        return await people.butlers_of_grid(conn, task.grid_id)

    async def card_args(self, conn: AsyncConnection, task: PatrolTask) -> dict[str, Any]:
        """What a task's card says: plan, grid, day, state, who walks it, progress."""
        plan = await patrols.plan(conn, task.plan_id)
        assert plan is not None
        grids = {g.id: g.code for g in await estates.grids_of(conn, task.estate_id)}
        results = await patrols.results(conn, task.id)
        walker = ""
        if task.assignee_account_id:
            walker = (await people.names(conn, [task.assignee_account_id])).get(
                task.assignee_account_id, ""
            )
        return {
            "name": plan.name or {"key": "patrol-plan-daily"},
            "grid": grids.get(task.grid_id, "-"),
            "date": task.local_date.isoformat(),
            "items": len(plan.checklist),
            "done": len(results),
            "problems": sum(not r.ok for r in results),
            "status": {"key": rules.STATUS_KEYS[task.status]},
            "walker": walker or "-",
        }

    def buttons(self, task: PatrolTask) -> list[list[Button]]:
        """Start (or continue) while the task is open."""
        if task.status not in (rules.PENDING, rules.IN_PROGRESS):
            return []
        key = "patrol-btn-start" if task.status == rules.PENDING else "patrol-btn-continue"
        return [[Button(key=key, data=PatrolStart(task_id=task.id).pack())]]

    async def _push_task(
        self, conn: AsyncConnection, task: PatrolTask, plan: PatrolPlan, key: str
    ) -> None:
        args = await self.card_args(conn, task)
        role = CARD if key == "patrol-task-new" else BUTTONS
        walkers = await self._walkers(conn, task)
        if not walkers:  # a grid without a butler: the managers hear so, not as its butler
            key, role = "patrol-task-unstaffed", BUTTONS
        for account_id in walkers or await people.staff_accounts(conn, task.estate_id, MANAGER):
            await self._notifier.push(
                conn,
                account_id,
                key,
                args=args,
                buttons=self.buttons(task),
                urgent=True,
                dedupe_key=f"patrol:{task.id}:{key}:{account_id}",
                card=CardOf(ref=f"patrol:{task.id}", role=role),
            )

    async def refresh(self, conn: AsyncConnection, task: PatrolTask) -> None:
        """Edit every copy of a task's card to its state (started by whom, done, missed)."""
        args = await self.card_args(conn, task)
        ref = f"patrol:{task.id}"
        await self._notifier.refresh(
            conn, ref, "patrol-task-new", args=args, buttons=self.buttons(task)
        )

    async def on_remind(self, conn: AsyncConnection, timer: Timer) -> None:
        """An hour after its time, remind about a task not started."""
        task = await patrols.task(conn, int(timer.ref))
        if task is None or task.status != rules.PENDING:
            return
        plan = await patrols.plan(conn, task.plan_id)
        assert plan is not None
        await self._push_task(conn, task, plan, "patrol-task-reminder")

    async def on_missed(self, conn: AsyncConnection, timer: Timer) -> None:
        """At the end of its day, mark an unfinished task missed and tell the managers."""
        task = await patrols.task(conn, int(timer.ref))
        if task is None or task.status in (rules.DONE, rules.MISSED):
            return
        await patrols.update_task(conn, task.id, [task.status], {"status": rules.MISSED})
        missed = await patrols.task(conn, task.id)
        assert missed is not None
        await self.refresh(conn, missed)
        grid = {g.id: g.code for g in await estates.grids_of(conn, task.estate_id)}
        names = await people.names(conn, await self._walkers(conn, task))
        plan = await patrols.plan(conn, task.plan_id)
        for manager in await people.staff_accounts(conn, task.estate_id, MANAGER):
            await self._notifier.push(
                conn,
                manager,
                "patrol-missed-manager",
                args={
                    "name": plan.name if plan and plan.name else {"key": "patrol-plan-daily"},
                    "grid": grid.get(task.grid_id, "-"),
                    "date": task.local_date.isoformat(),
                    "butlers": {"names": list(names.values())}
                    if names
                    else {"key": "patrol-no-butler"},
                },
                urgent=True,
                dedupe_key=f"patrol:{task.id}:missed:{manager}",
            )
