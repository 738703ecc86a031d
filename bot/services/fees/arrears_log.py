"""The collection log's rules: channels and outcomes of a contact, and who may correct what.

An entry is `kind="contact"` with a channel and an outcome, or `kind="promise"` (outcome
"promised" and the promised date). Payments (`kind="payment"`, channel "chat" or "transfer",
the amount and the receipt number as note) are written by the payment services, never here.
Entries from before 0015 have the kinds called, visited, message and note and no outcome.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel

from bot.errors import InvalidInput, NotAllowed
from storage.models import CollectionLog

CHANNELS = ("phone", "visit", "chat", "notice")
OUTCOMES = ("no_answer", "will_pay", "promised", "refused", "disputed", "paid", "other")
TEXT_OUTCOMES = ("disputed", "other")  # they need words: what is disputed, what happened
LOGGED_KINDS = ("contact", "promise")  # what butlers log, and so may correct
LEGACY_CHANNELS = {"called": "phone", "visited": "visit", "message": "chat"}
CORRECT_WITHIN = timedelta(hours=24)
MAX_NOTE = 500


class LogEntry(BaseModel):
    """What a butler logs about a contact: how, what came of it, the day or the words."""

    channel: str
    outcome: str
    promised_date: date | None = None
    note: str = ""


def checked(entry: LogEntry, today: date, kept_day: date | None = None) -> LogEntry:
    """Return the entry cleaned, or raise InvalidInput saying what is wrong.

    A promised day is today or later; `kept_day` (the day already on a corrected entry)
    stays acceptable even once it has passed.
    """
    note = entry.note.strip()
    if entry.channel not in CHANNELS or entry.outcome not in OUTCOMES:
        raise InvalidInput()
    if len(note) > MAX_NOTE or (entry.outcome in TEXT_OUTCOMES and not note):
        raise InvalidInput("arrears-bad-note", max=MAX_NOTE, length=len(note))
    day = entry.promised_date if entry.outcome == "promised" else None
    if entry.outcome == "promised" and day is None:
        raise InvalidInput("flow-reask-date")
    if day is not None and day < today and day != kept_day:
        raise InvalidInput("flow-reask-date-past", date=day.isoformat())
    return LogEntry(channel=entry.channel, outcome=entry.outcome, promised_date=day, note=note)


def values_of(entry: LogEntry) -> dict[str, Any]:
    """The columns an entry writes (a promise is its own kind, for the fee reminders)."""
    return {
        "kind": "promise" if entry.outcome == "promised" else "contact",
        "channel": entry.channel,
        "outcome": entry.outcome,
        "promised_date": entry.promised_date,
        "note": entry.note,
    }


def entry_of(log: CollectionLog) -> LogEntry:
    """What an entry says, as the correction starts from it (old entries included)."""
    outcome = log.outcome or ("promised" if log.kind == "promise" else "")
    return LogEntry(
        channel=log.channel or LEGACY_CHANNELS.get(log.kind, ""),
        outcome=outcome,
        promised_date=log.promised_date,
        note=log.note,
    )


def may_correct(log: CollectionLog, account_id: int, now: datetime) -> bool:
    """Tell whether the account may still correct the entry."""
    try:
        check_correctable(log, account_id, now)
    except NotAllowed:
        return False
    return True


def check_correctable(log: CollectionLog, account_id: int, now: datetime) -> None:
    """Raise NotAllowed (saying why) unless the account logged it less than a day ago."""
    if log.kind not in (*LOGGED_KINDS, *LEGACY_CHANNELS, "note"):
        raise NotAllowed("arrears-fix-payment")
    if log.staff_account_id != account_id:
        raise NotAllowed("arrears-fix-not-yours")
    if now - log.created_at >= CORRECT_WITHIN:
        raise NotAllowed("arrears-fix-too-late", hours=int(CORRECT_WITHIN.total_seconds()) // 3600)
