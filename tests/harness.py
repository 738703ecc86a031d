"""The running bot under test: the real Application against the in-repo emulator."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.app import build_application, running, services_of
from bot.clock import FrozenClock
from bot.context import ButlerApp
from bot.delivery import DeliveryStats
from bot.jobs import tick_once
from bot.sandbox.emulator import BotApiEmulator
from bot.services import Services
from bot.settings import Settings
from tests.e2e.chat import Chat

# 10:00 in Shanghai on a Monday: inside the day, outside quiet hours.
START = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


class Harness:
    """Starts, stops and restarts the bot; hands out chats of emulated users."""

    def __init__(self, settings: Settings, emu: BotApiEmulator, clock: FrozenClock) -> None:
        self.settings = settings
        self.emu = emu
        self.clock = clock
        self._stack: AsyncExitStack | None = None
        self._app: ButlerApp | None = None

    @property
    def app(self) -> ButlerApp:
        """The running application."""
        assert self._app is not None, "the bot is not running"
        return self._app

    @property
    def services(self) -> Services:
        """The running application's services."""
        return services_of(self.app)

    async def start(self) -> None:
        """Build the application and start polling the emulator."""
        self._stack = AsyncExitStack()
        app = build_application(self.settings, clock=self.clock)
        self._app = await self._stack.enter_async_context(running(app, poll_timeout=1))

    async def stop(self) -> None:
        """Shut the application down as a restart or deploy would."""
        if self._stack is not None:
            await self._stack.aclose()
        self._stack = None
        self._app = None

    async def restart(self) -> None:
        """Stop, then build a fresh application on the same database."""
        await self.stop()
        await self.start()

    async def settled(
        self,
        check: Callable[[AsyncConnection], Awaitable[bool]],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> None:
        """Wait until the database shows what a handler still finishing will write."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            async with self.services.db.read() as conn:
                if await check(conn):
                    return
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("the database did not settle")
            await asyncio.sleep(0.02)

    async def pause(self, seconds: float) -> None:
        """Let the bot work a little (for waits that poll)."""
        await asyncio.sleep(seconds)

    async def tick(self) -> DeliveryStats:
        """Run the scheduler tick now, as the repeating job would."""
        return await tick_once(self.app)

    def chat(
        self, user_id: int, *, language_code: str | None = "en", first_name: str = "Lin"
    ) -> Chat:
        """Register an emulated Telegram user and return their private chat."""
        self.emu.add_user(user_id, first_name, language_code=language_code)
        return Chat(self.emu, user_id)
