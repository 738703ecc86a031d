"""Keeping tables from growing for ever: each kind of row is kept for a set time, once a day.

Ticket events, tickets, bills and collection logs are the estate's records: never pruned.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.settings import RetentionDays
from storage.db import Database
from storage.repositories import meta, retention, web

log = logging.getLogger(__name__)
EVERY = timedelta(days=1)
LAST_RUN = "retention.last_run"
Prune = Callable[[AsyncConnection, datetime], Awaitable[int]]
STEPS: dict[str, Prune] = {
    "pushes": retention.old_pushes,
    "timers": retention.old_timers,
    "login_failures": retention.old_login_failures,
    "flows": retention.old_flows,
    "offers": retention.old_offers,
    "handled_updates": retention.old_handled_updates,
    "cards": retention.old_cards,
    "web_logins": web.old_logins,
}


class RetentionService:
    """Prune once a day (any process may ask; the first one that day does it)."""

    def __init__(self, db: Database, clock: Clock, days: RetentionDays) -> None:
        self._db = db
        self._clock = clock
        self.days = days

    async def run_if_due(self) -> dict[str, int] | None:
        """Prune when a day has passed since the last time; return how many rows went."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            last = await meta.get(conn, LAST_RUN)
            if last is not None and now - datetime.fromisoformat(last) < EVERY:
                return None
            await meta.put(conn, LAST_RUN, now.isoformat())
            pruned = {
                name: await step(conn, now - timedelta(days=getattr(self.days, name)))
                for name, step in STEPS.items()
            }
        if any(pruned.values()):
            log.info("pruned old rows: %s", pruned)
        return pruned
