"""`butler patrol add|list|remove`: patrol plans from the command line."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.clock import Clock
from bot.errors import AppError
from bot.i18n import Translator
from bot.services import Services
from bot.services.patrols.rules import DEFAULT_ITEMS, DEFAULT_TIME, parse_checklist
from bot.services.scheduling.calendar import ALL_WEEKDAYS
from bot.settings import Settings
from storage.db import Database
from storage.models import PatrolPlan


async def cmd_patrol(args: argparse.Namespace, settings: Settings) -> int:
    """Run one patrol subcommand and print its result."""
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        patrols = Services.build(settings, db, Clock()).patrols
        try:
            if args.patrol_command == "add":
                checklist = parse_checklist(args.item or [])
                plans = [
                    await patrols.add_plan(
                        args.estate, args.grid, args.name, args.at, args.weekdays, checklist
                    )
                ]
            elif args.patrol_command == "remove":
                await patrols.remove_plan(args.id)
                plans = []
            else:
                await patrols.ensure_defaults()
                plans = await patrols.plans(args.estate)
        except AppError as error:
            text = Translator().t(settings.default_language, error.key, **error.args_for_text)
            print(json.dumps({"error": error.key, "message": text}) if args.json else text)
            return 1
    finally:
        await db.dispose()
    _print(plans, args.json)
    return 0


def _print(plans: list[PatrolPlan], as_json: bool) -> None:
    if as_json:
        print(json.dumps([p.model_dump() for p in plans], ensure_ascii=False, indent=2))
        return
    for plan in plans:
        items = ", ".join(i if isinstance(i, str) else i.get("text", "") for i in plan.checklist)
        name = plan.name or ("default" if plan.is_default else "-")
        print(
            f"#{plan.id} estate {plan.estate_id} grid {plan.grid_id} "
            f"{plan.at_time} days {plan.weekdays} {name}: {items}"
        )


def register(sub: Any) -> None:
    """Add `butler patrol …`."""
    patrol = sub.add_parser("patrol", help="patrol plans (巡查)").add_subparsers(
        dest="patrol_command", required=True
    )
    add = patrol.add_parser("add", help="add a plan to a grid")
    add.add_argument("--estate", required=True)
    add.add_argument("--grid", required=True, help="grid code")
    add.add_argument("--name", default="")
    add.add_argument("--at", default=DEFAULT_TIME, help="local time HH:MM (default 09:00)")
    add.add_argument(
        "--weekdays", default=ALL_WEEKDAYS, help="0=Monday … 6=Sunday, e.g. 024 (default: daily)"
    )
    add.add_argument(
        "--item",
        action="append",
        help=f"checklist item: one of {', '.join(DEFAULT_ITEMS)} or free text (repeat); "
        "default: the standard checklist",
    )
    listing = patrol.add_parser("list", help="list plans (and give new grids their default plan)")
    listing.add_argument("--estate")
    remove = patrol.add_parser("remove", help="remove a plan")
    remove.add_argument("id", type=int)
    for parser in (add, listing, remove):
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(func=cmd_patrol)
