"""Paying bills in chat with Telegram Payments, and receipts (收据) for every payment.

A resident asks to pay one bill or all open bills of a unit: a payment is stored with what
each bill owed, and the handler sends the invoice. The pre-checkout query is accepted only
if those bills are still open for exactly those amounts. The successful payment credits the
bills once per Telegram charge; money that no bill owed any more is recorded for a refund.
"""

from __future__ import annotations

from collections.abc import Collection

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services.fees.settle import Settled, Settlement
from bot.services.people.access import Viewer, may_see_unit
from bot.services.people.member_rules import may_pay
from storage.db import Database
from storage.models import Bill, Estate, Payment, PaymentItem, Unit
from storage.repositories import bills, estates, payments, people

PAYLOAD_PREFIX = "pay:"


class Invoice(BaseModel):
    """What an invoice for some bills of a unit shows and carries."""

    payment_id: int
    payload: str
    provider_token: str
    estate: Estate
    unit: Unit
    items: list[Bill]

    @property
    def total_minor(self) -> int:
        """The invoice's total."""
        return sum(b.open_minor for b in self.items)


class PayOptions(BaseModel):
    """How a unit's bills can be paid: in chat, and by transfer with the estate's details."""

    in_chat: bool
    instructions: str
    has_qr: bool

    @property
    def by_transfer(self) -> bool:
        """Whether residents know where to transfer to."""
        return bool(self.instructions) or self.has_qr


class Receipt(BaseModel):
    """Everything a receipt shows."""

    payment: Payment
    estate: Estate
    unit: Unit
    payer: str
    confirmed_by: str | None
    items: list[PaymentItem]
    refund_minor: int

    @property
    def total_minor(self) -> int:
        """What the payment credited to bills."""
        return sum(i.applied_minor for i in self.items)


class PaymentService:
    """Invoices, pre-checkout checks, settling in chat, receipts and refunds."""

    def __init__(self, db: Database, clock: Clock, settlement: Settlement) -> None:
        self._db = db
        self._clock = clock
        self._settlement = settlement

    async def qr_image(self, viewer: Viewer, unit_id: int) -> bytes:
        """The estate's collection QR code, for a resident or staff of the unit."""
        async with self._db.read() as conn:
            unit = await _visible_unit(conn, viewer, unit_id)
            image = (await payments.settings(conn, unit.estate_id)).qr_image
        if image is None:
            raise NotFound()
        return image

    async def invoice(
        self,
        viewer: Viewer,
        unit_id: int,
        bill_id: int | None,
        only: Collection[int] | None = None,
    ) -> Invoice:
        """Store a payment for one open bill (or all, or `only` some) of the viewer's unit."""
        if not any(o.unit_id == unit_id for o in viewer.occupancies):
            raise NotFound()
        if not may_pay(viewer, unit_id):
            raise NotAllowed("members-no-pay")
        async with self._db.transaction() as conn:
            unit = await estates.unit(conn, unit_id)
            estate = await estates.estate(conn, unit.estate_id) if unit else None
            assert unit is not None and estate is not None
            token = (await payments.settings(conn, estate.id)).provider_token
            if not token:
                raise InvalidInput("pay-not-in-chat")
            found = [
                b
                for b in await bills.open_of_unit(conn, unit.id)
                if bill_id in (None, b.id) and (only is None or b.id in only)
            ]
            if not found:
                raise InvalidInput("pay-nothing-open")
            payment_id = await payments.add(
                conn, self._payment(estate, unit, viewer, "telegram", "invoiced", found), found
            )
        return Invoice(
            payment_id=payment_id,
            payload=f"{PAYLOAD_PREFIX}{payment_id}",
            provider_token=token,
            estate=estate,
            unit=unit,
            items=found,
        )

    def _payment(
        self,
        estate: Estate,
        unit: Unit,
        viewer: Viewer,
        method: str,
        status: str,
        found: list[Bill],
    ) -> dict[str, object]:
        return {
            "estate_id": estate.id,
            "unit_id": unit.id,
            "payer_account_id": viewer.account.id,
            "method": method,
            "status": status,
            "amount_minor": sum(b.open_minor for b in found),
            "currency": estate.currency,
            "created_at": self._clock.now(),
        }

    async def check(self, account_id: int, payload: str, currency: str, total: int) -> None:
        """Accept a pre-checkout query, or InvalidInput saying why not (a locale key)."""
        async with self._db.read() as conn:
            payment = await _by_payload(conn, payload)
            if payment.status == "paid":
                raise InvalidInput("pay-refused-paid")
            if payment.status != "invoiced" or payment.method != "telegram":
                raise InvalidInput("pay-refused-changed")
            asked_by = payment.payer_account_id  # who asked for the invoice (a moving-in owner)
            residents = await people.residents_of_unit(conn, payment.unit_id)
            if account_id != asked_by and account_id not in residents:
                raise InvalidInput("pay-refused-not-yours")
            items = await payments.items(conn, payment.id)
            owed = {b.id: b for b in await bills.open_of_unit(conn, payment.unit_id)}
        if not any(i.bill_id in owed for i in items):
            raise InvalidInput("pay-refused-paid")
        unchanged = all(
            i.bill_id in owed and owed[i.bill_id].open_minor == i.amount_minor for i in items
        )
        asked = sum(i.amount_minor for i in items)
        if not unchanged or total != asked or currency != payment.currency:
            raise InvalidInput("pay-refused-changed")

    async def settle_in_chat(
        self, account_id: int, payload: str, total: int, charge_id: str, provider_charge_id: str
    ) -> Settled:
        """Credit a successful payment, once per Telegram charge."""
        async with self._db.transaction() as conn:
            payment = await _by_payload(conn, payload, lock=True)
            seen = await payments.by_charge(conn, charge_id)  # after the lock: a twin committed
            if seen is not None:
                return Settled(payment=seen, applied_minor=0, refund_minor=0, new=False)
            values = {
                "charge_id": charge_id,
                "provider_charge_id": provider_charge_id,
                "payer_account_id": account_id,
            }
            if payment.status == "paid":  # the same invoice paid a second time
                return await self._paid_twice(conn, payment, total, values)
            return await self._settlement.settle(conn, payment, total, values)

    async def _paid_twice(
        self, conn: AsyncConnection, first: Payment, total: int, values: dict[str, object]
    ) -> Settled:
        """Record a second payment of a paid invoice, all of it to be refunded."""
        values = {
            "estate_id": first.estate_id,
            "unit_id": first.unit_id,
            "method": first.method,
            "status": "refund",
            "amount_minor": total,
            "currency": first.currency,
            "created_at": self._clock.now(),
            "paid_at": self._clock.now(),
            **values,
        }
        payment_id = await payments.add(conn, values, [])
        await self._settlement.refund(conn, payment_id, total, "already_paid")
        again = await payments.get(conn, payment_id)
        assert again is not None
        return Settled(payment=again, applied_minor=0, refund_minor=total)

    async def receipt(self, viewer: Viewer, payment_id: int) -> Receipt:
        """The receipt of a paid payment, for the unit's residents and staff."""
        async with self._db.read() as conn:
            payment = await payments.get(conn, payment_id)
            if payment is None or payment.status != "paid":
                raise NotFound()
            unit = await _visible_unit(conn, viewer, payment.unit_id)
            estate = await estates.estate(conn, unit.estate_id)
            assert estate is not None
            ids = [a for a in (payment.payer_account_id, payment.decided_by) if a is not None]
            named = await people.names(conn, ids)
            return Receipt(
                payment=payment,
                estate=estate,
                unit=unit,
                payer=named.get(payment.payer_account_id or 0) or unit.owner_name or "-",
                confirmed_by=named.get(payment.decided_by or 0),
                items=[i for i in await payments.items(conn, payment.id) if i.applied_minor],
                refund_minor=sum(
                    r.amount_minor for r in await payments.refunds_of(conn, payment.id)
                ),
            )


async def _by_payload(conn: AsyncConnection, payload: str, *, lock: bool = False) -> Payment:
    """The payment an invoice payload names; InvalidInput when there is none."""
    number = payload.removeprefix(PAYLOAD_PREFIX)
    found = (
        await payments.get(conn, int(number), lock=lock)
        if payload.startswith(PAYLOAD_PREFIX) and number.isdigit()
        else None
    )
    if found is None:
        raise InvalidInput("pay-refused-changed")
    return found


async def _visible_unit(conn: AsyncConnection, viewer: Viewer, unit_id: int) -> Unit:
    unit = await estates.unit(conn, unit_id)
    if unit is None or not may_see_unit(viewer, unit.estate_id, unit.grid_id, unit.id):
        raise NotFound()
    return unit
