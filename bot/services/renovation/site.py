"""On site: the waterproof test (闭水试验), inspection visits (监管), acceptance (验收), refund.

After the permit the engineering side books the 24-hour test with the owner; works of wet
areas start only after it passes. Inspectors sign in (巡检签到) and record each visit
against the 装修巡检记录 checklist, with photos; a problem is told to the household with a
deadline and the inspector is reminded to check again. When the resident reports the works
finished, acceptance either passes (the deposit and the returned permit and passes are
refunded: 交证退款) or lists what to fix by a date, after which an unfixed item is deducted
from the deposit.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services import flows
from bot.services.fees.common import local_today, money
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer
from bot.services.renovation import common
from bot.services.renovation.catalog import CHECK_KEYS
from bot.services.renovation.common import Loaded, record, tell
from bot.services.renovation.reminders import RenovationReminders
from bot.services.scheduling.calendar import at_local, parse_hhmm
from storage.db import Database
from storage.repositories import payments, renovations

MAX_FIX_DAYS = 60


class Inspection(BaseModel):
    """One inspection visit (装修巡检记录): the sign-in, the checks failed, photos, a note."""

    signed_in_at: datetime
    problems: list[str] = Field(default_factory=list)  # CHECKS that failed
    photos: list[str]
    note: str = ""
    fix_by: date | None = None


class Acceptance(BaseModel):
    """The acceptance (验收): passed, problems to fix by a day, or a deduction after it."""

    result: str  # pass | problems | deduct
    returned: list[str] = Field(default_factory=list)  # "permit", "w<worker id>"
    problems: str = ""
    fix_by: date | None = None
    photos: list[str] = Field(default_factory=list)
    deduction_minor: int = 0
    reason: str = ""


class SiteWork:
    """The renovation on site, from the waterproof test to the refund."""

    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, reminders: RenovationReminders
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._reminders = reminders

    async def check(self, viewer: Viewer, renovation_id: int, *states: str) -> Loaded:
        """An application on site staff may act on now (a flow's first check)."""
        async with self._db.read() as conn:
            loaded = await common.load(conn, renovation_id)
        if not common.is_site_staff(viewer, loaded):
            raise NotFound()
        common.require_state(loaded.renovation, *states)
        return loaded

    async def book_water(
        self, viewer: Viewer, renovation_id: int, day: date, at: str, token: str
    ) -> datetime:
        """Book the 24-hour test with the owner; the household is told when."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (await flows.claim(conn, viewer.account.id, token, now)) is not None:
                loaded = await common.load(conn, renovation_id)
                assert loaded.renovation.water_at is not None
                return loaded.renovation.water_at
            loaded = await self._site(conn, viewer, renovation_id, "permitted")
            if loaded.renovation.water_state not in ("none", "failed"):
                raise InvalidInput("renovation-water-not-now")
            start = at_local(day, parse_hhmm(at), ZoneInfo(loaded.estate.timezone))
            if start < now:
                raise InvalidInput("renovation-water-past")
            values = {"water_state": "booked", "water_at": start, "updated_at": now}
            await renovations.change(conn, renovation_id, values)
            local = _local(start, loaded)
            await record(conn, renovation_id, now, viewer, "water_booked", local)
            loaded = await common.load(conn, renovation_id)
            await self._reminders.water_booked(conn, loaded, start)
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.household(conn, loaded.renovation),
                "renovation-water-booked-told",
                f"water:{start.isoformat()}",
                args={"at": local, "by": viewer.account.name},
                resident=True,
            )
            await flows.record(conn, viewer.account.id, token, start.isoformat())
        return start

    async def water_result(
        self,
        viewer: Viewer,
        renovation_id: int,
        passed: bool,
        photos: list[str],
        note: str,
        token: str,
    ) -> None:
        """Record the test's result with photos; the household is told what it means."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return
            loaded = await self._site(conn, viewer, renovation_id, "permitted")
            if loaded.renovation.water_state != "booked":
                raise InvalidInput("renovation-water-not-booked")
            if not photos:
                raise InvalidInput("renovation-need-photos")
            state = "passed" if passed else "failed"
            await renovations.change(
                conn, renovation_id, {"water_state": state, "updated_at": now}
            )
            event = await record(conn, renovation_id, now, viewer, f"water_{state}", note)
            await renovations.add_files(conn, renovation_id, "water", photos, event)
            loaded = await common.load(conn, renovation_id)
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.household(conn, loaded.renovation),
                "renovation-water-passed-told" if passed else "renovation-water-failed-told",
                f"water-result:{event}",
                args={"note": note or "-"},
                resident=True,
            )
            await flows.record(conn, viewer.account.id, token, state)

    async def inspect(
        self, viewer: Viewer, renovation_id: int, visit: Inspection, token: str
    ) -> int:
        """Record an inspection visit; a problem goes to the household with its deadline."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return int(earlier)
            loaded = await self._site(conn, viewer, renovation_id, "permitted")
            problems = [p for p in visit.problems if p in CHECK_KEYS]
            if not visit.photos:
                raise InvalidInput("renovation-need-photos")
            today = local_today(now, loaded.estate)
            if problems and (visit.fix_by is None or visit.fix_by < today):
                raise InvalidInput("renovation-need-fix-by")
            data = {
                "signed_in_at": visit.signed_in_at.isoformat(),
                "problems": problems,
                "fix_by": visit.fix_by.isoformat() if problems and visit.fix_by else None,
            }
            action = "inspected_problem" if problems else "inspected_ok"
            event = await record(conn, renovation_id, now, viewer, action, visit.note, data)
            await renovations.add_files(conn, renovation_id, "inspection", visit.photos, event)
            days, _role = await renovations.settings(conn, loaded.estate.id)
            following = today + timedelta(days=days)
            await renovations.change(
                conn, renovation_id, {"next_inspection_on": following, "updated_at": now}
            )
            loaded = await common.load(conn, renovation_id)
            await self._reminders.inspection(conn, loaded, following)
            if problems and visit.fix_by is not None:
                await self._reminders.fix_due(
                    conn, loaded, visit.fix_by, "inspect_fix", viewer.account.id
                )
                await tell(
                    conn,
                    self._notifier,
                    loaded,
                    await common.household(conn, loaded.renovation),
                    "renovation-inspection-problem",
                    f"inspection:{event}",
                    args={
                        "problems": [{"key": CHECK_KEYS[p]} for p in problems],
                        "note": visit.note or "-",
                        "fix_by": visit.fix_by.isoformat(),
                    },
                    photos=visit.photos[:1],
                    resident=True,
                )
            await flows.record(conn, viewer.account.id, token, str(event))
        return event

    async def complete(self, viewer: Viewer, renovation_id: int) -> None:
        """The household reports the works finished; acceptance is asked of the grid's staff."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, renovation_id, lock=True)
            if not common.is_household(viewer, loaded.renovation):
                raise NotFound()
            common.require_state(loaded.renovation, "permitted")
            if loaded.renovation.water_state != "passed" and await common.wet(conn, loaded):
                raise InvalidInput("renovation-water-first")
            await renovations.change(
                conn, renovation_id, {"state": "completed", "updated_at": now}
            )
            await record(conn, renovation_id, now, viewer, "completed")
            loaded = await common.load(conn, renovation_id)
            await self._reminders.completed(conn, loaded)
            rid = loaded.renovation.id
            staff = set(await common.grid_staff(conn, loaded))
            staff |= set(await common.engineering(conn, loaded))
            await tell(
                conn,
                self._notifier,
                loaded,
                sorted(staff),
                "renovation-accept-ask",
                "completed",
                buttons=common.with_open(rid, ("renovation-button-accept", "accept")),
            )

    async def accept(
        self, viewer: Viewer, renovation_id: int, result: Acceptance, token: str
    ) -> str:
        """Record the acceptance: closed with the refunds, or problems to fix by a day."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return earlier
            loaded = await self._site(conn, viewer, renovation_id, "completed", "fixing")
            today = local_today(now, loaded.estate)
            if result.result == "problems":
                state = await self._problems(conn, viewer, loaded, result, today)
            else:
                if result.result == "deduct" and loaded.renovation.state != "fixing":
                    raise InvalidInput("renovation-deduct-not-now")
                state = await self._close(conn, viewer, loaded, result)
            await flows.record(conn, viewer.account.id, token, state)
        return state

    async def _problems(
        self,
        conn: AsyncConnection,
        viewer: Viewer,
        loaded: Loaded,
        result: Acceptance,
        today: date,
    ) -> str:
        """Acceptance found non-conformities: the household fixes them by a day."""
        if result.fix_by is None or not today <= result.fix_by <= today + timedelta(MAX_FIX_DAYS):
            raise InvalidInput("renovation-need-fix-by")
        rid, now = loaded.renovation.id, self._clock.now()
        await renovations.change(
            conn, rid, {"state": "fixing", "fix_by": result.fix_by, "updated_at": now}
        )
        data = {"fix_by": result.fix_by.isoformat()}
        event = await record(conn, rid, now, viewer, "accept_problems", result.problems, data)
        await renovations.add_files(conn, rid, "acceptance", result.photos, event)
        loaded = await common.load(conn, rid)
        await self._reminders.fix_due(conn, loaded, result.fix_by, "accept_fix", viewer.account.id)
        await tell(
            conn,
            self._notifier,
            loaded,
            await common.household(conn, loaded.renovation),
            "renovation-accept-problems",
            f"accept:{event}",
            args={"problems": result.problems, "fix_by": result.fix_by.isoformat()},
            resident=True,
        )
        return "fixing"

    async def _close(
        self, conn: AsyncConnection, viewer: Viewer, loaded: Loaded, result: Acceptance
    ) -> str:
        """Accepted: refund the deposit (less a deduction) and what was handed back."""
        renovation, now = loaded.renovation, self._clock.now()
        own = await common.own_bills(conn, renovation)
        deposit = next((b for b in own if b.fee_type.startswith("renovation_deposit#")), None)
        held = deposit.paid_minor if deposit else 0
        if result.deduction_minor < 0 or result.deduction_minor > held:
            raise InvalidInput(
                "renovation-bad-deduction", most=money(held, loaded.estate.currency)
            )
        if result.result == "deduct" and not result.reason.strip():
            raise InvalidInput("renovation-need-reason")
        workers = await renovations.workers_of(conn, renovation.id)
        returned = set(result.returned)
        refunds: list[tuple[int, int]] = []  # (bill id, amount)
        for bill in own:
            kind, _, ref = bill.fee_type.partition("#")
            handed_back = {
                "renovation_deposit": True,
                "renovation_permit": "permit" in returned,
                "renovation_pass": f"w{ref}" in returned,
            }
            amount = bill.paid_minor if handed_back.get(kind, False) else 0
            if kind == "renovation_deposit":
                amount -= result.deduction_minor
            if amount > 0:
                refunds.append((bill.id, amount))
        for bill_id, amount in refunds:
            payment_id = await payments.payment_of_bill(conn, bill_id)
            if payment_id is None:
                continue  # paid outside Butler (an imported bill): nothing to pay back here
            await payments.add_refund(
                conn,
                {
                    "payment_id": payment_id,
                    "bill_id": bill_id,
                    "amount_minor": amount,
                    "reason": "returned",
                    "note": renovation.number,
                    "created_at": now,
                },
            )
        for worker in workers:
            if worker.state in ("active", "suspended", "unpaid"):
                state = "returned" if f"w{worker.id}" in returned else "revoked"
                await renovations.change_worker(conn, worker.id, {"state": state})
        total = sum(amount for _bill, amount in refunds)
        await renovations.change(
            conn,
            renovation.id,
            {
                "state": "closed",
                "permit_state": "returned" if "permit" in returned else "revoked",
                "deduction_minor": result.deduction_minor,
                "fix_by": None,
                "updated_at": now,
            },
        )
        currency = loaded.estate.currency
        if result.deduction_minor:
            await record(
                conn,
                renovation.id,
                now,
                viewer,
                "deducted",
                result.reason.strip(),
                {"amount_minor": result.deduction_minor},
            )
        event = await record(
            conn, renovation.id, now, viewer, "accepted", "", {"refund_minor": total}
        )
        await renovations.add_files(conn, renovation.id, "acceptance", result.photos, event)
        loaded = await common.load(conn, renovation.id)
        await tell(
            conn,
            self._notifier,
            loaded,
            await common.household(conn, loaded.renovation),
            "renovation-closed-told",
            "closed",
            args={
                "refund": money(total, currency),
                "deducted": 1 if result.deduction_minor else 0,
                "deduction": money(result.deduction_minor, currency),
                "reason": result.reason.strip() or "-",
            },
            resident=True,
        )
        return "closed"

    async def _site(
        self, conn: AsyncConnection, viewer: Viewer, renovation_id: int, *states: str
    ) -> Loaded:
        loaded = await common.load(conn, renovation_id, lock=True)
        if not common.is_site_staff(viewer, loaded):
            raise NotFound()
        common.require_state(loaded.renovation, *states)
        return loaded


def _local(moment: datetime, loaded: Loaded) -> str:
    """A moment as the estate's wall clock: 2026-12-05 09:00."""
    return moment.astimezone(ZoneInfo(loaded.estate.timezone)).strftime("%Y-%m-%d %H:%M")
