"""/export: a manager picks what and which period; the bot sends the XLSX."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel
from telegram import InputFile

from bot.context import BotContext
from bot.services.exports.sheets import KINDS
from bot.services.fees.common import local_today
from handlers.flow import Choice, Flow, Option, Reply

KIND_KEYS = {
    "all": "export-kind-all",
    "tickets": "export-sheet-tickets",
    "complaints": "export-sheet-complaints",
    "arrears": "export-sheet-arrears",
    "collections": "export-sheet-collections",
    "patrols": "export-sheet-patrols",
}
PERIOD_KEYS = {
    "last7": "export-period-last7",
    "month": "export-period-month",
    "lastmonth": "export-period-lastmonth",
    "last30": "export-period-last30",
}


def period(name: str, today: date) -> tuple[date, date]:
    """The first and last day of a named period, seen from today."""
    if name == "month":
        return today.replace(day=1), today
    if name == "lastmonth":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    days = 7 if name == "last7" else 30
    return today - timedelta(days=days - 1), today


class ExportDraft(BaseModel):
    """What to export, and for when."""

    kind: str | None = None
    period: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> ExportDraft:
    """Managers only."""
    await context.services.exports.estate_of(context.require_viewer())
    return ExportDraft()


async def finish(context: BotContext, draft: ExportDraft, token: str) -> Reply:
    """Write the workbook and send it as a document."""
    service = context.services.exports
    estate = await service.estate_of(context.require_viewer())
    start, end = period(draft.period or "last7", local_today(context.services.clock.now(), estate))
    kinds = list(KINDS) if draft.kind == "all" else [draft.kind or "tickets"]
    sheets = await service.sheets(estate, kinds, start, end)
    data = await service.workbook(sheets, context.language)
    name = f"{estate.name}-{draft.kind}-{start.isoformat()}-{end.isoformat()}.xlsx"
    account = context.require_account()
    rows = sum(len(sheet.rows) for sheet in sheets)
    caption = context.t("export-caption", start=start.isoformat(), end=end.isoformat(), rows=rows)
    await context.bot.send_document(
        account.telegram_id, InputFile(data, filename=name), caption=caption
    )
    return Reply(context.t("export-sent"))


EXPORT = Flow(
    name="export",
    title="flow-title-export",
    draft=ExportDraft,
    begin=begin,
    finish=finish,
    commands=("export",),
    menu="export",
    steps=[
        Choice(
            field="kind",
            prompt="export-ask-kind",
            options=[Option(value, key) for value, key in KIND_KEYS.items()],
        ),
        Choice(
            field="period",
            prompt="export-ask-period",
            options=[Option(value, key) for value, key in PERIOD_KEYS.items()],
        ),
    ],
)
FLOWS = [EXPORT]
