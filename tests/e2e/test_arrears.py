"""/arrears for butlers: their grid's overdue units, contact logs, promises and the weekly sum."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.e2e.fee_helpers import import_bills, resident, staff, texts, unit_id, viewer
from tests.factories import make_estate
from tests.harness import Harness

# Grid A: 1-1-101, 1-1-102, 2-1-101; grid B: 3-1-101, 3-2-301. The clock starts 2026-11-30.
BILLS = (
    "1-1-101,2026-10,property,402.75,2026-10-15,0,",
    "1-1-101,2026-11,property,402.75,2026-11-15,0,",
    "2-1-101,2026-09,property,250.60,2026-09-15,50.60,2026-09-20",
    "1-1-102,2026-12,property,646.20,2026-12-15,0,",  # not due yet
    "3-1-101,2026-10,property,999.00,2026-10-15,0,",  # grid B
)


async def test_a_butler_logs_a_promise_to_pay_and_is_reminded_on_that_day(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    butler = await staff(bot, estate, 7001, "butler", ["A"])
    await butler.send("/arrears")
    listing = await butler.expect("Overdue units · 💰 By amount · page 1/1")
    assert (listing.text or "").splitlines()[1:] == [
        "湖畔花园: 2 units overdue, ¥1,005.50 in total",
        "1. 1-1-101 · ¥805.50 · since 2026-10-15 · no contact yet",
        "2. 2-1-101 · ¥200.00 · since 2026-09-15 · no contact yet",
    ]
    await butler.press("⏳ By age")
    by_age = await butler.expect("⏳ By age")
    assert "1. 2-1-101" in (by_age.text or "")
    await butler.press("1-1-101")
    card = await butler.expect("🏠 1-1-101 (湖畔花园): arrears")
    assert "⚠️ Overdue: ¥805.50 in 2 bills, since 2026-10-15" in (card.text or "")
    await butler.press("📞 Called")
    await butler.expect_answer("Logged")
    await butler.expect("📞 called on 2026-11-30")
    await butler.press("🤝 Promised to pay")
    await butler.expect("on which day did they promise to pay")
    await butler.send("2026-02-30")
    await butler.expect("I could not read that date")
    await butler.send("2026-11-29")
    await butler.expect("2026-11-29 has already passed")
    await butler.send("this Saturday")  # free dates are read in both languages
    await butler.expect("Logged: 1-1-101 promised to pay on 2026-12-05")

    await bot.restart()
    bot.clock.set(datetime(2026, 12, 5, 0, 59, tzinfo=UTC))  # 08:59 local
    await bot.tick()
    assert texts(bot, 7001, "Promised payment day") == []
    bot.clock.set(datetime(2026, 12, 5, 1, 0, tzinfo=UTC))  # 09:00 local
    await bot.tick()
    await bot.tick()
    assert texts(bot, 7001, "Promised payment day") == [
        "🤝 Promised payment day: 1-1-101 (湖畔花园) promised to pay today, 2026-12-05.\n"
        "Still outstanding: ¥805.50."
    ]
    await butler.send("/arrears")
    await butler.expect("1. 1-1-101 · ¥805.50 · since 2026-10-15 · 🤝 on 2026-11-30")


async def test_notes_are_checked_and_shown_on_the_card(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    manager = await staff(bot, estate, 7002, "manager", [], language="zh-hans")
    await manager.send("/arrears")
    listing = await manager.expect("欠费房屋")
    assert "湖畔花园：3 户欠费，合计 ¥2,004.50" in (listing.text or "")
    await manager.press(data=f"1:arr:unit:{await unit_id(bot, estate, '3-1-101')}")
    await manager.expect("湖畔花园 3-1-101 欠费情况")
    await manager.press("📝 备注")
    await manager.expect("最多 500 个字")
    await manager.send("很长" * 300)
    await manager.expect("您发送了 600 个字，这里最多 500 个字")
    await manager.send_sticker()
    await manager.expect("这里需要文字，不能是贴纸")
    await manager.send("业主出差，下周回来缴费")
    await manager.expect("已为 3-1-101 记录备注")
    card = await bot.services.arrears.card(
        await viewer(bot, 7002), await unit_id(bot, estate, "3-1-101")
    )
    assert [(log.kind, log.note) for log in card.logs] == [("note", "业主出差，下周回来缴费")]


async def test_arrears_stay_within_the_grid_and_away_from_residents(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    butler = await staff(bot, estate, 7003, "butler", ["A"])
    other_grid = await unit_id(bot, estate, "3-1-101")
    for forged in (
        f"1:arr:unit:{other_grid}",
        f"1:arr:log:{other_grid}:called",
        f"1:arr:promise:{other_grid}",
    ):
        await butler.press(data=forged)
        await butler.expect_answer("not found")
    person = await resident(bot, estate, 7004, "3-1-101")
    await person.send("/arrears")
    await person.expect("not allowed")
    await person.press(data=f"1:arr:unit:{other_grid}")
    await person.expect_answer("not found")
    assert not texts(bot, 7004, "999")


async def test_butlers_get_a_weekly_summary_on_monday_morning(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)  # the clock is on Monday 10:00: next Monday
    await staff(bot, estate, 7005, "butler", ["A"])
    await staff(bot, estate, 7006, "butler", ["B"], language="zh-hans")
    bot.clock.set(datetime(2026, 12, 7, 0, 59, tzinfo=UTC))
    await bot.tick()
    assert texts(bot, 7005, "Weekly arrears summary") == []
    bot.clock.set(datetime(2026, 12, 7, 1, 0, tzinfo=UTC))  # Monday 09:00 local
    await bot.tick()
    await bot.tick()
    assert texts(bot, 7005, "Weekly arrears summary") == [
        "📋 Weekly arrears summary: 湖畔花园\n"
        "2 units overdue, ¥1,005.50 in total, the oldest since 2026-09-15.\n"
        "Largest:\n"
        "• 1-1-101: ¥805.50 since 2026-10-15\n"
        "• 2-1-101: ¥200.00 since 2026-09-15"
    ]
    assert len(texts(bot, 7006, "每周欠费汇总")) == 1
    assert "3-1-101：¥999.00" in texts(bot, 7006, "每周欠费汇总")[0]
