"""`butler broadcast …`: a notice to residents (the same checks as from chat), or its counts."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.clock import Clock
from bot.errors import AppError
from bot.i18n import Translator
from bot.services import Services
from bot.services.notices.audience import Audience
from bot.services.notices.notices import MAX_TEXT, NoticeInput
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
        raise AppError("broadcast-bad-text", limit=MAX_TEXT)
    estate = await services.estates.by_name(args.estate)
    buildings = list(dict.fromkeys(args.building or []))
    form = NoticeInput(
        audience=Audience(scope="buildings" if buildings else "estate", targets=buildings),
        texts={services.settings.default_language: " ".join(args.text)},
        urgent=args.urgent,
    )
    notice = await services.notices.send_operator(estate, form)
    assert notice.broadcast_id is not None
    return await services.broadcasts.status(notice.broadcast_id)


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
