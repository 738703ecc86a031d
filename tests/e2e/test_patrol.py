"""Patrols: the 09:00 task reaches the butler, who walks it; missed ones are reported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.repositories import patrols, tickets
from tests.e2e.estate import populate
from tests.harness import Harness

TOMORROW_0900 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


async def test_a_patrol_is_walked_with_one_problem_and_one_missed(bot: Harness) -> None:
    people = await populate(bot)
    await bot.services.patrols.ensure_defaults()
    await bot.tick()
    await people.butler.expect_nothing()
    bot.clock.set(TOMORROW_0900)
    await bot.tick()
    await bot.tick()
    task = await people.butler.expect("grid B · 2026-12-01", "not started", "0/7 checkpoints")
    await people.other_butler.expect("grid A · 2026-12-01")
    await people.butler.press("🚶 Start the patrol")
    progress = await people.butler.expect("0/7 checked", "#1 Main roads and bins", "Standard:")
    for _ in range(2):
        await people.butler.press("✅ OK", message_id=progress.message_id)
        await people.butler.expect_answer()
    await people.butler.expect("2/7 checked", "#3 Lobby doors and access control")
    await people.butler.press("⚠️ Problem", message_id=progress.message_id)
    await people.butler.expect("What is the problem?")
    await people.butler.send("Card reader of building 3 is broken")
    await people.butler.expect("Send a photo of it")
    await people.butler.send_photo()
    await people.butler.expect("Problem recorded")
    await people.butler.press("🛠 Open a repair ticket")
    await people.butler.expect("Ticket R-0001 opened")
    for _ in range(4):
        await people.butler.press("✅ OK", message_id=progress.message_id)
        await people.butler.expect_answer()
    await people.butler.expect("7/7 checked, 1 problem", "Patrol complete")
    edited = [m for m in bot.emu.bot_messages(5002) if m.message_id == progress.message_id]
    assert edited[0].edits == 7  # one message, edited in place
    await bot.tick()
    card = next(m for m in bot.emu.bot_messages(5002) if m.message_id == task.message_id)
    assert "done · Wang Li · 7/7 checkpoints, 1 problem(s)" in (card.text or "")  # kept current
    await people.butler.send("/queue")
    await people.butler.expect("R-0001", "Shared facilities")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
    assert ticket is not None and ticket.source == "patrol" and ticket.unit_id is None
    bot.clock.advance(timedelta(hours=1, minutes=1))
    await bot.tick()
    await bot.tick()
    await people.other_butler.expect("has not been started yet")
    bot.clock.set(TOMORROW_0900 + timedelta(hours=15, minutes=1))  # past midnight local
    await bot.tick()
    await bot.tick()
    await people.manager.expect("Missed patrol: “daily patrol” of grid A on 2026-12-01", "Liu Min")
    texts = [m.text or "" for m in bot.emu.bot_messages(5005)]
    assert sum("Missed patrol" in t for t in texts) == 1
    async with bot.services.db.read() as conn:
        counts = await patrols.day_counts(conn, people.estate.id, TOMORROW_0900.date())
    assert counts == {"done": 1, "missed": 1, "problems": 1}


async def test_only_the_grids_butlers_work_a_task(bot: Harness) -> None:
    people = await populate(bot)
    await bot.services.patrols.ensure_defaults()
    await bot.tick()
    bot.clock.set(TOMORROW_0900)
    await bot.tick()
    await people.butler.expect("grid B")
    async with bot.services.db.read() as conn:
        grid_b = [
            t for t in await patrols.tasks_on(conn, [1, 2], TOMORROW_0900.date()) if t.grid_id == 2
        ]
    await people.other_butler.press(data=f"1:pt:go:{grid_b[0].id}")
    await people.other_butler.expect_answer("not found")
    await people.resident.press(data=f"1:pt:ok:{grid_b[0].id}:0")
    await people.resident.expect_answer("not found")


async def test_a_grid_without_a_butler_tells_the_manager_so(bot: Harness) -> None:
    from tests.factories import make_estate, staff_code

    estate = await make_estate(bot.services.db, name="新苑", units=[("1-1-101", "C")])
    manager = bot.chat(6100, language_code="en", first_name="Zhou Yi")
    await manager.send(f"/start {await staff_code(bot.services, estate, 'manager', [])}")
    await manager.expect("Manager menu")
    await bot.services.patrols.ensure_defaults()
    bot.clock.set(TOMORROW_0900)
    await bot.tick()
    await bot.tick()
    notice = await manager.expect("Grid C has no butler", "“daily patrol” of 2026-12-01")
    assert notice.button_labels() == ["🚶 Start the patrol"]  # the manager may walk it
