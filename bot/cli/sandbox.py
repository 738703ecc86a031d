"""`butler sandbox [--fresh] [--db PATH] [--lang zh|en]`: try Butler in a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.i18n import parse_language
from bot.settings import Settings


def register(sub: Any) -> None:
    """Add `sandbox` to the butler command."""
    parser = sub.add_parser(
        "sandbox", help="chat with Butler in this terminal, without a Telegram token"
    )
    parser.add_argument("--fresh", action="store_true", help="delete the sandbox database first")
    parser.add_argument(
        "--db", type=Path, help="the sandbox database file (default: data/sandbox.db)"
    )
    parser.add_argument(
        "--lang",
        type=_language,
        help="zh or en, for the personas and the sandbox (default: BUTLER_DEFAULT_LANGUAGE)",
    )
    parser.set_defaults(func=cmd_sandbox)


def _language(text: str) -> str:
    """Parse --lang."""
    language = parse_language(text)
    if language is None:
        raise argparse.ArgumentTypeError(f"unknown language {text!r}: use zh or en")
    return language


async def cmd_sandbox(args: argparse.Namespace, settings: Settings) -> int:
    """Run the terminal sandbox."""
    from bot.sandbox.runner import DEFAULT_DB, Options, run_sandbox

    options = Options(
        db_path=args.db or DEFAULT_DB,
        fresh=args.fresh,
        language=args.lang or settings.default_language,
    )
    return await run_sandbox(options, settings)


async def run_without_token(settings: Settings) -> int:
    """What `butler run` does without BUTLER_BOT_TOKEN: the sandbox, with defaults."""
    from bot.sandbox.runner import Options, run_sandbox

    options = Options(language=settings.default_language, no_token=True)
    return await run_sandbox(options, settings)
