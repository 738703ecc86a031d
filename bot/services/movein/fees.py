"""缴纳费用: the move-in's prepaid property fee as bills of the unit, paid in chat by the owner
(Telegram Payments; they are not bound to the unit yet) or recorded as paid at the office."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.services import flows
from bot.services.fees.common import digits_of, local_today
from bot.services.fees.payments import PAYLOAD_PREFIX, Invoice
from bot.services.fees.settle import Settlement
from bot.services.movein import common
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer
from storage.db import Database
from storage.models import Bill
from storage.repositories import bills, moveins, payments

MAX_MONTHS = 12
MAX_MONTHLY_MINOR = 10_000_000


class MoveInFees:
    """Bill the prepaid months; the owner pays in chat, or staff record them paid."""

    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, settlement: Settlement
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._settlement = settlement
        settlement.on_paid(self._paid)

    async def invoice(self, viewer: Viewer, movein_id: int) -> Invoice:
        """The owner pays the move-in's open bills in chat: the invoice to send."""
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            common.check_owner(viewer, loaded, "fees")
            due = [b for b in await common.bills_of(conn, loaded) if b.open_minor]
            if not due:
                raise InvalidInput("pay-nothing-open")
            token = (await payments.settings(conn, loaded.estate.id)).provider_token
            if not token:
                raise InvalidInput("pay-not-in-chat")
            payment_id = await payments.add(
                conn,
                {"estate_id": loaded.estate.id, "unit_id": loaded.unit.id,
                 "payer_account_id": viewer.account.id, "method": "telegram",
                 "status": "invoiced", "amount_minor": sum(b.open_minor for b in due),
                 "currency": loaded.estate.currency, "created_at": self._clock.now()},
                due,
            )  # fmt: skip
        return Invoice(
            payment_id=payment_id,
            payload=f"{PAYLOAD_PREFIX}{payment_id}",
            provider_token=token,
            estate=loaded.estate,
            unit=loaded.unit,
            items=due,
        )

    async def _paid(self, conn: AsyncConnection, unit_id: int) -> None:
        """After a payment of the unit: a move-in whose bills are all paid moves on to keys."""
        movein = await moveins.open_of_unit(conn, unit_id)
        if movein is None or movein.step != "fees" or not movein.bill_ids:
            return
        loaded = await common.load(conn, movein.id, lock=True)
        if any(b.open_minor for b in await common.bills_of(conn, loaded)):
            return
        await moveins.add_event(
            conn,
            {"movein_id": movein.id, "at": self._clock.now(),
             "account_id": movein.owner_account_id, "action": "paid_chat", "detail": ""},
        )  # fmt: skip
        await common.advance(conn, loaded, "keys")
        await common.tell(
            conn, self._notifier, loaded, movein.butler_account_id, "movein-fees-paid", "paid"
        )

    async def bill_fees(
        self, viewer: Viewer, movein_id: int, months: int, monthly: Decimal, token: str
    ) -> list[Bill]:
        """缴纳费用: the prepaid property fee of some months (a monthly amount in major units)
        as bills of the unit (none: skip)."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            monthly_minor = int(monthly.scaleb(digits_of(loaded.estate.currency)))
            if not 0 <= months <= MAX_MONTHS or not 0 <= monthly_minor <= MAX_MONTHLY_MINOR:
                raise InvalidInput("movein-bad-fees", most=MAX_MONTHS)
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return await common.bills_of(conn, loaded)
            common.check_staff(viewer, loaded, "fees")
            today = local_today(now, loaded.estate)
            rows = []
            taken = {(b.period, b.fee_type) for b in await bills.of_units(conn, [loaded.unit.id])}
            for period in _periods(today, months if monthly_minor else 0):
                if (period, "property") not in taken:
                    rows.append(
                        {"estate_id": loaded.estate.id, "unit_id": loaded.unit.id,
                         "period": period, "fee_type": "property", "amount_minor": monthly_minor,
                         "paid_minor": 0, "due_date": today, "updated_at": now}
                    )  # fmt: skip
            await bills.insert_many(conn, rows)
            periods = {r["period"] for r in rows}
            billed = [
                b.id for b in await bills.of_units(conn, [loaded.unit.id])
                if b.fee_type == "property" and b.period in periods
            ]  # fmt: skip
            await moveins.change(conn, movein_id, {"bill_ids": billed})
            await common.record(conn, loaded, now, viewer, "fees", str(len(billed)))
            if not billed:
                await common.advance(conn, loaded, "keys")
            await flows.record(conn, viewer.account.id, token, "fees")
            return await common.bills_of(conn, await common.load(conn, movein_id))

    async def paid_at_office(self, viewer: Viewer, movein_id: int) -> int:
        """Staff confirm the fees paid at the office (cash or card); on to the keys."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            common.check_staff(viewer, loaded, "fees")
            due = [b for b in await common.bills_of(conn, loaded) if b.open_minor]
            total = sum(b.open_minor for b in due)
            await common.record(conn, loaded, now, viewer, "paid", str(total))
            await common.advance(conn, loaded, "keys")  # first: the paid hook has nothing to do
            if due:
                payment_id = await payments.add(
                    conn,
                    {"estate_id": loaded.estate.id, "unit_id": loaded.unit.id,
                     "payer_account_id": loaded.movein.owner_account_id, "method": "counter",
                     "status": "claimed", "amount_minor": total,
                     "currency": loaded.estate.currency, "decided_by": viewer.account.id,
                     "created_at": now},
                    due,
                )  # fmt: skip
                payment = await payments.get(conn, payment_id)
                assert payment is not None
                await self._settlement.settle(
                    conn, payment, total, {"decided_by": viewer.account.id}
                )
            return total


def _periods(today: date, months: int) -> list[str]:
    """This month and the next ones: ["2026-12", "2027-01", …]."""
    found = []
    year, month = today.year, today.month
    for _ in range(months):
        found.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found
