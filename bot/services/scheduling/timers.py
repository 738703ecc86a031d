"""Timers ("call this for that object at that time") and recurring schedules.

Both live in the database; one tick fires what is due. A timer's handler runs in the same
transaction that marks it done, so it takes effect exactly once or, on error, not at all
(and is retried a few times). A schedule missed while the bot was down runs once, then
moves to its next time after now.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.scheduling.calendar import ALL_WEEKDAYS, last_run, next_run, parse_hhmm
from storage.db import Database
from storage.models import Schedule, Timer
from storage.repositories import timers

log = logging.getLogger(__name__)
TimerHandler = Callable[[AsyncConnection, Timer], Awaitable[None]]
ScheduleHandler = Callable[[AsyncConnection, Schedule], Awaitable[None]]
MAX_ATTEMPTS = 5


class Timers:
    """Store, cancel and fire one-off timers and recurring schedules."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._timer_handlers: dict[str, TimerHandler] = {}
        self._schedule_handlers: dict[str, ScheduleHandler] = {}

    def on_timer(self, kind: str, handler: TimerHandler) -> None:
        """Register the function that a timer kind calls."""
        self._timer_handlers[kind] = handler

    def on_schedule(self, kind: str, handler: ScheduleHandler) -> None:
        """Register the function that a schedule kind calls."""
        self._schedule_handlers[kind] = handler

    async def set(
        self,
        conn: AsyncConnection,
        kind: str,
        ref: str,
        at: Any,
        *,
        payload: dict[str, Any] | None = None,
        dedupe_key: str | None = None,
    ) -> bool:
        """Store a timer (at most one per dedupe key, by default kind:ref:time)."""
        return await timers.add(
            conn,
            {
                "kind": kind,
                "ref": ref,
                "due_at": at,
                "payload": payload or {},
                "dedupe_key": dedupe_key or f"{kind}:{ref}:{at.isoformat()}",
                "created_at": self._clock.now(),
            },
        )

    async def cancel(self, conn: AsyncConnection, kind: str, ref: str) -> int:
        """Cancel the pending timers of a kind for an object."""
        return await timers.cancel(conn, kind, ref)

    async def put_schedule(
        self,
        conn: AsyncConnection,
        *,
        name: str,
        kind: str,
        ref: str,
        timezone: str,
        at_time: str,
        weekdays: str = ALL_WEEKDAYS,
        enabled: bool = True,
    ) -> None:
        """Create or change a recurring schedule; its next run is computed from now."""
        upcoming = next_run(self._clock.now(), parse_hhmm(at_time), weekdays, ZoneInfo(timezone))
        values: dict[str, object] = {"kind": kind, "ref": ref, "timezone": timezone}
        values |= {"at_time": at_time, "weekdays": weekdays, "enabled": enabled}
        current = await timers.schedule_by_name(conn, name)
        unchanged = current is not None and all(
            getattr(current, key) == value for key, value in values.items()
        )
        if not unchanged:
            await timers.put_schedule(conn, {"name": name, "next_due_at": upcoming, **values})

    async def drop_schedule(self, conn: AsyncConnection, name: str) -> None:
        """Forget a recurring schedule."""
        await timers.delete_schedule(conn, name)

    async def fire_due(self, limit: int = 200) -> int:
        """Run every due timer and schedule; return how many ran."""
        return await self._fire_timers(limit) + await self._run_schedules()

    async def _fire_timers(self, limit: int) -> int:
        now = self._clock.now()
        async with self._db.read() as conn:
            due = await timers.due(conn, now, limit)
        fired = 0
        for timer in due:
            handler = self._timer_handlers.get(timer.kind)
            try:
                async with self._db.transaction() as conn:
                    if not await timers.claim(conn, timer.id, now):
                        continue
                    if handler is None:
                        raise LookupError(f"no handler for timer kind {timer.kind!r}")
                    await handler(conn, timer)
                fired += 1
            except Exception as error:
                log.exception("timer %s (%s %s) failed", timer.id, timer.kind, timer.ref)
                await self._timer_failed(timer, error)
        return fired

    async def _timer_failed(self, timer: Timer, error: Exception) -> None:
        retry_at = self._clock.now() + timedelta(seconds=30 * 2**timer.attempts)
        give_up = timer.attempts + 1 >= MAX_ATTEMPTS
        async with self._db.transaction() as conn:
            await timers.record_failure(conn, timer.id, repr(error), retry_at, give_up)

    async def _run_schedules(self) -> int:
        now = self._clock.now()
        async with self._db.read() as conn:
            due = await timers.due_schedules(conn, now)
        ran = 0
        for schedule in due:
            zone = ZoneInfo(schedule.timezone)
            at = parse_hhmm(schedule.at_time)
            following = next_run(now, at, schedule.weekdays, zone)
            # Missed runs (the bot was down) are caught up once, as the latest one that was due.
            latest = last_run(now, at, schedule.weekdays, zone) or schedule.next_due_at
            occurrence = schedule.model_copy(
                update={"next_due_at": max(latest, schedule.next_due_at)}
            )
            handler = self._schedule_handlers.get(schedule.kind)
            try:
                async with self._db.transaction() as conn:
                    if not await timers.advance_schedule(
                        conn, schedule.id, schedule.next_due_at, following, now
                    ):
                        continue
                    if handler is not None:
                        await handler(conn, occurrence)
                ran += 1
            except Exception:
                log.exception("schedule %s failed; skipped until its next time", schedule.name)
                async with self._db.transaction() as conn:
                    await timers.advance_schedule(
                        conn, schedule.id, schedule.next_due_at, following, now
                    )
        return ran
