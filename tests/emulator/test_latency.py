"""The global latency (every bot request answered late, concurrently) and per-chat waits."""

import asyncio
import time

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from bot.sandbox.emulator import BotApiEmulator

from .conftest import ALICE, BOB

LATENCY = 0.3


async def test_latency_delays_every_answer_but_requests_run_concurrently(
    emu: BotApiEmulator, bot: Bot
) -> None:
    emu.set_latency(LATENCY)
    started = time.monotonic()
    sent = await asyncio.gather(*(bot.send_message(ALICE, f"n{i}") for i in range(10)))
    elapsed = time.monotonic() - started
    assert [m.text for m in sent] == [f"n{i}" for i in range(10)]
    assert LATENCY <= elapsed < 3 * LATENCY  # one after another would take 10 × LATENCY


async def test_get_updates_returns_late_and_effects_show_before_the_answer(
    emu: BotApiEmulator, bot: Bot
) -> None:
    emu.set_latency(LATENCY)
    await emu.send_text(ALICE, "hello")
    started = time.monotonic()
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["hello"]
    assert time.monotonic() - started >= LATENCY
    mark = emu.mark()
    sending = asyncio.create_task(bot.send_message(ALICE, "seen before the answer"))
    await emu.wait_for_chat(ALICE, lambda: bool(emu.changed_since(ALICE, mark)), 2 * LATENCY)
    assert not sending.done()
    assert (await sending).text == "seen before the answer"


async def test_clear_and_control_api_set_the_latency(emu: BotApiEmulator, bot: Bot) -> None:
    emu.set_latency(LATENCY)
    emu.clear_faults()
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started < LATENCY
    async with aiohttp.ClientSession() as http:
        body = {"type": "latency", "seconds": LATENCY}
        async with http.post(f"{emu.control_url}/faults", json=body) as response:
            assert response.status == 200
    assert emu.faults.latency == LATENCY
    with pytest.raises(ValueError):
        emu.set_latency(-1)


async def test_wait_for_chat_wakes_on_its_own_chat_and_on_callback_answers(
    emu: BotApiEmulator, bot: Bot
) -> None:
    button = InlineKeyboardButton("Go", callback_data="go")
    await bot.send_message(ALICE, "pick", reply_markup=InlineKeyboardMarkup([[button]]))
    query_id = str((await emu.press(ALICE, label="Go"))["id"])
    assert not emu.query_answered(query_id)
    checks: list[int] = []

    def answered() -> bool:
        checks.append(1)
        return emu.query_answered(query_id)

    waiting = asyncio.create_task(emu.wait_for_chat(ALICE, answered, 2.0))
    await asyncio.sleep(0.05)
    await bot.send_message(BOB, "another chat")
    await asyncio.sleep(0.05)
    assert len(checks) == 1  # a change in Bob's chat does not wake Alice's waiter
    await bot.answer_callback_query(query_id, "ok")
    await waiting
    assert emu.query_answered(query_id) and len(checks) == 2
    with pytest.raises(TimeoutError):
        await emu.wait_for_chat(BOB, lambda: False, 0.1)
