"""Injected failures, delays, blocked users and flood limits."""

import asyncio
import warnings
from datetime import timedelta

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.sandbox.emulator import BotApiEmulator

from .conftest import ALICE, BOB, TOKEN

# PTB 22 itself warns (retry_after turning into a timedelta) whenever it raises RetryAfter.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def retry_seconds(error: RetryAfter) -> float:
    """``retry_after`` is an int or a timedelta depending on PTB_TIMEDELTA (PTB 22)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def test_injected_429_raises_retry_after(emu: BotApiEmulator, bot: Bot) -> None:
    emu.fail_next("sendMessage", status=429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ALICE, "hi")
    assert retry_seconds(caught.value) == 7
    assert (await bot.send_message(ALICE, "hi")).text == "hi"
    assert emu.stats["429"] == 1 and emu.stats["sent"] == 1


async def test_injected_5xx_and_per_chat_faults(emu: BotApiEmulator, bot: Bot) -> None:
    emu.fail_next(status=502, count=2, chat_id=BOB)
    await bot.send_message(ALICE, "unaffected")
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(BOB, "hi")
    await bot.send_message(BOB, "works again")
    emu.fail_next("sendMessage", status=400, description="Bad Request: custom")
    with pytest.raises(BadRequest, match="Custom"):
        await bot.send_message(BOB, "x")
    assert emu.stats["5xx"] == 2


async def test_blocked_user_is_forbidden(emu: BotApiEmulator, bot: Bot) -> None:
    emu.block(ALICE)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(ALICE, "hi")
    await bot.send_message(BOB, "others still work")
    emu.unblock(ALICE)
    await bot.send_message(ALICE, "hi again")
    assert [m.text for m in emu.bot_messages(ALICE)] == ["hi again"]


async def test_delay_provokes_client_timeout(emu: BotApiEmulator) -> None:
    emu.delay_next("sendMessage", 0.5)
    request = HTTPXRequest(read_timeout=0.1)
    async with Bot(TOKEN, base_url=emu.base_url, request=request) as slow:
        with pytest.raises(TimedOut):
            await slow.send_message(ALICE, "slow")
        # like Telegram, the message may still be delivered after the client gave up
        await emu.wait_for(lambda: len(emu.bot_messages(ALICE)) == 1, timeout=2)


async def test_flood_limits_per_chat_burst(emu: BotApiEmulator, bot: Bot) -> None:
    emu.set_flood_limits(per_chat_per_second=1, per_chat_burst=3)
    for n in range(3):
        await bot.send_message(ALICE, f"burst {n}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ALICE, "one too many")
    assert retry_seconds(caught.value) >= 1
    await bot.send_message(BOB, "another chat is fine")
    assert emu.stats["429"] == 1 and emu.stats["sent"] == 4
    emu.set_flood_limits(overall_per_second=2, per_chat_burst=10)
    await bot.send_message(ALICE, "a")
    await bot.send_message(BOB, "b")
    with pytest.raises(RetryAfter):
        await bot.send_message(BOB, "c")


async def test_flood_refills_over_time(emu: BotApiEmulator, bot: Bot) -> None:
    emu.set_flood_limits(per_chat_per_second=20, per_chat_burst=1)
    await bot.send_message(ALICE, "a")
    with pytest.raises(RetryAfter):
        await bot.send_message(ALICE, "b")
    await asyncio.sleep(0.06)
    await bot.send_message(ALICE, "c")
