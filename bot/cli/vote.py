"""`butler vote settings|voter`: an estate's secrecy of ballots, and a unit's voting owner."""

from __future__ import annotations

import argparse
from typing import Any

from bot.cli.estates import _database, _Output, _with_json
from bot.clock import Clock
from bot.errors import AppError
from bot.services import Services
from bot.services.votes.admin import VoteAdmin
from bot.settings import Settings


async def cmd_settings(args: argparse.Namespace, settings: Settings) -> int:
    """Show (or change) whether ballots stay hidden from staff after the close."""
    out = _Output(settings, args.json)
    secret = True if args.secret else False if args.open else None
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            secret = await VoteAdmin(db).set_secret(estate, secret)
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data({"secret": secret})
        return 0
    print(out.text("cli-vote-settings", estate=estate.name, secret=1 if secret else 0))
    return 0


async def cmd_voter(args: argparse.Namespace, settings: Settings) -> int:
    """Name which bound owner votes for a unit (the first bound owner until then)."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            name = await VoteAdmin(db).set_voter(estate, args.unit, args.telegram_id)
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data({"unit": args.unit, "telegram_id": args.telegram_id})
        return 0
    print(out.text("cli-vote-voter", unit=args.unit, name=name))
    return 0


def register(sub: Any) -> None:
    """Add `butler vote …`."""
    family = sub.add_parser("vote", help="owners' votes (业主表决)")
    commands = family.add_subparsers(dest="vote_command", required=True)
    settings = commands.add_parser("settings", help="whether ballots stay secret after the close")
    settings.add_argument("--estate", required=True)
    secrecy = settings.add_mutually_exclusive_group()
    secrecy.add_argument("--secret", action="store_true", help="staff never see how owners voted")
    secrecy.add_argument(
        "--open", action="store_true", help="staff see the ballots after the close"
    )
    _with_json(settings).set_defaults(func=cmd_settings)
    voter = commands.add_parser("voter", help="which bound owner votes for a unit")
    voter.add_argument("--estate", required=True)
    voter.add_argument("unit", help="the unit's code, e.g. 3-2-301")
    voter.add_argument("telegram_id", type=int, help="Telegram id of an owner bound to it")
    _with_json(voter).set_defaults(func=cmd_voter)
