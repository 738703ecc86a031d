"""`butler resident remove …` and `butler staff remove …`: take access away."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.errors import AppError
from bot.i18n import Translator
from bot.services.people.bindings import BindingService
from bot.settings import Settings
from storage.db import Database


async def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    """Remove a resident from a unit, or a staff member from an estate."""
    db = Database(settings.database_url)
    t = Translator(default=settings.default_language)
    language = settings.default_language
    try:
        await db.upgrade()
        service = BindingService(db)
        if args.family == "resident":
            name = await service.remove_resident(args.estate, args.unit, args.telegram_id)
            text = t.t(language, "binding-resident-removed", name=name, unit=args.unit)
        else:
            name = await service.remove_staff(args.estate, args.telegram_id)
            text = t.t(language, "binding-staff-removed", name=name, estate=args.estate)
    except AppError as error:
        message = t.t(language, error.key, **error.args_for_text)
        print(json.dumps({"error": error.key, "message": message}) if args.json else message)
        return 1
    finally:
        await db.dispose()
    print(json.dumps({"removed": name}, ensure_ascii=False) if args.json else text)
    return 0


def register(sub: Any) -> None:
    """Add `butler resident remove` and `butler staff remove`."""
    for family, help_text in (("resident", "residents"), ("staff", "staff members")):
        parser = sub.add_parser(family, help=f"manage {help_text}")
        verbs = parser.add_subparsers(dest="verb", required=True)
        remove = verbs.add_parser("remove", help=f"take access away from one of the {help_text}")
        remove.add_argument("--estate", required=True)
        if family == "resident":
            remove.add_argument("--unit", required=True, help="unit code, e.g. 3-2-301")
        remove.add_argument("--telegram-id", type=int, required=True)
        remove.add_argument("--json", action="store_true")
        remove.set_defaults(func=cmd_remove, family=family)
