"""Move-in (入住手续) in chat: the butler walks the six steps with the owner, the inspection's
problem becomes a repair ticket, the owner is bound at the end and the unit's file exports."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from decimal import Decimal

import openpyxl

from bot.services.fees.payment_admin import PaymentAdmin
from storage.repositories import bills, moveins, people, tickets
from tests.e2e.estate import populate
from tests.e2e.fee_helpers import viewer
from tests.e2e.renovation_helpers import flow_token
from tests.harness import Harness

TOKEN = "284685063:TEST:provider-token"


async def test_a_move_in_walks_the_six_steps_and_the_unit_is_archived(bot: Harness) -> None:
    people_ = await populate(bot)
    butler, manager = people_.butler, people_.manager  # butler: grid B
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    await butler.send("/movein")
    await butler.expect("Move-ins in progress (0)")
    await butler.press("➕ New move-in")
    await butler.expect("Which unit?")
    await butler.send("1-1-101")
    await butler.expect("1-1-101 is not in your grids")
    await butler.send("3-2-301")
    await butler.expect("already has a bound owner")
    await butler.send("3-1-101")
    await butler.expect("The owner's name?")
    await butler.send("Li Na")
    await butler.expect("Who comes to do it?")
    await butler.press("The owner in person")
    await butler.expect("Please check: 3-1-101, owner Li Na.")
    await butler.press("✅ Confirm")
    started = await butler.expect("The move-in has started", "Identity check")
    code = re.search(r"MI[A-Z0-9]{8}", started.text or "")
    assert code is not None

    # the owner joins with the code and follows on their phone (in Chinese)
    owner = bot.chat(7500, language_code="zh", first_name="Li Na")
    await owner.send("/start MIWRONGCODE")
    await owner.expect("入住码无效或已使用")
    await owner.send(f"/start {code.group(0)}")
    await owner.expect("这是您在 3-1-101 的入住手续", "业主已在手机上跟进")
    await bot.tick()
    await butler.expect("The owner of 3-1-101, Li Na, joined")

    # 验明身份: three documents photographed; a sticker is re-asked
    await butler.press("🏠 Open the move-in")
    await butler.expect("Move-in · 3-1-101")
    await butler.press("📷 Check identity")
    await butler.expect("Photograph the move-in notice")
    await butler.send_sticker()
    await butler.expect("Photograph the move-in notice")
    for prompt in ("Photograph the purchase contract", "Photograph the owner's ID card"):
        await butler.send_photo()
        await butler.expect("received")
        await butler.press("Done")
        await butler.expect(prompt)
    await butler.send_photo()
    await butler.expect("received")
    await butler.press("Done")
    await butler.expect("Identity checked")

    # in progress: counted in the digest, listed in the export
    async with bot.services.db.read() as conn:
        digest = await bot.services.digest.compute(conn, people_.estate, date(2026, 12, 1))
    assert digest.moveins_open == 1
    day = date(2026, 12, 1)
    (sheet,) = await bot.services.exports.sheets(people_.estate, ["moveins"], day, day)
    assert [r[0] for r in sheet.rows] == ["3-1-101"]
    assert sheet.rows[0][5] == {"key": "movein-step-documents"}

    # 领取资料: the owner accepts the 临时管理规约
    await butler.press("📚 Send the documents to the owner")
    await butler.expect("The documents went to the owner")
    await bot.tick()
    await owner.expect("《临时管理规约》")
    await owner.press("✅ 我已阅读并接受《临时管理规约》")
    await owner.expect("已记录您接受《临时管理规约》")
    await bot.tick()
    await butler.expect("accepted the covenant")

    # 缴纳费用: three months paid in advance, at the office
    await butler.press("🏠 Open the move-in")
    await butler.expect("Move-in · 3-1-101")
    await butler.press("💰 Fees paid in advance")
    await butler.expect("How many months")
    await butler.press("3 months")
    await butler.expect("The monthly property fee")
    await butler.send("350")
    await butler.expect("for 3 months", "to pay")
    await butler.press("✅ Paid at the office")
    await butler.expect("Recorded as paid at the office", "paid")

    # 领取钥匙: recorded per key, confirmed by the owner
    await butler.press("🔑 Record the keys")
    await butler.expect("List the keys handed over")
    await butler.send("?")
    await butler.expect("List each key with how many")
    await butler.send("Front door key 3\nMailbox key")
    await butler.expect("Keys recorded")
    await bot.tick()
    await owner.expect("交付钥匙 4 把")
    await owner.press("🏠 查看入住手续")
    await owner.expect("待业主确认")
    await owner.press("✅ 确认已领取钥匙")
    await owner.expect("已确认领取钥匙")

    # 验房: meters and one problem with a photo, which becomes a repair ticket
    await bot.tick()
    await butler.expect("confirmed the keys")
    await butler.press("🏠 Open the move-in")
    await butler.expect("Move-in · 3-1-101")
    await butler.press("🔍 Inspect the unit")
    await butler.expect("Water meter reading?")
    await butler.send_photo()
    await butler.expect("Water meter reading?")
    await butler.send("123.4")
    await butler.expect("Electricity meter reading?")
    await butler.send("5678")
    await butler.expect("Gas meter reading?")
    await butler.press("⏭ Skip")
    await butler.expect("Did the inspection find any problem?")
    await butler.press("Yes, record one")
    await butler.expect("Which room")
    await butler.send("Kitchen")
    await butler.expect("What kind of problem?")
    await butler.press("Water")
    await butler.expect("Describe it")
    await butler.send_photo("The sink drain leaks")
    await butler.expect("Any other problem?")
    await butler.press("No more")
    summary = await butler.expect("Please check the handover record")
    assert "• Kitchen (Water): The sink drain leaks (1 photos)" in (summary.text or "")
    await butler.press("✅ Confirm")
    await butler.expect("1 problems became repair tickets", "→ ticket #")
    await bot.tick()
    await owner.expect("验房已完成")
    await owner.press("🏠 查看入住手续")
    await owner.expect("Kitchen", "待业主确认")
    await owner.press("✅ 确认《物业验收交接记录表》")
    await owner.expect("已确认验收交接记录")
    await bot.tick()

    # 资料存档: the owner is bound; the file exports
    await butler.expect("confirmed the handover record")
    await butler.press("🏠 Open the move-in")
    await butler.expect("Move-in · 3-1-101")
    await butler.press("🗄 Archive and bind the owner")
    await butler.expect("Archived; the owner is bound to the unit")
    await bot.tick()
    await owner.expect("入住手续已办结")
    await owner.send("/whoami")
    await owner.expect("3-1-101")
    await butler.press("📊 Export the move-in file")
    sent = await butler.expect()
    assert sent.kind == "document"
    book = openpyxl.load_workbook(io.BytesIO(bot.emu.file_bytes(sent.file_id or "")))
    assert book.sheetnames == [
        "Move-in", "Fees", "Keys handed over", "Handover record", "Photos", "Record"
    ]  # fmt: skip
    assert [r[0] for r in book["Keys handed over"].iter_rows(min_row=2, values_only=True)] == [
        "Front door key",
        "Mailbox key",
    ]
    assert len(list(book["Photos"].iter_rows(min_row=2))) == 3
    async with bot.services.db.read() as conn:
        done = await moveins.get(conn, 1)
        assert done is not None and done.state == "done" and done.meters["water"] == "123.4"
        unit_bills = [b for b in await bills.of_units(conn, [done.unit_id])]
        owners = await people.owners_of_unit(conn, done.unit_id)
        (problem,) = await moveins.problems(conn, 1)
        ticket = await tickets.get(conn, problem.ticket_id or 0)
    assert len(unit_bills) == 3 and all(b.open_minor == 0 for b in unit_bills)
    assert len(owners) == 1
    assert ticket is not None and ticket.unit_id == done.unit_id and ticket.category == "water"
    # a stranger cannot open the move-in; the manager sees none left in progress
    await people_.resident.press(data="1:mi:open:1")
    await people_.resident.expect_answer()
    await manager.send("/movein")
    await manager.expect("Move-ins in progress (0)")


async def test_the_moving_in_owner_pays_the_prepaid_fees_in_chat(bot: Harness) -> None:
    people_ = await populate(bot)
    estate = people_.estate
    await PaymentAdmin(bot.services.db, bot.clock).configure(estate, provider_token=TOKEN)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    staff = await viewer(bot, 5002)  # the butler of grid B
    moveins_, fees = bot.services.moveins, bot.services.movein_fees
    token = await flow_token(bot, staff, "movein_new")
    movein, code = await moveins_.start(staff, "3-1-101", "Li Na", False, token)
    owner = bot.chat(7500, language_code="en", first_name="Li Na")
    await owner.send(f"/start {code}")
    await owner.expect("This is your move-in at 3-1-101")
    photos = {"notice": ["n"], "contract": ["c"], "id": ["i"]}
    await moveins_.identity(staff, movein.id, photos, await flow_token(bot, staff, "movein_id"))
    await moveins_.send_documents(staff, movein.id)
    await moveins_.accept_rules(await viewer(bot, 7500), movein.id)
    await fees.bill_fees(
        staff, movein.id, 2, Decimal(350), await flow_token(bot, staff, "movein_fees")
    )
    await people_.resident.press(data=f"1:mi:pay:{movein.id}")  # not theirs
    await people_.resident.expect_answer()

    await owner.send("/movein")
    listing = await owner.expect("Move-ins in progress (1)")
    await owner.press(listing.button_labels()[0])
    await owner.expect("for 2 months, 700.00 CNY: to pay")
    await owner.press("💳 Pay in chat")
    invoice = await owner.expect("3-1-101")
    assert owner.last().invoice is not None
    paid = await owner.pay(invoice.message_id)
    assert paid.ok, paid.error_message
    await owner.expect("Paid ¥700.00")
    await bot.tick()
    await people_.butler.expect("paid the fees in chat: on to the keys")
    async with bot.services.db.read() as conn:
        done = await moveins.get(conn, movein.id)
        unit_bills = await bills.of_units(conn, [movein.unit_id])
    assert done is not None and done.step == "keys"
    assert len(unit_bills) == 2 and all(b.open_minor == 0 for b in unit_bills)
