"""Repair reports end to end: resident → butler → resident, with history and ratings."""

from __future__ import annotations

from storage.repositories import tickets
from tests.e2e.chat import Chat
from tests.e2e.estate import People, populate
from tests.harness import Harness


async def file_repair(chat: Chat, *, photos: int = 0, urgent: bool = False) -> str:
    """Walk the resident through /repair (English labels); return the ticket code."""
    await chat.send("/repair")
    await chat.expect("What needs repairing?")
    await chat.press("Water")
    await chat.expect("✓ Water", "inside your home")
    await chat.press("In my unit")
    await chat.expect("Describe the problem")
    await chat.send("Kitchen pipe is leaking")
    await chat.expect("Send up to 5 photos")
    for n in range(1, photos + 1):
        await chat.send_photo()
        await chat.expect(f"Photo {n} of 5 received")
    await chat.press("Done")
    await chat.expect("When may the repair worker come?")
    await chat.press("As soon as possible")
    await chat.expect("Is it urgent")
    await chat.press("Yes" if urgent else "No")
    summary = await chat.expect("Please check your repair report", "Kitchen pipe is leaking")
    assert f"Photos: {photos}" in (summary.text or "")
    await chat.press("✅ Confirm")
    filed = await chat.expect("Your repair number is")
    return (filed.text or "").split("number is ")[1].split(".")[0]


async def test_a_repair_goes_from_resident_to_butler_and_back(bot: Harness) -> None:
    people = await populate(bot)
    code = await file_repair(people.resident, photos=2)
    assert code == "R-0001"
    await bot.tick()
    pushed = await people.butler.expect(
        "Repair R-0001", "new", "Kitchen pipe is leaking", "Lin Fang"
    )
    assert "3-2-301" in (pushed.text or "")
    albums = [m for m in bot.emu.bot_messages(5002) if m.kind in ("photo", "media_group")]
    assert len(albums) == 2  # the two photos, as an album
    await people.other_butler.expect_nothing()
    await people.butler.press("✋ Accept")
    await people.butler.expect_answer("You accepted R-0001")
    await bot.tick()
    await people.resident.expect("accepted by Wang Li")
    await people.butler.press("🚶 Start")
    await people.butler.expect_answer("R-0001 is in progress")
    await bot.tick()
    await people.resident.expect("is on the way")
    await people.butler.press("✅ Resolve")
    await people.butler.expect("what was done?")
    await people.butler.send("Replaced the pipe joint")
    await people.butler.expect("after-photos")
    await people.butler.press("Done")
    await people.butler.expect("R-0001 is resolved")
    await bot.tick()
    await people.resident.expect("is done", "Replaced the pipe joint")
    await people.resident.press("5⭐")
    await people.resident.expect("you rated R-0001 ★★★★★ (5/5)")
    await people.resident.press("💬 Add a comment")
    await people.resident.expect("Your comment on R-0001")
    await people.resident.send("Quick and clean, thanks")
    await people.resident.expect("comment has been saved")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        history = await tickets.events(conn, 1)
    assert ticket is not None
    assert (ticket.status, ticket.rating, ticket.rating_comment) == (
        "closed",
        5,
        "Quick and clean, thanks",
    )
    assert [(e.action, e.actor_name) for e in history] == [
        ("created", "Lin Fang"),
        ("accept", "Wang Li"),
        ("start", "Wang Li"),
        ("resolve", "Wang Li"),
        ("rate", "Lin Fang"),
        ("comment", "Lin Fang"),
    ]
    assert all(e.at is not None for e in history)


async def test_a_poor_rating_reopens_and_tells_the_managers(bot: Harness) -> None:
    people = await populate(bot)
    await filed_and_resolved(bot, people)
    await people.resident.press("1⭐")
    await people.resident.expect("reopened")
    await bot.tick()
    alert = await people.manager.expect("R-0001 was rated 1/5")
    assert "✋ Accept" in alert.button_labels() and "↪️ Transfer" in alert.button_labels()
    await people.butler.expect("R-0001 was reopened")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
    assert ticket is not None and ticket.status == "reopened"


async def resolve(butler: Chat, note: str = "Fixed") -> None:
    """The butler accepts, starts and resolves the latest pushed repair with a note."""
    for label in ("✋ Accept", "🚶 Start"):
        await butler.press(label)
        await butler.expect_answer()
    await butler.press("✅ Resolve")
    await butler.expect("what was done?")
    await butler.send(note)
    await butler.expect("after-photos")
    await butler.press("Done")
    await butler.expect("is resolved")


async def filed_and_resolved(bot: Harness, people: People) -> None:
    """A repair is filed, reaches the butler, is resolved, and the resident hears."""
    await file_repair(people.resident)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    await resolve(people.butler)
    await bot.tick()
    await people.resident.expect("is done")


async def test_the_repair_report_in_chinese(bot: Harness) -> None:
    people = await populate(bot, language="zh-hans")
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("请问需要维修什么")
    await chat.press("电梯")
    await chat.expect("✓ 电梯", "具体位置")
    await chat.send("3栋2单元电梯")
    await chat.expect("请简单描述问题")
    await chat.send("电梯门关不上")
    await chat.expect("最多 5 张照片")
    await chat.press("完成")
    await chat.expect("是否紧急")
    await chat.press("是")
    await chat.expect("请核对您的报修信息", "3栋2单元电梯", "紧急：是", "无需上门")
    await chat.press("✅ 确认提交")
    await chat.expect("工单号 R-0001")
    await bot.tick()
    await people.butler.expect("报修 R-0001", "🔴 紧急", "电梯门关不上", "待受理")
