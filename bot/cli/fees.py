"""Operator command: `butler import bills FILE --estate NAME [--json]`."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from bot.cli.estates import _database, _Output, _progress_bar, _with_json, import_parsers
from bot.clock import Clock
from bot.errors import AppError
from bot.services import Services
from bot.services.estates.unit_import import ImportRejected
from bot.services.fees.bill_rows import REQUIRED_COLUMNS
from bot.services.fees.common import digits_of, money, to_major
from bot.settings import Settings
from bot.tabular import read_table


def register(sub: Any) -> None:
    """Add `import bills` to the butler command."""
    bills = import_parsers(sub).add_parser("bills", help="import bills from a .csv or .xlsx file")
    bills.add_argument("file", type=Path)
    bills.add_argument("--estate", required=True, help="the estate's name")
    _with_json(bills).set_defaults(func=cmd_import_bills)


async def cmd_import_bills(args: argparse.Namespace, settings: Settings) -> int:
    """Import the bills of one estate: all rows, or none; then replan the reminders."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        services = Services.build(settings, db, Clock())
        try:
            estate = await services.estates.by_name(args.estate)
            rows = await asyncio.to_thread(read_table, args.file, REQUIRED_COLUMNS)
            result = await services.fees.import_bills(
                estate, rows, progress=_progress_bar(len(rows))
            )
        except ImportRejected as exc:
            return out.rejected(exc)
        except AppError as exc:
            return out.error(exc)
    digits = digits_of(result.currency)
    if out.as_json:
        due, paid = (str(to_major(v, digits)) for v in (result.due_minor, result.paid_minor))
        out.data({"estate": estate.name, **result.model_dump(), "due": due, "paid": paid})
        return 0
    counts = result.model_dump(include={"created", "updated", "unchanged", "bills"})
    due_text, paid_text = (
        money(v, result.currency) for v in (result.due_minor, result.paid_minor)
    )
    print(
        out.text("bill-import-summary", estate=estate.name, due=due_text, paid=paid_text, **counts)
    )
    return 0
