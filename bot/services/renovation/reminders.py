"""Reminders of a renovation, as timers: inspection visits, the waterproof test, expiry,
acceptance and the deadlines of problems found.

Each timer names what it reminds of; when it fires it checks the application still needs it
(a test booked meanwhile, an application closed), so a stale timer sends nothing. Pushes go
through the outbox; residents' keep the estate's quiet hours.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotFound
from bot.services.fees.common import remind_time
from bot.services.notify.notifier import Notifier
from bot.services.renovation import common
from bot.services.renovation.common import Loaded, tell
from bot.services.scheduling.timers import Timers
from storage.models import Timer

KIND = "renovation.remind"
INSPECT_KIND = "renovation.inspect"
EXPIRY_NOTICE = timedelta(days=3)  # the permit and passes expire in three days
WATER_WITHIN = timedelta(days=2)  # the test is booked within two days of the permit
ACCEPT_WITHIN = timedelta(days=3)  # acceptance within three days of the completion report
TEST_HOURS = timedelta(hours=24)  # the 24-hour waterproof test (闭水试验)
FIX_BUTTONS = {
    "inspect_fix": ("inspect", "renovation-button-inspect"),
    "accept_fix": ("accept", "renovation-button-accept"),
}


class RenovationReminders:
    """Plan and fire the reminders of renovations."""

    def __init__(self, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def _set(
        self, conn: AsyncConnection, renovation_id: int, what: str, at: datetime, **extra: object
    ) -> None:
        await self._timers.set(
            conn,
            KIND,
            str(renovation_id),
            at,
            payload={"what": what, **extra},
            dedupe_key=f"{KIND}:{renovation_id}:{what}:{at.isoformat()}",
        )

    def _at(self, loaded: Loaded, day: date) -> datetime:
        """09:00 estate-local on a day, never before now."""
        return max(remind_time(day, loaded.estate), self._clock.now())

    async def permitted(self, conn: AsyncConnection, loaded: Loaded) -> None:
        """A permit issued: the first visit, the test, the expiry and the end of the works."""
        renovation = loaded.renovation
        if renovation.next_inspection_on is not None:
            await self.inspection(conn, loaded, renovation.next_inspection_on)
        await self._set(conn, renovation.id, "water", self._clock.now() + WATER_WITHIN)
        await self._set(
            conn, renovation.id, "expiry", self._at(loaded, renovation.end_date - EXPIRY_NOTICE)
        )
        await self._set(
            conn, renovation.id, "overdue", self._at(loaded, renovation.end_date + timedelta(1))
        )

    async def inspection(self, conn: AsyncConnection, loaded: Loaded, day: date) -> None:
        """The next inspection visit (入户检查), due on a day (replacing the one planned)."""
        rid = loaded.renovation.id
        await self._timers.cancel(conn, INSPECT_KIND, str(rid))
        at = self._at(loaded, day)
        await self._timers.set(
            conn,
            INSPECT_KIND,
            str(rid),
            at,
            payload={"what": "inspect"},
            dedupe_key=f"{INSPECT_KIND}:{rid}:{at.isoformat()}",
        )

    async def water_booked(self, conn: AsyncConnection, loaded: Loaded, at: datetime) -> None:
        """The test is booked: its result is due 24 hours after it starts."""
        await self._set(conn, loaded.renovation.id, "water_result", at + TEST_HOURS)

    async def completed(self, conn: AsyncConnection, loaded: Loaded) -> None:
        """The works are reported finished: acceptance is due within three days."""
        await self._set(conn, loaded.renovation.id, "accept", self._clock.now() + ACCEPT_WITHIN)

    async def fix_due(
        self, conn: AsyncConnection, loaded: Loaded, day: date, what: str, staff_id: int
    ) -> None:
        """A problem to be fixed by a day: the staff member is reminded to check again."""
        await self._set(conn, loaded.renovation.id, what, self._at(loaded, day), staff=staff_id)

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """Send what a reminder is for, if the application still needs it."""
        try:
            loaded = await common.load(conn, int(timer.ref))
        except NotFound:
            return
        what = str(timer.payload.get("what", ""))
        renovation, stamp = loaded.renovation, timer.due_at.isoformat()
        tag = f"remind:{what}:{stamp}"
        rid = renovation.id
        if what == "inspect" and renovation.state == "permitted":
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.grid_staff(conn, loaded),
                "renovation-remind-inspect",
                tag,
                buttons=common.with_open(rid, ("renovation-button-inspect", "inspect")),
            )
        elif what == "water" and renovation.state == "permitted":
            if renovation.water_state in ("none", "failed") and await common.wet(conn, loaded):
                await tell(
                    conn,
                    self._notifier,
                    loaded,
                    await common.engineering(conn, loaded),
                    "renovation-remind-water",
                    tag,
                    buttons=common.with_open(rid, ("renovation-button-water-book", "water_book")),
                )
        elif what == "water_result" and renovation.water_state == "booked":
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.engineering(conn, loaded),
                "renovation-remind-water-result",
                tag,
                buttons=common.with_open(rid, ("renovation-button-water-result", "water_result")),
            )
        elif what == "expiry" and renovation.state == "permitted":
            args = {"until": renovation.end_date.isoformat()}
            household = await common.household(conn, renovation)
            await tell(
                conn,
                self._notifier,
                loaded,
                household,
                "renovation-remind-expiry",
                tag,
                args=args,
                resident=True,
            )
            staff = await common.grid_staff(conn, loaded)
            await tell(
                conn,
                self._notifier,
                loaded,
                staff,
                "renovation-remind-expiry-staff",
                tag,
                args=args,
            )
        elif what == "overdue" and renovation.state == "permitted":
            args = {"until": renovation.end_date.isoformat()}
            household = await common.household(conn, renovation)
            await tell(
                conn,
                self._notifier,
                loaded,
                household,
                "renovation-remind-overdue",
                tag,
                args=args,
                resident=True,
            )
        elif what == "accept" and renovation.state == "completed":
            staff = await common.grid_staff(conn, loaded)
            await tell(
                conn,
                self._notifier,
                loaded,
                staff,
                "renovation-remind-accept",
                tag,
                buttons=common.with_open(rid, ("renovation-button-accept", "accept")),
            )
        elif what in ("inspect_fix", "accept_fix"):
            wanted = "permitted" if what == "inspect_fix" else "fixing"
            if renovation.state != wanted:
                return
            staff_id = timer.payload.get("staff")
            targets = [int(staff_id)] if isinstance(staff_id, int) else []
            targets = targets or await common.grid_staff(conn, loaded)
            action, label = FIX_BUTTONS[what]
            await tell(
                conn,
                self._notifier,
                loaded,
                targets,
                "renovation-remind-fix",
                tag,
                buttons=common.with_open(rid, (label, action)),
            )
