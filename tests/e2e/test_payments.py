"""Paying bills in chat with Telegram Payments, through the emulator's invoices and charges."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.services.fees.payment_admin import PaymentAdmin
from storage.models import Estate
from storage.repositories import bills, payments, timers
from storage.tables import collection_logs, refunds
from tests.e2e.chat import Chat
from tests.e2e.fee_helpers import import_bills, resident, staff, unit_id, viewer
from tests.factories import make_estate
from tests.harness import Harness

BILLS = (
    "1-1-101,2026-10,property,402.75,2026-10-15,0,",
    "1-1-101,2026-11,water,80.22,2026-11-15,0,",
    "1-1-101,2026-12,property,402.75,2026-12-15,0,",
)
TOKEN = "284685063:TEST:provider-token"


async def _estate(bot: Harness) -> Estate:
    estate = await make_estate(bot.services.db)
    await PaymentAdmin(bot.services.db, bot.clock).configure(estate, provider_token=TOKEN)
    bot.clock.set(datetime(2026, 11, 30, 3, tzinfo=UTC))
    return estate


async def _invoice_for(owner: Chat, label: str) -> int:
    """Open /fees, press a pay button, return the invoice's message id."""
    await owner.send("/fees")
    await owner.expect("Outstanding")
    await owner.press(label)
    invoice = await owner.expect("Bills of 1-1-101")
    return invoice.message_id


async def test_a_resident_pays_two_bills_and_gets_a_receipt(bot: Harness) -> None:
    estate = await _estate(bot)
    owner = await resident(bot, estate, 6001, "1-1-101")
    butler = await staff(bot, estate, 7001, "butler", ["A"])
    await import_bills(bot, estate, *BILLS[:2])
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.read() as conn:
        assert await timers.pending_of(conn, "fee.ladder", str(unit))

    message_id = await _invoice_for(owner, "💳 Pay all in chat: ¥482.97")
    sent = owner.last()
    assert sent.invoice is not None
    assert sent.invoice["currency"] == "CNY" and sent.invoice["total_amount"] == 48297
    paid = await owner.pay(message_id)
    assert paid.ok, paid.error_message
    await owner.expect("✅ Paid ¥482.97, thank you. Receipt 2026-000001.")
    receipt = await owner.expect("🧾 Receipt 2026-000001: 湖畔花园 1-1-101")
    assert (receipt.text or "").splitlines()[2:] == [
        "• 2026-10 Property fee: ¥402.75",
        "• 2026-11 Water: ¥80.22",
    ]
    await bot.tick()
    await butler.expect(
        "💳 1-1-101 (湖畔花园) paid ¥482.97: Paid in Telegram, receipt 2026-000001"
    )

    async with bot.services.db.read() as conn:
        assert await bills.open_of_unit(conn, unit) == []
        assert await timers.pending_of(conn, "fee.ladder", str(unit)) == []  # reminders end
        found = await payments.paid_of_unit(conn, unit, 5)
        assert [(p.method, p.amount_minor, p.charge_id) for p in found] == [
            ("telegram", 48297, paid.telegram_payment_charge_id)
        ]
        logged = (await conn.execute(select(collection_logs))).mappings().all()
        assert [(r["kind"], r["channel"], r["amount_minor"], r["note"]) for r in logged] == [
            ("payment", "chat", 48297, "2026-000001")
        ]

    # The same successful payment delivered twice changes nothing.
    await owner.repeat_payment(paid.telegram_payment_charge_id)
    await owner.expect("This payment is already recorded (receipt 2026-000001).")
    async with bot.services.db.read() as conn:
        assert len(await payments.paid_of_unit(conn, unit, 5)) == 1
        assert (await conn.execute(select(refunds))).all() == []
        assert len((await conn.execute(select(collection_logs))).all()) == 1

    await owner.send("/fees")
    await owner.expect("Nothing due for 1-1-101")
    await owner.press("📜 Paid in the last 12 months")
    await owner.expect("Your latest receipts")
    await owner.press("🧾 Receipt 2026-000001")
    await owner.expect("🧾 Receipt 2026-000001")


async def test_a_changed_amount_is_refused_at_pre_checkout(bot: Harness) -> None:
    estate = await _estate(bot)
    owner = await resident(bot, estate, 6001, "1-1-101")
    await import_bills(bot, estate, *BILLS[:2])
    message_id = await _invoice_for(owner, "💳 Pay all in chat: ¥482.97")
    await import_bills(bot, estate, BILLS[1].replace("80.22", "95.00"))  # the office corrects it
    refused = await owner.pay(message_id)
    assert not refused.ok
    assert refused.error_message == (
        "These bills changed since the invoice was made. Nothing was charged: "
        "open /fees and pay the new amount."
    )
    tampered = await owner.pay(message_id, total_amount=100)
    assert not tampered.ok
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.read() as conn:
        assert sum(b.open_minor for b in await bills.open_of_unit(conn, unit)) == 49775
        assert await payments.paid_of_unit(conn, unit, 5) == []


async def test_one_bill_paid_and_an_invoice_of_bills_paid_meanwhile(bot: Harness) -> None:
    estate = await _estate(bot)
    owner = await resident(bot, estate, 6001, "1-1-101", language="zh-hans")
    await import_bills(bot, estate, *BILLS)
    await owner.send("/fees")
    statement = await owner.expect("待缴")
    labels = statement.button_labels()
    assert "💳 缴纳 2026-11 水费：¥80.22" in labels
    await owner.press("💳 缴纳 2026-11 水费：¥80.22")
    await owner.expect("1-1-101 账单")
    water = owner.last().message_id
    assert (await owner.pay(water)).ok
    await owner.expect("✅ 已缴纳 ¥80.22，谢谢！收据编号 2026-000001。")
    await owner.expect("🧾 收据 2026-000001")
    again = await owner.pay(water)  # the same invoice once more: refused, nothing charged
    assert not again.ok and again.error_message == "这些费用已经缴纳，本次未扣款。"

    await owner.send("/fees")
    await owner.expect("待缴")
    await owner.press("💳 在线缴纳全部：¥805.50")
    await owner.expect("1-1-101 账单")
    stale = owner.last().message_id
    bot.clock.set(datetime(2026, 12, 1, 3, tzinfo=UTC))
    await import_bills(  # paid at the office meanwhile: the pre-checkout query refuses
        bot,
        estate,
        BILLS[0].replace(",0,", ",402.75,2026-12-01"),
        BILLS[2].replace(",0,", ",402.75,2026-12-01"),
    )
    refused = await owner.pay(stale)
    assert not refused.ok and refused.error_message == "这些费用已经缴纳，本次未扣款。"


async def test_money_no_bill_owed_is_recorded_for_a_refund(bot: Harness) -> None:
    estate = await _estate(bot)
    owner = await resident(bot, estate, 6001, "1-1-101")
    await import_bills(bot, estate, BILLS[0])
    message_id = await _invoice_for(owner, "💳 Pay all in chat: ¥402.75")
    first = await owner.pay(message_id)
    assert first.ok
    await owner.expect("Receipt 2026-000001")
    account = (await viewer(bot, 6001)).account.id
    payload = bot.emu.invoice(6001, message_id).payload
    # Telegram may let a paid invoice be charged again (the check raced the first payment):
    # that second charge pays nothing and is to be refunded.
    twice = await bot.services.payments.settle_in_chat(
        account, payload, 40275, "tg_charge_second", "prov_charge_second"
    )
    assert twice.new and twice.refund_minor == 40275 and twice.payment.status == "refund"
    admin = PaymentAdmin(bot.services.db, bot.clock)
    due = await admin.refunds(estate)
    assert [(r.refund.amount_minor, r.refund.reason, r.unit) for r in due] == [
        (40275, "already_paid", "1-1-101")
    ]
    done = await admin.mark_refunded(estate, due[0].refund.id, "refunded by the provider")
    assert done.status == "refunded" and await admin.refunds(estate) == []
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.read() as conn:
        assert len(await payments.paid_of_unit(conn, unit, 5)) == 1  # one receipt only
