"""/export: a manager picks what and which period; the bot sends the XLSX."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from telegram import InputFile

from bot.context import BotContext
from bot.services.exports import PERIODS
from handlers.flow import Choice, Flow, Option, Reply

KIND_KEYS = {
    "all": "export-kind-all",
    "tickets": "export-sheet-tickets",
    "complaints": "export-sheet-complaints",
    "arrears": "export-sheet-arrears",
    "collections": "export-sheet-collections",
    "patrols": "export-sheet-patrols",
    "violations": "export-sheet-violations",
    "emergencies": "export-sheet-emergencies",
    "surveys": "export-sheet-surveys",
    "gate": "export-sheet-gate",
    "desk": "export-sheet-desk",
    "moveins": "export-sheet-moveins",
}
PERIOD_KEYS = {  # the service's PERIODS as the buttons read
    "last7": "export-period-last7",
    "month": "export-period-month",
    "lastmonth": "export-period-lastmonth",
    "last30": "export-period-last30",
}


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
    made = await context.services.exports.for_manager(
        context.require_viewer(),
        draft.kind or "tickets",
        draft.period or "last7",
        context.language,
    )
    caption = context.t(
        "export-caption", start=made.start.isoformat(), end=made.end.isoformat(), rows=made.rows
    )
    await context.bot.send_document(
        context.require_account().telegram_id,
        InputFile(made.data, filename=made.filename),
        caption=caption,
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
            options=[Option(value, PERIOD_KEYS[value]) for value in PERIODS],
        ),
    ],
)
FLOWS = [EXPORT]
