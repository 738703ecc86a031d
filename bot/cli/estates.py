"""Operator commands: `butler estate add|list` and `butler import units FILE --estate NAME`."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.cli import estate_config
from bot.clock import Clock
from bot.errors import AppError
from bot.i18n import Translator
from bot.services.estates.registry import EstateService
from bot.services.estates.unit_import import (
    ImportRejected,
    Progress,
    estate_overview,
    import_units,
)
from bot.services.estates.unit_rows import REQUIRED_COLUMNS
from bot.settings import Settings
from bot.tabular import read_table
from storage.db import Database

BAR_MIN_ROWS = 2000
BAR_WIDTH = 30


def register(sub: Any) -> None:
    """Add `estate add|list|config` and `import units` to the butler command."""
    estate = sub.add_parser("estate", help="create and list estates")
    family = estate.add_subparsers(dest="estate_command", required=True)
    add = family.add_parser("add", help="create an estate")
    add.add_argument("name")
    add.add_argument("--timezone", help="IANA time zone (default: BUTLER_TIMEZONE)")
    add.add_argument("--currency", default="CNY", help="currency code (default: CNY)")
    _with_json(add).set_defaults(func=cmd_estate_add)
    listing = family.add_parser("list", help="list the estates with their sizes")
    _with_json(listing).set_defaults(func=cmd_estate_list)
    estate_config.register(family)
    units = import_parsers(sub).add_parser("units", help="import units from a .csv or .xlsx file")
    units.add_argument("file", type=Path)
    units.add_argument("--estate", required=True, help="the estate's name")
    _with_json(units).set_defaults(func=cmd_import_units)


def import_parsers(sub: Any) -> Any:
    """Return the subcommands of `butler import`, creating that family on first use."""
    parser = sub.choices.get("import")
    if parser is None:
        parser = sub.add_parser("import", help="import data from .csv or .xlsx files")
        return parser.add_subparsers(dest="import_command", required=True)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


async def cmd_estate_add(args: argparse.Namespace, settings: Settings) -> int:
    """Create an estate."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            service = EstateService(db, Clock(), settings.timezone)
            estate = await service.add(args.name, args.timezone, args.currency)
        except AppError as exc:
            return out.error(exc)
    if out.as_json:
        out.data(estate.model_dump(mode="json"))
    else:
        texts = {"name": estate.name, "timezone": estate.timezone, "currency": estate.currency}
        print(out.text("estate-added", **texts))
    return 0


async def cmd_estate_list(args: argparse.Namespace, settings: Settings) -> int:
    """List the estates with their numbers of units, buildings and grids."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        overview = await estate_overview(db)
    if out.as_json:
        out.data(
            [
                {**item.estate.model_dump(mode="json"), **item.model_dump(exclude={"estate"})}
                for item in overview
            ]
        )
        return 0
    if not overview:
        print(out.text("estate-list-empty"))
    for item in overview:
        texts = {"name": item.estate.name, "timezone": item.estate.timezone}
        sizes = item.model_dump(exclude={"estate"})
        print(out.text("estate-list-line", currency=item.estate.currency, **texts, **sizes))
    return 0


async def cmd_import_units(args: argparse.Namespace, settings: Settings) -> int:
    """Import the units of one estate from a .csv or .xlsx file: all rows, or none."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await EstateService(db, Clock(), settings.timezone).by_name(args.estate)
            rows = await asyncio.to_thread(read_table, args.file, REQUIRED_COLUMNS)
            result = await import_units(db, estate, rows, progress=_progress_bar(len(rows)))
        except ImportRejected as exc:
            return out.rejected(exc)
        except AppError as exc:
            return out.error(exc)
    if out.as_json:
        out.data({"estate": estate.name, **result.model_dump()})
        return 0
    totals = result.model_dump(exclude={"buildings_moved"})
    print(out.text("import-summary", estate=estate.name, **totals))
    if result.buildings_moved:
        print(out.text("import-buildings-moved", count=result.buildings_moved))
    return 0


@asynccontextmanager
async def _database(settings: Settings) -> AsyncIterator[Database]:
    """Open the database, bring its schema up to date, and close it afterwards."""
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        yield db
    finally:
        await db.dispose()


def _with_json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the --json switch."""
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parser


def _progress_bar(rows: int) -> Progress | None:
    """Return a progress bar on stderr for long files, when stderr is a terminal."""
    if rows <= BAR_MIN_ROWS or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        filled = BAR_WIDTH * done // max(total, 1)
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        end = "\n" if done >= total else ""
        print(f"\r[{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


class _Output:
    """Results and errors: text in the operator's language, or JSON with --json."""

    def __init__(self, settings: Settings, as_json: bool) -> None:
        self.language = settings.default_language
        self.as_json = as_json
        self.translator = Translator(default=settings.default_language)

    def text(self, key: str, **args: Any) -> str:
        """Render a locale key."""
        return self.translator.t(self.language, key, **args)

    def data(self, value: Any) -> None:
        """Print a value as JSON on stdout."""
        print(json.dumps(value, ensure_ascii=False, indent=2, default=str))

    def error(self, error: AppError) -> int:
        """Report a known error; return the exit status."""
        message = self.text(error.key, **error.args_for_text)
        if self.as_json:
            self.data({"error": error.key, "args": error.args_for_text, "message": message})
        else:
            print(message, file=sys.stderr)
        return 1

    def rejected(self, error: ImportRejected) -> int:
        """Report every bad row of a rejected import; return the exit status."""
        message = self.text(error.key, **error.args_for_text)
        problems = [
            {**problem.model_dump(), "message": self.text(problem.reason, **problem.args)}
            for problem in error.problems
        ]
        if self.as_json:
            self.data({"error": error.key, "message": message, "problems": problems})
            return 1
        print(message, file=sys.stderr)
        for problem in problems:
            line = self.text(
                "import-problem-line", line=str(problem["line"]), reason=problem["message"]
            )
            print(line, file=sys.stderr)
        return 1
