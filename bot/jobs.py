"""Scheduler registration: what runs when.

Two short repeating jobs do everything time-driven: one fires due timers and schedules
(which write pushes to the outbox), the other sends due pushes, so a long broadcast never
holds up a deadline check. The database says what is due, so a restart loses nothing and a
late tick still runs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, cast

from bot.context import BotContext, ButlerApp
from bot.delivery import DeliveryStats, Dispatcher
from bot.services.health import BEAT_EVERY

log = logging.getLogger(__name__)
TIMERS_JOB, SEND_JOB = "butler-timers", "butler-send"
UPKEEP_EVERY = 600.0  # seconds: estates and grids may come in through the command line
JOB_OPTIONS = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}


def dispatcher_of(app: ButlerApp) -> Dispatcher:
    """Return the application's dispatcher."""
    dispatcher: Dispatcher = app.bot_data["dispatcher"]
    return dispatcher


async def upkeep(app: ButlerApp) -> None:
    """Give new grids their default patrol plan, new estates their digest schedule, and every
    unit with open bills its fee reminder ladder (bills of versions before the ladder)."""
    services = app.bot_data["services"]
    await services.patrols.ensure_defaults()
    await services.digest.ensure_schedules()
    await services.fee_reminders.ensure_planned()
    await services.retention.run_if_due()
    app.bot_data["upkeep_at"] = time.monotonic()


async def fire_once(app: ButlerApp) -> None:
    """Fire due timers and schedules (and now and then, upkeep)."""
    if time.monotonic() - app.bot_data.get("upkeep_at", float("-inf")) > UPKEEP_EVERY:
        await upkeep(app)
    services = app.bot_data["services"]
    await services.timers.fire_due()
    await services.flows.expire_idle()
    if time.monotonic() - app.bot_data.get("beat_at", float("-inf")) > BEAT_EVERY:
        await services.health.beat()
        app.bot_data["beat_at"] = time.monotonic()


async def tick_once(app: ButlerApp) -> DeliveryStats:
    """Fire what is due, then send what is pending: both jobs, one after the other."""
    await fire_once(app)
    return await dispatcher_of(app).send_due()


def _job(
    step: Callable[[ButlerApp], Awaitable[object]],
) -> Callable[[BotContext], Coroutine[Any, Any, None]]:
    """Wrap a scheduler step as a JobQueue callback."""

    async def run(context: BotContext) -> None:
        """Run one step of the scheduler, logging (never raising) a failure."""
        try:
            await step(cast(ButlerApp, context.application))
        except Exception:
            log.exception("%s failed; the next run retries what is still due", step.__name__)

    return run


async def _send(app: ButlerApp) -> None:
    """Send what is pending."""
    await dispatcher_of(app).send_due()


def register(app: ButlerApp) -> None:
    """Register the two repeating jobs."""
    assert app.job_queue is not None
    interval = app.bot_data["services"].settings.tick_seconds
    for name, step in ((TIMERS_JOB, fire_once), (SEND_JOB, _send)):
        app.job_queue.run_repeating(
            _job(step), interval=interval, first=interval, name=name, job_kwargs=JOB_OPTIONS
        )
