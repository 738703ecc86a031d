"""Household records: /unit finds a household for staff of its grid, with its people, tags,
tickets, fees and notes; a manager unbinds a person from the card and their access ends."""

from __future__ import annotations

from sqlalchemy import select, update

from storage.repositories import household
from storage.tables import occupancies, unit_tags, units
from tests.e2e.estate import People, populate
from tests.e2e.fee_helpers import import_bills, unit_id
from tests.e2e.test_repair import file_repair
from tests.harness import Harness


async def _registered_owner(bot: Harness, people: People) -> int:
    found = await unit_id(bot, people.estate, "3-2-301")
    async with bot.services.db.transaction() as conn:
        await conn.execute(
            update(units)
            .where(units.c.id == found)
            .values(owner_name="Lin Fang", owner_phone="13800138000")
        )
    return found


async def test_a_butler_finds_the_household_and_keeps_its_tags_and_notes(bot: Harness) -> None:
    people = await populate(bot)
    unit = await _registered_owner(bot, people)
    code = await file_repair(people.resident)
    await import_bills(bot, people.estate, "3-2-301,2026-10,property,320.50,2026-10-15,0,")
    butler = people.butler
    await butler.send("/unit 138001")  # part of the registered owner's phone
    card = await butler.expect("🏠 3-2-301 · 湖畔花园 · grid B")
    lines = (card.text or "").splitlines()
    assert "Registered owner: Lin Fang, 13800138000" in lines
    assert "• Lin Fang (owner), Telegram -" in lines
    assert "Tags: none" in lines
    assert "Tickets: 1 open; complaints in all: 0" in lines
    assert any(line.startswith(code) for line in lines)
    assert "Overdue: ¥320.50 (open in all: ¥320.50)" in lines
    await butler.press("🏷 Tags")
    await butler.expect("Tags of 3-2-301")
    await butler.press("pets")
    await butler.expect_answer("Set: pets")
    await butler.press("✅ pets")  # the keyboard shows what is set
    await butler.expect_answer("Cleared: pets")
    await butler.press("elderly living alone")
    await butler.expect_answer("Set: elderly living alone")
    await butler.press("↩️ Back to the card")
    await butler.expect("Tags: elderly living alone")
    async with bot.services.db.read() as conn:
        assert await household.tags(conn, unit) == ["elderly_alone"]
    await butler.press("📝 Add a note")
    await butler.expect("Send the note about 3-2-301 (at most 500 characters)")
    await butler.send("x" * 501)
    await butler.expect("at most 500")
    await butler.send("Lives alone since October; daughter calls on Sundays.")
    kept = await butler.expect("Note kept for 3-2-301", "Notes:")
    assert "Wang Li: Lives alone since October; daughter calls on Sundays." in (kept.text or "")
    async with bot.services.db.read() as conn:
        assert [n.text for n in await household.notes(conn, unit, 5)] == [
            "Lives alone since October; daughter calls on Sundays."
        ]


async def test_the_household_card_is_for_staff_of_its_grid_only(bot: Harness) -> None:
    people = await populate(bot, language="zh-Hans")
    await _registered_owner(bot, people)
    await people.other_butler.send("/unit 3-2-301")
    await people.other_butler.expect("3-2-301 不在您负责的网格")
    await people.other_butler.send("/unit Lin Fang")  # a name matches in grid A: nothing
    await people.other_butler.expect("您负责的网格中没有与“Lin Fang”相符的住户")
    await people.neighbour.send("/unit 3-2-301")
    await people.neighbour.expect("住户档案仅供物业员工查看")
    await people.butler.send("/unit")
    await people.butler.expect("请在 /unit 后输入房号、姓名或电话")
    await people.butler.send("/unit 1")  # not a code, and too short for part of a phone
    await people.butler.expect("没有与“1”相符的住户")
    await people.butler.send("/unit %")  # typed text, not a wildcard
    await people.butler.expect("没有与“%”相符的住户")
    await people.manager.send("/unit Lin")
    card = await people.manager.expect("🏠 3-2-301 · 湖畔花园 · 网格 B")
    assert "• Lin Fang（业主），Telegram -" in (card.text or "")
    async with bot.services.db.read() as conn:
        tags = (await conn.execute(select(unit_tags))).all()
    assert tags == []


async def test_a_manager_unbinds_a_resident_from_the_card_and_their_buttons_stop(
    bot: Harness,
) -> None:
    people = await populate(bot)
    found = await _registered_owner(bot, people)
    await file_repair(people.resident)
    await people.resident.send("/tickets")
    listing = await people.resident.expect("Your tickets", "R-0001")
    await people.butler.send("/unit 3-2-301")
    await people.butler.expect("🏠 3-2-301")
    assert "✂️" not in str(people.butler.last().reply_markup)  # butlers cannot unbind
    manager = people.manager
    await manager.send("/unit 3-2-301")
    await manager.expect("🏠 3-2-301")
    await manager.press("✂️ Unbind Lin Fang")
    await manager.expect("Unbind Lin Fang from 3-2-301?")
    await manager.press("✂️ Yes, unbind")
    await manager.expect_answer("Lin Fang is no longer bound to 3-2-301")
    await manager.expect("Nobody is bound to this unit in the bot yet.")
    async with bot.services.db.read() as conn:
        bound = (
            await conn.execute(select(occupancies).where(occupancies.c.unit_id == found))
        ).all()
    assert bound == []
    await people.resident.press("R-0001", message_id=listing.message_id)  # an old button
    await people.resident.expect_answer("no longer bound here")
    await people.resident.send("/tickets")
    await people.resident.expect("You have no tickets")
