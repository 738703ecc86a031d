"""The conversation engine as users met its predecessor: each case once broke, now holds."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories import accounts, flows, tickets
from storage.tables import tickets as tickets_table
from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.e2e.test_complaints import complain
from tests.e2e.test_repair import file_repair
from tests.harness import Harness


async def _tickets(bot: Harness) -> int:
    async with bot.services.db.read() as conn:
        return int(
            (await conn.execute(select(func.count()).select_from(tickets_table))).scalar_one()
        )


def live_keyboards(bot: Harness, chat: Chat) -> int:
    """How many messages in the chat still carry buttons one could press."""
    return sum(m.has_inline_keyboard() for m in bot.emu.bot_messages(chat.user_id))


def button_data(message: object, label: str) -> str:
    """The callback data of a button by its label."""
    for row in message.buttons():  # type: ignore[attr-defined]
        for text, data in row:
            if text == label and data:
                return str(data)
    raise AssertionError(f"no button {label!r}")


async def test_a_second_flow_asks_first_and_never_guesses_from_text(bot: Harness) -> None:
    people = await populate(bot, language="zh-hans")
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("请问需要维修什么")
    await chat.press("门窗")
    await chat.expect("户内")
    await chat.send("/complain")
    await chat.expect("您的报修单还没有填完", "放弃并开始投诉")
    await chat.send("服务态度")  # typed: never taken as the answer to either flow
    await chat.expect("请点选下方的一个按钮", "您的报修单还没有填完")
    await chat.press("▶️ 继续填写报修单")
    await chat.expect("户内")  # the repair goes on where it was
    await chat.send("/complain")
    await chat.expect("您的报修单还没有填完")
    await chat.press("🔄 放弃，开始投诉")
    await chat.expect("请问投诉哪方面的问题")
    await chat.press("服务态度")
    await chat.expect("请说明具体情况")
    await chat.send("前台接待态度很差")
    await chat.expect("最多 5 张照片")
    await chat.send("/cancel")
    await chat.expect("已取消投诉，没有提交任何内容")
    await chat.send("1")
    await chat.expect("没有理解")  # no flow is left to take it
    assert await _tickets(bot) == 0
    assert live_keyboards(bot, chat) == 1  # the menu of the welcome; no flow card


async def test_a_manager_inviting_while_a_stage_note_is_due_is_asked_first(bot: Harness) -> None:
    people = await populate(bot)
    await complain(people.resident, "Service attitude")
    await bot.tick()
    card = await people.manager.expect("Complaint C-0001")
    await people.manager.press(data=button_data(card, "✅ Close stage: Acknowledgement"))
    await people.manager.expect("write the note the resident will read")
    await people.manager.send("/invite")
    await people.manager.expect("You have not finished the stage note yet")
    await people.manager.send("Called her back")  # not the note: the question comes again
    await people.manager.expect("Please choose one of the buttons", "stage note")
    await people.manager.press("▶️ Continue the stage note")
    await people.manager.expect("write the note the resident will read")
    await people.manager.send("Called her back; the receptionist apologised")
    await people.manager.expect('stage "Acknowledgement" closed')
    async with bot.services.db.read() as conn:
        history = await tickets.events(conn, 1)
    assert [(e.action, e.note) for e in history][-1] == (
        "stage_acknowledge",
        "Called her back; the receptionist apologised",
    )


async def test_re_asks_name_the_limit_and_one_keyboard_stays_live(bot: Harness) -> None:
    people = await populate(bot, language="zh-hans")
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("请问需要维修什么")
    await chat.press("给排水")
    await chat.expect("户内")
    await chat.press("户内")
    await chat.expect("请简单描述问题")
    await chat.send("漏" * 5000)
    await chat.expect("您发送了 5,000 个字，这里最多 1,000 个字")
    await chat.send("厨房水管接头漏水")
    await chat.expect("最多 5 张照片")
    for n in range(1, 6):
        await chat.send_photo()
        await chat.expect(f"第 {n} 张照片" if n < 5 else "已达上限")
    await chat.send_photo()
    await chat.expect("最多只能发送 5 张照片，这一张没有添加")
    await chat.send("完成")  # typed instead of pressed
    await chat.expect("什么时间上门")
    await chat.press("尽快上门")
    await chat.expect("是否紧急")
    await chat.press("否")
    summary = await chat.expect("请核对您的报修信息", "照片：5 张")
    await chat.send("1")
    again = await chat.expect("请核对摘要", "请核对您的报修信息")
    assert again.message_id != summary.message_id  # shown again below, the old one closed
    assert live_keyboards(bot, chat) == 2  # the summary's and the welcome menu's
    menu = [m for m in bot.emu.bot_messages(chat.user_id) if "请问您要办理什么" in (m.text or "")]
    assert all(m.has_inline_keyboard() for m in menu)
    await chat.press("✅ 确认提交")
    await chat.expect("工单号 R-0001")
    async with bot.services.db.read() as conn:
        photos = await tickets.photos(conn, 1, "report")
    assert len(photos) == 5


async def test_a_photo_with_a_caption_answers_a_text_step(bot: Harness) -> None:
    people = await populate(bot)
    chat = people.resident
    await walk_to_description(chat)
    await chat.send_photo("Water under the sink")
    await chat.expect("You have sent 1 of at most 5 photos")  # the caption was the text
    await chat.press("Done")
    await chat.expect("When may")
    await chat.press("As soon as possible")
    await chat.expect("Is it urgent")
    await chat.press("No")
    await chat.expect("Problem: Water under the sink", "Photos: 1")
    await chat.press("✅ Confirm")
    await chat.expect("R-0001")
    await bot.tick()
    await people.butler.expect("Repair R-0001")
    for label in ("✋ Accept", "🚶 Start"):
        await people.butler.press(label)
        await people.butler.expect_answer()
    await people.butler.press("✅ Resolve")
    await people.butler.expect("what was done?")
    await people.butler.send_photo()  # a photo without words: kept, and the words asked for
    await people.butler.expect("Photo received (1 of 5). Please also describe it in words.")
    await people.butler.send_photo("New seal fitted under the sink")
    await people.butler.expect("You have sent 2 of at most 5 photos")
    await people.butler.press("Done")
    await people.butler.expect("R-0001 is resolved")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        after = await tickets.photos(conn, 1, "resolve")
    assert ticket is not None and ticket.resolution_note == "New seal fitted under the sink"
    assert len(after) == 2


async def walk_to_description(chat: Chat) -> None:
    """/repair, water, in the unit: up to the description."""
    await chat.send("/repair")
    await chat.expect("What needs repairing?")
    await chat.press("Water")
    await chat.expect("inside your home")
    await chat.press("In my unit")
    await chat.expect("Describe the problem")


async def step(chat: Chat, label: str, then: str) -> None:
    """Press a button and wait for what comes next."""
    await chat.press(label)
    await chat.expect(then)


async def test_every_staff_copy_of_a_card_follows_the_ticket(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    await bot.tick()
    mine = await people.butler.expect("Repair R-0001", "new")
    theirs = await people.butler2.expect("Repair R-0001", "new")
    await people.butler.press("✋ Accept")
    await people.butler.expect_answer("You accepted R-0001")
    card = next(m for m in bot.emu.bot_messages(5002) if m.message_id == mine.message_id)
    assert "accepted" in (card.text or "") and "handled by: Wang Li" in (card.text or "")
    assert "accepted — Wang Li" in (card.text or "")  # the history line at once
    labels = ["🚶 Start", "↪️ Transfer", "⚠️ Escalate", "🏗 Contractor", "📞 Call back"]
    assert card.button_labels() == labels
    await bot.tick()
    other = next(m for m in bot.emu.bot_messages(5003) if m.message_id == theirs.message_id)
    assert "accepted — Wang Li" in (other.text or "")
    assert "✋ Accept" not in other.button_labels()
    await people.butler2.press("🚶 Start", message_id=theirs.message_id)
    await people.butler2.expect_answer("R-0001 is in progress")
    await bot.tick()
    card = next(m for m in bot.emu.bot_messages(5002) if m.message_id == mine.message_id)
    assert "in progress" in (card.text or "") and "started — Chen Jie" in (card.text or "")


async def test_words_residents_read(bot: Harness) -> None:
    people = await populate(bot, language="zh-hans")
    code = await complain(people.resident, "噪音", zh=True)
    filed = people.resident.last()
    assert re.search(r"(Wang Li|Chen Jie)、(Wang Li|Chen Jie)将与您联系", filed.text or "")
    await bot.tick()
    card = await people.butler.expect(f"投诉 {code}")
    assert "提交投诉" in (card.text or "") and "提交报修" not in (card.text or "")
    assert "管家更关注" not in (card.text or "") and "下一步：" in (card.text or "")
    await file_repair_zh(people.resident)
    await bot.tick()
    await people.butler.expect("报修 R-0001")
    await people.butler.press("↪️ 转派")
    await people.butler.expect("转给谁")
    await people.butler.press("Chen Jie")
    await people.butler.expect("转派原因")
    await people.butler.send("我今天休假")
    await people.butler.expect("R-0001 已转派")
    await people.resident.send("/tickets")
    listing = await people.resident.expect("您的工单")
    assert "已转派" not in (listing.text or "") and "R-0001 · 给排水 · 已受理" in (
        listing.text or ""
    )


async def file_repair_zh(chat: Chat) -> None:
    """A short repair in Chinese."""
    await chat.send("/repair")
    await chat.expect("请问需要维修什么")
    await step(chat, "给排水", "户内")
    await step(chat, "户内", "请简单描述问题")
    await chat.send("厨房水管漏水")
    await chat.expect("最多 5 张照片")
    await step(chat, "完成", "什么时间上门")
    await step(chat, "尽快上门", "是否紧急")
    await step(chat, "否", "请核对您的报修信息")
    await step(chat, "✅ 确认提交", "工单号")


async def test_an_abandoned_flow_ends_and_says_so_once(bot: Harness) -> None:
    people = await populate(bot)
    chat = people.resident
    await chat.send("/complain")
    await chat.expect("What is the complaint about?")
    await chat.press("Noise")
    card = await chat.expect("Tell us what happened")

    async def answered(conn: AsyncConnection) -> bool:
        account = await accounts.by_telegram_id(conn, chat.user_id)
        assert account is not None
        state = await flows.get(conn, account.id)
        return state is not None and "category" in state.answered

    await bot.settled(answered)
    bot.clock.advance(timedelta(minutes=31))
    await bot.tick()
    await chat.expect("Paused after 30 minutes without an answer: your complaint")
    await bot.tick()
    await chat.expect_nothing()  # said once
    gone = next(m for m in bot.emu.bot_messages(chat.user_id) if m.message_id == card.message_id)
    assert not gone.has_inline_keyboard()
    await chat.send("Drilling upstairs at night again")  # no longer taken by the flow
    await chat.expect("This sounds like a complaint about Noise")
    await chat.send("/complain")
    await chat.expect("You have a saved draft of your complaint")
    await chat.press("▶️ Continue the draft")
    await chat.expect("Tell us what happened")  # the type chosen before is kept


async def test_a_restart_right_after_a_step_loses_nothing_and_confirm_is_once(
    bot: Harness,
) -> None:
    people = await populate(bot)
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("What needs repairing?")
    await chat.press("Water")
    await chat.expect("inside your home")
    await bot.restart()  # at once: the step is written before the answer is shown
    await step(chat, "In my unit", "Describe the problem")
    await chat.send("Dripping tap")
    await chat.expect("Send up to 5 photos")
    await step(chat, "Done", "When may")
    await step(chat, "As soon as possible", "Is it urgent")
    await chat.press("No")
    summary = await chat.expect("Please check your repair report")
    confirm = button_data(summary, "✅ Confirm")
    await chat.press(data=confirm)
    await chat.expect("Your repair number is R-0001")
    await bot.restart()
    await chat.press(data=confirm, message_id=summary.message_id)  # a second press
    await chat.expect_answer()
    assert await _tickets(bot) == 1
    assert "R-0001" in (chat.last().text or "")


async def test_free_text_is_understood_and_a_pasted_code_binds(bot: Harness) -> None:
    people = await populate(bot, language="zh-hans")
    chat = people.resident
    await chat.send("楼道灯不亮")
    await chat.expect("这听起来是报修：电路，公共区域")
    await chat.press("🛠 报修")
    await chat.expect("请说明具体位置")  # category and place guessed, the text kept
    await chat.send("3栋2单元5楼")
    await chat.expect("最多 5 张照片")
    await step(chat, "完成", "是否紧急")
    await chat.press("否")
    await chat.expect("请核对您的报修信息", "电路", "3栋2单元5楼", "楼道灯不亮")
    english = bot.chat(5100, language_code="en", first_name="Amy")
    code = await bot.services.invites.issue_resident(people.estate, "1-1-102", "owner")
    await english.send(code[0].code)  # pasted alone, no /start
    await english.expect("You are now bound to unit 1-1-102")
    await english.send("my kitchen tap leaks")
    await english.expect("This sounds like a repair: Water, in your home")
    await english.press("🛠 Report a repair")
    await english.expect("Send up to 5 photos")  # straight to the photos: the rest is known


async def test_editing_keeps_the_photos_and_a_poor_rating_comment_reaches_staff(
    bot: Harness,
) -> None:
    people = await populate(bot)
    chat = people.resident
    await walk_to_description(chat)
    await chat.send("Leaking pipe")
    await chat.expect("Send up to 5 photos")
    for n in (1, 2):
        await chat.send_photo()
        await chat.expect(f"Photo {n} of 5")
    await step(chat, "Done", "When may")
    await step(chat, "As soon as possible", "Is it urgent")
    await step(chat, "No", "Photos: 2")
    await step(chat, "✏️ Edit", "Please check your repair report")
    await chat.press("Photos")
    photos = await chat.expect("You have sent 2 of at most 5 photos")
    assert "🗑 Remove the photos" in photos.button_labels()
    await chat.press("Done")
    await chat.expect("Please check your repair report", "Photos: 2")
    await chat.press("✅ Confirm")
    await chat.expect("R-0001")
    await bot.tick()
    await people.butler.expect("Repair R-0001")
    for label in ("✋ Accept", "🚶 Start"):
        await people.butler.press(label)
        await people.butler.expect_answer()
    await step(people.butler, "✅ Resolve", "what was done?")
    await people.butler.send("Tightened it")
    await people.butler.expect("after-photos")
    await step(people.butler, "Done", "is resolved")
    await bot.tick()
    await chat.expect("is done")
    await chat.press("1⭐")
    rated = await chat.expect("★☆☆☆☆ (1/5)")
    await chat.press("💬 Add a comment", message_id=rated.message_id)
    await chat.expect("Your comment on R-0001")
    await chat.send("Still leaking the next morning")
    await chat.expect("comment has been saved")
    await bot.tick()
    await people.manager.expect("Comment on repair R-0001 (1/5): Still leaking the next morning")
    await people.butler.expect("Comment on repair R-0001 (1/5)")


async def test_times_read_in_the_estates_time_zone(bot: Harness) -> None:
    from tests.factories import make_estate, resident_code

    estate = await make_estate(
        bot.services.db, name="Riverside", units=[("1-1-101", "A")], timezone="Europe/London"
    )
    chat = bot.chat(5200, language_code="en", first_name="Tom")
    await chat.send(f"/start {await resident_code(bot.services, estate, '1-1-101')}")
    await chat.expect("You are now bound")
    await file_repair(chat)
    await chat.send("/tickets")
    listing = await chat.expect("Your tickets")
    assert "11-30 02:00" in (listing.text or "")  # 02:00 UTC is 02:00 in London, not 10:00


async def test_a_card_whose_message_is_gone_is_sent_anew(bot: Harness) -> None:
    people = await populate(bot)
    await bot.services.patrols.ensure_defaults()
    bot.clock.set(bot.clock.now().replace(day=1, month=12, hour=1))
    await bot.tick()
    await bot.tick()
    await people.butler.expect("grid B")
    await people.butler.press("🚶 Start the patrol")
    walk = await people.butler.expect("0/7 checked")
    await people.butler.press("⚠️ Problem", message_id=walk.message_id)
    await people.butler.expect("What is the problem?")
    bot.emu.delete(5002, walk.message_id)  # the butler deleted the walk card meanwhile
    await people.butler.send_photo("Bin lid broken")
    anew = await people.butler.expect("1/7 checked")
    await people.butler.expect("Problem recorded")
    assert anew.message_id != walk.message_id
    await people.butler.press("✅ OK", message_id=anew.message_id)
    await people.butler.expect("2/7 checked")
    texts = [m.text or "" for m in bot.emu.bot_messages(5002)]
    assert not any("Something went wrong" in t for t in texts)


async def test_an_old_button_says_it_is_closed_and_stops_being_live(bot: Harness) -> None:
    people = await populate(bot)
    chat = people.resident
    await chat.send("/repair")
    card = await chat.expect("What needs repairing?")
    water = button_data(card, "Water")
    await chat.send("/cancel")
    await chat.expect("Cancelled your repair report")
    old = next(m for m in bot.emu.bot_messages(chat.user_id) if m.message_id == card.message_id)
    assert not old.has_inline_keyboard()  # taken off when the flow ended
    await chat.press(data=water, message_id=card.message_id)  # pressed anyway (a slow client)
    await chat.expect_answer("This question is no longer open.")
    await chat.send("/cancel")
    await chat.expect("There is nothing to cancel.")
