"""The fee reminder ladder: before the due date, on it, then weekly while overdue.

Bills of a unit due on the same day share one reminder. Each step is a timer at 09:00
estate-local, planned when bills are imported; when it fires it reads the bills again, so
a step for bills paid since sends nothing. Dedupe keys make every step fire and reach each
resident at most once, across re-imports and restarts.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import FeeStop, FeeUnit
from bot.clock import Clock
from bot.services.fees.bill_import import Group
from bot.services.fees.common import fee_type, local_today, money, remind_time
from bot.services.notify.notifier import Button, Notifier
from bot.services.scheduling.calendar import QuietHours
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import Bill, Estate, Timer
from storage.repositories import bills, estates, fee_settings, people, timers

KIND = "fee.reminder"
# (step, days from the due date): 7 days before, on the day, then 3 times a week apart.
STEPS = (("before", -7), ("due", 0), ("overdue1", 7), ("overdue2", 14), ("overdue3", 21))
STEP_KEYS = {
    "before": "fee-reminder-before",
    "due": "fee-reminder-due",
    "overdue1": "fee-reminder-overdue",
    "overdue2": "fee-reminder-overdue",
    "overdue3": "fee-reminder-overdue",
}


def _ref(group: Group) -> str:
    """The timer ref of a (unit, due date) group."""
    unit_id, due = group
    return f"{unit_id}:{due.isoformat()}"


def push_key(unit_id: int, due: date, step: str, account_id: int) -> str:
    """The dedupe key of one reminder step for one resident."""
    return f"fee:{unit_id}:{due.isoformat()}:{step}:{account_id}"


class FeeReminders:
    """Plan, cancel and send fee reminders; keep each resident's choice to get them."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def replan(self, conn: AsyncConnection, estate: Estate, groups: set[Group]) -> None:
        """Plan the steps still ahead for open groups; cancel those of paid ones."""
        unit_ids = {unit_id for unit_id, _due in groups}
        still_open = {
            (b.unit_id, b.due_date) for b in await bills.of_units(conn, unit_ids) if b.open_minor
        }
        paid_refs = [_ref(group) for group in groups if group not in still_open]
        planned = await timers.refs_with_timers(conn, KIND, paid_refs)
        now = self._clock.now()
        today = local_today(now, estate)
        for unit_id, due in sorted(groups):
            ref = _ref((unit_id, due))
            if (unit_id, due) not in still_open:
                if ref in planned:
                    await self._cancel(conn, unit_id, due, ref)
                continue
            for step, offset in STEPS:
                day = due + timedelta(days=offset)
                if day < today:
                    continue
                at = max(remind_time(day, estate), now)
                payload = {"unit_id": unit_id, "due": due.isoformat(), "step": step}
                dedupe = f"{KIND}:{ref}:{step}"
                await self._timers.set(conn, KIND, ref, at, payload=payload, dedupe_key=dedupe)

    async def _cancel(self, conn: AsyncConnection, unit_id: int, due: date, ref: str) -> None:
        """Cancel the pending steps of a paid group, and pushes of it not sent yet."""
        await self._timers.cancel(conn, KIND, ref)
        residents = await people.residents_of_unit(conn, unit_id)
        keys = [push_key(unit_id, due, step, a) for step, _offset in STEPS for a in residents]
        await self._notifier.cancel(conn, *keys)

    async def on_reminder(self, conn: AsyncConnection, timer: Timer) -> None:
        """Send one step to the unit's residents, if its bills are still open."""
        unit_id, step = int(timer.payload["unit_id"]), str(timer.payload["step"])
        due = date.fromisoformat(timer.payload["due"])
        open_bills = await bills.open_due_on(conn, unit_id, due)
        unit = await estates.unit(conn, unit_id)
        estate = await estates.estate(conn, unit.estate_id) if unit else None
        if not open_bills or unit is None or estate is None:
            return
        residents = await people.residents_of_unit(conn, unit_id)
        off = await fee_settings.reminders_off(conn, residents)
        args = _reminder_args(estate, unit.code, due, step, open_bills)
        buttons = [
            [Button(key="fee-button-view", data=FeeUnit(unit_id=unit_id).pack())],
            [Button(key="fee-button-stop", data=FeeStop().pack())],
        ]
        quiet = QuietHours.of(estate.quiet_start, estate.quiet_end, estate.timezone)
        for account_id in residents:
            if account_id in off:
                continue
            await self._notifier.push(
                conn,
                account_id,
                STEP_KEYS[step],
                args=args,
                buttons=buttons,
                quiet=quiet,
                dedupe_key=push_key(unit_id, due, step, account_id),
            )

    async def enabled(self, account_id: int) -> bool:
        """Tell whether an account gets fee reminders."""
        async with self._db.read() as conn:
            return account_id not in await fee_settings.reminders_off(conn, [account_id])

    async def set_enabled(self, account_id: int, on: bool) -> None:
        """Turn an account's fee reminders on or off."""
        async with self._db.transaction() as conn:
            await fee_settings.set_reminders(conn, account_id, on)


def _reminder_args(
    estate: Estate, unit: str, due: date, step: str, open_bills: list[Bill]
) -> dict[str, object]:
    """The arguments of a reminder: the unit, the day, the total and one line per bill."""
    lines = [
        {
            "key": "fee-reminder-line",
            "args": {
                "period": b.period,
                "type": fee_type(b.fee_type),
                "amount": money(b.open_minor, estate.currency),
            },
        }
        for b in open_bills
    ]
    return {
        "estate": estate.name,
        "unit": unit,
        "due": due.isoformat(),
        "total": money(sum(b.open_minor for b in open_bills), estate.currency),
        "bills": lines,
        "number": int(step[-1]) if step.startswith("overdue") else 0,
    }
