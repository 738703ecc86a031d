"""SQL for payments: estate settings, payments with their bills, receipts and refunds."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Bill, Payment, PaymentItem, PaymentSettings, Refund
from storage.repositories.sql import upsert
from storage.tables import bills, estate_payments, payment_items, payments, refunds

PAID = "paid"


async def settings(conn: AsyncConnection, estate_id: int) -> PaymentSettings:
    """How an estate is paid (nothing set: no payments in chat, no transfer instructions)."""
    row = (
        await conn.execute(select(estate_payments).where(estate_payments.c.estate_id == estate_id))
    ).first()
    if row is None:
        return PaymentSettings(estate_id=estate_id)
    return PaymentSettings.model_validate(row._mapping)


async def options(conn: AsyncConnection, estate_id: int) -> tuple[bool, str, bool]:
    """(payments in chat, transfer instructions, a QR code set), without reading the image."""
    query = select(
        estate_payments.c.provider_token != "",
        estate_payments.c.instructions,
        estate_payments.c.qr_image.is_not(None),
    ).where(estate_payments.c.estate_id == estate_id)
    row = (await conn.execute(query)).first()
    return (bool(row[0]), str(row[1]), bool(row[2])) if row else (False, "", False)


async def put_settings(conn: AsyncConnection, estate_id: int, values: dict[str, Any]) -> None:
    """Set some of an estate's payment settings."""
    await upsert(conn, estate_payments, {"estate_id": estate_id, **values}, ["estate_id"])


async def add(conn: AsyncConnection, values: dict[str, Any], items: list[Bill]) -> int:
    """Store a payment asking for each bill's open amount; return its id."""
    result = await conn.execute(payments.insert().values(**values))
    payment_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    if items:
        await conn.execute(
            payment_items.insert(),
            [
                {
                    "payment_id": payment_id,
                    "bill_id": b.id,
                    "period": b.period,
                    "fee_type": b.fee_type,
                    "amount_minor": b.open_minor,
                }
                for b in items
            ],
        )
    return payment_id


async def get(conn: AsyncConnection, payment_id: int, *, lock: bool = False) -> Payment | None:
    """Return a payment (locked until the transaction ends, on PostgreSQL, with `lock`)."""
    query = select(payments).where(payments.c.id == payment_id)
    if lock:
        query = query.with_for_update()
    row = (await conn.execute(query)).first()
    return Payment.model_validate(row._mapping) if row else None


async def by_charge(conn: AsyncConnection, charge_id: str) -> Payment | None:
    """Return the payment a Telegram charge settled, if any."""
    row = (await conn.execute(select(payments).where(payments.c.charge_id == charge_id))).first()
    return Payment.model_validate(row._mapping) if row else None


async def items(conn: AsyncConnection, payment_id: int) -> list[PaymentItem]:
    """Return the bills of a payment, oldest period first."""
    query = (
        select(payment_items)
        .where(payment_items.c.payment_id == payment_id)
        .order_by(payment_items.c.period, payment_items.c.fee_type)
    )
    return [PaymentItem.model_validate(row._mapping) for row in await conn.execute(query)]


async def bills_of(conn: AsyncConnection, bill_ids: Iterable[int]) -> dict[int, Bill]:
    """Return bills by id, locked for the caller's transaction on PostgreSQL."""
    ids = sorted(set(bill_ids))
    query = select(bills).where(bills.c.id.in_(ids)).order_by(bills.c.id).with_for_update()
    return {row.id: Bill.model_validate(row._mapping) for row in await conn.execute(query)}


async def credit(conn: AsyncConnection, bill: Bill, applied: int, paid_on: date) -> None:
    """Add a payment to a bill; a bill paid in full gets its paid date."""
    paid = bill.paid_minor + applied
    values: dict[str, Any] = {"paid_minor": paid}
    if paid >= bill.amount_minor:
        values["paid_at"] = paid_on
    await conn.execute(update(bills).where(bills.c.id == bill.id).values(**values))


async def set_applied(conn: AsyncConnection, payment_id: int, applied: dict[int, int]) -> None:
    """Record what each bill of a payment was credited."""
    for bill_id, amount in applied.items():
        await conn.execute(
            update(payment_items)
            .where(payment_items.c.payment_id == payment_id, payment_items.c.bill_id == bill_id)
            .values(applied_minor=amount)
        )


async def change(conn: AsyncConnection, payment_id: int, values: dict[str, Any]) -> None:
    """Update a payment's columns."""
    await conn.execute(update(payments).where(payments.c.id == payment_id).values(**values))


async def add_refund(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Record money to pay back; return its id."""
    result = await conn.execute(refunds.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def refunds_of(conn: AsyncConnection, payment_id: int) -> list[Refund]:
    """Return a payment's refunds."""
    query = select(refunds).where(refunds.c.payment_id == payment_id).order_by(refunds.c.id)
    return [Refund.model_validate(row._mapping) for row in await conn.execute(query)]


async def refunds_of_estate(
    conn: AsyncConnection, estate_id: int, status: str | None
) -> list[tuple[Refund, Payment]]:
    """Return an estate's refunds (of one status, or all) with their payments, oldest first."""
    query = (
        select(refunds, payments)
        .join(payments, payments.c.id == refunds.c.payment_id)
        .where(payments.c.estate_id == estate_id)
        .order_by(refunds.c.id)
    )
    if status is not None:
        query = query.where(refunds.c.status == status)
    found = []
    for row in await conn.execute(query):
        values = row._mapping
        refund = Refund.model_validate({c.name: values[refunds.c[c.name]] for c in refunds.c})
        payment = Payment.model_validate({c.name: values[payments.c[c.name]] for c in payments.c})
        found.append((refund, payment))
    return found


async def refund(conn: AsyncConnection, refund_id: int) -> Refund | None:
    """Return one refund."""
    row = (await conn.execute(select(refunds).where(refunds.c.id == refund_id))).first()
    return Refund.model_validate(row._mapping) if row else None


async def mark_refunded(conn: AsyncConnection, refund_id: int, note: str, at: datetime) -> bool:
    """Mark a due refund paid back; False when it was not due."""
    result = await conn.execute(
        update(refunds)
        .where(refunds.c.id == refund_id, refunds.c.status == "due")
        .values(status="refunded", note=note, refunded_at=at)
    )
    return bool(result.rowcount)


async def paid_of_unit(conn: AsyncConnection, unit_id: int, limit: int) -> list[Payment]:
    """Return a unit's latest paid payments, newest first."""
    query = (
        select(payments)
        .where(payments.c.unit_id == unit_id, payments.c.status == PAID)
        .order_by(payments.c.paid_at.desc(), payments.c.id.desc())
        .limit(limit)
    )
    return [Payment.model_validate(row._mapping) for row in await conn.execute(query)]


async def credited_of_estate(conn: AsyncConnection, estate_id: int) -> dict[int, int]:
    """What payments through Butler credited each bill of an estate, by bill id."""
    query = (
        select(payment_items.c.bill_id, func.sum(payment_items.c.applied_minor))
        .join(payments, payments.c.id == payment_items.c.payment_id)
        .where(payments.c.estate_id == estate_id, payments.c.status == PAID)
        .group_by(payment_items.c.bill_id)
    )
    return {int(bill_id): int(total) for bill_id, total in await conn.execute(query)}


async def payment_of_bill(conn: AsyncConnection, bill_id: int) -> int | None:
    """The latest paid payment that credited a bill (to refund it against)."""
    query = (
        select(payment_items.c.payment_id)
        .join(payments, payments.c.id == payment_items.c.payment_id)
        .where(
            payment_items.c.bill_id == bill_id,
            payment_items.c.applied_minor > 0,
            payments.c.status == PAID,
        )
        .order_by(payment_items.c.payment_id.desc())
        .limit(1)
    )
    row = (await conn.execute(query)).first()
    return int(row[0]) if row else None
