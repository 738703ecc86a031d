"""`butler invite …`: issue invite codes from the command line."""

from __future__ import annotations

import argparse
import json
from typing import Any

from bot.clock import Clock
from bot.errors import AppError
from bot.i18n import Translator
from bot.services.estates.registry import EstateService
from bot.services.people.access import ROLE_KEYS
from bot.services.people.invites import RELATIONS, InviteService, Issued
from bot.settings import Settings
from storage.db import Database


async def cmd_invite(args: argparse.Namespace, settings: Settings) -> int:
    """Issue resident or staff codes and print them (with deep links when known)."""
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        clock = Clock()
        service = InviteService(db, clock)
        try:
            estate = await EstateService(db, clock, settings.timezone).by_name(args.estate)
            if args.kind == "resident":
                issued = await service.issue_resident(estate, args.unit, args.relation, args.count)
            else:
                issued = [await service.issue_staff(estate, args.role, args.grid or [])]
        except AppError as error:
            text = Translator().t(settings.default_language, error.key, **error.args_for_text)
            print(json.dumps({"error": error.key, "message": text}) if args.json else text)
            return 1
        rows = [await _row(service, one) for one in issued]
    finally:
        await db.dispose()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        t = Translator().bind(settings.default_language)
        for row in rows:
            target = row["unit"] or ",".join(row["grids"]) or row["estate"]
            role = t(ROLE_KEYS.get(row["role"], "role-resident"))
            print(t("cli-invite-line", code=row["code"], role=role, target=target,
                    link=row["link"] or "-"))  # fmt: skip
    return 0


async def _row(service: InviteService, issued: Issued) -> dict[str, Any]:
    data = issued.model_dump()
    data["role"] = issued.role or "resident"
    data["link"] = await service.deep_link(issued.code)
    return data


def register(sub: Any) -> None:
    """Add `butler invite resident|staff`."""
    invite = sub.add_parser("invite", help="issue invite codes").add_subparsers(
        dest="kind", required=True
    )
    resident = invite.add_parser("resident", help="codes that bind residents to a unit")
    resident.add_argument("--estate", required=True)
    resident.add_argument("--unit", required=True, help="unit code, e.g. 3-2-301")
    resident.add_argument("--relation", choices=RELATIONS, default="owner")
    resident.add_argument("--count", type=int, default=1)
    resident.add_argument("--json", action="store_true")
    resident.set_defaults(func=cmd_invite)
    staff = invite.add_parser("staff", help="a code for staff: butler, technician, guard, manager")
    staff.add_argument("--estate", required=True)
    roles = ("butler", "technician", "guard", "manager")
    staff.add_argument("--role", choices=roles, required=True)
    staff.add_argument("--grid", action="append", help="grid code (repeat for several)")
    staff.add_argument("--json", action="store_true")
    staff.set_defaults(func=cmd_invite)
