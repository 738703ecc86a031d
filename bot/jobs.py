"""Scheduler registration: what runs when.

One short repeating tick does everything time-driven: it fires due timers and schedules
(which write pushes to the outbox), then sends due pushes. The database says what is due,
so a restart loses nothing and a late tick still runs.
"""

from __future__ import annotations

import logging
from typing import cast

from bot.context import BotContext, ButlerApp
from bot.delivery import DeliveryStats, Dispatcher

log = logging.getLogger(__name__)
TICK_JOB = "butler-tick"


def dispatcher_of(app: ButlerApp) -> Dispatcher:
    """Return the application's dispatcher."""
    dispatcher: Dispatcher = app.bot_data["dispatcher"]
    return dispatcher


async def tick_once(app: ButlerApp) -> DeliveryStats:
    """Fire due timers and schedules, then send due pushes."""
    services = app.bot_data["services"]
    await services.timers.fire_due()
    return await dispatcher_of(app).send_due()


async def _tick(context: BotContext) -> None:
    """The JobQueue callback."""
    try:
        await tick_once(cast(ButlerApp, context.application))
    except Exception:
        log.exception("tick failed; the next one retries what is still due")


def register(app: ButlerApp) -> None:
    """Register the repeating tick."""
    assert app.job_queue is not None
    interval = app.bot_data["services"].settings.tick_seconds
    app.job_queue.run_repeating(
        _tick,
        interval=interval,
        first=interval,
        name=TICK_JOB,
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )
