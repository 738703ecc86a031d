"""Settling a payment: credit its bills, number its receipt, log it, tell the grid's butler.

Money received is spread over the payment's bills oldest period first, never more than a
bill still owes; what is left (the bills were paid meanwhile, or the transfer was larger)
becomes a refund for the operator. All of it happens in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import ArrearsUnit
from bot.clock import Clock
from bot.services.fees.common import local_today, money
from bot.services.fees.reminders import FeeReminders
from bot.services.notify.notifier import Button, Notifier
from storage.models import Estate, Payment, Unit
from storage.repositories import collection_logs, estates, payments, people, tickets

METHOD_CHANNELS = {"telegram": "chat", "transfer": "transfer", "counter": "counter"}
METHOD_KEYS = {
    "telegram": "payment-method-telegram",
    "transfer": "payment-method-transfer",
    "counter": "payment-method-counter",
}
PaidHook = Callable[[AsyncConnection, int], Awaitable[None]]


@dataclass(frozen=True)
class Settled:
    """A settled payment: what was credited, what is to be refunded, and if it is new."""

    payment: Payment
    applied_minor: int
    refund_minor: int
    new: bool = True


class Settlement:
    """Credit bills and record the receipt of a payment (in chat or by transfer)."""

    def __init__(self, clock: Clock, notifier: Notifier, reminders: FeeReminders) -> None:
        self._clock = clock
        self._notifier = notifier
        self._reminders = reminders
        self._paid_hooks: list[PaidHook] = []

    def on_paid(self, hook: PaidHook) -> None:
        """Call `hook(conn, unit_id)` after a payment of the unit's bills is credited."""
        self._paid_hooks.append(hook)

    async def settle(
        self, conn: AsyncConnection, payment: Payment, received: int, values: dict[str, Any]
    ) -> Settled:
        """Credit `received` to the payment's bills and mark it paid with a receipt number."""
        unit = await estates.unit(conn, payment.unit_id)
        estate = await estates.estate(conn, payment.estate_id)
        assert unit is not None and estate is not None
        now = self._clock.now()
        items = await payments.items(conn, payment.id)
        owed = await payments.bills_of(conn, [i.bill_id for i in items])
        left, applied = received, {}
        for item in items:
            bill = owed.get(item.bill_id)
            take = min(item.amount_minor, bill.open_minor, left) if bill else 0
            if bill is not None and take > 0:
                await payments.credit(conn, bill, take, local_today(now, estate))
                applied[item.bill_id] = take
                left -= take
        await payments.set_applied(conn, payment.id, applied)
        receipt_no = await _receipt_number(conn, estate, local_today(now, estate).year)
        done = {"status": "paid", "receipt_no": receipt_no, "paid_at": now}
        await payments.change(conn, payment.id, {**values, **done, "amount_minor": received})
        if left > 0:
            reason = "overpaid" if applied else "already_paid"
            await self.refund(conn, payment.id, left, reason)
        credited = sum(applied.values())
        await self._log(conn, payment, unit, credited, receipt_no, values.get("decided_by"))
        await self._reminders.replan(conn, estate, [unit.id])
        for hook in self._paid_hooks:
            await hook(conn, unit.id)
        settled = await payments.get(conn, payment.id)
        assert settled is not None
        await self.tell_grid(conn, estate, unit, settled, credited)
        return Settled(payment=settled, applied_minor=credited, refund_minor=left)

    async def refund(
        self, conn: AsyncConnection, payment_id: int, amount: int, reason: str
    ) -> None:
        """Record money to pay back."""
        await payments.add_refund(
            conn,
            {
                "payment_id": payment_id,
                "amount_minor": amount,
                "reason": reason,
                "created_at": self._clock.now(),
            },
        )

    async def _log(
        self,
        conn: AsyncConnection,
        payment: Payment,
        unit: Unit,
        credited: int,
        receipt_no: str,
        decided_by: int | None,
    ) -> None:
        """The payment in the unit's collection log, where the butler chases arrears."""
        await collection_logs.add(
            conn,
            {
                "unit_id": unit.id,
                "staff_account_id": decided_by,
                "kind": "payment",
                "channel": METHOD_CHANNELS[payment.method],
                "amount_minor": credited,
                "note": receipt_no,
                "created_at": self._clock.now(),
            },
        )

    async def tell_grid(
        self, conn: AsyncConnection, estate: Estate, unit: Unit, payment: Payment, credited: int
    ) -> None:
        """Tell the butlers of the unit's grid (the managers, when it has none) of a payment."""
        for account_id in await grid_staff(conn, estate.id, unit.grid_id):
            if account_id == payment.decided_by:
                continue
            await self._notifier.push(
                conn,
                account_id,
                "payment-staff-paid",
                args={
                    "unit": unit.code,
                    "estate": estate.name,
                    "amount": money(credited, estate.currency),
                    "method": {"key": METHOD_KEYS[payment.method]},
                    "receipt": payment.receipt_no or "-",
                },
                buttons=[
                    [Button(key="arrears-button-unit", data=ArrearsUnit(unit_id=unit.id).pack())]
                ],
                dedupe_key=f"payment:{payment.id}:staff:{account_id}",
            )


async def grid_staff(conn: AsyncConnection, estate_id: int, grid_id: int) -> list[int]:
    """Who hears of a grid's payments: its butlers, or the managers when it has none."""
    staff = await people.butlers_of_grid(conn, grid_id)
    if not staff:
        staff = [r.account_id for r in await people.staff_of_estate(conn, estate_id, "manager")]
    return staff


async def _receipt_number(conn: AsyncConnection, estate: Estate, year: int) -> str:
    """The estate's next receipt number of the year: 2026-000001, 2026-000002, …"""
    number = await tickets.next_number(conn, estate.id, f"receipt-{year}")
    return f"{year}-{number:06d}"
