"""`butler run`: serve Telegram by long polling or a webhook, in one or several processes."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from typing import Any

from bot.settings import Settings

log = logging.getLogger(__name__)
NO_TOKEN = (
    "butler: BUTLER_BOT_TOKEN is not set: give the bot's token (from @BotFather), "
    "or run `butler sandbox` to try Butler locally"
)


def register(sub: Any) -> None:
    """Add `butler run`."""
    run = sub.add_parser("run", help="serve Telegram (BUTLER_BOT_TOKEN)")
    run.add_argument("--webhook", metavar="URL", help="receive updates at this HTTPS URL")
    run.add_argument("--listen", help="webhook: the address to listen on (default 0.0.0.0)")
    run.add_argument("--port", type=int, help="webhook: the port to listen on (default 8443)")
    run.add_argument(
        "--workers", type=int, default=1, help="worker processes sharing one PostgreSQL"
    )
    run.add_argument("--or-sandbox", action="store_true", help="no token: start the sandbox")
    run.add_argument(
        "--worker-index", type=int, default=0, help="long polling: only worker 0 polls"
    )
    run.set_defaults(func=cmd_run)


async def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Serve Telegram until SIGINT or SIGTERM."""
    from bot.cli import wait_for_signal

    if settings.bot_token is None:
        if args.or_sandbox:
            from bot.cli.sandbox import run_without_token

            return await run_without_token(settings)
        print(NO_TOKEN, file=sys.stderr)
        return 2
    settings = _with_flags(args, settings)
    if args.workers > 1:
        if not settings.database_url.startswith("postgresql"):
            print("butler: several workers need PostgreSQL (BUTLER_DATABASE_URL)", file=sys.stderr)
            return 2
        return await _supervise(args)
    from bot.app import build_application, running

    receive = args.worker_index == 0 or settings.webhook_url is not None
    async with running(build_application(settings), receive=receive):
        await wait_for_signal()
    return 0


def _with_flags(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings with what the command line says on top."""
    changes: dict[str, Any] = {}
    if args.webhook:
        changes["webhook_url"] = args.webhook
    if args.listen:
        changes["webhook_listen"] = args.listen
    if args.port:
        changes["webhook_port"] = args.port
    return settings.model_copy(update=changes)


async def _supervise(args: argparse.Namespace) -> int:
    """Start the workers as processes; pass SIGINT and SIGTERM on; wait for all of them."""
    base = [sys.executable, "-m", "bot", "run"]
    if args.webhook:
        base += ["--webhook", args.webhook]
    if args.listen:
        base += ["--listen", args.listen]
    if args.port:
        base += ["--port", str(args.port)]
    children = [
        await asyncio.create_subprocess_exec(*base, "--worker-index", str(i), env=dict(os.environ))
        for i in range(args.workers)
    ]
    log.info("started %d workers: %s", len(children), [c.pid for c in children])
    loop = asyncio.get_running_loop()

    def forward(sig: int) -> None:
        for child in children:
            if child.returncode is None:
                child.send_signal(sig)

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, forward, sig)
    try:
        codes = await asyncio.gather(*(child.wait() for child in children))
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    return max(codes)
