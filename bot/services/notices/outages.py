"""Planned outages (停水停电停气 / 电梯停运): a register per estate; the residents affected are
told when it is entered, reminded the evening before and one hour before, and told when it is
over (or that it is extended). A repair of that kind reported there meanwhile hears of it first.

Each reminder is a timer naming the moment it is for; when it fires it checks the outage still
has that start or end (an extension moves the end), so a stale timer sends nothing.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.notices import audience as audiences
from bot.services.notices.audience import Audience
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer, managed_estate, may_manage
from bot.services.renovation.common import quiet_of
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import Estate, Outage, Timer, Unit
from storage.repositories import estates, outages

KIND = "outage.remind"
KINDS = ("water", "power", "gas", "lift")
KIND_KEYS = {
    "water": "outage-kind-water",
    "power": "outage-kind-power",
    "gas": "outage-kind-gas",
    "lift": "outage-kind-lift",
}
REPAIR_OF = {"water": "water", "power": "electricity", "gas": "gas", "lift": "elevator"}
EVENING = time(20, 0)  # the evening before
HOUR_BEFORE = timedelta(hours=1)
MAX_REASON = 500
MAX_DAYS = 14  # an outage lasts at most two weeks


class OutageInput(BaseModel):
    """An outage as the manager enters it."""

    kind: str
    audience: Audience
    starts_at: datetime
    ends_at: datetime
    reason: str


class Outages:
    """Register outages, tell the residents affected, remind them, tell them it is over."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def estate_of(self, viewer: Viewer) -> Estate:
        """The estate a manager registers outages for."""
        return await managed_estate(self._db, viewer, "outage-managers-only")

    async def count(self, estate: Estate, audience: Audience) -> int:
        """How many residents an outage concerns now."""
        async with self._db.read() as conn:
            await audiences.check_codes(conn, estate, audience)
            return len(await audiences.people(conn, estate, audience))

    async def check_targets(self, estate: Estate, audience: Audience) -> None:
        """Refuse buildings that do not exist, naming them."""
        async with self._db.read() as conn:
            await audiences.check_codes(conn, estate, audience)

    async def register(self, viewer: Viewer, form: OutageInput, token: str) -> Outage:
        """Enter an outage; the residents affected are told now."""
        now = self._clock.now()
        if form.kind not in KINDS or form.audience.scope not in ("estate", "buildings"):
            raise InvalidInput()
        if not form.reason.strip() or len(form.reason) > MAX_REASON:
            raise InvalidInput("outage-bad-reason", limit=MAX_REASON)
        if form.ends_at <= form.starts_at or form.ends_at <= now:
            raise InvalidInput("outage-bad-period")
        if form.ends_at - form.starts_at > timedelta(days=MAX_DAYS):
            raise InvalidInput("outage-too-long", days=MAX_DAYS)
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await outages.get(conn, int(earlier))
                assert found is not None
                return found
            estate = await self._managed(conn, viewer)
            await audiences.check_codes(conn, estate, form.audience)
            if not await audiences.people(conn, estate, form.audience):
                raise InvalidInput("notice-no-recipients")
            outage_id = await outages.add(
                conn,
                {
                    "estate_id": estate.id,
                    "author_account_id": viewer.account.id,
                    "kind": form.kind,
                    "scope": form.audience.scope,
                    "targets": form.audience.targets,
                    "starts_at": form.starts_at,
                    "ends_at": form.ends_at,
                    "reason": form.reason.strip(),
                    "state": "planned",
                    "created_at": now,
                },
            )
            outage = await outages.get(conn, outage_id)
            assert outage is not None
            await self._tell(conn, outage, estate, "outage-entered", "entered")
            await self._plan(conn, outage, estate)
            await flows.record(conn, viewer.account.id, token, str(outage_id))
            return outage

    async def extend(
        self, viewer: Viewer, outage_id: int, ends_at: datetime, token: str
    ) -> Outage:
        """It lasts longer: the residents are told the new end; the reminder of the end moves."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                found = await outages.get(conn, outage_id)
                assert found is not None
                return found
            outage = await outages.get(conn, outage_id, lock=True)
            if outage is None or not may_manage(viewer, outage.estate_id):
                raise NotFound()
            if outage.state != "planned":
                raise InvalidInput("outage-over")
            if ends_at <= outage.ends_at or ends_at - outage.starts_at > timedelta(days=MAX_DAYS):
                raise InvalidInput("outage-bad-extension")
            await outages.change(conn, outage.id, {"ends_at": ends_at})
            fresh = await outages.get(conn, outage.id)
            estate = await estates.estate(conn, outage.estate_id)
            assert fresh is not None and estate is not None
            await self._tell(
                conn, fresh, estate, "outage-extended", f"extended:{ends_at.isoformat()}"
            )
            await self._set(conn, fresh, "over", ends_at)
            await flows.record(conn, viewer.account.id, token, str(outage.id))
            return fresh

    async def check_extend(self, viewer: Viewer, outage_id: int) -> Outage:
        """An outage going on that the viewer manages (a flow's first check)."""
        async with self._db.read() as conn:
            outage = await outages.get(conn, outage_id)
        if outage is None or not may_manage(viewer, outage.estate_id):
            raise NotFound()
        if outage.state != "planned":
            raise InvalidInput("outage-over")
        return outage

    async def register_list(self, viewer: Viewer) -> list[Outage]:
        """Staff: the outages not over yet."""
        if not viewer.staff:
            raise NotAllowed("outage-staff-only")
        async with self._db.read() as conn:
            ids = sorted({s.estate_id for s in viewer.staff})
            return await outages.coming(conn, ids, self._clock.now())

    async def for_repairs(self, viewer: Viewer) -> list[dict[str, Any]]:
        """Outages going on now at the viewer's units: a repair of that kind hears of it first.

        Each is {"category": the repair category, "units": [unit ids], "args": push args}.
        """
        found: list[dict[str, Any]] = []
        async with self._db.read() as conn:
            units = [await estates.unit(conn, o.unit_id) for o in viewer.occupancies]
            for estate_id in sorted({u.estate_id for u in units if u is not None}):
                estate = await estates.estate(conn, estate_id)
                assert estate is not None
                for outage in await outages.current(conn, estate_id, self._clock.now()):
                    covered = [u.id for u in units if u is not None and _covers(outage, u)]
                    if covered:
                        found.append(
                            {
                                "category": REPAIR_OF[outage.kind],
                                "units": covered,
                                "args": outage_args(outage, estate),
                            }
                        )
        return found

    async def _managed(self, conn: AsyncConnection, viewer: Viewer) -> Estate:
        ids = sorted(viewer.managed_estates())
        if not ids:
            raise NotAllowed("outage-managers-only")
        estate = await estates.estate(conn, ids[0])
        assert estate is not None
        return estate

    async def _plan(self, conn: AsyncConnection, outage: Outage, estate: Estate) -> None:
        zone = ZoneInfo(estate.timezone)
        local_start = outage.starts_at.astimezone(zone)
        evening = datetime.combine(local_start.date() - timedelta(days=1), EVENING, zone)
        now = self._clock.now()
        if evening > now:
            await self._set(conn, outage, "evening", evening)
        if outage.starts_at - HOUR_BEFORE > now:
            await self._set(conn, outage, "hour", outage.starts_at - HOUR_BEFORE)
        await self._set(conn, outage, "over", outage.ends_at)

    async def _set(self, conn: AsyncConnection, outage: Outage, what: str, at: datetime) -> None:
        await self._timers.set(
            conn,
            KIND,
            str(outage.id),
            at,
            payload={"what": what, "for": at.isoformat()},
            dedupe_key=f"{KIND}:{outage.id}:{what}:{at.isoformat()}",
        )

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """Remind or tell it is over, if the outage still has that moment."""
        outage = await outages.get(conn, int(timer.ref), lock=True)
        if outage is None or outage.state != "planned":
            return
        estate = await estates.estate(conn, outage.estate_id)
        if estate is None:
            return
        what, moment = str(timer.payload.get("what")), str(timer.payload.get("for"))
        if what == "over":
            if not moment or datetime.fromisoformat(moment) != outage.ends_at:
                return  # extended: a later timer tells it is over
            await outages.change(conn, outage.id, {"state": "over"})
            await self._tell(conn, outage, estate, "outage-over-told", "over")
        elif what in ("evening", "hour"):
            key = "outage-evening" if what == "evening" else "outage-hour"
            await self._tell(conn, outage, estate, key, what, urgent=what == "hour")

    async def _tell(
        self,
        conn: AsyncConnection,
        outage: Outage,
        estate: Estate,
        key: str,
        tag: str,
        urgent: bool = False,
    ) -> None:
        for account_id in await audiences.reached(conn, estate, outage):
            await self._notifier.push(
                conn,
                account_id,
                key,
                args=outage_args(outage, estate),
                quiet=quiet_of(estate),
                urgent=urgent,
                dedupe_key=f"outage:{outage.id}:{tag}:{account_id}",
            )


def _covers(outage: Outage, unit: Unit) -> bool:
    return outage.scope == "estate" or unit.building in outage.targets


def outage_args(outage: Outage, estate: Estate) -> dict[str, object]:
    """An outage as push arguments, in the estate's wall clock."""
    zone = ZoneInfo(estate.timezone)
    return {
        "estate": estate.name,
        "kind": {"key": KIND_KEYS.get(outage.kind, KIND_KEYS["water"])},
        "where": ", ".join(outage.targets) if outage.scope == "buildings" else "-",
        "everywhere": 1 if outage.scope == "estate" else 0,
        "start": outage.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        "end": outage.ends_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        "reason": outage.reason,
    }
