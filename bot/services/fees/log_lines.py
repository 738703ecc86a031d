"""How one collection log entry reads: its channel, day, outcome, note, and a correction."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from bot.i18n import Translate
from bot.services.fees.arrears_log import TEXT_OUTCOMES, LogEntry, entry_of
from bot.services.fees.common import money
from storage.models import CollectionLog, Estate

CHANNEL_KEYS = {
    "phone": "arrears-channel-phone",
    "visit": "arrears-channel-visit",
    "chat": "arrears-channel-chat",
    "notice": "arrears-channel-notice",
}
OUTCOME_KEYS = {
    "no_answer": "arrears-outcome-no-answer",
    "will_pay": "arrears-outcome-will-pay",
    "promised": "arrears-outcome-promised",
    "refused": "arrears-outcome-refused",
    "disputed": "arrears-outcome-disputed",
    "paid": "arrears-outcome-paid",
    "other": "arrears-outcome-other",
}
RESULT_KEYS = {
    "no_answer": "arrears-result-no-answer",
    "will_pay": "arrears-result-will-pay",
    "promised": "arrears-result-promised",
    "refused": "arrears-result-refused",
    "disputed": "arrears-result-disputed",
    "paid": "arrears-result-paid",
    "other": "arrears-result-other",
}
PAYMENT_KEYS = {"chat": "arrears-log-payment-chat", "transfer": "arrears-log-payment-transfer"}


def logged_day(log: CollectionLog, estate: Estate) -> date:
    """The estate-local day an entry was logged."""
    return log.created_at.astimezone(ZoneInfo(estate.timezone)).date()


def entry_line(t: Translate, day: date, entry: LogEntry) -> str:
    """A contact: channel and day, what came of it, and the note."""
    result_key = RESULT_KEYS.get(entry.outcome, "arrears-result-none")
    promised = entry.promised_date.isoformat() if entry.promised_date else ""
    result = t(result_key, date=promised, note=entry.note)
    channel = t(CHANNEL_KEYS[entry.channel]) if entry.channel in CHANNEL_KEYS else "-"
    line = t("arrears-log-contact", channel=channel, day=day.isoformat(), result=result)
    if entry.note and entry.outcome not in TEXT_OUTCOMES:
        line = t("arrears-log-with-note", entry=line, note=entry.note)
    return line


def contact(t: Translate, log: CollectionLog, estate: Estate) -> str:
    """One entry of the log, as the card, the list and the household card show it."""
    day = logged_day(log, estate)
    if log.kind == "payment":
        key = PAYMENT_KEYS.get(log.channel or "", PAYMENT_KEYS["chat"])
        amount = money(log.amount_minor or 0, estate.currency)
        return t(key, day=day.isoformat(), amount=amount, receipt=log.note or "-")
    if log.kind == "note" and log.channel is None:  # a free note, from before 0015
        return t("arrears-log-note", day=day.isoformat(), note=log.note)
    line = entry_line(t, day, entry_of(log))
    return t("arrears-log-corrected", entry=line) if log.updated_at is not None else line
