"""The collection log flows: log a contact (channel → outcome → day or words → note), and
correct one's own entry within a day (the same steps, then a summary to confirm)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel

from bot.context import BotContext
from bot.services.fees.arrears_log import (
    CHANNELS,
    MAX_NOTE,
    OUTCOMES,
    TEXT_OUTCOMES,
    LogEntry,
    entry_of,
)
from bot.services.fees.log_lines import CHANNEL_KEYS, OUTCOME_KEYS, entry_line, logged_day
from handlers.fees import arrears_text
from handlers.flow import Choice, Confirm, Day, Option, Reply, Text
from storage.models import CollectionLog


class EntryDraft(BaseModel):
    """A collection log entry being written, or corrected (`log_id`)."""

    unit_id: int
    unit: str
    log_id: int | None = None
    day: str = ""  # the local day the corrected entry was logged
    channel: str | None = None
    outcome: str | None = None
    promised: str | None = None
    reason: str | None = None  # what is disputed, or what happened
    note: str | None = None

    def entry(self) -> LogEntry:
        """What the draft says, as the service takes it."""
        promised = self.outcome == "promised" and self.promised
        words = self.reason if self.outcome in TEXT_OUTCOMES else self.note
        return LogEntry(
            channel=self.channel or "",
            outcome=self.outcome or "",
            promised_date=date.fromisoformat(self.promised)
            if promised and self.promised
            else None,
            note=words or "",
        )


def _wants_words(draft: EntryDraft) -> bool:
    return draft.outcome in TEXT_OUTCOMES


STEPS = (
    Choice(
        field="channel",
        prompt="arrears-ask-channel",
        options=[Option(channel, CHANNEL_KEYS[channel]) for channel in CHANNELS],
    ),
    Choice(
        field="outcome",
        prompt="arrears-ask-outcome",
        options=[Option(outcome, OUTCOME_KEYS[outcome]) for outcome in OUTCOMES],
    ),
    Day(field="promised", prompt="arrears-ask-date", when=lambda d: d.outcome == "promised"),
    Text(field="reason", prompt="arrears-ask-reason", max_length=MAX_NOTE, when=_wants_words),
    Text(
        field="note",
        prompt="arrears-ask-note",
        max_length=MAX_NOTE,
        optional=True,
        when=lambda d: not _wants_words(d),
    ),
)


def prompt_args(context: BotContext, draft: EntryDraft) -> dict[str, Any]:
    """The unit, the limit of a note, and the outcome (its words are asked for differently)."""
    return {"unit": draft.unit, "max": MAX_NOTE, "outcome": draft.outcome or ""}


async def begin_log(context: BotContext, args: dict[str, Any]) -> EntryDraft:
    """Only staff of the unit's grid."""
    found = await context.services.arrears.check_unit(context.require_viewer(), args["unit_id"])
    return EntryDraft(unit_id=found.id, unit=found.code)


async def finish_log(context: BotContext, draft: EntryDraft, token: str) -> Reply:
    """Log the entry and show the unit's card; a promise is looked at after its day."""
    card = await context.services.arrears.record(
        context.require_viewer(), draft.unit_id, draft.entry(), token
    )
    line = entry_line(context.t, card.today, draft.entry())
    day = draft.entry().promised_date
    if day is not None:
        after = (day + timedelta(days=1)).isoformat()
        done = context.t("arrears-promise-logged", unit=card.unit.code, entry=line, next=after)
    else:
        done = context.t("arrears-logged", unit=card.unit.code, entry=line)
    text, markup = arrears_text.card(context.t, card)
    return Reply(f"{done}\n\n{text}", markup)


def prefill(log: CollectionLog) -> dict[str, Any]:
    """The answers a correction starts from (what an entry from before 0015 lacks is asked)."""
    entry = entry_of(log)
    values: dict[str, Any] = {"channel": entry.channel or None, "outcome": entry.outcome or None}
    if entry.promised_date is not None:
        values["promised"] = entry.promised_date.isoformat()
    if entry.note:
        values["reason"] = entry.note
    values["note"] = entry.note
    return values


async def begin_fix(context: BotContext, args: dict[str, Any]) -> EntryDraft:
    """Only the author of the entry, within a day of logging it."""
    found = await context.services.arrears.correctable(context.require_viewer(), args["log_id"])
    day = logged_day(found.log, found.estate).isoformat()
    return EntryDraft(unit_id=found.unit.id, unit=found.unit.code, log_id=found.log.id, day=day)


async def fix_summary(context: BotContext, draft: EntryDraft) -> str:
    """The entry as it will read once corrected."""
    line = entry_line(context.t, date.fromisoformat(draft.day), draft.entry())
    return context.t("arrears-fix-summary", unit=draft.unit, entry=line)


async def finish_fix(context: BotContext, draft: EntryDraft, token: str) -> Reply:
    """Store the correction and show the unit's card."""
    assert draft.log_id is not None
    card = await context.services.arrears.correct(
        context.require_viewer(), draft.log_id, draft.entry(), token
    )
    text, markup = arrears_text.card(context.t, card)
    return Reply(f"{context.t('arrears-corrected')}\n\n{text}", markup)


FIX_CONFIRM = Confirm(
    summary=fix_summary,
    editable=[
        ("channel", "arrears-edit-channel"),
        ("outcome", "arrears-edit-outcome"),
        ("promised", "arrears-edit-date"),
        ("reason", "arrears-edit-reason"),
        ("note", "arrears-edit-note"),
    ],
)
