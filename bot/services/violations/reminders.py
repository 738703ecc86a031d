"""Reminders of a violation, as timers: the deadline's re-inspection, an unanswered notice, a
step waiting for a manager's confirmation, and the follow-up after closing.

Each timer names what it reminds of; when it fires it checks the case still needs it (fixed
meanwhile, confirmed, a newer deadline), so a stale timer sends nothing. Every push goes
through the outbox with a key of its own, so a timer fired twice still sends once.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotFound
from bot.services.fees.common import remind_time
from bot.services.notify.notifier import Notifier
from bot.services.people.access import MANAGER
from bot.services.scheduling.timers import Timers
from bot.services.violations import common
from bot.services.violations.catalog import PENDING_KEYS
from bot.services.violations.common import Loaded, tell
from storage.models import Timer
from storage.repositories import people

KIND = "violation.remind"
ACK_AFTER = timedelta(days=1)  # a notice neither acknowledged nor refused: asked again once
CONFIRM_AFTER = timedelta(days=1)  # a compensation or escalation not yet confirmed
FOLLOW_UP_DAYS = 3  # after closing, the handler reaches out to the household (缓和关系)


class ViolationReminders:
    """Plan and fire the reminders of violations."""

    def __init__(self, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def _set(
        self, conn: AsyncConnection, loaded: Loaded, what: str, at: datetime, **extra: object
    ) -> None:
        vid = loaded.violation.id
        await self._timers.set(
            conn,
            KIND,
            str(vid),
            at,
            payload={"what": what, **extra},
            dedupe_key=f"{KIND}:{vid}:{what}:{at.isoformat()}",
        )

    async def deadline(self, conn: AsyncConnection, loaded: Loaded, day: date) -> None:
        """The deadline of 限期整改: the handler re-inspects that day at 09:00."""
        at = max(remind_time(day, loaded.estate), self._clock.now())
        await self._set(conn, loaded, "due", at, day=day.isoformat())

    async def notice_sent(self, conn: AsyncConnection, loaded: Loaded, event: int) -> None:
        """A notice went out: asked again once if neither acknowledged nor refused."""
        await self._set(conn, loaded, "ack", self._clock.now() + ACK_AFTER, event=event)

    async def asked(self, conn: AsyncConnection, loaded: Loaded, event: int) -> None:
        """A step waits for a manager's confirmation."""
        await self._set(conn, loaded, "confirm", self._clock.now() + CONFIRM_AFTER, event=event)

    async def closed(self, conn: AsyncConnection, loaded: Loaded, day: date) -> None:
        """Closed after a notice: the follow-up is due some days later."""
        at = remind_time(day + timedelta(days=FOLLOW_UP_DAYS), loaded.estate)
        await self._set(conn, loaded, "followup", at)

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """Send what a reminder is for, if the case still needs it."""
        try:
            loaded = await common.load(conn, int(timer.ref))
        except NotFound:
            return
        violation, what = loaded.violation, str(timer.payload.get("what", ""))
        tag = f"remind:{what}:{timer.id}"
        vid = violation.id
        if what == "due":
            day = str(timer.payload.get("day", ""))
            current = violation.deadline.isoformat() if violation.deadline else ""
            if violation.state != "open" or day != current:
                return
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.handlers(conn, violation),
                "violation-remind-due",
                tag,
                args={"deadline": day},
                buttons=common.with_open(vid, ("violation-button-check", "check")),
            )
        elif what == "ack":
            if violation.state != "open" or violation.notice_state != "sent":
                return
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.household(conn, violation),
                "violation-remind-ack",
                tag,
                args={"deadline": violation.deadline.isoformat() if violation.deadline else "-"},
                buttons=common.with_open(
                    vid,
                    ("violation-button-ack", "ack"),
                    ("violation-button-refuse", "refuse"),
                ),
                resident=True,
            )
        elif what == "confirm":
            pending = violation.pending or {}
            if pending.get("event") != timer.payload.get("event"):
                return
            managers = await people.staff_accounts(conn, violation.estate_id, MANAGER)
            asker = pending.get("by")
            others = [m for m in managers if m != asker] or managers
            await tell(
                conn,
                self._notifier,
                loaded,
                others,
                "violation-remind-confirm",
                tag,
                args={
                    "what": {
                        "key": PENDING_KEYS.get(str(pending.get("action")), PENDING_KEYS["loss"])
                    }
                },
                buttons=common.with_open(
                    vid,
                    ("violation-button-confirm", "confirm"),
                    ("violation-button-decline", "decline"),
                ),
            )
        elif what == "followup":
            if violation.state != "closed" or violation.followed_up_at is not None:
                return
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.handlers(conn, violation) + await common.assistants(conn, violation),
                "violation-remind-followup",
                tag,
                buttons=common.with_open(vid, ("violation-button-followup", "followup")),
            )
