"""`butler export KIND… --estate E --from D --to D OUT.xlsx`: sheets for the weekly meeting."""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import date
from pathlib import Path
from typing import Any

from bot.clock import Clock
from bot.errors import AppError, InvalidInput
from bot.i18n import Translator
from bot.services.exports import ExportService
from bot.services.exports.sheets import KINDS
from bot.settings import Settings
from storage.db import Database


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("export-bad-date", text=text) from None


async def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write the chosen sheets of an estate's period to an XLSX file."""
    translator = Translator(default=settings.default_language)
    language = args.language or settings.default_language
    db = Database(settings.database_url)
    out = Path(args.out)
    try:
        await db.upgrade()
        service = ExportService(db, translator, Clock())
        estate = await service.estate_named(args.estate)
        start, end = _day(args.start), _day(args.end)
        sheets = await service.sheets(estate, args.kinds, start, end)
        data = await service.workbook(sheets, language)
        await asyncio.to_thread(out.write_bytes, data)
    except AppError as error:
        message = translator.t(language, error.key, **error.args_for_text)
        print(json.dumps({"error": error.key, "message": message}) if args.json else message)
        return 1
    finally:
        await db.dispose()
    counts = {sheet.kind: len(sheet.rows) for sheet in sheets}
    if args.json:
        print(json.dumps({"file": str(out), "rows": counts}, ensure_ascii=False))
    else:
        rows = ", ".join(
            translator.t(
                language,
                "export-written-sheet",
                sheet=translator.t(language, s.title),
                rows=len(s.rows),
            )
            for s in sheets
        )
        print(translator.t(language, "export-written", file=str(out), sheets=rows))
    return 0


def register(sub: Any) -> None:
    """Add `butler export`."""
    export = sub.add_parser("export", help="write tickets, complaints, arrears … to XLSX")
    export.add_argument("kinds", nargs="+", choices=[*KINDS, "all"], metavar="KIND")
    export.add_argument("--estate", required=True)
    export.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    export.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    export.add_argument("--language", choices=("zh-Hans", "en"), help="of headers and words")
    export.add_argument("--json", action="store_true")
    export.add_argument("out", metavar="OUT.xlsx")
    export.set_defaults(func=cmd_export)
