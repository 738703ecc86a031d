"""What each export sheet holds: columns (header keys and widths) and typed rows.

Values are plain (text, number, date, a local datetime without zone) or a text to translate
(`{"key": …}`); the workbook writer renders them in the reader's language. Money is a
number in major units, its currency in the header.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bot.services.desk.rules import KIND_KEYS as DESK_KIND_KEYS
from bot.services.desk.rules import STATE_KEYS as DESK_STATE_KEYS
from bot.services.desk.rules import days_held
from bot.services.fees.arrears_log import LEGACY_CHANNELS
from bot.services.fees.common import FEE_TYPE_KEYS, digits_of
from bot.services.gate.rules import REASON_KEYS
from bot.services.movein.common import STEP_KEYS as MOVEIN_STEP_KEYS
from bot.services.notices.notices import EMERGENCY_KEYS
from bot.services.patrols.rules import STATUS_KEYS as PATROL_STATUS_KEYS
from bot.services.surveys.template import QUESTION_KIND_KEYS
from bot.services.tickets.cards import status_key
from bot.services.tickets.push import category_label_key
from bot.services.violations.catalog import (
    CATEGORY_KEYS,
    NOTICE_KEYS,
    STEP_KEYS,
    kind_text,
)
from bot.services.violations.catalog import (
    OUTCOME_KEYS as VIOLATION_OUTCOME_KEYS,
)
from bot.services.violations.catalog import (
    STATE_KEYS as VIOLATION_STATE_KEYS,
)
from storage.models import Estate, Ticket

KINDS = (
    "tickets",
    "complaints",
    "arrears",
    "collections",
    "patrols",
    "violations",
    "emergencies",
    "surveys",
    "gate",
    "desk",
    "moveins",
)
CHANNEL_KEYS = {
    "phone": "export-contact-phone",
    "visit": "export-contact-visit",
    "chat": "export-contact-chat",
    "notice": "export-contact-notice",
    "transfer": "export-contact-transfer",
}
OUTCOME_KEYS = {
    "no_answer": "export-contact-no-answer",
    "will_pay": "export-contact-will-pay",
    "promised": "export-contact-promised",
    "refused": "export-contact-refused",
    "disputed": "export-contact-disputed",
    "paid": "export-contact-paid",
    "other": "export-contact-other",
}
LOCATION_KEYS = {"unit": "export-location-unit", "public": "export-location-public"}
YES_NO = {True: {"key": "export-yes"}, False: {"key": "export-no"}}


@dataclass(frozen=True)
class Column:
    """A header (a locale key; `{ $currency }` filled in) and a width in characters."""

    key: str
    width: int


@dataclass
class Sheet:
    """One sheet: its title key, columns and rows."""

    kind: str
    title: str
    columns: list[Column]
    currency: str
    rows: list[list[Any]] = field(default_factory=list)


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    """A moment in the estate's zone, without the zone (spreadsheets have none)."""
    return moment.astimezone(zone).replace(tzinfo=None, microsecond=0) if moment else None


def _major(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-digits_of(currency))


def _text(key: str | None) -> dict[str, Any] | str:
    return {"key": key} if key else ""


def _columns(*spec: tuple[str, int]) -> list[Column]:
    return [Column(key, width) for key, width in spec]


def tickets_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """Repairs filed in the period."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "tickets",
        "export-sheet-tickets",
        _columns(
            ("export-col-code", 10),
            ("export-col-filed", 18),
            ("export-col-category", 14),
            ("export-col-location", 10),
            ("export-col-urgent", 8),
            ("export-col-status", 12),
            ("export-col-unit", 12),
            ("export-col-grid", 8),
            ("export-col-reporter", 14),
            ("export-col-assignee", 14),
            ("export-col-accepted", 18),
            ("export-col-resolved", 18),
            ("export-col-rating", 8),
            ("export-col-description", 50),
        ),
        estate.currency,
    )
    for row in rows:
        ticket = Ticket.model_validate(row)
        sheet.rows.append(
            [
                ticket.code,
                _local(ticket.created_at, zone),
                _text(category_label_key(ticket)),
                _text(LOCATION_KEYS.get(ticket.location)),
                YES_NO[ticket.urgent],
                _text(status_key(ticket)),
                row["unit_code"] or "",
                row["grid_code"],
                row["reporter_name"] or "",
                row["assignee_name"] or "",
                _local(ticket.accepted_at, zone),
                _local(ticket.resolved_at, zone),
                ticket.rating,
                ticket.description,
            ]
        )
    return sheet


def complaints_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """Complaints logged in the period, with their stage."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "complaints",
        "export-sheet-complaints",
        _columns(
            ("export-col-code", 10),
            ("export-col-filed", 18),
            ("export-col-complaint-type", 14),
            ("export-col-stage", 14),
            ("export-col-unit", 12),
            ("export-col-grid", 8),
            ("export-col-reporter", 14),
            ("export-col-assignee", 14),
            ("export-col-closed", 18),
            ("export-col-description", 50),
        ),
        estate.currency,
    )
    for row in rows:
        ticket = Ticket.model_validate(row)
        sheet.rows.append(
            [
                ticket.code,
                _local(ticket.created_at, zone),
                _text(category_label_key(ticket)),
                _text(status_key(ticket)),
                row["unit_code"] or "",
                row["grid_code"],
                row["reporter_name"] or "",
                row["assignee_name"] or "",
                _local(ticket.closed_at, zone),
                ticket.description,
            ]
        )
    return sheet


def arrears_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """Bills open and overdue at the end of the period."""
    currency = estate.currency
    sheet = Sheet(
        "arrears",
        "export-sheet-arrears",
        _columns(
            ("export-col-unit", 12),
            ("export-col-grid", 8),
            ("export-col-owner", 14),
            ("export-col-phone", 14),
            ("export-col-period", 9),
            ("export-col-fee-type", 14),
            ("export-col-amount", 14),
            ("export-col-paid", 14),
            ("export-col-owed", 14),
            ("export-col-due", 12),
        ),
        currency,
    )
    for row in rows:
        owed = max(int(row["amount_minor"]) - int(row["paid_minor"]), 0)
        sheet.rows.append(
            [
                row["unit_code"],
                row["grid_code"],
                row["owner_name"],
                row["owner_phone"],
                row["period"],
                _text(FEE_TYPE_KEYS.get(row["fee_type"])) or row["fee_type"],
                _major(int(row["amount_minor"]), currency),
                _major(int(row["paid_minor"]), currency),
                _major(owed, currency),
                row["due_date"],
            ]
        )
    return sheet


def collections_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """Collection log entries of the period: contacts with their outcome, promises, payments."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "collections",
        "export-sheet-collections",
        _columns(
            ("export-col-logged", 18),
            ("export-col-unit", 12),
            ("export-col-staff", 14),
            ("export-col-contact", 14),
            ("export-col-outcome", 18),
            ("export-col-promised", 12),
            ("export-col-amount", 14),
            ("export-col-note", 40),
            ("export-col-corrected", 18),
        ),
        estate.currency,
    )
    for row in rows:
        amount = row.get("amount_minor")
        sheet.rows.append(
            [
                _local(row["created_at"], zone),
                row["unit_code"],
                row["staff_name"] or "",
                _text(_channel_key(row)),
                _text(_outcome_key(row)),
                row["promised_date"],
                _major(int(amount), estate.currency) if amount is not None else None,
                row["note"],
                _local(row.get("updated_at"), zone),
            ]
        )
    return sheet


def _channel_key(row: dict[str, Any]) -> str | None:
    """How the contact was made (a payment: in chat or by transfer)."""
    channel = row.get("channel") or LEGACY_CHANNELS.get(row["kind"], "")
    if row["kind"] == "payment" and channel == "chat":
        return "export-contact-in-chat"
    return CHANNEL_KEYS.get(channel)


def _outcome_key(row: dict[str, Any]) -> str:
    """What came of an entry; a payment says so, an old entry has no outcome."""
    if row["kind"] == "payment":
        return "export-contact-payment"
    if row["kind"] == "note" and not row.get("channel"):
        return "export-contact-note"
    outcome = row.get("outcome") or ("promised" if row["kind"] == "promise" else "")
    return OUTCOME_KEYS.get(outcome, "export-contact-none")


def patrols_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """Patrol tasks of the period's days."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "patrols",
        "export-sheet-patrols",
        _columns(
            ("export-col-day", 12),
            ("export-col-plan", 20),
            ("export-col-grid", 8),
            ("export-col-patrol-status", 12),
            ("export-col-assignee", 14),
            ("export-col-started", 18),
            ("export-col-finished", 18),
            ("export-col-problems", 10),
        ),
        estate.currency,
    )
    for row in rows:
        sheet.rows.append(
            [
                row["local_date"],
                row["plan_name"],
                row["grid_code"],
                _text(PATROL_STATUS_KEYS.get(row["status"])),
                row["assignee_name"] or "",
                _local(row["started_at"], zone),
                _local(row["finished_at"], zone),
                int(row["problems"] or 0),
            ]
        )
    return sheet


def violations_sheet(estate: Estate, rows: list[dict[str, Any]], kinds: list[Any]) -> Sheet:
    """Violations recorded in the period and those still open (违章处理台账)."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "violations",
        "export-sheet-violations",
        _columns(
            ("export-col-code", 14),
            ("export-col-filed", 18),
            ("export-col-category", 12),
            ("export-col-violation-kind", 24),
            ("export-col-unit", 10),
            ("export-col-grid", 8),
            ("export-col-place", 24),
            ("export-col-violation-state", 10),
            ("export-col-violation-step", 12),
            ("export-col-notice", 12),
            ("export-col-deadline", 12),
            ("export-col-handler", 14),
            ("export-col-amount", 12),
            ("export-col-outcome", 10),
            ("export-col-closed", 18),
        ),
        estate.currency,
    )
    digits = digits_of(estate.currency)
    for row in rows:
        sheet.rows.append(
            [
                row["number"],
                _local(row["created_at"], zone),
                _text(CATEGORY_KEYS.get(row["category"])),
                {"key": "export-violation-kind", "args": {"kind": kind_text(kinds, row["kind"])}},
                row["unit_code"] or "",
                row["grid_code"] or "",
                row["place"],
                _text(VIOLATION_STATE_KEYS.get(row["state"])),
                _text(STEP_KEYS.get(row["step"])),
                _text(NOTICE_KEYS.get(row["notice_state"])),
                row["deadline"] or "",
                row["handler_name"] or "",
                Decimal(int(row["loss_minor"] or 0)).scaleb(-digits),
                _text(VIOLATION_OUTCOME_KEYS.get(row["outcome"])),
                _local(row["closed_at"], zone),
            ]
        )
    return sheet


def emergencies_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """Emergencies raised in the period: what, where, who answered, when cleared."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "emergencies",
        "export-sheet-emergencies",
        _columns(
            ("export-col-code", 8),
            ("export-col-filed", 18),
            ("export-col-emergency-kind", 18),
            ("export-col-place", 24),
            ("export-col-author", 14),
            ("export-col-recipients", 10),
            ("export-col-safe", 8),
            ("export-col-help", 8),
            ("export-col-cleared", 18),
        ),
        estate.currency,
    )
    for row in rows:
        sheet.rows.append(
            [
                row["id"],
                _local(row["created_at"], zone),
                _text(EMERGENCY_KEYS.get(row["emergency_kind"])),
                row["place"],
                row["author_name"] or "",
                int(row["recipients"] or 0),
                int(row["safe"] or 0),
                int(row["help"] or 0),
                _local(row["closed_at"], zone),
            ]
        )
    return sheet


def _survey_answer(row: dict[str, Any]) -> Any:
    """A rating as a number, the chosen options by their texts, or the text written."""
    if row["kind"] == "rating":
        return row["rating"]
    if row["kind"] in ("single", "multiple"):
        options = list(row["options"] or [])
        chosen = [options[i] for i in row["choices"] or [] if 0 <= i < len(options)]
        return {"key": "export-survey-choices", "args": {"names": {"names": chosen}}}
    return row["text"] or ""


def surveys_sheet(
    estate: Estate, rows: list[dict[str, Any]], butlers: dict[int, list[str]]
) -> Sheet:
    """Every answer of the surveys answered in the period: one row per question answered."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "surveys",
        "export-sheet-surveys",
        _columns(
            ("export-col-code", 8),
            ("export-col-survey", 30),
            ("export-col-answered", 18),
            ("export-col-unit", 10),
            ("export-col-grid", 8),
            ("export-col-butlers", 16),
            ("export-col-question-number", 6),
            ("export-col-question", 36),
            ("export-col-question-kind", 12),
            ("export-col-answer", 40),
        ),
        estate.currency,
    )
    for row in rows:
        title = row["title"]
        if row["title_key"]:
            year, _, quarter = str(title).partition("-Q")
            title = {"key": row["title_key"], "args": {"year": year, "quarter": quarter}}
        sheet.rows.append(
            [
                row["id"],
                title,
                _local(row["updated_at"], zone),
                row["unit"] or "",
                row["grid"] or "",
                {
                    "key": "export-survey-choices",
                    "args": {"names": {"names": butlers.get(row["grid_id"] or 0, [])}},
                },
                row["position"],
                {"key": row["question_key"]} if row["question_key"] else row["question"],
                _text(QUESTION_KIND_KEYS.get(row["kind"])),
                _survey_answer(row),
            ]
        )
    return sheet


def desk_sheet(estate: Estate, rows: list[dict[str, Any]], now: datetime) -> Sheet:
    """Items held at the front desk registered or handed over in the period (客户物品)."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "desk",
        "export-sheet-desk",
        _columns(
            ("export-col-code", 8),
            ("export-col-desk-registered", 18),
            ("export-col-unit", 12),
            ("export-col-grid", 8),
            ("export-col-desk-kind", 10),
            ("export-col-description", 30),
            ("export-col-desk-registered-by", 14),
            ("export-col-desk-state", 10),
            ("export-col-desk-handed", 18),
            ("export-col-desk-handed-by", 14),
            ("export-col-desk-taker", 16),
            ("export-col-desk-days", 8),
        ),
        estate.currency,
    )
    for row in rows:
        handed = row["state"] == "handed"
        taker: Any = row["handed_to"] or ""
        if handed and not taker:
            taker = {"key": "desk-taker-household"}
        sheet.rows.append(
            [
                row["id"],
                _local(row["created_at"], zone),
                row["unit"],
                row["grid"],
                _text(DESK_KIND_KEYS.get(row["kind"])),
                row["description"],
                row["registered_name"] or "",
                _text(DESK_STATE_KEYS.get(row["state"])),
                _local(row["handed_at"], zone),
                row["handed_name"] or "",
                taker,
                days_held(row["created_at"], row["handed_at"] or now),
            ]
        )
    return sheet


def moveins_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """Move-ins (入住手续) in progress or finished in the period, with the step each is at."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "moveins",
        "export-sheet-moveins",
        _columns(
            ("export-col-unit", 12),
            ("export-col-grid", 8),
            ("export-col-movein-owner", 14),
            ("export-col-movein-agent", 10),
            ("export-col-movein-butler", 14),
            ("export-col-movein-step", 14),
            ("export-col-movein-started", 18),
            ("export-col-movein-finished", 18),
        ),
        estate.currency,
    )
    for row in rows:
        sheet.rows.append(
            [
                row["unit"],
                row["grid"],
                row["owner_name"],
                YES_NO[bool(row["by_agent"])],
                row["butler_name"] or "",
                _text(MOVEIN_STEP_KEYS.get(row["step"])),
                _local(row["created_at"], zone),
                _local(row["finished_at"], zone),
            ]
        )
    return sheet


GATE_KIND_KEYS = {
    "visitor": "export-gate-kind-visitor",
    "release": "export-gate-kind-release",
    "worker": "export-gate-kind-worker",
    "permit": "export-gate-kind-permit",
    "unknown": "export-gate-kind-unknown",
}
GATE_OUTCOME_KEYS = {
    "pending": "export-gate-outcome-pending",
    "admitted": "export-gate-outcome-admitted",
    "refused": "export-gate-outcome-refused",
}


def gate_sheet(estate: Estate, rows: list[dict[str, Any]]) -> Sheet:
    """The gate's log (门岗登记): every code or plate checked, by whom, let in or refused, why."""
    zone = ZoneInfo(estate.timezone)
    sheet = Sheet(
        "gate",
        "export-sheet-gate",
        _columns(
            ("export-col-gate-at", 18),
            ("export-col-gate-guard", 14),
            ("export-col-gate-kind", 14),
            ("export-col-gate-typed", 12),
            ("export-col-unit", 10),
            ("export-col-gate-whose", 30),
            ("export-col-gate-outcome", 10),
            ("export-col-gate-reason", 24),
        ),
        estate.currency,
    )
    for row in rows:
        sheet.rows.append(
            [
                _local(row["at"], zone),
                row["guard_name"] or "",
                _text(GATE_KIND_KEYS.get(row["kind"])),
                row["typed"],
                row["unit"] or "",
                row["whose"] or "",
                _text(GATE_OUTCOME_KEYS.get(row["outcome"])),
                _text(REASON_KEYS.get(row["reason"])) if row["reason"] else "",
            ]
        )
    return sheet
