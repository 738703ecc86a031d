"""Fee reminders: each unit's ladder (see `ladder`) as one timer, merged into one message.

A unit has at most one pending ladder timer, at 09:00 estate-local on the next day a step
is due. When it fires it reads the bills, the promise and what was sent again, sends one
message per resident with every step due that day (overdue bills, bills due today, bills
due soon), records what it sent and plans the next day. Imports, payments and write-offs
replan the unit. Dedupe keys make every day's message reach each resident at most once,
across re-imports, restarts and a second worker.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import FeeStop, FeeUnit
from bot.clock import Clock
from bot.services.fees.common import Text, fee_type, local_today, money, remind_time
from bot.services.fees.ladder import LadderState, Steps, after, next_day, steps_on
from bot.services.notify.notifier import Button, Notifier
from bot.services.scheduling.calendar import QuietHours
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import Bill, Estate, Timer, Unit
from storage.repositories import (
    bills,
    collection_logs,
    estates,
    fee_ladders,
    fee_settings,
    people,
    timers,
)

KIND = "fee.ladder"
OLD_KIND = "fee.reminder"  # the fixed steps of earlier versions: replanned when they fire


def push_key(unit_id: int, day: date, account_id: int) -> str:
    """The dedupe key of one day's reminder to one resident."""
    return f"fee:{unit_id}:{day.isoformat()}:{account_id}"


class FeeReminders:
    """Plan and send each unit's fee reminders; keep each resident's choice to get them."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def replan(self, conn: AsyncConnection, estate: Estate, unit_ids: Iterable[int]) -> None:
        """Plan the next reminder of each unit, or end its ladder when nothing is open."""
        today = local_today(self._clock.now(), estate)
        for unit_id in sorted(set(unit_ids)):
            await self._plan(conn, estate, unit_id, today)

    async def _plan(
        self, conn: AsyncConnection, estate: Estate, unit_id: int, today: date
    ) -> None:
        """Set the unit's one timer at its next step's 09:00 (or now, if that has passed)."""
        open_bills = await bills.open_of_unit(conn, unit_id)
        if not open_bills:  # all paid: the ladder ends, a reminder held for the night too
            await self._timers.cancel(conn, KIND, str(unit_id))
            await self._notifier.cancel_prefix(conn, f"fee:{unit_id}:")
            await fee_ladders.clear(conn, unit_id)
            return
        state = await self._state(conn, unit_id)
        due_dates = {b.due_date for b in open_bills}
        if not any(d < today for d in due_dates) and state.overdue_count:
            await fee_ladders.reset_overdue(conn, unit_id)  # overdue bills paid, new ones due
            state = LadderState(sent=state.sent)
        promised = await collection_logs.promised_until(conn, unit_id, today)
        day = next_day(today, due_dates, state, promised)
        pending = await timers.pending_of(conn, KIND, str(unit_id))
        at = max(remind_time(day, estate), self._clock.now()) if day else None
        if at is not None and any(t.due_at == at for t in pending):
            return
        await self._timers.cancel(conn, KIND, str(unit_id))
        if at is not None:
            dedupe = f"{KIND}:{unit_id}:{at.isoformat()}:{secrets.token_hex(4)}"
            payload = {"unit_id": unit_id}
            await self._timers.set(
                conn, KIND, str(unit_id), at, payload=payload, dedupe_key=dedupe
            )

    async def ensure_planned(self) -> int:
        """Plan the units with open bills and no ladder (after an upgrade); return how many."""
        async with self._db.transaction() as conn:
            found = await fee_ladders.units_without_ladder(conn, KIND)
            loaded: dict[int, Estate | None] = {}
            for unit_id, estate_id in found:
                if estate_id not in loaded:
                    loaded[estate_id] = await estates.estate(conn, estate_id)
                estate = loaded[estate_id]
                if estate is not None:
                    await self._plan(conn, estate, unit_id, local_today(self._clock.now(), estate))
        return len(found)

    async def _state(self, conn: AsyncConnection, unit_id: int) -> LadderState:
        count, last, sent = await fee_ladders.load(conn, unit_id)
        return LadderState(count, last, sent)

    async def on_old_step(self, conn: AsyncConnection, timer: Timer) -> None:
        """A step timer of an earlier version: cancel its siblings and plan the ladder."""
        unit = await estates.unit(conn, int(timer.payload["unit_id"]))
        estate = await estates.estate(conn, unit.estate_id) if unit else None
        if unit is None or estate is None:
            return
        await self._timers.cancel(conn, OLD_KIND, f"{unit.id}:{timer.payload.get('due', '')}")
        await self._plan(conn, estate, unit.id, local_today(self._clock.now(), estate))

    async def on_reminder(self, conn: AsyncConnection, timer: Timer) -> None:
        """Send the day's steps to the unit's residents, then plan the next day."""
        unit = await estates.unit(conn, int(timer.payload["unit_id"]))
        estate = await estates.estate(conn, unit.estate_id) if unit else None
        if unit is None or estate is None:
            return
        today = local_today(self._clock.now(), estate)
        open_bills = await bills.open_of_unit(conn, unit.id)
        if open_bills:
            state = await self._state(conn, unit.id)
            promised = await collection_logs.promised_until(conn, unit.id, today)
            steps = steps_on(today, {b.due_date for b in open_bills}, state, promised)
            if steps:
                await self._send(conn, estate, unit, today, steps, open_bills)
                done = after(state, today, steps)
                new_steps = done.sent - state.sent
                await fee_ladders.save(
                    conn, unit.id, done.overdue_count, done.last_overdue, new_steps
                )
        await self._plan(conn, estate, unit.id, today)

    async def _send(
        self,
        conn: AsyncConnection,
        estate: Estate,
        unit: Unit,
        today: date,
        steps: Steps,
        open_bills: list[Bill],
    ) -> None:
        """One message per resident who pays (a tenant the owner does not let pay gets none):
        overdue first, then due today, then due soon."""
        residents = await people.payers_of_unit(conn, unit.id)
        off = await fee_settings.reminders_off(conn, residents)
        numbers = await fee_ladders.bump_seen(conn, unit.id, residents) if steps.overdue else {}
        quiet = QuietHours.of(estate.quiet_start, estate.quiet_end, estate.timezone)
        for account_id in residents:
            upcoming = account_id not in off  # "stop reminders" only stops the steps ahead
            sections = _sections(estate, today, steps, open_bills, upcoming)
            if not sections:
                continue
            title = _title(steps, upcoming)
            buttons = [[Button(key="fee-button-pay", data=FeeUnit(unit_id=unit.id).pack())]]
            if not steps.overdue:
                buttons.append([Button(key="fee-button-stop", data=FeeStop().pack())])
            await self._notifier.push(
                conn,
                account_id,
                "fee-reminder",
                args={
                    "title": {
                        "key": title,
                        "args": {
                            "estate": estate.name,
                            "unit": unit.code,
                            "number": numbers.get(account_id, 1),
                        },
                    },
                    "sections": sections,
                },
                buttons=buttons,
                quiet=quiet,
                dedupe_key=push_key(unit.id, today, account_id),
            )

    async def enabled(self, account_id: int) -> bool:
        """Tell whether an account gets the reminders ahead of due dates."""
        async with self._db.read() as conn:
            return account_id not in await fee_settings.reminders_off(conn, [account_id])

    async def set_enabled(self, account_id: int, on: bool) -> None:
        """Turn an account's reminders ahead of due dates on or off."""
        async with self._db.transaction() as conn:
            await fee_settings.set_reminders(conn, account_id, on)


def _title(steps: Steps, upcoming: bool) -> str:
    """The title of the most pressing step in the message."""
    if steps.overdue:
        return "fee-reminder-title-overdue"
    return "fee-reminder-title-due" if steps.due and upcoming else "fee-reminder-title-before"


def _sections(
    estate: Estate, today: date, steps: Steps, open_bills: list[Bill], upcoming: bool
) -> list[Text]:
    """The parts of one resident's message, each with its bills and their total."""
    parts: list[tuple[str, list[Bill], dict[str, object]]] = []
    if steps.overdue:
        overdue = [b for b in open_bills if b.due_date < today and b.due_date not in steps.due]
        since = min((b.due_date for b in overdue), default=today).isoformat()
        parts.append(("fee-reminder-overdue-part", overdue, {"since": since}))
    if upcoming:
        for day in steps.due:
            due = [b for b in open_bills if b.due_date == day]
            key = "fee-reminder-due-part" if day == today else "fee-reminder-was-due-part"
            parts.append((key, due, {"due": day.isoformat()}))
        for day in steps.before:
            soon = [b for b in open_bills if b.due_date == day]
            args = {"due": day.isoformat(), "days": (day - today).days}
            parts.append(("fee-reminder-before-part", soon, args))
    return [
        {
            "key": key,
            "args": {
                **args,
                "total": money(sum(b.open_minor for b in part), estate.currency),
                "bills": [_line(estate, b) for b in part],
            },
        }
        for key, part, args in parts
        if part
    ]


def _line(estate: Estate, bill: Bill) -> Text:
    return {
        "key": "fee-reminder-line",
        "args": {
            "period": bill.period,
            "type": fee_type(bill.fee_type),
            "amount": money(bill.open_minor, estate.currency),
        },
    }
