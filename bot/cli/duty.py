"""`butler duty add|remove|list`: the on-duty rota (值班) from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.errors import AppError, InvalidInput
from bot.i18n import Translator
from bot.services.people.duty import ROTA_DAYS, DutyService
from bot.settings import Settings
from storage.db import Database


def _day(text: str | None, zone: str) -> date:
    if text is None:
        return Clock().now().astimezone(ZoneInfo(zone)).date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("export-bad-date", text=text) from None


async def cmd_duty(args: argparse.Namespace, settings: Settings) -> int:
    """Change the rota, or list it."""
    t = Translator().bind(settings.default_language)
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        service = DutyService(db, Clock())
        try:
            day = _day(args.date, settings.timezone)
            if args.duty_command in ("add", "remove"):
                on = args.duty_command == "add"
                name = await service.set(args.estate, day, args.telegram_id, on=on)
                key = "cli-duty-added" if on else "cli-duty-removed"
                result: Any = {"name": name, "date": day.isoformat(), "on": on}
                text = t(key, name=name, day=day.isoformat(), estate=args.estate)
            else:
                lines = await service.rota_named(args.estate, day, args.days)
                result = [line.model_dump(mode="json") for line in lines]
                text = "\n".join(
                    [t("cli-duty-title", estate=args.estate, day=day.isoformat(), days=args.days)]
                    + [t("cli-duty-line", day=x.day.isoformat(), name=x.name) for x in lines]
                    + ([] if lines else [t("cli-duty-none")])
                )
        except AppError as error:
            message = t(error.key, **error.args_for_text)
            print(json.dumps({"error": error.key, "message": message}) if args.json else message)
            return 1
    finally:
        await db.dispose()
    print(json.dumps(result, ensure_ascii=False) if args.json else text)
    return 0


def register(sub: Any) -> None:
    """Add `butler duty …`."""
    duty = sub.add_parser("duty", help="the on-duty rota (值班)").add_subparsers(
        dest="duty_command", required=True
    )
    for verb, help_text in (("add", "put a staff member on duty"), ("remove", "take one off")):
        parser = duty.add_parser(verb, help=help_text)
        parser.add_argument("--estate", required=True)
        parser.add_argument("--date", required=True, help="YYYY-MM-DD")
        parser.add_argument("--telegram-id", type=int, required=True)
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(func=cmd_duty)
    listing = duty.add_parser("list", help="who is on duty")
    listing.add_argument("--estate", required=True)
    listing.add_argument("--date", help="first day, YYYY-MM-DD (default today)")
    listing.add_argument("--days", type=int, default=ROTA_DAYS)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_duty)
