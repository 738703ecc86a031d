"""`butler broadcast …`: queue a notice for residents, or show how far one has gone."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.clock import Clock
from bot.errors import AppError
from bot.i18n import Translator
from bot.services import Services
from bot.services.notify.broadcast import BroadcastStatus
from bot.settings import Settings
from storage.db import Database


async def cmd_broadcast(args: argparse.Namespace, settings: Settings) -> int:
    """Queue a broadcast (the running bot sends it) or print its counts."""
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        services = Services.build(settings, db, Clock())
        try:
            status = await _run(args, services)
        except AppError as error:
            text = Translator().t(settings.default_language, error.key, **error.args_for_text)
            print(json.dumps({"error": error.key, "message": text}) if args.json else text)
            return 1
    finally:
        await db.dispose()
    if args.json:
        print(json.dumps(status.model_dump()))
    else:
        t = Translator().bind(settings.default_language)
        print(t("cli-broadcast-status", **status.model_dump()))
    return 0


async def _run(args: argparse.Namespace, services: Services) -> BroadcastStatus:
    if args.status is not None:
        return await services.broadcasts.status(args.status)
    if not args.estate or not args.text:
        raise AppError("broadcast-bad-text", limit=3500)
    estate = await services.estates.by_name(args.estate)
    text = " ".join(args.text)
    return await services.broadcasts.send(estate, text, args.building, args.urgent)


def register(sub: Any) -> None:
    """Add `butler broadcast`."""
    parser = sub.add_parser("broadcast", help="send a notice to residents through the bot")
    parser.add_argument("--estate", help="estate name")
    parser.add_argument("--building", action="append", help="only this building (repeatable)")
    parser.add_argument("--urgent", action="store_true", help="ignore quiet hours")
    parser.add_argument("--status", type=int, metavar="ID", help="show a broadcast's counts")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("text", nargs="*", help="the notice")
    parser.set_defaults(func=cmd_broadcast)
