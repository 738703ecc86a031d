"""The fee reminder ladder on a frozen clock: each step once, cancelled when paid, quiet nights."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from storage.repositories import outbox, timers
from storage.tables import bills
from tests.e2e.fee_helpers import import_bills, resident, texts, unit_id, viewer
from tests.factories import make_estate
from tests.harness import Harness

# Shanghai is UTC+8: 09:00 local is 01:00 UTC.
PROPERTY = "1-1-101,2026-12,property,402.75,2026-12-10,0,"
WATER = "1-1-101,2026-11,water,80.22,2026-12-10,0,"
STEPS = ("🔔 Fee reminder", "🔔 Payment due", "⚠️ Overdue reminder")


def _utc(month: int, day: int, hour: int = 1, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


async def _tick_at(bot: Harness, moment: datetime) -> None:
    bot.clock.set(moment)
    await bot.tick()


def _reminders(bot: Harness, user_id: int) -> list[str]:
    sent = [m.text or "" for m in bot.emu.bot_messages(user_id)]
    return [t for t in sent if t.startswith(STEPS) or t.startswith(("🔔 缴费", "⚠️ 催缴"))]


async def test_the_ladder_sends_each_step_once_to_every_resident(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    owner = await resident(bot, estate, 6001, "1-1-101")
    await resident(bot, estate, 6002, "1-1-101", language="zh-hans")
    await import_bills(bot, estate, PROPERTY, WATER)
    await bot.tick()
    await _tick_at(bot, _utc(12, 3, 0, 59))
    assert _reminders(bot, 6001) == []

    await _tick_at(bot, _utc(12, 3))  # 7 days before, 09:00 local: one message for both bills
    assert _reminders(bot, 6001) == [
        "🔔 Fee reminder: 湖畔花园 1-1-101\n"
        "Due on 2026-12-10 (in 7 days), ¥482.97 in total:\n"
        "• 2026-11 Water: ¥80.22\n"
        "• 2026-12 Property fee: ¥402.75"
    ]
    assert _reminders(bot, 6002)[0].startswith("🔔 缴费提醒：湖畔花园 1-1-101")
    assert "• 2026-12 物业费：¥402.75" in _reminders(bot, 6002)[0]
    await owner.expect("Fee reminder")
    assert owner.last().button_labels() == ["📄 View my bills", "🔕 Stop fee reminders"]
    await bot.tick()
    await bot.restart()
    await import_bills(bot, estate, PROPERTY, WATER)  # a re-import plans nothing twice
    await bot.tick()
    assert len(_reminders(bot, 6001)) == 1

    await _tick_at(bot, _utc(12, 10))
    assert _reminders(bot, 6001)[-1].startswith("🔔 Payment due on 2026-12-10")
    for number, day in enumerate((17, 24, 31), start=1):
        await _tick_at(bot, _utc(12, day))
        assert _reminders(bot, 6001)[-1].startswith(f"⚠️ Overdue reminder {number} of 3")
    await _tick_at(bot, _utc(1, 7, year=2027))
    await _tick_at(bot, _utc(1, 14, year=2027))

    assert len(_reminders(bot, 6001)) == 5
    assert len(_reminders(bot, 6002)) == 5
    async with bot.services.db.read() as conn:
        pushes = await outbox.of_account(conn, (await viewer(bot, 6001)).account.id)
    reminder_pushes = [p for p in pushes if p.text_key.startswith("fee-reminder")]
    assert [p.status for p in reminder_pushes] == ["sent"] * 5


async def test_an_import_showing_the_bills_paid_cancels_the_rest(bot: Harness) -> None:
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
        ref = f"{await unit_id(bot, estate, '1-1-101')}:2026-12-10"
        assert await timers.pending_of(conn, "fee.reminder", ref) == []
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
    assert [r.splitlines()[0] for r in _reminders(bot, 6005)] == [
        "🔔 Payment due on 2026-12-10: 湖畔花园 1-1-101"
    ]


async def test_stopping_reminders_from_a_reminder_and_turning_them_on_again(
    bot: Harness,
) -> None:
    estate = await make_estate(bot.services.db)
    chat = await resident(bot, estate, 6006, "1-1-101")
    await import_bills(bot, estate, PROPERTY)
    await _tick_at(bot, _utc(12, 3))
    await chat.expect("Fee reminder")
    await chat.press("🔕 Stop fee reminders")
    await chat.expect_answer("Fee reminders are off")
    await _tick_at(bot, _utc(12, 10))
    assert len(_reminders(bot, 6006)) == 1

    await chat.send("/settings")
    await chat.expect("Fee reminders: off")
    await chat.press("🔔 Turn fee reminders on")
    await chat.expect("Fee reminders: on")
    await _tick_at(bot, _utc(12, 17))
    assert _reminders(bot, 6006)[-1].startswith("⚠️ Overdue reminder 1 of 3")
    assert texts(bot, 6006, "Please pay at the management office")
