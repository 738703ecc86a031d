"""Complaints through their four stages, routing, 回访, deadlines and access."""

from __future__ import annotations

from datetime import timedelta

from storage.repositories import tickets
from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.e2e.test_repair import filed_and_resolved
from tests.harness import Harness


async def complain(chat: Chat, kind: str = "Noise", *, zh: bool = False) -> str:
    """Walk the resident through /complain; return the complaint number."""
    await chat.send("/complain")
    await chat.expect("请问投诉哪方面" if zh else "What is the complaint about?")
    await chat.press(kind)
    await chat.expect("请说明具体情况" if zh else "Tell us what happened")
    await chat.send("楼上每晚装修到十一点" if zh else "Drilling upstairs until 11 pm")
    await chat.expect("最多 5 张照片" if zh else "up to 5 photos")
    await chat.press("完成" if zh else "Done")
    await chat.expect("是否需要我们回电" if zh else "call you back")
    await chat.press("需要，晚上" if zh else "Yes, in the evening")
    await chat.expect("请核对您的投诉" if zh else "Please check your complaint")
    await chat.press("✅ 确认提交" if zh else "✅ Confirm")
    filed = await chat.expect("投诉编号" if zh else "Your complaint number is")
    text = filed.text or ""
    return text.split("编号 ")[1].split("。")[0] if zh else text.split("is ")[1].split(".")[0]


async def close_stage(bot: Harness, handler: Chat, note: str) -> None:
    """The handler presses the stage button on their latest complaint message and writes."""
    await handler.press(data=_stage_data(handler))
    await handler.expect("write the note")
    await handler.send(note)
    await handler.expect("closed")
    await bot.tick()
    await bot.tick()


def _stage_data(handler: Chat) -> str:
    for message in reversed(handler.transcript):
        for row in message.buttons():
            for _, data in row:
                if data and data.startswith("1:cp:st:"):
                    return data
    raise AssertionError("no stage button")


async def test_a_complaint_walks_the_four_stages(bot: Harness) -> None:
    people = await populate(bot)
    resident = bot.chat(5000, language_code="zh-hans")  # her Telegram is now in Chinese
    code = await complain(resident, "噪音", zh=True)
    assert code == "C-0001"
    await bot.tick()
    card = await people.butler.expect("Complaint C-0001", "十一点", "Acknowledgement")
    assert "Yes, in the evening" in (card.text or "")
    assert "Next: confirm to the resident that you have the complaint" in (card.text or "")
    await close_stage(bot, people.butler, "Called Ms Lin, visiting tonight")
    await resident.expect("受理确认", "Called Ms Lin")
    await close_stage(bot, people.butler, "Upstairs 4-2-401 renovating without permit")
    await resident.expect("分析协调", "renovating without permit")
    await close_stage(bot, people.butler, "Works limited to 8:00-18:00, permit checked")
    await resident.expect("“处理”阶段已完成", "8:00-18:00")
    await close_stage(bot, people.butler, "Visited again, quiet now")
    await resident.expect("回访", "请问问题是否已经解决")
    await resident.press("👍 已解决")
    await resident.expect("已关闭")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        history = await tickets.events(conn, 1)
    assert ticket is not None and ticket.status == "closed"
    stages = [(e.action, e.actor_name) for e in history if e.action.startswith("stage_")]
    assert stages == [
        ("stage_acknowledge", "Wang Li"),
        ("stage_analyse", "Wang Li"),
        ("stage_handle", "Wang Li"),
        ("stage_follow_up", "Wang Li"),
    ]
    assert history[-1].action == "settled" and all(e.at for e in history)


async def test_a_complaint_about_attitude_goes_to_the_managers_only(bot: Harness) -> None:
    people = await populate(bot)
    await complain(people.resident, "Service attitude")
    await bot.tick()
    await people.manager.expect("Complaint C-0001", "Service attitude")
    await people.butler.expect_nothing()
    await people.butler2.expect_nothing()
    await people.butler.press(data="1:cp:st:1")
    await people.butler.expect_answer("not found")
    await people.butler.press(data="1:tk:view:1")
    await people.butler.expect_answer("not found")


async def test_not_settled_reopens_at_analysis_and_tells_the_managers(bot: Harness) -> None:
    people = await populate(bot)
    await complain(people.resident)
    await bot.tick()
    await people.butler.expect("Complaint C-0001")
    for note in ("ack", "analysis", "handled", "follow-up call"):
        await close_stage(bot, people.butler, note)
    await people.resident.expect("Is the matter settled")
    await people.resident.press("👎 Not settled")
    await people.resident.expect("has been reopened")
    await bot.tick()
    await people.manager.expect("not settled", "analysis and coordination")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
    assert ticket is not None and (ticket.status, ticket.stage) == ("open", "analyse")


async def test_stage_deadlines_warn_and_escalate_once(bot: Harness) -> None:
    people = await populate(bot)
    await complain(people.resident)
    await bot.tick()
    await people.butler.expect("Complaint C-0001")
    bot.clock.advance(timedelta(minutes=49))  # 80 % of the hour to acknowledge
    await bot.tick()
    await bot.tick()
    await people.butler.expect("is due soon", "Acknowledgement")
    bot.clock.advance(timedelta(minutes=12))
    await bot.tick()
    await bot.tick()
    await people.manager.expect("Deadline missed", "Acknowledgement")
    bot.clock.advance(timedelta(hours=3))
    await bot.tick()
    texts = [m.text or "" for m in bot.emu.bot_messages(5005)]
    assert sum("Deadline missed" in t for t in texts) == 1
    assert sum("is due soon" in (m.text or "") for m in bot.emu.bot_messages(5002)) == 1
    async with bot.services.db.read() as conn:
        actions = [e.action for e in await tickets.events(conn, 1)]
    assert actions.count("breach_acknowledge") == 1


async def test_a_poor_repair_rating_becomes_a_linked_complaint(bot: Harness) -> None:
    people = await populate(bot)
    await filed_and_resolved(bot, people)
    await people.resident.press("2⭐")
    await people.resident.expect("reopened")
    await people.resident.press("📣 Turn into a complaint")
    await people.resident.expect("What is the complaint about?")  # a flow: say what, confirm
    await people.resident.press("Service attitude")
    await people.resident.expect("Tell us what happened")
    await people.resident.send("The worker left the mess behind and was rude about it")
    await people.resident.expect("up to 5 photos")
    await people.resident.press("Done")
    await people.resident.expect("call you back")
    await people.resident.press("Yes, any time")
    await people.resident.expect("Please check your complaint", "left the mess behind")
    await people.resident.press("✅ Confirm")
    await people.resident.expect("Your complaint number is C-0001")
    await bot.tick()
    await people.manager.expect("Complaint C-0001", "linked repair: R-0001")
    async with bot.services.db.read() as conn:
        complaint = await tickets.get(conn, 2)
    assert complaint is not None and complaint.linked_ticket_id == 1


async def test_outsiders_cannot_see_or_act_on_a_complaint(bot: Harness) -> None:
    people = await populate(bot)
    await complain(people.resident)
    await bot.tick()
    await people.butler.expect("Complaint C-0001")
    await people.other_butler.press(data="1:cp:st:1")
    await people.other_butler.expect_answer("not found")
    await people.neighbour.press(data="1:tk:view:1")
    await people.neighbour.expect_answer("not found")
    await people.neighbour.press(data="1:cp:fu:1:y")
    await people.neighbour.expect_answer("not found")
    await people.resident.press(data="1:cp:st:1")
    await people.resident.expect_answer("not allowed")
    await people.resident.send("/tickets")
    listing = await people.resident.expect("Your tickets")
    assert "C-0001 · Noise · Acknowledgement" in (listing.text or "")  # its current stage
    async with bot.services.db.read() as conn:
        history = await tickets.events(conn, 1)
    assert [e.action for e in history] == ["created"]
