"""/arrears for butlers: their grid's overdue units, the collection log (channel, outcome,
day or words, note), corrections within a day, broken promises and the weekly sum."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from storage.repositories import collection_logs
from storage.tables import timers
from tests.e2e.fee_helpers import import_bills, resident, staff, texts, unit_id, viewer
from tests.factories import make_estate
from tests.harness import Harness

# Grid A: 1-1-101, 1-1-102, 2-1-101; grid B: 3-1-101, 3-2-301. The clock starts on Monday
# 2026-11-30 at 10:00 local (02:00 UTC).
BILLS = (
    "1-1-101,2026-10,property,402.75,2026-10-15,0,",
    "1-1-101,2026-11,property,402.75,2026-11-15,0,",
    "2-1-101,2026-09,property,250.60,2026-09-15,50.60,2026-09-20",
    "1-1-102,2026-12,property,646.20,2026-12-15,0,",  # not due yet
    "3-1-101,2026-10,property,999.00,2026-10-15,0,",  # grid B
)
BROKEN = "Promise not kept"


def at_local(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of December 2026 in the estate's zone (UTC+8)."""
    return datetime(2026, 12, day, hour - 8, minute, tzinfo=UTC)


async def test_a_butler_logs_a_promise_and_hears_the_day_after_when_it_was_not_kept(
    bot: Harness,
) -> None:
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
    await butler.press("✍️ Log a contact")
    await butler.expect("1-1-101: how did you contact them?")
    await butler.send("by carrier pigeon")
    await butler.expect("Please choose one of the buttons below.", "how did you contact them?")
    await butler.press("📞 Phone call")
    await butler.expect("1-1-101: what came of it?")
    await butler.press("🤝 Promised to pay on a day")
    await butler.expect("by which day did they promise to pay")
    await butler.send("2026-02-30")
    await butler.expect("I could not read that date")
    await butler.send("2026-11-29")
    await butler.expect("2026-11-29 has already passed")
    await butler.send("this Saturday")  # free dates are read in both languages
    await butler.expect("anything to add?")
    await butler.press("⏭ Skip")
    done = await butler.expect("✅ Logged for 1-1-101")
    assert (done.text or "").startswith(
        "✅ Logged for 1-1-101: 📞 Phone call, 2026-11-30: promised to pay by 2026-12-05. "
        "If bills are still overdue on 2026-12-06, I will tell you at 09:00."
    )
    assert "Latest contacts:\n📞 Phone call, 2026-11-30: promised to pay by 2026-12-05" in (
        done.text or ""
    )
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.read() as conn:
        (log,) = await collection_logs.recent_of_unit(conn, unit, 5)
        paused = await collection_logs.promised_until(conn, unit, date(2026, 12, 5))
    assert (log.kind, log.channel, log.outcome, log.promised_date) == (
        "promise", "phone", "promised", date(2026, 12, 5)
    )  # fmt: skip
    assert paused == date(2026, 12, 5)

    await bot.restart()
    bot.clock.set(at_local(5, 9))  # the promised day itself: nothing yet
    await bot.tick()
    bot.clock.set(at_local(6, 8, 59))
    await bot.tick()
    assert texts(bot, 7001, BROKEN) == []
    bot.clock.set(at_local(6, 9))  # 09:00 the day after, still overdue
    await bot.tick()
    await bot.tick()
    assert texts(bot, 7001, BROKEN) == [
        "🤝 Promise not kept: 1-1-101 promised to pay by 2026-12-05; still outstanding ¥805.50"
    ]
    (push,) = [m for m in bot.emu.bot_messages(7001) if BROKEN in (m.text or "")]
    await butler.press("🏠 Open the unit", message_id=push.message_id)
    await butler.expect("🏠 1-1-101 (湖畔花园): arrears")
    await butler.send("/arrears")
    await butler.expect(
        "1. 1-1-101 · ¥805.50 · since 2026-10-15 · 📞 Phone call, 2026-11-30: "
        "promised to pay by 2026-12-05"
    )


async def test_a_kept_promise_is_not_told(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    butler = await staff(bot, estate, 7007, "butler", ["A"])
    await butler.press(data=f"1:arr:unit:{await unit_id(bot, estate, '2-1-101')}")
    await butler.expect("🏠 2-1-101 (湖畔花园): arrears")
    await butler.press("✍️ Log a contact")
    await butler.expect("how did you contact them?")
    await butler.press("💬 Chat message")
    await butler.expect("what came of it?")
    await butler.press("🤝 Promised to pay on a day")
    await butler.expect("by which day")
    await butler.press("Tomorrow (2026-12-01)")
    await butler.expect("anything to add?")
    await butler.send("will pay by Alipay")
    await butler.expect(
        "✅ Logged for 2-1-101: 💬 Chat message, 2026-11-30: promised to pay by 2026-12-01 · "
        "📝 will pay by Alipay."
    )
    bot.clock.set(at_local(1, 20))  # paid the promised day
    await import_bills(bot, estate, "2-1-101,2026-09,property,250.60,2026-09-15,250.60,2026-12-01")
    bot.clock.set(at_local(2, 9))
    await bot.tick()
    await bot.tick()
    assert texts(bot, 7007, BROKEN) == []
    async with bot.services.db.read() as conn:
        due = await conn.execute(select(timers.c.status).where(timers.c.kind == "arrears.promise"))
        assert [row.status for row in due] == ["done"]


async def test_a_zh_hans_manager_logs_a_visit_with_words_checked(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    manager = await staff(bot, estate, 7002, "manager", [], language="zh-hans")
    await manager.send("/arrears")
    listing = await manager.expect("欠费房屋")
    assert "湖畔花园：3 户欠费，合计 ¥2,004.50" in (listing.text or "")
    unit = await unit_id(bot, estate, "3-1-101")
    await manager.press(data=f"1:arr:unit:{unit}")
    await manager.expect("湖畔花园 3-1-101 欠费情况")
    await manager.press("✍️ 记录催缴")
    await manager.expect("3-1-101：这次是怎么催缴的？")
    await manager.press("🚪 上门催缴")
    await manager.expect("催缴结果如何？")
    await manager.press("✏️ 其他")
    await manager.expect("具体是什么情况？（最多 500 个字）")
    await manager.send("很长" * 300)
    await manager.expect("您发送了 600 个字，这里最多 500 个字")
    await manager.send_sticker()
    await manager.expect("这里需要文字，不能是贴纸")
    await manager.send("业主出差，下周回来缴费")
    done = await manager.expect(
        "✅ 已为 3-1-101 记录：🚪 上门催缴 2026-11-30：业主出差，下周回来缴费"
    )
    assert "最近催缴记录：\n🚪 上门催缴 2026-11-30：业主出差，下周回来缴费" in (done.text or "")
    await manager.press("✍️ 记录催缴")
    await manager.expect("这次是怎么催缴的？")
    await manager.press("📞 电话催缴")
    await manager.expect("催缴结果如何？")
    await manager.press("❓ 对账单有异议")
    await manager.expect("业主对账单哪里有异议？")
    await manager.send("十月物业费已在前台交过现金")
    await manager.expect(
        "✅ 已为 3-1-101 记录：📞 电话催缴 2026-11-30：对账单有异议：十月物业费已在前台交过现金"
    )
    await manager.press("✍️ 记录催缴")
    await manager.expect("这次是怎么催缴的？")
    await manager.press("📄 张贴/门缝催缴通知")
    await manager.expect("催缴结果如何？")
    await manager.press("🤝 承诺某日缴费")
    await manager.expect("业主承诺哪天前缴费？")
    await manager.send("下周五")  # a typed day in Chinese
    await manager.expect("还有需要补充的吗？")
    await manager.press("⏭ 跳过")
    await manager.expect(
        "✅ 已为 3-1-101 记录：📄 张贴/门缝催缴通知 2026-11-30：承诺 2026-12-11 前缴费"
    )
    card = await bot.services.arrears.card(await viewer(bot, 7002), unit)
    assert [(log.kind, log.channel, log.outcome, log.note) for log in card.logs] == [
        ("promise", "notice", "promised", ""),
        ("contact", "phone", "disputed", "十月物业费已在前台交过现金"),
        ("contact", "visit", "other", "业主出差，下周回来缴费"),
    ]


async def test_the_author_corrects_an_entry_within_a_day_and_not_after(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    butler = await staff(bot, estate, 7008, "butler", ["A"])
    colleague = await staff(bot, estate, 7009, "butler", ["A"])
    unit = await unit_id(bot, estate, "1-1-101")
    await butler.press(data=f"1:arr:unit:{unit}")
    card = await butler.expect("🏠 1-1-101 (湖畔花园): arrears")
    assert "✏️ Correct my last entry" not in str(card.reply_markup)
    await butler.press("✍️ Log a contact")
    await butler.expect("how did you contact them?")
    await butler.press("🚪 Home visit")
    await butler.expect("what came of it?")
    await butler.press("🔕 No answer / nobody home")
    await butler.expect("anything to add?")
    await butler.send("left the notice under the door")
    logged = await butler.expect(
        "🚪 Home visit, 2026-11-30: no answer / nobody home · 📝 left the notice under the door"
    )
    assert "✏️ Correct my last entry" in str(logged.reply_markup)
    async with bot.services.db.read() as conn:
        (log,) = await collection_logs.recent_of_unit(conn, unit, 5)

    await colleague.press(data=f"1:arr:unit:{unit}")  # the same grid, someone else's entry
    other = await colleague.expect("🏠 1-1-101 (湖畔花园): arrears")
    assert "✏️ Correct my last entry" not in str(other.reply_markup)
    await colleague.press(data=f"1:arr:fix:{log.id}")
    await colleague.expect_answer("Only the person who logged an entry can correct it")

    bot.clock.set(at_local(1, 9))  # 23 hours later: still the author's to correct
    await butler.press("✏️ Correct my last entry")
    summary = await butler.expect("✏️ Your entry for 1-1-101 will read:")
    assert "no answer / nobody home · 📝 left the notice under the door" in (summary.text or "")
    await butler.press("✏️ Edit")
    await butler.expect("will read:")
    await butler.press("Outcome")
    await butler.expect("what came of it?")
    await butler.press("🤝 Promised to pay on a day")
    await butler.expect("by which day")
    await butler.press("This Friday (2026-12-04)")
    await butler.expect(
        "will read:\n🚪 Home visit, 2026-11-30: promised to pay by 2026-12-04 · "
        "📝 left the notice under the door"
    )
    await butler.press("✅ Confirm")
    fixed = await butler.expect("✅ Corrected.")
    assert (
        "🚪 Home visit, 2026-11-30: promised to pay by 2026-12-04 · "
        "📝 left the notice under the door (corrected)"
    ) in (fixed.text or "")
    await butler.press("✏️ Correct my last entry")  # the day moves, and its timer with it
    await butler.expect("will read:")
    await butler.press("✏️ Edit")
    await butler.expect("will read:")
    await butler.press("Day")
    await butler.expect("by which day")
    await butler.send("2026-12-10")
    await butler.expect("will read:\n🚪 Home visit, 2026-11-30: promised to pay by 2026-12-10")
    await butler.press("✅ Confirm")
    await butler.expect("promised to pay by 2026-12-10 · 📝 left the notice under the door")
    async with bot.services.db.read() as conn:
        fixed_log = await collection_logs.get(conn, log.id)
    assert fixed_log is not None and fixed_log.updated_at == at_local(1, 9)
    assert (fixed_log.kind, fixed_log.outcome, fixed_log.promised_date) == (
        "promise", "promised", date(2026, 12, 10)
    )  # fmt: skip

    bot.clock.set(at_local(1, 10, 1))  # 24 hours after logging: no more
    await butler.press(data=f"1:arr:unit:{unit}")
    late = await butler.expect("🏠 1-1-101 (湖畔花园): arrears")
    assert "✏️ Correct my last entry" not in str(late.reply_markup)
    await butler.press(data=f"1:arr:fix:{log.id}")  # the button of an older card
    await butler.expect_answer("can be corrected only within 24 hours")

    bot.clock.set(at_local(5, 9))  # the day after the first date: that timer was moved
    await bot.tick()
    assert texts(bot, 7008, BROKEN) == []
    bot.clock.set(at_local(11, 9))
    await bot.tick()
    await bot.tick()
    assert texts(bot, 7008, BROKEN) == [
        "🤝 Promise not kept: 1-1-101 promised to pay by 2026-12-10; still outstanding ¥805.50"
    ]


async def test_payments_and_old_entries_read_in_the_card_and_the_list(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    butler = await staff(bot, estate, 7010, "butler", ["A"])
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.transaction() as conn:
        base = {"unit_id": unit, "staff_account_id": None, "created_at": bot.clock.now()}
        await collection_logs.add(conn, base | {"kind": "called", "channel": "phone"})
        await collection_logs.add(
            conn,
            base | {"kind": "payment", "channel": "chat", "amount_minor": 123400,
                    "note": "HP-2026-000012"},
        )  # fmt: skip
    await butler.send("/arrears")
    await butler.expect(
        "1. 1-1-101 · ¥805.50 · since 2026-10-15 · "
        "💳 2026-11-30: paid ¥1,234.00 in chat, receipt HP-2026-000012"
    )
    await butler.press("1-1-101")
    card = await butler.expect("Latest contacts:")
    assert (card.text or "").splitlines()[-2:] == [
        "💳 2026-11-30: paid ¥1,234.00 in chat, receipt HP-2026-000012",
        "📞 Phone call, 2026-11-30: no outcome recorded",
    ]
    assert "✏️ Correct my last entry" not in str(card.reply_markup)


async def test_arrears_stay_within_the_grid_and_away_from_residents(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS)
    butler = await staff(bot, estate, 7003, "butler", ["A"])
    other_grid = await unit_id(bot, estate, "3-1-101")
    manager = await viewer(bot, (await staff(bot, estate, 7011, "manager", [])).user_id)
    async with bot.services.db.transaction() as conn:
        theirs = await collection_logs.add(
            conn,
            {"unit_id": other_grid, "staff_account_id": manager.account.id, "kind": "contact",
             "channel": "phone", "outcome": "refused", "created_at": bot.clock.now()},
        )  # fmt: skip
    for forged in (
        f"1:arr:unit:{other_grid}",
        f"1:arr:log:{other_grid}",
        f"1:arr:fix:{theirs}",
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
