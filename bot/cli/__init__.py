"""The `butler` command line: run, db upgrade, emulator, and the operator commands."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger(__name__)
Command = Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)


async def wait_for_signal() -> None:
    """Return on SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


async def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    """Apply the pending migrations."""
    from storage.db import Database

    db = Database(settings.database_url)
    try:
        await db.upgrade()
    finally:
        await db.dispose()
    print("database is up to date")
    return 0


async def cmd_emulator(args: argparse.Namespace, settings: Settings) -> int:
    """Run the Bot API emulator alone, on loopback."""
    from bot.sandbox.emulator import BotApiEmulator

    emu = BotApiEmulator(bot_username=args.username)
    await emu.start(host="127.0.0.1", port=args.port)
    print(f"Bot API emulator on {emu.base_url}  (control API under /control/)", flush=True)
    try:
        await wait_for_signal()
    finally:
        await emu.stop()
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Describe every subcommand."""
    parser = argparse.ArgumentParser(prog="butler", description="Butler, the estate assistant")
    sub = parser.add_subparsers(dest="command", required=True)
    db = sub.add_parser("db", help="database maintenance").add_subparsers(dest="db", required=True)
    db.add_parser("upgrade", help="apply migrations").set_defaults(func=cmd_db_upgrade)
    from bot.cli import upkeep as cli_upkeep

    cli_upkeep.register_db(db)
    emu = sub.add_parser("emulator", help="run the Bot API emulator on loopback")
    emu.add_argument("--port", type=int, default=8081)
    emu.add_argument("--username", default="butler_sandbox_bot")
    emu.set_defaults(func=cmd_emulator)
    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands() -> list[Callable[[Any], None]]:
    """Subcommand families defined in their own modules."""
    from bot.cli import access as cli_access
    from bot.cli import duty as cli_duty
    from bot.cli import estates as cli_estates
    from bot.cli import export as cli_export
    from bot.cli import fees as cli_fees
    from bot.cli import notify as cli_notify
    from bot.cli import patrol as cli_patrol
    from bot.cli import payments as cli_payments
    from bot.cli import people as cli_people
    from bot.cli import renovation as cli_renovation
    from bot.cli import run as cli_run
    from bot.cli import sandbox as cli_sandbox
    from bot.cli import upkeep as cli_upkeep
    from bot.cli import violation as cli_violation
    from bot.cli import vote as cli_vote

    return [
        cli_access.register,
        cli_duty.register,
        cli_estates.register,
        cli_export.register,
        cli_fees.register,
        cli_notify.register,
        cli_patrol.register,
        cli_payments.register,
        cli_people.register,
        cli_renovation.register,
        cli_run.register,
        cli_sandbox.register,
        cli_upkeep.register,
        cli_violation.register,
        cli_vote.register,
    ]


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `butler` script."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"butler: bad setting {exc}", file=sys.stderr)
        return 2
    _setup_logging(settings.log_level)
    func: Command = args.func
    try:
        return asyncio.run(func(args, settings))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
