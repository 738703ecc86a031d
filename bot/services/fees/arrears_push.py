"""Arrears pushes to butlers: a promise not kept, and the weekly summary on Mondays."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import ArrearsPage, ArrearsUnit
from bot.clock import Clock
from bot.services.fees.common import local_today, money, remind_time
from bot.services.notify.notifier import Button, Notifier
from bot.services.scheduling.timers import Timers
from storage.models import ArrearsRow, Estate, Schedule, Timer
from storage.repositories import bills, collection_logs, estates, people

PROMISE_KIND = "arrears.promise"
WEEKLY_KIND = "arrears.weekly"
WEEKLY_AT, MONDAY = "09:00", "0"
WEEKLY_TOP = 5


class ArrearsPush:
    """Plan and send the arrears pushes that butlers get without asking."""

    def __init__(self, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def plan_promise(
        self, conn: AsyncConnection, log_id: int, day: date, estate: Estate
    ) -> None:
        """Look again at 09:00 local the day after the promised day (told if still overdue)."""
        at = max(remind_time(day + timedelta(days=1), estate), self._clock.now())
        payload = {"log_id": log_id, "date": day.isoformat()}
        dedupe = f"{PROMISE_KIND}:{log_id}:{day.isoformat()}:{self._clock.now().isoformat()}"
        await self._timers.set(
            conn, PROMISE_KIND, str(log_id), at, payload=payload, dedupe_key=dedupe
        )

    async def replan_promise(
        self, conn: AsyncConnection, log_id: int, day: date | None, estate: Estate
    ) -> None:
        """Move a corrected promise's look (or drop it: the entry is no promise any more)."""
        await self._timers.cancel(conn, PROMISE_KIND, str(log_id))
        if day is not None:
            await self.plan_promise(conn, log_id, day, estate)

    async def ensure_weekly(self, conn: AsyncConnection, estate: Estate) -> None:
        """Create (or keep) the estate's Monday 09:00 arrears summary."""
        await self._timers.put_schedule(
            conn,
            name=f"{WEEKLY_KIND}:{estate.id}",
            kind=WEEKLY_KIND,
            ref=str(estate.id),
            timezone=estate.timezone,
            at_time=WEEKLY_AT,
            weekdays=MONDAY,
        )

    async def on_promise_due(self, conn: AsyncConnection, timer: Timer) -> None:
        """The day after a promise: tell its butler if bills of the unit are still overdue."""
        log = await collection_logs.get(conn, int(timer.payload["log_id"]))
        if log is None or log.kind != "promise" or log.promised_date is None:
            return  # corrected into something else meanwhile
        promised = log.promised_date.isoformat()
        if timer.payload.get("date", promised) != promised:
            return  # a timer for the day the promise named before it was corrected
        unit = await estates.unit(conn, log.unit_id)
        estate = await estates.estate(conn, unit.estate_id) if unit else None
        if log.staff_account_id is None or unit is None or estate is None:
            return
        today = local_today(self._clock.now(), estate)
        if today <= log.promised_date:  # a timer planned for the day itself (before 0015)
            await self.plan_promise(conn, log.id, log.promised_date, estate)
            return
        overdue = [b for b in await bills.open_of_unit(conn, unit.id) if b.due_date < today]
        outstanding = sum(b.open_minor for b in overdue)
        if not outstanding:
            return  # kept: paid meanwhile
        await self._notifier.push(
            conn,
            log.staff_account_id,
            "arrears-promise-broken",
            args={
                "unit": unit.code,
                "estate": estate.name,
                "date": promised,
                "amount": money(outstanding, estate.currency),
            },
            buttons=[
                [Button(key="arrears-button-unit", data=ArrearsUnit(unit_id=unit.id).pack())]
            ],
            dedupe_key=f"{PROMISE_KIND}:{log.id}:{promised}",
        )

    async def on_weekly(self, conn: AsyncConnection, schedule: Schedule) -> None:
        """Push each butler of the estate the overdue units of their grids."""
        estate = await estates.estate(conn, int(schedule.ref))
        if estate is None:
            return
        today = local_today(self._clock.now(), estate)
        rows = await bills.overdue_units(conn, estate.id, today)
        for role in await people.staff_of_estate(conn, estate.id, "butler"):
            mine = [row for row in rows if row.grid_id in role.grid_ids]
            if mine:
                await self._notifier.push(
                    conn,
                    role.account_id,
                    "arrears-weekly",
                    args=_weekly_args(estate, mine),
                    buttons=[
                        [
                            Button(
                                key="arrears-button-list",
                                data=ArrearsPage(sort="amount", page=0).pack(),
                            )
                        ]
                    ],
                    dedupe_key=f"{WEEKLY_KIND}:{estate.id}:{role.account_id}:{today}",
                )


def _weekly_args(estate: Estate, rows: list[ArrearsRow]) -> dict[str, object]:
    """The summary: how many units, how much, since when, and the largest ones."""
    top = sorted(rows, key=lambda r: (-r.overdue_minor, r.oldest_due, r.unit_code))[:WEEKLY_TOP]
    return {
        "estate": estate.name,
        "count": len(rows),
        "total": money(sum(r.overdue_minor for r in rows), estate.currency),
        "since": min(r.oldest_due for r in rows).isoformat(),
        "units": [
            {
                "key": "arrears-weekly-line",
                "args": {
                    "unit": r.unit_code,
                    "amount": money(r.overdue_minor, estate.currency),
                    "since": r.oldest_due.isoformat(),
                },
            }
            for r in top
        ],
    }
