"""Repairs under pressure: bad input, strangers, races, deadlines and restarts."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select, update

from bot.services.estates.config import EstateConfigService
from storage.repositories import outbox, tickets
from storage.tables import tickets as tickets_table
from storage.tables import units
from tests.e2e.estate import populate
from tests.e2e.test_repair import file_repair, resolve
from tests.harness import Harness


async def _ticket_count(bot: Harness) -> int:
    async with bot.services.db.read() as conn:
        query = select(func.count()).select_from(tickets_table)
        return int((await conn.execute(query)).scalar_one())


async def test_unexpected_input_is_reasked_and_cancel_leaves_nothing(bot: Harness) -> None:
    people = await populate(bot)
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("What needs repairing?")
    await chat.send_sticker()
    await chat.expect("Please choose one of the buttons below.", "What needs repairing?")
    await chat.send("water please")
    await chat.expect("Please choose one of the buttons below.")
    await chat.send("water")  # a typed label is as good as the button
    await chat.expect("inside your home")
    await chat.send_voice()
    await chat.expect("Please choose one of the buttons", "inside your home")
    await chat.press("In my unit")
    await chat.expect("Describe the problem")
    await chat.send_sticker()
    await chat.expect("I need text here, not a sticker.", "Describe the problem")
    await chat.send("x" * 1500)
    await chat.expect("That is 1,500 characters; at most 1,000 fit here.")
    await chat.send("Tap drips")
    await chat.expect("Send up to 5 photos")
    await chat.send("here is a photo")
    await chat.expect("Please send photos, or press “Done” if you have none.")
    await chat.send("Done")  # typed instead of pressed
    await chat.expect("When may the repair worker come?")
    await chat.send_location(31.2, 121.5)
    await chat.expect("Please choose one of the buttons below.")
    card = chat.last()
    token_data = next(d for row in card.buttons() for _, d in row if d)
    forged = ":".join([*str(token_data).split(":")[:4], "midnight"])
    await chat.press(data=forged)  # a value the step does not offer
    await chat.expect_answer("Please choose one of the buttons below.")
    await chat.press("Tomorrow, morning (9–12)")
    await chat.expect("Is it urgent")
    await chat.send("/cancel")
    await chat.expect("Cancelled your repair report. Nothing was filed.")
    assert await _ticket_count(bot) == 0
    await chat.send("hello")
    await chat.expect("did not understand")  # the conversation is over


async def test_the_summary_can_edit_a_field(bot: Harness) -> None:
    people = await populate(bot)
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("What needs repairing?")
    await chat.press("Water")
    await chat.expect("inside your home")
    await chat.press("In my unit")
    await chat.expect("Describe the problem")
    await chat.send("Dripping tap")
    await chat.expect("Send up to 5 photos")
    await chat.press("Done")
    await chat.expect("When may the repair worker come?")
    await chat.press("As soon as possible")
    await chat.expect("Is it urgent")
    await chat.press("No")
    await chat.expect("Please check your repair report", "Urgent: no")
    await chat.send("1")  # typed at the summary: the summary again, with a word on the buttons
    await chat.expect("Please check the summary and confirm", "Please check your repair report")
    await chat.press("✏️ Edit")
    await chat.expect("Please check your repair report")  # the buttons change in place
    await chat.press("Urgency")
    await chat.expect("Is it urgent")
    await chat.press("Yes")
    await chat.expect("Please check your repair report", "Urgent: yes", "Dripping tap")
    await chat.press("✅ Confirm")
    await chat.expect("R-0001")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
    assert ticket is not None and ticket.urgent and ticket.category == "water"


async def test_strangers_and_forged_buttons_change_nothing(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    await people.other_butler.press(data="1:tk:acc:1")  # a butler of grid A
    await people.other_butler.expect_answer("not found")
    await people.neighbour.press(data="1:tk:view:1")  # a resident of another unit
    await people.neighbour.expect_answer("not found")
    await people.neighbour.press(data="1:tk:cx:1")
    await people.neighbour.expect_answer("not found")
    await people.neighbour.press(data="1:rate:star:1:5")
    await people.neighbour.expect_answer("not found")
    await people.butler.press(data="1:tk:acc:999")  # no such ticket
    await people.butler.expect_answer("not found")
    await people.butler.press(data="1:tk:acc:1:9:9:9")  # not a button of ours
    await people.butler.expect_answer("no longer active")
    await people.butler.press(data="1:tk:acc:1")
    await people.butler.expect_answer("You accepted R-0001")
    await people.resident.press(data="1:tk:go:1")  # residents cannot work tickets
    await people.resident.expect_answer("not allowed")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        history = await tickets.events(conn, 1)
    assert ticket is not None
    assert ticket.assignee_account_id is not None  # only the forged-but-valid accept landed
    assert [e.action for e in history] == ["created", "accept"]


async def test_two_butlers_accept_at_once_and_one_wins(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    await people.butler2.expect("Repair R-0001", "new")
    await asyncio.gather(people.butler.press("✋ Accept"), people.butler2.press("✋ Accept"))
    first = await people.butler.expect_answer()
    second = await people.butler2.expect_answer()
    answers = sorted([first.text or "", second.text or ""])
    assert answers[0].startswith("Repair R-0001 was already taken by")
    assert answers[1] == "You accepted R-0001."
    async with bot.services.db.read() as conn:
        history = await tickets.events(conn, 1)
    assert [e.action for e in history] == ["created", "accept"]


async def test_deadlines_reminders_and_auto_close_happen_once(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)  # normal: accept within 2 h, resolve within 48 h
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    bot.clock.advance(timedelta(minutes=97))  # 80 % of 2 h
    await bot.tick()
    await bot.tick()
    await people.butler.expect("has not been accepted yet")
    await people.butler2.expect("has not been accepted yet")
    bot.clock.advance(timedelta(minutes=24))
    await bot.tick()
    await bot.tick()
    await people.manager.expect("Deadline missed", "not accepted in time")
    await resolve(people.butler, "Done")
    await bot.tick()
    await people.resident.expect("is done")
    bot.clock.advance(timedelta(days=1, minutes=1))
    await bot.tick()
    await bot.tick()
    await people.resident.expect("completed yesterday")
    bot.clock.advance(timedelta(days=2))
    await bot.tick()
    await bot.tick()
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        history = [e.action for e in await tickets.events(conn, 1)]
        manager_pushes = await outbox.of_account(conn, await _account_id(bot, 5005))
    assert ticket is not None and ticket.status == "closed" and ticket.rating is None
    assert history.count("breach_ack") == 1 and history.count("auto_close") == 1
    assert "breach_resolve" not in history
    assert [m.text_key for m in manager_pushes].count("ticket-ack-breach") == 1
    texts = [m.text or "" for m in bot.emu.bot_messages(5002)]
    assert sum("has not been accepted yet" in t for t in texts) == 1
    assert sum("completed yesterday" in (m.text or "") for m in bot.emu.bot_messages(5000)) == 1


async def _account_id(bot: Harness, telegram_id: int) -> int:
    return (await bot.services.accounts.seen(telegram_id, "x", None, "en")).id


async def test_a_restart_mid_report_continues_at_the_same_step(bot: Harness) -> None:
    people = await populate(bot)
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("What needs repairing?")
    await chat.press("Electricity")
    await chat.expect("inside your home")
    await chat.press("In my unit")
    await chat.expect("Describe the problem")
    await bot.restart()
    await chat.send("No power in the bedroom")
    await chat.expect("Send up to 5 photos")
    await chat.press("Done")
    await chat.expect("When may the repair worker come?")
    await chat.press("As soon as possible")
    await chat.expect("Is it urgent")
    await chat.press("No")
    await chat.expect("Please check your repair report", "No power in the bedroom", "Electricity")


async def test_escalating_asks_why_and_tells_the_managers(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    await people.butler.press("⚠️ Escalate")
    await people.butler.expect("Escalate R-0001 to the managers: what is the problem?")
    await people.butler.send("The pipe is in the wall; we need a contractor")
    await people.butler.expect("R-0001 was escalated")
    await bot.tick()
    await people.manager.expect("Wang Li escalated repair R-0001", "we need a contractor")
    async with bot.services.db.read() as conn:
        history = await tickets.events(conn, 1)
    assert [(e.action, e.note) for e in history][-1] == (
        "escalate",
        "The pipe is in the wall; we need a contractor",
    )
    texts = [m.text or "" for m in bot.emu.bot_messages(5002)]
    assert not any("Something went wrong" in t for t in texts)


async def test_resolving_reasks_and_can_be_cancelled(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    for label in ("✋ Accept", "🚶 Start"):
        await people.butler.press(label)
        await people.butler.expect_answer()
    await people.butler.press("✅ Resolve")
    await people.butler.expect("what was done?")
    await people.butler.send_sticker()
    await people.butler.expect("I need text here, not a sticker.")
    await people.butler.send("/cancel")
    await people.butler.expect("Cancelled the resolution note. Nothing was filed.")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
    assert ticket is not None and ticket.status == "in_progress"


async def test_only_residents_report_repairs_and_complaints(bot: Harness) -> None:
    people = await populate(bot)
    for command in ("/repair", "/complain"):
        await people.manager.send(command)
        await people.manager.expect("Only residents bound to a unit")
    await people.manager.send("hello")
    await people.manager.expect("did not understand")  # no conversation was entered


async def test_an_urgent_repair_nobody_accepts_is_escalated_every_half_hour_until_accepted(
    bot: Harness,
) -> None:
    people = await populate(bot)
    await file_repair(people.resident, urgent=True)  # accept within 30 minutes
    await bot.tick()
    await people.butler.expect("Repair R-0001")
    for minutes in (30, 60, 90):
        bot.clock.advance(timedelta(minutes=30))
        await bot.tick()
        await bot.tick()
        if minutes == 30:
            await people.manager.expect("Deadline missed", "not accepted in time")
        else:
            await people.butler.expect(f"has waited {minutes} minutes")
            await people.manager.expect(f"has waited {minutes} minutes")
    await bot.restart()  # the next step survives a restart, and is not sent twice
    await bot.tick()
    await people.butler.press("✋ Accept")
    await people.butler.expect_answer("You accepted R-0001.")
    bot.clock.advance(timedelta(minutes=90))
    await bot.tick()
    await bot.tick()
    async with bot.services.db.read() as conn:
        pushes = await outbox.of_account(conn, await _account_id(bot, 5005))
        other_grid = await outbox.of_account(conn, await _account_id(bot, 5004))
    keys = [m.text_key for m in pushes]
    assert keys.count("ticket-ack-breach") == 1 and keys.count("ticket-ack-again") == 2
    assert "ticket-ack-again" not in [m.text_key for m in other_grid]


async def test_a_manager_reassigns_from_an_escalation_push_with_a_reason(bot: Harness) -> None:
    people = await populate(bot)
    async with bot.services.db.transaction() as conn:
        await conn.execute(
            update(units).where(units.c.code == "3-2-301").values(owner_phone="13800138000")
        )
    await file_repair(people.resident)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    await people.butler.press("✋ Accept")
    await people.butler.expect_answer("You accepted R-0001")
    await people.butler.press("🚶 Start")
    await people.butler.expect_answer()
    await people.butler.press("⚠️ Escalate")
    await people.butler.expect("what is the problem?")
    await people.butler.send("The riser pipe is cracked: beyond us")
    await people.butler.expect("was escalated to the managers")
    await bot.tick()
    push = await people.manager.expect("Wang Li escalated repair R-0001", "riser pipe")
    labels = ["✅ Resolve", "↪️ Transfer", "🏗 Contractor", "📞 Call back", "📄 Open R-0001"]
    assert push.button_labels() == labels  # no escalating to himself
    await people.manager.press("📞 Call back", message_id=push.message_id)
    await people.manager.expect_answer("Call Lin Fang (3-2-301): 13800138000")
    await people.manager.press("↪️ Transfer", message_id=push.message_id)  # after the start
    await people.manager.expect("Transfer R-0001: to whom?")
    names = people.manager.last().button_labels()
    assert "Chen Jie" in names and "Wang Li" not in names  # not the one holding it
    await people.manager.press("Chen Jie")
    await people.manager.expect("Why is it handed over?")
    await people.manager.send("Chen Jie knows the risers of building 3")
    await people.manager.expect("R-0001 was handed over")
    await bot.tick()
    await people.butler2.expect("Zhang Wei handed repair R-0001 to you", "knows the risers")
    async with bot.services.db.read() as conn:
        events = await tickets.events(conn, 1)
        ticket = await tickets.get(conn, 1)
    assert [(e.action, e.note) for e in events][-2:] == [
        ("escalate", "The riser pipe is cracked: beyond us"),
        ("transfer", "Chen Jie knows the risers of building 3"),
    ]
    assert ticket is not None and ticket.status == "transferred"
    await people.resident.send("/tickets")
    mine = await people.resident.expect("R-0001")
    assert "transferred" not in (mine.text or "")  # the hand-over stays internal
    await people.butler2.press("✋ Accept")
    await people.butler2.expect_answer("You accepted R-0001")


async def test_a_gas_smell_is_urgent_and_gets_the_safety_text_and_hotline_at_once(
    bot: Harness,
) -> None:
    people = await populate(bot, language="zh-Hans")
    await EstateConfigService(bot.services.db).change("湖畔花园", hotline="0571 8888 6666")
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("请问需要维修什么？")
    await chat.press("燃气")
    asked = await chat.expect("闻到燃气味", "0571-88886666", "是在您家中（户内）")
    assert (asked.text or "").startswith("✓ 燃气\n\n⚠️ 闻到燃气味")
    await chat.press("户内")
    await chat.expect("请简单描述问题")
    await chat.send("厨房有燃气味")
    await chat.expect("可发送最多 5 张照片")
    await chat.press("完成")
    await chat.expect("什么时间上门方便")
    await chat.press("尽快上门")
    summary = await chat.expect("请核对您的报修信息")  # no "is it urgent?" on the way
    assert "紧急：是" in (summary.text or "")
    await chat.press("✅ 确认提交")
    await chat.expect("工单号")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
    assert ticket is not None and ticket.urgent and ticket.category == "gas"


async def test_a_butler_records_a_contractors_work_on_a_repair(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    await bot.tick()
    card = await people.butler.expect("Repair R-0001", "new")
    await people.butler.press("✋ Accept")
    await people.butler.expect_answer("You accepted R-0001")
    await people.butler.press("🏗 Contractor", message_id=card.message_id)
    await people.butler.expect("which contractor does the work?")
    await people.butler.send("x" * 101)
    await people.butler.expect("at most 100")
    await people.butler.send("Otis lift service")
    await people.butler.expect("What do they do, and when?")
    await people.butler.send("Replacing the door motor on Friday")
    await people.butler.expect("The contractor's work on R-0001 is recorded.")
    await bot.tick()
    mine = next(m for m in bot.emu.bot_messages(5002) if m.message_id == card.message_id)
    assert "handled by: Wang Li, with Otis lift service" in (mine.text or "")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        events = await tickets.events(conn, 1)
    assert ticket is not None and ticket.contractor == "Otis lift service"
    assert ticket.status == "accepted"  # the butler still holds it
    assert (events[-1].action, events[-1].note) == (
        "contractor",
        "Otis lift service: Replacing the door motor on Friday",
    )
