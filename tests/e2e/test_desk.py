"""Items held at the front desk (客户物品的登记、交接、发放): registered by a guard or a butler
for a unit, the household told with a pickup code, handed over against it, reminded once
after three days; the desk's list per grid; the digest's counts."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from storage.models import Account
from storage.repositories import accounts, desk
from storage.tables import desk_items
from tests.e2e.chat import Chat
from tests.e2e.estate import People, bind, populate
from tests.factories import staff_code
from tests.harness import Harness

CODE = re.compile(r"Pickup code: ([A-Z0-9]{6})")


async def _account(bot: Harness, telegram_id: int) -> Account:
    async with bot.services.db.read() as conn:
        found = await accounts.by_telegram_id(conn, telegram_id)
    assert found is not None
    return found


def _texts(bot: Harness, user_id: int, fragment: str) -> list[str]:
    return [m.text or "" for m in bot.emu.bot_messages(user_id) if fragment in (m.text or "")]


async def _guard(bot: Harness, people: People) -> Chat:
    code = await staff_code(bot.services, people.estate, "guard", [])
    guard = await bind(bot, 5100, code, "en", "Sun Bao")
    await guard.expect_count(2)
    return guard


async def _register(staff: Chat, unit: str, description: str) -> None:
    """Register an item without a photo, through the desk's list."""
    await staff.send("/desk")
    await staff.expect("Items held at the front desk")
    await staff.press("➕ Register an item")
    await staff.expect("For which unit?")
    await staff.send(unit)
    await staff.expect("What is it?")
    await staff.press("Parcel")
    await staff.expect("A few words about it")
    await staff.send(description)
    await staff.expect("A photo of it")
    await staff.press("Done")
    await staff.expect("Please check the item", f"Unit {unit}", "Photos: 0")
    await staff.press("✅ Confirm")


async def test_a_guard_holds_a_parcel_and_hands_it_over_against_its_code(bot: Harness) -> None:
    people = await populate(bot)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))  # 10:00 in Shanghai
    guard, resident = await _guard(bot, people), people.resident

    await guard.send("/desk")
    await guard.expect("Items held at the front desk: 0")
    await guard.press("➕ Register an item")
    await guard.expect("For which unit?")
    await guard.send_sticker()
    await guard.expect("I need text here, not a sticker", "For which unit?")
    await guard.send("9-9-999")
    await guard.expect("There is no unit 9-9-999")
    await guard.send("3-2-301")
    await guard.expect("What is it?")
    await guard.press("Parcel")
    await guard.expect("A few words about it")
    await guard.send_photo("JD box, medium, brown")  # the caption is the description
    summary = await guard.expect("Please check the item", "Unit 3-2-301 · Parcel", "Photos: 1")
    assert "JD box, medium, brown" in (summary.text or "")
    await guard.press("✅ Confirm")
    done = await guard.expect("Item #1 is held for 3-2-301; 1 resident(s) were told")
    assert "Pickup code" not in (done.text or "")  # the desk does not see the code

    await bot.tick()
    told = await resident.expect("holds an item for 3-2-301 (#1)", "JD box", "Pickup code:")
    found = CODE.search(told.text or "")
    assert found is not None
    code = found.group(1)
    assert any(m.kind == "photo" for m in bot.emu.bot_messages(5000))
    await people.neighbour.expect_nothing()

    # the household names who collects it
    await resident.press("🙋 Someone collects it for me", message_id=told.message_id)
    await resident.expect("Who will collect the item for 3-2-301?")
    await resident.send("Li Na (my sister)")
    await resident.expect("Noted: the desk will hand the item for 3-2-301 to Li Na (my sister)")

    # the handover: a wrong code first, then the right one
    await guard.send("/desk")
    listing = await guard.expect("Items held at the front desk: 1", "Grid B:", "3-2-301 · Parcel")
    assert "0 day(s)" in (listing.text or "")
    await guard.press(listing.button_labels()[0])
    await guard.expect("Handing over item #1 for 3-2-301", "Type the pickup code")
    wrong = "AAAAAA" if code != "AAAAAA" else "CCCCCC"
    await guard.send(wrong)
    await guard.expect(f"{wrong} is not this item's pickup code")
    await guard.send(code.lower())
    choices = await guard.expect("Who takes item #1?")
    assert choices.button_labels()[:3] == [
        "The resident themselves",
        "Li Na (my sister) (named by the household)",
        "Someone else",
    ]
    await guard.press("Li Na (my sister) (named by the household)")
    await guard.expect("Item #1 for 3-2-301 handed over to Li Na (my sister)")
    await bot.tick()
    await resident.expect("Item #1 for 3-2-301", "was collected at 2026-12-01", "Li Na")

    async with bot.services.db.read() as conn:
        row = (await conn.execute(select(desk_items))).one()._mapping
    guard_id = (await _account(bot, 5100)).id
    assert row["state"] == "handed" and row["kind"] == "parcel"
    assert row["description"] == "JD box, medium, brown" and row["photo"]
    assert row["registered_by"] == guard_id and row["handed_by"] == guard_id
    assert row["handed_to"] == "Li Na (my sister)" and row["collector"] == row["handed_to"]
    assert row["code"] == code and row["handed_at"] is not None
    await guard.send("/desk")
    await guard.expect("Items held at the front desk: 0")

    # a later tap on the old list finds it gone
    await guard.press(listing.button_labels()[0], message_id=listing.message_id)
    await guard.expect_answer("no longer held at the desk")

    # three days on: a handed-over item is not reminded
    bot.clock.advance(timedelta(days=3, minutes=1))
    await bot.tick()
    await bot.tick()
    assert not _texts(bot, 5000, "has waited") and not _texts(bot, 5002, "Not collected")


async def test_an_uncollected_item_is_reminded_once_and_listed_for_its_butler(
    bot: Harness,
) -> None:
    people = await populate(bot)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    butler, resident, manager = people.butler, people.resident, people.manager

    # a butler registers for their own grid only
    await butler.send("/desk")
    await butler.expect("Items held at the front desk: 0")
    await butler.press("➕ Register an item")
    await butler.expect("For which unit?")
    await butler.send("1-1-101")
    await butler.expect("1-1-101 is not in your grids")
    await butler.send("3-2-301")
    await butler.expect("What is it?")
    await butler.press("Key")
    await butler.expect("A few words about it")
    await butler.send("Spare key left by the decorator")
    await butler.expect("A photo of it")
    await butler.press("Done")
    await butler.expect("Please check the item", "Unit 3-2-301 · Key", "Photos: 0")
    await butler.press("✅ Confirm")
    await butler.expect("Item #1 is held for 3-2-301; 1 resident(s) were told")
    await bot.tick()
    await resident.expect("holds an item for 3-2-301 (#1)", "Key · Spare key")

    # three days on: one reminder to the household, the grid's butlers told
    bot.clock.advance(timedelta(days=3, minutes=1))
    await bot.tick()
    await resident.expect("has waited 3 days", "Pickup code:")
    late = await butler.expect("Not collected for 3 days: item #1 for 3-2-301")
    await people.butler2.expect("Not collected for 3 days")
    await bot.tick()
    assert len(_texts(bot, 5000, "has waited")) == 1  # once
    assert len(_texts(bot, 5002, "Not collected")) == 1
    assert not _texts(bot, 5004, "Not collected")  # another grid's butler
    async with bot.services.db.read() as conn:
        assert (await desk.get(conn, 1)).reminded_at is not None  # type: ignore[union-attr]

    # the lists: the butler's grid and the estate; another grid's butler sees none
    await butler.send("/desk")
    await butler.expect("Items held at the front desk: 1", "⚠️ #1 3-2-301 · Key", "3 day(s)")
    await people.other_butler.send("/desk")
    await people.other_butler.expect("Items held at the front desk: 0")
    await manager.send("/digest")
    await manager.expect("Front desk: 1 item(s) held, 1 of them over 3 days")

    # the butler hands it over from the reminder, to the resident themselves
    await butler.press("🤝 Hand it over", message_id=late.message_id)
    await butler.expect("Type the pickup code")
    async with bot.services.db.read() as conn:
        item = await desk.get(conn, 1)
    assert item is not None
    await butler.send(item.code)
    await butler.expect("Who takes item #1?")
    await butler.press("The resident themselves")
    await butler.expect("handed over to the household")
    await bot.tick()
    await resident.expect("was collected at", "by the household")
    async with bot.services.db.read() as conn:
        item = await desk.get(conn, 1)
    assert item is not None and item.state == "handed" and item.handed_to == ""


async def test_residents_have_no_desk_and_others_cannot_name_a_collector(bot: Harness) -> None:
    people = await populate(bot, language="zh-Hans")
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    await people.resident.send("/desk")
    await people.resident.expect("只有前台（门岗）、管家和管理处负责人可以登记客户物品")

    manager = people.manager
    await manager.send("/desk")
    await manager.expect("前台代收物品：0 件")
    await manager.press("➕ 登记物品")
    await manager.expect("是哪个房号的")
    await manager.send("1-1-101")
    await manager.expect("是什么物品")
    await manager.press("文件")
    await manager.expect("请简单描述")
    await manager.send("银行挂号信")
    await manager.expect("物品照片")
    await manager.press("完成")
    await manager.expect("请核对物品", "房号 1-1-101 · 文件")
    await manager.press("✅ 确认提交")
    await manager.expect("物品 #1 已登记在 1-1-101 名下，已通知 1 位住户领取码")
    await bot.tick()
    await people.neighbour.expect("前台为 1-1-101 代收了一件物品", "领取码：")
    await people.resident.press(data="1:dk:who:1")  # not their unit
    await people.resident.expect_nothing()
    async with bot.services.db.read() as conn:
        item = await desk.get(conn, 1)
    assert item is not None and item.collector == "" and item.state == "held"
