"""The fee reminder ladder on a frozen clock: the steps, their numbers, promises, quiet nights."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update

from storage.repositories import outbox, timers
from storage.tables import bills
from tests.e2e.chat import Chat
from tests.e2e.fee_helpers import import_bills, resident, staff, texts, unit_id, viewer
from tests.factories import make_estate
from tests.harness import Harness

# Shanghai is UTC+8: 09:00 local is 01:00 UTC.
PROPERTY = "1-1-101,2026-12,property,402.75,2026-12-10,0,"
WATER = "1-1-101,2026-11,water,80.22,2026-12-10,0,"
TITLES = ("🔔 Fee reminder", "🔔 Payment due", "⚠️ Overdue reminder", "🔔 缴费", "⚠️ 催缴")


def _utc(month: int, day: int, hour: int = 1, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


async def _tick_at(bot: Harness, moment: datetime) -> None:
    bot.clock.set(moment)
    await bot.tick()


def _reminders(bot: Harness, user_id: int) -> list[str]:
    return [
        m.text or "" for m in bot.emu.bot_messages(user_id) if (m.text or "").startswith(TITLES)
    ]


async def _every_day(bot: Harness, first: date, days: int) -> list[tuple[str, str]]:
    """Tick at 09:00 local every day; return (day, first line) of each reminder sent."""
    seen: list[tuple[str, str]] = []
    for offset in range(days + 1):
        day = first + timedelta(days=offset)
        before = len(_reminders(bot, 6001))
        await _tick_at(bot, _utc(day.month, day.day, year=day.year))
        await bot.tick()
        seen += [(day.isoformat(), r.splitlines()[0]) for r in _reminders(bot, 6001)[before:]]
    return seen


async def test_sixty_days_of_a_bill_imported_three_days_before_it_is_due(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    chat = await resident(bot, estate, 6001, "1-1-101")
    await resident(bot, estate, 6002, "1-1-101", language="zh-hans")
    bot.clock.set(_utc(12, 7, 0, 30))  # 08:30 local, 3 days before the due date
    await import_bills(bot, estate, PROPERTY, WATER)
    sent = await _every_day(bot, date(2026, 12, 7), 60)
    assert sent == [
        ("2026-12-07", "🔔 Fee reminder: 湖畔花园 1-1-101"),  # at import: less than 7 days
        ("2026-12-10", "🔔 Payment due: 湖畔花园 1-1-101"),
        ("2026-12-17", "⚠️ Overdue reminder no. 1: 湖畔花园 1-1-101"),
        ("2026-12-24", "⚠️ Overdue reminder no. 2: 湖畔花园 1-1-101"),
        ("2026-12-31", "⚠️ Overdue reminder no. 3: 湖畔花园 1-1-101"),
        ("2027-01-31", "⚠️ Overdue reminder no. 4: 湖畔花园 1-1-101"),  # then monthly
    ]
    first = _reminders(bot, 6001)[0]
    assert first == (
        "🔔 Fee reminder: 湖畔花园 1-1-101\n"
        "Due on 2026-12-10 (in 3 days), ¥482.97 in total:\n"
        "• 2026-11 Water: ¥80.22\n"
        "• 2026-12 Property fee: ¥402.75\n"
        "If you have paid already, please ignore this message."
    )
    zh = _reminders(bot, 6002)
    assert [r.splitlines()[0] for r in zh][2] == "⚠️ 催缴通知（第 1 次）：湖畔花园 1-1-101"
    assert all(r.endswith("已缴纳请忽略。") for r in zh)
    await bot.restart()  # nothing is sent twice after a restart
    await _tick_at(bot, _utc(2, 5, 2, year=2027))
    assert len(_reminders(bot, 6001)) == 6
    async with bot.services.db.read() as conn:
        pushes = await outbox.of_account(conn, (await viewer(bot, 6001)).account.id)
    assert [p.status for p in pushes if p.text_key == "fee-reminder"] == ["sent"] * 6
    assert chat.last().button_labels() == ["💳 View and pay"]


async def test_only_the_steps_ahead_offer_stop_and_every_one_offers_pay(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    chat = await resident(bot, estate, 6001, "1-1-101")
    await import_bills(bot, estate, PROPERTY)
    await _tick_at(bot, _utc(12, 3))
    await chat.expect("Fee reminder")
    assert chat.last().button_labels() == ["💳 View and pay", "🔕 No reminders before due dates"]
    await chat.press("🔕 No reminders before due dates")
    await chat.expect_answer("Overdue notices still come")
    await _tick_at(bot, _utc(12, 10))
    assert len(_reminders(bot, 6001)) == 1  # the due-day step is one of those stopped
    await _tick_at(bot, _utc(12, 17))
    overdue = _reminders(bot, 6001)[-1]
    assert overdue.startswith("⚠️ Overdue reminder no. 1")  # numbered from the first one seen
    await chat.expect("Overdue reminder")
    assert chat.last().button_labels() == ["💳 View and pay"]
    await chat.press("💳 View and pay")
    await chat.expect("Outstanding")

    await chat.send("/settings")
    await chat.expect("Reminders before due dates: off")
    await chat.press("🔔 Remind me before due dates")
    await chat.expect("Saved. Reminders before due dates: on")


async def test_old_arrears_are_reminded_at_once_and_then_monthly(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6001, "1-1-101")
    bot.clock.set(_utc(11, 30, 3))  # 11:00 local
    await import_bills(
        bot,
        estate,
        "1-1-101,2026-09,property,402.75,2026-09-15,0,",
        "1-1-101,2026-10,property,482.97,2026-10-15,0,",
    )
    await bot.tick()
    assert [r.splitlines()[:2] for r in _reminders(bot, 6001)] == [
        [
            "⚠️ Overdue reminder no. 1: 湖畔花园 1-1-101",
            "Overdue since 2026-09-15, ¥885.72 still unpaid:",
        ]
    ]
    for day in (7, 14, 21, 28):  # weekly: 12-07 and 12-14 (three in all), then monthly
        await _tick_at(bot, _utc(12, day))
    await _tick_at(bot, _utc(1, 13, year=2027))
    assert len(_reminders(bot, 6001)) == 3
    await _tick_at(bot, _utc(1, 14, year=2027))
    await _tick_at(bot, _utc(2, 14, year=2027))
    numbers = [r.splitlines()[0].split(":")[0] for r in _reminders(bot, 6001)]
    assert numbers == [f"⚠️ Overdue reminder no. {n}" for n in range(1, 6)]


async def test_a_kept_and_a_broken_promise(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6001, "1-1-101")
    await resident(bot, estate, 6003, "1-1-102")
    butler = await staff(bot, estate, 7001, "butler", ["A"])
    bot.clock.set(_utc(11, 30, 3))
    await import_bills(
        bot,
        estate,
        "1-1-101,2026-10,property,402.75,2026-10-15,0,",
        "1-1-102,2026-10,property,300.00,2026-10-15,0,",
    )
    await bot.tick()
    assert len(_reminders(bot, 6001)) == len(_reminders(bot, 6003)) == 1
    for unit in ("1-1-101", "1-1-102"):  # both promise to pay by 2026-12-10
        await butler.send("/arrears")
        await butler.expect("Overdue units")
        await butler.press(unit)
        await butler.expect(f"🏠 {unit}")
        await _log_promise(butler, "2026-12-10")
    await _tick_at(bot, _utc(12, 7))  # would be the next weekly reminder: held by the promise
    assert len(_reminders(bot, 6001)) == len(_reminders(bot, 6003)) == 1
    bot.clock.set(_utc(12, 9))
    await import_bills(bot, estate, "1-1-102,2026-10,property,300.00,2026-10-15,300.00,2026-12-09")
    await _tick_at(bot, _utc(12, 10))
    assert len(_reminders(bot, 6001)) == 1
    await _tick_at(bot, _utc(12, 11))  # the day after: 101 broke it, 102 kept it
    await bot.tick()
    assert _reminders(bot, 6001)[-1].startswith("⚠️ Overdue reminder no. 2")
    assert len(_reminders(bot, 6003)) == 1
    broken = texts(bot, 7001, "Promise not kept")
    assert len(broken) == 1 and "1-1-101" in broken[0]


async def _log_promise(butler: Chat, day: str) -> None:
    """Log a promise from the unit card (the arrears flow: channel, outcome, day, note)."""
    await butler.press("✍️ Log a contact")
    await butler.expect("how did you contact them?")
    await butler.press("📞 Phone call")
    await butler.expect("what came of it?")
    await butler.press("🤝 Promised to pay on a day")
    await butler.expect("by which day did they promise to pay?")
    await butler.send(day)
    await butler.expect("anything to add?")
    await butler.press("⏭ Skip")
    await butler.expect("Logged")


async def test_an_import_showing_the_bills_paid_ends_the_ladder(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6003, "1-1-101")
    await import_bills(bot, estate, PROPERTY, WATER)
    await _tick_at(bot, _utc(12, 3))
    assert len(_reminders(bot, 6003)) == 1
    bot.clock.set(_utc(12, 5))
    await import_bills(bot, estate, WATER.replace(",0,", ",80.22,2026-12-05"))
    await _tick_at(bot, _utc(12, 10))  # the due-day step lists only what is still open
    due_day = _reminders(bot, 6003)[-1]
    assert "¥402.75" in due_day and "Water" not in due_day
    bot.clock.set(_utc(12, 11))
    await import_bills(bot, estate, PROPERTY.replace(",0,", ",402.75,2026-12-11"))
    async with bot.services.db.read() as conn:
        ref = str(await unit_id(bot, estate, "1-1-101"))
        assert await timers.pending_of(conn, "fee.ladder", ref) == []
    for day in (17, 24, 31):
        await _tick_at(bot, _utc(12, day))
    assert len(_reminders(bot, 6003)) == 2


async def test_a_step_firing_for_bills_paid_meanwhile_sends_nothing(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6004, "1-1-101")
    await import_bills(bot, estate, PROPERTY)
    await _tick_at(bot, _utc(12, 3))
    async with bot.services.db.transaction() as conn:  # paid, but no import replanned it
        await conn.execute(update(bills).values(paid_minor=bills.c.amount_minor))
    await _tick_at(bot, _utc(12, 10))
    assert len(_reminders(bot, 6004)) == 1


async def test_a_reminder_due_at_22_local_arrives_at_08(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6005, "1-1-101")
    bot.clock.set(_utc(12, 10, 14))  # 22:00 local on the due date
    await import_bills(bot, estate, PROPERTY)
    await bot.tick()
    await _tick_at(bot, _utc(12, 10, 23, 59))  # 07:59 local
    assert _reminders(bot, 6005) == []
    await _tick_at(bot, _utc(12, 11, 0, 0))  # 08:00 local: quiet hours are over
    assert [r.splitlines()[:2] for r in _reminders(bot, 6005)] == [
        ["🔔 Payment due: 湖畔花园 1-1-101", "Due today, 2026-12-10, ¥402.75 in total:"]
    ]


async def test_a_written_off_bill_is_never_reminded_again(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6004, "1-1-101")
    bot.clock.set(_utc(11, 30, 3))
    await import_bills(bot, estate, "1-1-101,2026-09,property,402.75,2026-09-15,0,")
    await bot.tick()
    assert len(_reminders(bot, 6004)) == 1
    bill = await bot.services.fees.write_off(estate, "1-1-101", "2026-09", "property", "moved")
    assert bill.written_off_at is not None and bill.open_minor == 0
    for day in (7, 14, 21, 28):
        await _tick_at(bot, _utc(12, day))
    assert len(_reminders(bot, 6004)) == 1


async def test_bills_without_a_ladder_get_one_after_an_upgrade(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6004, "1-1-101")
    bot.clock.set(_utc(11, 30, 3))
    await import_bills(bot, estate, "1-1-101,2026-09,property,402.75,2026-09-15,0,")
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.transaction() as conn:  # as an older version left them
        await bot.services.timers.cancel(conn, "fee.ladder", str(unit))
    await bot.restart()
    await bot.tick()
    await bot.tick()
    assert [r.splitlines()[0] for r in _reminders(bot, 6004)] == [
        "⚠️ Overdue reminder no. 1: 湖畔花园 1-1-101"
    ]
    assert await bot.services.fee_reminders.ensure_planned() == 0


async def test_a_reminder_held_for_the_night_is_dropped_when_the_bills_are_paid(
    bot: Harness,
) -> None:
    estate = await make_estate(bot.services.db)
    await resident(bot, estate, 6005, "1-1-101")
    bot.clock.set(_utc(12, 10, 14))  # 22:00 local on the due date: the reminder waits for 08:00
    await import_bills(bot, estate, PROPERTY)
    await bot.tick()
    bot.clock.set(_utc(12, 10, 15))
    await import_bills(bot, estate, PROPERTY.replace(",0,", ",402.75,2026-12-10"))
    await _tick_at(bot, _utc(12, 11, 0, 0))
    await bot.tick()
    assert _reminders(bot, 6005) == []
