"""`butler patrol add|list|remove`: patrol plans from the command line."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.clock import Clock
from bot.errors import AppError
from bot.i18n import Translate, Translator
from bot.services import Services
from bot.services.patrols.rules import DEFAULT_ITEMS, DEFAULT_TIME, WEEKDAY_KEYS, parse_checklist
from bot.services.scheduling.calendar import ALL_WEEKDAYS
from bot.settings import Settings
from storage.db import Database
from storage.models import PatrolPlan


async def cmd_patrol(args: argparse.Namespace, settings: Settings) -> int:
    """Run one patrol subcommand and print its result."""
    t = Translator(default=settings.default_language).bind(settings.default_language)
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
            places = await patrols.places(plans)
        except AppError as error:
            text = t(error.key, **error.args_for_text)
            print(json.dumps({"error": error.key, "message": text}) if args.json else text)
            return 1
    finally:
        await db.dispose()
    if args.json:
        print(json.dumps([p.model_dump() for p in plans], ensure_ascii=False, indent=2))
    elif args.patrol_command == "remove":
        print(t("cli-patrol-removed", id=args.id))
    elif not plans:
        print(t("cli-patrol-none"))
    for plan in [] if args.json else plans:
        estate, grid = places.get(plan.id, ("-", "-"))
        print(_line(t, plan, estate, grid))
    return 0


def _line(t: Translate, plan: PatrolPlan, estate: str, grid: str) -> str:
    """One plan, named by estate and grid, its items in the operator's language."""
    items = [
        t(DEFAULT_ITEMS[i][0]) if isinstance(i, str) and i in DEFAULT_ITEMS else
        (i if isinstance(i, str) else str(i.get("text", "")))
        for i in plan.checklist
    ]  # fmt: skip
    name = plan.name or t("cli-patrol-default" if plan.is_default else "cli-patrol-unnamed")
    return t(
        "cli-patrol-plan",
        id=plan.id,
        estate=estate,
        grid=grid,
        at=plan.at_time,
        days=t("cli-every-day")
        if plan.weekdays == ALL_WEEKDAYS
        else {
            "names": [t(WEEKDAY_KEYS[int(d)]) for d in plan.weekdays if d.isdigit() and int(d) < 7]
        },
        name=name,
        items={"names": items},
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
