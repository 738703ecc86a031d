"""Offline payment: a resident says "I have paid" with a screenshot; the butler decides."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.sandbox.emulator.files import make_png
from bot.services.fees.payment_admin import PaymentAdmin
from storage.repositories import bills, payments
from storage.tables import collection_logs
from tests.e2e.fee_helpers import import_bills, resident, staff, unit_id
from tests.factories import make_estate
from tests.harness import Harness

BILLS = (
    "1-1-101,2026-10,property,402.75,2026-10-15,0,",
    "1-1-101,2026-11,property,402.75,2026-11-15,0,",
)
INSTRUCTIONS = "工商银行 6222 0200 1234 5678，户名：湖畔花园物业服务中心"


async def test_a_transfer_confirmed_by_the_butler_and_another_rejected(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await PaymentAdmin(bot.services.db, bot.clock).configure(
        estate, instructions=INSTRUCTIONS, qr_image=make_png(32, 32)
    )
    owner = await resident(bot, estate, 6001, "1-1-101")
    butler = await staff(bot, estate, 7001, "butler", ["A"])
    bot.clock.set(datetime(2026, 11, 30, 3, tzinfo=UTC))
    await import_bills(bot, estate, *BILLS)

    await owner.send("/fees")
    statement = await owner.expect("Outstanding")
    assert INSTRUCTIONS in (statement.text or "")
    assert "🏦 I have paid by transfer" in statement.button_labels()
    await owner.press("🔳 Payment QR code")
    await owner.expect("Scan this code")
    await owner.press("🏦 I have paid by transfer", message_id=statement.message_id)
    await owner.expect("send the screenshot of your transfer")
    assert owner.last().button_labels() == ["✖️ Cancel"]  # no Done: the screenshot is needed
    await owner.send_sticker()
    await owner.expect("This step needs a photo: please send it here.")
    await owner.send("done")
    await owner.expect("This step needs a photo")
    await owner.send_photo()
    await owner.expect("How much did you transfer?")
    await owner.send("lots")
    await owner.expect("number")
    await owner.press("Everything owed: ¥805.50")
    await owner.expect("Amount transferred: ¥805.50")
    await owner.press("✅ Confirm")
    await owner.expect("Sent to your butler: 1-1-101, ¥805.50 by transfer")
    await bot.tick()

    claim = await butler.expect("🏦 Transfer to confirm: 1-1-101", "(the unit owes ¥805.50)")
    assert claim.button_labels() == ["✅ Confirm received", "❌ Reject"]
    confirm_data = claim.buttons()[0][0][1] or ""
    await butler.press("✅ Confirm received")
    await butler.expect_answer("Confirmed")
    await butler.expect("✅ Confirmed: ¥805.50 credited, receipt 2026-000001.")
    await bot.tick()
    done = await owner.expect("Your transfer for 1-1-101 is confirmed by")
    await owner.press("🧾 Receipt", message_id=done.message_id)
    receipt = await owner.expect("🧾 Receipt 2026-000001: 湖畔花园 1-1-101")
    assert "• 2026-10 Property fee: ¥402.75" in (receipt.text or "")
    assert "Bank transfer, confirmed by the office" in (receipt.text or "")

    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.read() as conn:
        assert await bills.open_of_unit(conn, unit) == []
        paid = await payments.paid_of_unit(conn, unit, 5)
        assert [(p.method, p.amount_minor, p.receipt_no) for p in paid] == [
            ("transfer", 80550, "2026-000001")
        ]
        assert paid[0].decided_by is not None
        logged = (await conn.execute(select(collection_logs))).mappings().all()
        assert [(r["kind"], r["channel"], r["amount_minor"]) for r in logged] == [
            ("payment", "transfer", 80550)
        ]

    await butler.press(data=confirm_data)  # pressed again (another butler's copy, say)
    await butler.expect_answer("confirmed already by")

    await import_bills(bot, estate, "1-1-101,2026-12,property,402.75,2026-12-15,0,")
    await owner.send("/fees")
    await owner.expect("Outstanding")
    await owner.press("🏦 I have paid by transfer")
    await owner.expect("screenshot")
    await owner.send_photo()
    await owner.expect("How much")
    await owner.send("500")
    await owner.expect("Amount transferred: ¥500.00")
    await owner.press("✅ Confirm")
    await owner.expect("Sent to your butler")
    await bot.tick()
    second = await butler.expect("🏦 Transfer to confirm: 1-1-101", "transferred ¥500.00")
    await butler.press("❌ Reject", message_id=second.message_id)
    await butler.expect("Why is the transfer rejected?")
    await butler.send("这笔钱没有到账，请核对账号")
    await butler.expect("Rejected; the resident has been told why.")
    await bot.tick()
    told = await owner.expect("was not confirmed by")
    assert "Reason: 这笔钱没有到账，请核对账号" in (told.text or "")
    assert told.button_labels() == ["💳 View and pay"]
    await butler.press(data=second.buttons()[0][0][1] or "")
    await butler.expect_answer("rejected already by")
    async with bot.services.db.read() as conn:
        assert [b.period for b in await bills.open_of_unit(conn, unit)] == ["2026-12"]


async def test_only_staff_of_the_grid_decide_and_only_residents_claim(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await PaymentAdmin(bot.services.db, bot.clock).configure(estate, instructions=INSTRUCTIONS)
    owner = await resident(bot, estate, 6001, "1-1-101")
    other = await staff(bot, estate, 7002, "butler", ["B"])
    butler = await staff(bot, estate, 7001, "butler", ["A"])
    bot.clock.set(datetime(2026, 11, 30, 3, tzinfo=UTC))
    await import_bills(bot, estate, *BILLS)
    await owner.send("/fees")
    await owner.expect("Outstanding")
    await owner.press("🏦 I have paid by transfer")
    await owner.expect("screenshot")
    await owner.send_photo()
    await owner.expect("How much")
    await owner.send("900")  # more than owed
    await owner.expect("Amount transferred: ¥900.00")
    await owner.press("✅ Confirm")
    await owner.expect("Sent to your butler")
    await bot.tick()
    claim = await butler.expect("🏦 Transfer to confirm")
    for _label, data in claim.buttons()[0]:  # grid B's butler presses forged copies
        await other.press(data=data or "")
        await other.expect_answer("not yours to see")
    await butler.press("✅ Confirm received")
    await butler.expect(
        "✅ Confirmed: ¥805.50 credited, receipt 2026-000001. "
        "¥94.50 more than owed is recorded for a refund."
    )
    lines = await PaymentAdmin(bot.services.db, bot.clock).refunds(estate)
    assert [(r.refund.amount_minor, r.refund.reason, r.unit) for r in lines] == [
        (9450, "overpaid", "1-1-101")
    ]
