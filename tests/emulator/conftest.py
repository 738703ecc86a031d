from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from bot.sandbox.emulator import BotApiEmulator

TOKEN = "123456:TEST-token_abc"
ALICE = 1001
BOB = 1002


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator(bot_username="butler_test_bot")
    await emulator.start()
    emulator.add_user(ALICE, "Alice", username="alice")
    emulator.add_user(BOB, "Bob", language_code="zh-hans")
    try:
        yield emulator
    finally:
        await emulator.stop()


@pytest.fixture
async def bot(emu: BotApiEmulator) -> AsyncIterator[Bot]:
    client = Bot(TOKEN, base_url=emu.base_url, base_file_url=emu.base_file_url)
    async with client:
        yield client
