"""`butler status`: is the bot alive and keeping up? For a person, or a health check.

A running bot writes a heartbeat now and then from its scheduler tick; the status reads it
with the outbox and the inbox. Healthy means: the database answers, it is at the newest
migration, the tick ran lately, and neither pushes nor updates wait longer than they should.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel

from bot.clock import Clock
from storage import migrate
from storage.db import Database
from storage.repositories import health, inbox, meta

HEARTBEAT = "tick.last"
BEAT_EVERY = 30.0  # seconds between heartbeats written by a running bot


class Limits(BaseModel):
    """How late is too late, in seconds."""

    tick: float = 120.0
    push: float = 600.0
    update: float = 300.0


class Status(BaseModel):
    """What `butler status` found."""

    reachable: bool
    revision: str | None = None
    head: str
    last_tick: datetime | None = None
    tick_age_s: float | None = None
    due_pushes: int = 0
    oldest_push_age_s: float | None = None
    failed_pushes_day: int = 0
    waiting_updates: int = 0
    oldest_update_age_s: float | None = None
    problems: list[str] = []

    @property
    def healthy(self) -> bool:
        """Nothing is wrong."""
        return not self.problems


class HealthService:
    """Write the heartbeat (the bot), read the whole picture (the command line)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def beat(self) -> None:
        """Say the scheduler ran: the wall time, and the bot's own clock (the sandbox moves it)."""
        stamp = {"wall": datetime.now(UTC).isoformat(), "clock": self._clock.now().isoformat()}
        async with self._db.transaction() as conn:
            await meta.put(conn, HEARTBEAT, json.dumps(stamp))

    async def status(self, limits: Limits) -> Status:
        """Look at everything; a database that does not answer is one problem, not a crash."""
        wall = datetime.now(UTC)
        try:
            revision = await migrate.current(self._db)
        except Exception:
            return Status(reachable=False, head=migrate.head(), problems=["status-unreachable"])
        found = Status(reachable=True, revision=revision, head=migrate.head())
        if revision != found.head:
            found.problems.append("status-not-at-head")
            return found
        async with self._db.read() as conn:
            beat = await meta.get(conn, HEARTBEAT)
            offset = timedelta(0)
            if beat is not None:
                stamp = json.loads(beat)
                found.last_tick = datetime.fromisoformat(stamp["wall"])
                found.tick_age_s = (wall - found.last_tick).total_seconds()
                offset = datetime.fromisoformat(stamp["clock"]) - found.last_tick
            now = wall + offset
            found.due_pushes, oldest = await health.due_pushes(conn, now)
            found.failed_pushes_day = await health.failed_pushes(conn, now - timedelta(days=1))
            found.waiting_updates, received = await inbox.waiting(conn)
        if oldest is not None:
            found.oldest_push_age_s = (now - oldest).total_seconds()
        if received is not None:
            found.oldest_update_age_s = (wall - received).total_seconds()
        if found.tick_age_s is None or found.tick_age_s > limits.tick:
            found.problems.append("status-no-tick")
        if (found.oldest_push_age_s or 0) > limits.push:
            found.problems.append("status-pushes-late")
        if (found.oldest_update_age_s or 0) > limits.update:
            found.problems.append("status-updates-late")
        return found
