"""`butler estate config --estate NAME …`: an estate's digest time, quiet hours and deadlines."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.errors import AppError, InvalidInput
from bot.i18n import Translator
from bot.services.estates.config import DEFAULTS, EstateConfigService
from bot.settings import Settings
from storage.db import Database


def _deadlines(entries: list[str]) -> dict[str, int]:
    found = {}
    for entry in entries:
        rule, _, minutes = entry.partition("=")
        if not minutes.isdigit():
            raise InvalidInput("estate-config-bad-deadline", rule=entry)
        found[rule.strip()] = int(minutes)
    return found


async def cmd_estate_config(args: argparse.Namespace, settings: Settings) -> int:
    """Apply the changes given, then print the estate's configuration."""
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        try:
            current = await EstateConfigService(db).change(
                args.estate,
                digest_time=args.digest_time,
                quiet=args.quiet,
                deadlines=_deadlines(args.deadline or []),
                hotline=args.hotline,
                staff_hours=args.staff_hours,
                staff_days=args.staff_days,
            )
        except AppError as error:
            text = Translator().t(settings.default_language, error.key, **error.args_for_text)
            print(json.dumps({"error": error.key, "message": text}) if args.json else text)
            return 1
    finally:
        await db.dispose()
    if args.json:
        print(json.dumps(current.model_dump(), ensure_ascii=False))
    else:
        t = Translator().bind(settings.default_language)
        times = {"start": current.quiet_start, "end": current.quiet_end}
        print(t("cli-estate-config", estate=current.estate, digest=current.digest_time, **times))
        print("  " + t("cli-estate-hotline", number=current.hotline or "-"))
        hours = current.staff_hours or t("cli-estate-always")
        print("  " + t("cli-estate-staff-hours", hours=hours, days=current.staff_days))
        for rule, minutes in sorted(current.deadlines.items()):
            print("  " + t("cli-estate-deadline", rule=rule, minutes=minutes))
    return 0


def register(sub: Any) -> None:
    """Add `butler estate config` to the `estate` family."""
    parser = sub.add_parser("config", help="show or change an estate's times and deadlines")
    parser.add_argument("--estate", required=True)
    parser.add_argument("--digest-time", help="local time of the daily digest, HH:MM")
    parser.add_argument("--hotline", help='the office\'s 24-hour number ("" for none)')
    parser.add_argument("--staff-hours", help='staff hours HH:MM-HH:MM ("" = every push at once)')
    parser.add_argument("--staff-days", help="staff weekdays as digits, Monday = 0 (012345)")
    parser.add_argument("--quiet", help="residents' quiet hours, HH:MM-HH:MM (e.g. 21:00-08:00)")
    parser.add_argument(
        "--deadline", action="append", help=f"RULE=MINUTES; rules: {', '.join(sorted(DEFAULTS))}"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=cmd_estate_config)
