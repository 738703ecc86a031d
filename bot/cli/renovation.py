"""`butler renovation works|document|settings`: the estate's renovation process."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from bot.cli.estates import _database, _Output, _with_json
from bot.clock import Clock
from bot.errors import AppError, InvalidInput
from bot.services import Services
from bot.services.renovation.admin import REVIEWER_ROLES, RenovationAdmin
from bot.services.renovation.catalog import DOCUMENTS
from bot.settings import Settings


async def cmd_works(args: argparse.Namespace, settings: Settings) -> int:
    """List the works residents may declare, after adding or changing one."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            admin = RenovationAdmin(db, Clock())
            if args.code:
                await admin.put_work(
                    estate,
                    args.code,
                    name_zh=args.zh,
                    name_en=args.en,
                    wet=args.wet,
                    measured=args.measured,
                    active=False if args.disable else True if args.enable else None,
                )
            works = await admin.works(estate)
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data([w.model_dump() for w in works])
        return 0
    print(out.text("cli-renovation-works", estate=estate.name, count=len(works)))
    for work in works:
        print(
            "  "
            + out.text(
                "cli-renovation-work-line",
                code=work.code,
                zh=work.name_zh,
                en=work.name_en,
                wet=1 if work.wet else 0,
                measured=1 if work.measured else 0,
                active=1 if work.active else 0,
            )
        )
    return 0


async def cmd_document(args: argparse.Namespace, settings: Settings) -> int:
    """Upload a document residents read before applying; list what is uploaded."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            admin = RenovationAdmin(db, Clock())
            if args.file:
                path = Path(args.file)
                content = await asyncio.to_thread(path.read_bytes)
                await admin.put_document(estate, args.kind, path.name, content)
            found = await admin.documents(estate)
        except AppError as error:
            return out.error(error)
        except OSError as error:
            return out.error(InvalidInput("cli-payments-bad-file", reason=str(error)))
    if out.as_json:
        out.data([d.model_dump(mode="json") for d in found])
        return 0
    names = {d.kind: d.filename for d in found}
    print(out.text("cli-renovation-documents", estate=estate.name))
    for kind in DOCUMENTS:
        print(f"  {kind}: {names.get(kind) or out.text('cli-renovation-document-missing')}")
    return 0


async def cmd_settings(args: argparse.Namespace, settings: Settings) -> int:
    """Change how often renovations are inspected and who reviews them."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            days, role = await RenovationAdmin(db, Clock()).settings(
                estate, args.inspect_days, args.reviewer_role
            )
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data({"inspect_days": days, "reviewer_role": role})
    else:
        print(out.text("cli-renovation-settings", estate=estate.name, days=days, role=role))
    return 0


def register(sub: Any) -> None:
    """Add `butler renovation …`."""
    family = sub.add_parser("renovation", help="the estate's renovation process (装修管理)")
    commands = family.add_subparsers(dest="renovation_command", required=True)
    works = commands.add_parser("works", help="list, add or change the works residents declare")
    works.add_argument("--estate", required=True)
    works.add_argument("code", nargs="?", help="the work's code, e.g. floors")
    works.add_argument("--zh", help="its name in Chinese")
    works.add_argument("--en", help="its name in English")
    works.add_argument("--wet", action=argparse.BooleanOptionalAction, default=None,
                       help="a wet area: works wait for the waterproof test")  # fmt: skip
    works.add_argument("--measured", action=argparse.BooleanOptionalAction, default=None,
                       help="declared with its area (wall demolition)")  # fmt: skip
    state = works.add_mutually_exclusive_group()
    state.add_argument("--disable", action="store_true")
    state.add_argument("--enable", action="store_true")
    _with_json(works).set_defaults(func=cmd_works)
    document = commands.add_parser("document", help="upload a document residents read first")
    document.add_argument("--estate", required=True)
    document.add_argument("--kind", choices=DOCUMENTS, default=None)
    document.add_argument("file", nargs="?")
    _with_json(document).set_defaults(func=cmd_document)
    config = commands.add_parser("settings", help="inspection frequency and the reviewer role")
    config.add_argument("--estate", required=True)
    config.add_argument("--inspect-days", type=int)
    config.add_argument("--reviewer-role", choices=REVIEWER_ROLES)
    _with_json(config).set_defaults(func=cmd_settings)
