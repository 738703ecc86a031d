"""Staff hours and the duty rota (值班): off shift, non-urgent news waits for one summary at
the start of the shift; an urgent ticket at night reaches whoever is on duty at once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from bot.services.estates.config import EstateConfigService
from storage.repositories import outbox
from tests.e2e.estate import populate
from tests.e2e.test_repair import file_repair
from tests.harness import Harness

NIGHT = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # 22:00 in Shanghai, Monday
MORNING = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)  # 08:00, Tuesday


async def _tick(bot: Harness) -> None:
    await bot.tick()
    await bot.tick()


async def test_a_butler_off_shift_gets_one_morning_summary_instead_of_night_pushes(
    bot: Harness,
) -> None:
    people = await populate(bot)
    await EstateConfigService(bot.services.db).change("湖畔花园", staff_hours="08:00-18:00")
    bot.clock.set(NIGHT)
    await file_repair(people.resident)
    await file_repair(people.resident)
    await _tick(bot)
    await people.butler.expect_nothing()
    account = await bot.services.accounts.seen(5002, "Wang Li", None, "en")
    async with bot.services.db.read() as conn:
        held = [m.status for m in await outbox.of_account(conn, account.id)]
    assert held.count("held") == 2
    bot.clock.set(MORNING)
    await _tick(bot)
    summary = await people.butler.expect("Your shift starts", "2 ticket update(s)")
    lines = (summary.text or "").splitlines()
    assert any(line.startswith("R-0001 · Water · new") for line in lines)
    assert any(line.startswith("R-0002 · Water · new") for line in lines)
    assert summary.button_labels() == ["📄 Open R-0001", "📄 Open R-0002"]
    assert len(bot.emu.bot_messages(5002)) == 3  # welcome, menu, summary: no night cards
    await people.butler2.expect("Your shift starts")
    await people.butler.press("📄 Open R-0001", message_id=summary.message_id)
    card = await people.butler.expect("Repair R-0001")
    assert "✋ Accept" in card.button_labels()
    await _tick(bot)
    assert sum("Your shift starts" in (m.text or "") for m in bot.emu.bot_messages(5002)) == 1


async def test_an_urgent_repair_at_night_reaches_the_one_on_duty_at_once(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    people = await populate(bot)
    await EstateConfigService(bot.services.db).change(
        "湖畔花园", staff_hours="08:00-18:00", staff_days="01234"
    )
    bot.clock.set(NIGHT)
    manager = people.manager
    await manager.send("/duty")
    await manager.expect("Which day?")
    await manager.press("Today (2026-11-30)")  # tonight, at 22:00
    await manager.expect("Who is on duty that day?")
    await manager.press("Liu Min")  # the butler of grid A
    await manager.expect("On duty, the week from 2026-11-30:", "2026-11-30  Liu Min")
    monkeypatch.setenv("BUTLER_DATABASE_URL", bot.settings.database_url)
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "en")
    listing = ["duty", "list", "--estate", "湖畔花园", "--date", "2026-11-30"]
    assert await asyncio.to_thread(main, listing) == 0
    assert "2026-11-30  Liu Min" in capsys.readouterr().out
    await file_repair(people.resident, urgent=True)  # grid B
    await _tick(bot)
    await people.butler.expect("Repair R-0001")  # urgent: the grid's butler at once
    await people.other_butler.expect("Repair R-0001")  # and whoever is on duty, who takes it
    await people.other_butler.press("✋ Accept")
    await people.other_butler.expect_answer("You accepted R-0001")
    await people.other_butler.press("🚶 Start")
    await people.other_butler.expect_answer("R-0001")
    await file_repair(people.resident)  # not urgent: waits for the morning
    await _tick(bot)
    await people.other_butler.expect_nothing()
    assert not any("R-0002" in (m.text or "") for m in bot.emu.bot_messages(5004))
