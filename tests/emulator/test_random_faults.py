"""Random faults: each request but getUpdates, with a probability, fails in one of four ways."""

import httpx
import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.sandbox.emulator import BotApiEmulator

from .conftest import ALICE, TOKEN

# PTB 22 itself warns (retry_after turning into a timedelta) whenever it raises RetryAfter.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def test_lost_answer_the_message_is_sent_and_the_caller_gets_an_error(
    emu: BotApiEmulator, bot: Bot
) -> None:
    emu.set_random_faults(1.0, seed=1, kinds=("lost",))
    for n in range(6):
        with pytest.raises(NetworkError):  # a 502, or the connection dropped
            await bot.send_message(ALICE, f"lost {n}")
    assert [m.text for m in emu.bot_messages(ALICE)] == [f"lost {n}" for n in range(6)]
    assert emu.stats["random:lost"] == 6 and emu.stats["sent"] == 6
    assert emu.stats["random:lost:502"] + emu.stats["random:lost:drop"] == 6
    assert emu.stats["random:lost:502"] and emu.stats["random:lost:drop"]  # seed 1: both
    logged = [(d.method, d.chat_id, d.message_ids) for d in emu.faults.random_log]
    assert logged == [("sendmessage", ALICE, [m.message_id]) for m in emu.bot_messages(ALICE)]


async def test_unperformed_kinds_send_nothing(emu: BotApiEmulator, bot: Bot) -> None:
    emu.set_random_faults(1.0, seed=2, kinds=("500",))
    for _ in range(4):
        with pytest.raises(NetworkError):
            await bot.send_message(ALICE, "never")
    emu.set_random_faults(1.0, seed=3, kinds=("429",))
    with pytest.raises(RetryAfter):
        await bot.send_message(ALICE, "never")
    assert emu.bot_messages(ALICE) == []
    assert emu.stats["random:500"] == 4 and emu.stats["random:429"] == 1
    assert emu.stats["5xx"] == 4 and emu.stats["429"] == 1 and emu.stats["sent"] == 0


async def test_timeout_outlasts_the_client_and_is_not_performed(
    emu: BotApiEmulator, bot: Bot
) -> None:
    request = HTTPXRequest(read_timeout=0.1)
    async with Bot(TOKEN, base_url=emu.base_url, request=request) as slow:  # getMe: no fault
        emu.set_random_faults(1.0, seed=4, kinds=("timeout",), timeout_seconds=0.3)
        with pytest.raises(TimedOut):
            await slow.send_message(ALICE, "slow")
    emu.clear_faults()
    await emu.wait_for(lambda: emu.stats["5xx"] == 1, timeout=2)  # the held one: 504
    await bot.send_message(ALICE, "after")
    assert [m.text for m in emu.bot_messages(ALICE)] == ["after"]
    assert emu.stats["random:timeout"] == 1


async def test_rate_zero_and_get_updates_are_untouched(emu: BotApiEmulator, bot: Bot) -> None:
    emu.set_random_faults(0.0, seed=5)
    for n in range(20):
        await bot.send_message(ALICE, f"fine {n}")
    assert len(emu.bot_messages(ALICE)) == 20 and emu.stats["random"] == 0
    emu.set_random_faults(1.0, seed=5)
    await emu.send_text(ALICE, "hello")
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["hello"]
    assert emu.stats["random"] == 0
    emu.clear_faults()
    await bot.send_message(ALICE, "cleared")
    assert emu.stats["random"] == 0


async def test_seeded_draws_repeat_and_the_control_api_sets_them(emu: BotApiEmulator) -> None:
    def outcomes(seed: int) -> list[str | None]:
        emu.set_random_faults(0.5, seed=seed)
        assert emu.faults.random is not None
        return [emu.faults.random.draw("sendmessage") for _ in range(50)]

    first = outcomes(7)
    assert first == outcomes(7) and first != outcomes(8)
    assert {"500:500", "500:502", "429", "timeout", "lost:502", "lost:drop"} <= set(first)
    assert 10 < first.count(None) < 40
    async with httpx.AsyncClient() as client:
        body = {"type": "random", "rate": 0.25, "seed": 3, "kinds": ["lost", "429"]}
        answer = await client.post(f"{emu.control_url}/faults", json=body)
        assert answer.status_code == 200
        assert emu.faults.random is not None and emu.faults.random.kinds == ("lost", "429")
        wrong = await client.post(f"{emu.control_url}/faults", json={**body, "kinds": ["x"]})
        assert wrong.status_code == 400
    with pytest.raises(ValueError, match="between 0 and 1"):
        emu.set_random_faults(1.5, seed=1)
