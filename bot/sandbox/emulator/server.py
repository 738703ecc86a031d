"""BotApiEmulator: a loopback Telegram Bot API server plus the API tests use to play users."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from aiohttp import web

from .actions import UserActions
from .control import add_control_routes
from .dispatch import handle_bot_request, handle_file_download
from .faults import RANDOM_KINDS, FaultInjector
from .observe import Observer
from .payments import PaymentActions
from .state import EmulatorState
from .webhook import deliver

log = logging.getLogger(__name__)
MAX_UPLOAD = 64 * 1024 * 1024


class BotApiEmulator(UserActions, PaymentActions, Observer):
    """Serve the Bot API on loopback for a real python-telegram-bot ``Application``.

    ``await emu.start()``, then build the application with
    ``ApplicationBuilder().token("1:T").base_url(emu.base_url)``
    ``.base_file_url(emu.base_file_url)``; play users with :meth:`send_text`, :meth:`press`,
    :meth:`pay`…
    """

    def __init__(
        self,
        bot_username: str = "butler_test_bot",
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.state = EmulatorState(bot_username, clock)
        self.faults = FaultInjector()
        self.host = "127.0.0.1"
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._webhook: asyncio.Task[None] | None = None

    @property
    def bot_username(self) -> str:
        return self.state.bot_username

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url()`` (PTB appends ``<token>/<method>``)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self.host}:{self.port}/file/bot"

    @property
    def control_url(self) -> str:
        return f"http://{self.host}:{self.port}/control"

    def build_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_UPLOAD)

        async def bot(request: web.Request) -> web.Response:
            return await handle_bot_request(self.state, self.faults, request)

        async def download(request: web.Request) -> web.Response:
            return await handle_file_download(self.state, self.faults, request)

        app.router.add_route("*", "/bot{token}/{method}", bot)
        app.router.add_get("/file/bot{token}/{path:.+}", download)
        add_control_routes(app, self)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on ``host:port`` (0: a free port, see :attr:`port`)."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        self.state.closed = asyncio.Event()
        runner = web.AppRunner(self.build_app(), shutdown_timeout=2.0, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self.host = host
        sockets = runner.addresses
        self.port = int(sockets[0][1]) if sockets else port
        self._webhook = asyncio.create_task(deliver(self.state), name="emulator-webhook")

    async def stop(self) -> None:
        """Stop serving; pending long polls and injected delays end at once."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self.state.closed.set()
        self.state.updates_signal.fire()
        self.state.activity.fire()
        if self._webhook is not None:
            await asyncio.gather(self._webhook, return_exceptions=True)
            self._webhook = None
        await runner.cleanup()

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # --- faults and limits -------------------------------------------------------------

    def fail_next(
        self,
        method: str | None = None,
        *,
        status: int = 500,
        retry_after: int | None = None,
        description: str | None = None,
        count: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """The next ``count`` matching requests fail with ``status`` (429: with retry_after).
        ``method`` None matches any method but getUpdates."""
        self.faults.fail_next(
            method,
            status=status,
            retry_after=retry_after,
            description=description,
            count=count,
            chat_id=chat_id,
        )

    def delay_next(self, method: str | None, seconds: float, count: int = 1) -> None:
        """The next ``count`` requests of ``method`` are answered after ``seconds``."""
        self.faults.delay_next(method, seconds, count)

    def set_latency(self, seconds: float) -> None:
        """Answer every request of the bot (getUpdates too, once it has its updates, and file
        downloads) ``seconds`` late; requests wait concurrently, the loop never blocks."""
        self.faults.set_latency(seconds)

    def set_random_faults(
        self,
        rate: float,
        seed: int,
        kinds: tuple[str, ...] = RANDOM_KINDS,
        *,
        timeout_seconds: float = 12.0,
    ) -> None:
        """From now on each request of the bot but getUpdates, with probability ``rate``, gets
        one of ``kinds`` (chosen at random, seeded): "500" (a 500 or 502, not performed),
        "429" (retry_after 1, not performed), "timeout" (held ``timeout_seconds``, longer than
        the bot's 5 s read timeout, then dropped, not performed), "lost" (performed: the
        message is sent and seen by the user, but the bot gets a 502 or a dropped
        connection). Counted in ``stats["random:<kind>"]``; ``clear_faults()`` ends it."""
        self.faults.set_random_faults(rate, seed, tuple(kinds), timeout_seconds)

    def block(self, user_id: int) -> None:
        """The user blocked the bot: requests for their chat answer 403."""
        self.faults.blocked.add(user_id)

    def unblock(self, user_id: int) -> None:
        self.faults.blocked.discard(user_id)

    def set_flood_limits(
        self,
        enabled: bool = True,
        overall_per_second: int = 30,
        per_chat_per_second: float = 1.0,
        per_chat_burst: int = 3,
    ) -> None:
        """Answer 429 beyond Telegram-like limits on message sends (off by default)."""
        self.faults.flood.configure(
            enabled, overall_per_second, per_chat_per_second, per_chat_burst
        )

    def clear_faults(self) -> None:
        """Forget injected failures, delays, blocks, random faults and latency; switch flood
        limits off."""
        self.faults.clear()

    @property
    def stats(self) -> Counter[str]:
        """Counters: requests, sent, injected, per error status ("400", "429", "5xx"…), and
        random faults ("random", "random:<kind>", "random:<kind>:<variant>")."""
        return self.faults.stats


async def serve_forever(
    host: str = "127.0.0.1", port: int = 8081, bot_username: str = "butler_test_bot"
) -> None:
    """Run an emulator until cancelled (for ``butler emulator --port 8081``)."""
    emu = BotApiEmulator(bot_username)
    await emu.start(host, port)
    log.info("Bot API emulator on %s (control API: %s)", emu.base_url, emu.control_url)
    try:
        await asyncio.Event().wait()
    finally:
        await emu.stop()
