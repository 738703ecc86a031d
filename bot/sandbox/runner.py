"""`butler sandbox`: the real bot against the emulator on loopback, chatted with in a terminal.

The bot and the emulator share one movable clock; the sandbox database (kept between runs)
is seeded on first start with the demo estate. Ctrl-C, :quit and the end of input all end
the session cleanly, with exit status 0.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from bot.app import build_application, running, services_of
from bot.clock import OffsetClock
from bot.context import ButlerApp
from bot.i18n import Translate, Translator
from bot.sandbox.database import delete_database, open_database
from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.feed import Feed
from bot.sandbox.personas import (
    BUTLER,
    ESTATE,
    GRID,
    GUARD,
    MANAGER,
    NEWCOMER,
    RESIDENT,
    RESIDENT_UNIT,
)
from bot.sandbox.personas import telegram_language as client_language
from bot.sandbox.reader import Console, LineReader
from bot.sandbox.render import ERROR, Style
from bot.sandbox.seed import add_personas, save_offset, seed
from bot.sandbox.terminal import Sandbox, Terminal
from bot.settings import Settings

log = logging.getLogger(__name__)
DEFAULT_DB = Path("data/sandbox.db")
BOT_USERNAME = "butler_sandbox_bot"
BOT_TOKEN = "7000000001:SANDBOX"
POLL_TIMEOUT = 1


@dataclass(frozen=True)
class Options:
    """How to run the sandbox."""

    db_path: Path = DEFAULT_DB
    fresh: bool = False
    language: str = "zh-Hans"
    no_token: bool = False  # started by `butler run` without a token

    @property
    def log_path(self) -> Path:
        """The bot's log file, next to the database."""
        return self.db_path.with_suffix(".log")


async def run_sandbox(options: Options, settings: Settings) -> int:
    """Run the sandbox until :quit, the end of input, Ctrl-C or SIGTERM; return the status."""
    t = Translator(default=options.language).bind(options.language)
    console = Console(interactive=sys.stdin.isatty() and sys.stdout.isatty())
    style = Style(colour=sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    _log_to_file(options.log_path, settings.log_level)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    console.save_terminal()
    session = asyncio.create_task(_session(options, settings, t, console, style))
    stopper = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({session, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
        session.cancel()
        status = await _outcome(session, t, console, style)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        console.restore_terminal()
    if status == 0:
        console.write(t("sandbox-bye", path=str(options.db_path)))
    return status


async def _outcome(
    session: asyncio.Task[int], t: Translate, console: Console, style: Style
) -> int:
    """Wait for the session to end; a stopped session ends well, a failed one says why."""
    try:
        return await session
    except asyncio.CancelledError:
        return 0
    except Exception as exc:
        log.exception("the sandbox failed")
        console.write(style.paint(ERROR, t("sandbox-failed", error=str(exc))))
        return 1


async def _session(
    options: Options, settings: Settings, t: Translate, console: Console, style: Style
) -> int:
    """Start the emulator and the bot, seed on first start, then chat."""
    if options.fresh:
        delete_database(options.db_path)
    clock = OffsetClock()
    emu = BotApiEmulator(bot_username=BOT_USERNAME, clock=clock.now)
    await emu.start(host="127.0.0.1", port=0)
    try:
        key = "sandbox-no-token" if options.no_token else "sandbox-starting"
        console.write(t(key, address=f"{emu.host}:{emu.port}"))
        path = str(options.db_path)
        if options.fresh:
            console.write(t("sandbox-fresh", path=path))
        console.write(t("sandbox-logs", path=str(options.log_path)))
        bot_settings = _sandbox_settings(settings, options, emu)
        opened = await open_database(
            bot_settings.database_url, options.db_path, clock, bot_settings.timezone
        )
        if opened.restarted:
            console.write(t("sandbox-restarted", path=path))
        app = build_application(bot_settings, clock=clock, db=opened.db)
        async with running(app, poll_timeout=POLL_TIMEOUT):
            await _prepare(app, emu, options, t, console, seeded=opened.seeded)
            await _chat(app, emu, clock, t, console, style)
        return 0
    finally:
        await emu.stop()


async def _prepare(
    app: ButlerApp,
    emu: BotApiEmulator,
    options: Options,
    t: Translate,
    console: Console,
    *,
    seeded: bool,
) -> None:
    """Register the personas, seed the demo estate on first start, introduce the cast."""
    add_personas(emu, client_language(options.language))
    path = str(options.db_path)
    if seeded:
        console.write(t("sandbox-kept", path=path))
    else:
        console.write(t("sandbox-seeding", estate=ESTATE, path=path))
        made = await seed(app, emu)
        console.write(t("sandbox-seeded", estate=ESTATE, units=made.units, bills=made.bills))
    cast = {
        "resident": RESIDENT.name,
        "butler": BUTLER.name,
        "manager": MANAGER.name,
        "guard": GUARD.name,
        "newcomer": NEWCOMER.name,
    }
    console.write(t("sandbox-cast", unit=RESIDENT_UNIT, grid=GRID, **cast))
    if (port := app.bot_data.get("web_port")) is not None:
        console.write(t("sandbox-web", address=services_of(app).settings.web_address(port)))
    console.write(t("sandbox-intro"))


async def _chat(
    app: ButlerApp,
    emu: BotApiEmulator,
    clock: OffsetClock,
    t: Translate,
    console: Console,
    style: Style,
) -> None:
    """Hand over to the terminal chat, as the resident first."""
    services = services_of(app)
    feed = Feed(emu, t, style, console.write, RESIDENT)
    sandbox = Sandbox(
        app, emu, clock, services.settings.timezone, functools.partial(save_offset, services.db)
    )
    terminal = Terminal(sandbox, feed, LineReader(console), t)
    console.prompt = terminal.prompt
    terminal.note(t("sandbox-time", time=terminal.now_text()))
    terminal.note(t("sandbox-now-playing", name=RESIDENT.name, role=t(RESIDENT.role_key)))
    await terminal.run()


def _sandbox_settings(settings: Settings, options: Options, emu: BotApiEmulator) -> Settings:
    """The operator's settings, pointed at the emulator and the sandbox database."""
    return settings.model_copy(
        update={
            "bot_token": SecretStr(BOT_TOKEN),
            "database_url": f"sqlite+aiosqlite:///{options.db_path.resolve()}",
            "api_base_url": emu.base_url,
            "api_file_url": emu.base_file_url,
        }
    )


def _log_to_file(path: Path, level: str) -> None:
    """Send the bot's logs (and warnings) to a file: the terminal is for the chat."""
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
