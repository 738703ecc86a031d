"""Technicians (工程部/维修工): invited like butlers, handed a ticket by its butler, they work
it from their own queue to resolved; others of the estate cannot."""

from __future__ import annotations

from storage.repositories import tickets
from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.e2e.test_repair import file_repair, resolve
from tests.factories import staff_code
from tests.harness import Harness


async def _technician(bot: Harness, user_id: int, name: str, language: str = "en") -> Chat:
    estate = await bot.services.estates.by_name("湖畔花园")
    chat = bot.chat(user_id, language_code=language, first_name=name)
    await chat.send(f"/start {await staff_code(bot.services, estate, 'technician', [])}")
    await chat.expect("technician of 湖畔花园" if language == "en" else "工程部维修工")
    return chat


async def test_a_butler_hands_a_repair_to_a_technician_who_takes_it_to_resolved(
    bot: Harness,
) -> None:
    people = await populate(bot)
    tech = await _technician(bot, 6001, "Li Gong")
    other = await _technician(bot, 6002, "Sun Hao")
    await file_repair(people.resident)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    await people.butler.press("✋ Accept")
    await people.butler.expect_answer("You accepted R-0001")
    await people.butler.press("↪️ Transfer")
    await people.butler.expect("Transfer R-0001: to whom?")
    labels = people.butler.last().button_labels()
    assert "🔧 Li Gong (technician)" in labels and "Chen Jie" in labels
    await people.butler.press("🔧 Li Gong (technician)")
    await people.butler.expect("Why is it handed over?")
    await people.butler.send("Needs a new valve: engineering")
    await people.butler.expect("was handed over")
    await bot.tick()
    await tech.expect("Wang Li handed repair R-0001 to you", "new valve")
    await tech.send("/queue")
    await tech.expect("R-0001")
    await tech.press("R-0001")  # the live card, from the queue
    await tech.expect("Repair R-0001")
    await other.send("/queue")
    await other.expect("Nothing handed to you is open")
    await other.send("/menu")
    await other.expect("Technician menu")
    await resolve(tech, "Replaced the valve")
    await bot.tick()
    await people.resident.expect("is done", "Replaced the valve")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        history = [(e.action, e.actor_name) for e in await tickets.events(conn, 1)]
    assert ticket is not None and ticket.status == "resolved"
    assert history[-3:] == [("accept", "Li Gong"), ("start", "Li Gong"), ("resolve", "Li Gong")]
