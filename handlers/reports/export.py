"""/export: a manager picks what and which period; the bot sends the XLSX."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from telegram import InputFile

from bot.context import BotContext
from bot.services.exports import PERIODS
from bot.services.exports.choices import KIND_KEYS, PERIOD_KEYS
from handlers.flow import Choice, Flow, Option, Reply


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
