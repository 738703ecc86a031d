"""`butler violation kinds|heads`: the estate's kinds of violation and who handles them."""

from __future__ import annotations

import argparse
from typing import Any

from bot.cli.estates import _database, _Output, _with_json
from bot.clock import Clock
from bot.errors import AppError
from bot.services import Services
from bot.services.violations.admin import ViolationAdmin
from bot.services.violations.catalog import CATEGORIES
from bot.settings import Settings
from storage.models import Account


async def cmd_kinds(args: argparse.Namespace, settings: Settings) -> int:
    """List the kinds staff and residents choose from, after adding or changing one."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            admin = ViolationAdmin(db)
            if args.code:
                await admin.put_kind(
                    estate,
                    args.code,
                    category=args.category,
                    name_zh=args.zh,
                    name_en=args.en,
                    active=False if args.disable else True if args.enable else None,
                )
            kinds = await admin.kinds(estate)
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data([k.model_dump() for k in kinds])
        return 0
    print(out.text("cli-violation-kinds", estate=estate.name, count=len(kinds)))
    for kind in kinds:
        line = out.text(
            "cli-violation-kind-line",
            code=kind.code,
            category=kind.category,
            zh=kind.name_zh,
            en=kind.name_en,
            active=1 if kind.active else 0,
        )
        print("  " + line)
    return 0


async def cmd_heads(args: argparse.Namespace, settings: Settings) -> int:
    """Name who handles general and serious violations (by default the estate's managers)."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            general, serious = await ViolationAdmin(db).set_heads(
                estate, args.general, args.serious, clear=args.managers
            )
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data({"general": _id(general), "serious": _id(serious)})
        return 0
    managers = out.text("cli-violation-managers")
    print(
        out.text(
            "cli-violation-heads",
            estate=estate.name,
            general=general.name if general else managers,
            serious=serious.name if serious else managers,
        )
    )
    return 0


def _id(account: Account | None) -> int | None:
    return account.telegram_id if account else None


def register(sub: Any) -> None:
    """Add `butler violation …`."""
    family = sub.add_parser("violation", help="the estate's violation handling (违章处理)")
    commands = family.add_subparsers(dest="violation_command", required=True)
    kinds = commands.add_parser("kinds", help="list, add or change the kinds of violation")
    kinds.add_argument("--estate", required=True)
    kinds.add_argument("code", nargs="?", help="the kind's code, e.g. parking")
    kinds.add_argument("--category", choices=CATEGORIES)
    kinds.add_argument("--zh", help="its name in Chinese")
    kinds.add_argument("--en", help="its name in English")
    state = kinds.add_mutually_exclusive_group()
    state.add_argument("--disable", action="store_true")
    state.add_argument("--enable", action="store_true")
    _with_json(kinds).set_defaults(func=cmd_kinds)
    heads = commands.add_parser("heads", help="who handles general and serious violations")
    heads.add_argument("--estate", required=True)
    heads.add_argument("--general", type=int, help="Telegram id of the 客户服务部部长")
    heads.add_argument("--serious", type=int, help="Telegram id of the 管理处负责人")
    heads.add_argument("--managers", action="store_true", help="back to the estate's managers")
    _with_json(heads).set_defaults(func=cmd_heads)
