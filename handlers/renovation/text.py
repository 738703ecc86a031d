"""Texts and buttons of renovation cards: the application, its fees, workers and history."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import RenovationAct, RenovationApply, RenovationPass, RenovationStart
from bot.services.fees.common import fee_type, money
from bot.services.renovation.applications import RenovationView
from bot.services.renovation.catalog import PASS_KEYS, STATE_KEYS, WATER_KEYS, work_name
from bot.services.renovation.common import Loaded
from bot.services.renovation.ids import masked
from bot.services.renovation.permits import PassCheck

T = Callable[..., str]
ACTION_KEYS = {
    "worker": "renovation-button-worker",
    "submit": "renovation-button-submit",
    "fix": "renovation-button-fix",
    "cancel": "renovation-button-cancel",
    "owner_ok": "renovation-button-owner-ok",
    "owner_no": "renovation-button-owner-no",
    "pay": "renovation-button-pay",
    "complete": "renovation-button-complete",
    "review": "renovation-button-review",
    "counter": "renovation-button-counter",
    "inspect": "renovation-button-inspect",
    "water_book": "renovation-button-water-book",
    "water_result": "renovation-button-water-result",
    "accept": "renovation-button-accept",
    "files": "renovation-button-files",
    "history": "renovation-button-history",
    "violation": "renovation-button-violation",
}
FILE_KEYS = {
    "authorisation": "renovation-file-authorisation",
    "licence": "renovation-file-licence",
    "qualification": "renovation-file-qualification",
    "drawing": "renovation-file-drawing",
    "water": "renovation-file-water",
    "inspection": "renovation-file-inspection",
    "acceptance": "renovation-file-acceptance",
}
EVENT_KEYS = {
    "passes_suspended": "renovation-event-passes-suspended",
    "passes_restored": "renovation-event-passes-restored",
    "applied": "renovation-event-applied",
    "fixed": "renovation-event-fixed",
    "worker_added": "renovation-event-worker-added",
    "worker_removed": "renovation-event-worker-removed",
    "awaiting_owner": "renovation-event-awaiting-owner",
    "submitted": "renovation-event-submitted",
    "owner_agreed": "renovation-event-owner-agreed",
    "owner_declined": "renovation-event-owner-declined",
    "cancelled": "renovation-event-cancelled",
    "rejected": "renovation-event-rejected",
    "approved": "renovation-event-approved",
    "paid_counter": "renovation-event-paid-counter",
    "permitted": "renovation-event-permitted",
    "pass_issued": "renovation-event-pass-issued",
    "pass_revoked": "renovation-event-pass-revoked",
    "water_booked": "renovation-event-water-booked",
    "water_passed": "renovation-event-water-passed",
    "water_failed": "renovation-event-water-failed",
    "inspected_ok": "renovation-event-inspected-ok",
    "inspected_problem": "renovation-event-inspected-problem",
    "completed": "renovation-event-completed",
    "accept_problems": "renovation-event-accept-problems",
    "deducted": "renovation-event-deducted",
    "accepted": "renovation-event-accepted",
}


def area(centi: int) -> str:
    """An area in m² as typed: 8550 -> 85.5."""
    return f"{Decimal(centi).scaleb(-2).normalize():f}"


def card(t: T, language: str, view: RenovationView) -> str:
    """The application's card: state, dates, works, contractor, workers, fees, next step."""
    loaded = view.loaded
    renovation, currency = loaded.renovation, loaded.estate.currency
    works = []
    for work in view.works:
        item = view.items.get(work.code)
        name = work_name(item, language) if item else work.code
        if work.area_centi_m2:
            name = t("renovation-work-area", name=name, area=area(work.area_centi_m2))
        if work.verdict == "rejected":
            name = t("renovation-work-rejected", name=name, reason=work.reason)
        works.append(f"• {name}")
    workers = [
        t(
            "renovation-worker-line",
            name=w.name,
            id=masked(w.id_number),
            state={"key": PASS_KEYS.get(w.state, "renovation-pass-listed")},
            number=w.pass_number or "-",
            reason=w.reason or "-",
            objected=1 if w.reason else 0,
        )
        for w in view.workers
    ]
    fees = [
        t(
            "renovation-fee-state",
            item=fee_type(b.fee_type),
            amount=money(b.amount_minor, currency),
            paid=1 if b.open_minor == 0 else 0,
        )
        for b in view.bills
    ]
    lines = [
        t(
            "renovation-card",
            number=renovation.number,
            unit=loaded.unit.code,
            state={"key": STATE_KEYS[renovation.state]},
            start=renovation.start_date.isoformat(),
            end=renovation.end_date.isoformat(),
            contractor=renovation.contractor_name,
            licence=renovation.contractor_licence,
            qualification=renovation.contractor_qualification,
            debris=area(renovation.debris_centi_m2),
            second=1 if renovation.second else 0,
        ),
        t("renovation-card-works", works="\n".join(works) or "-"),
        t("renovation-card-workers", count=len(workers), workers="\n".join(workers) or "-"),
    ]
    if renovation.state == "rejected":
        lines += objections(t, view)
    if fees:
        lines.append(t("renovation-card-fees", fees="\n".join(fees)))
    if renovation.permit_number:
        lines.append(
            t(
                "renovation-card-permit",
                number=renovation.permit_number,
                code=renovation.permit_code or "-",
                water={"key": WATER_KEYS[renovation.water_state]},
                wet=1 if view.wet else 0,
                next=renovation.next_inspection_on.isoformat()
                if renovation.next_inspection_on
                else "-",
            )
        )
    if renovation.state == "fixing" and renovation.fix_by:
        lines.append(t("renovation-card-fix-by", date=renovation.fix_by.isoformat()))
    if renovation.deduction_minor:
        lines.append(
            t("renovation-card-deduction", amount=money(renovation.deduction_minor, currency))
        )
    return "\n\n".join(lines)


PART_KEYS = {
    "contractor": "renovation-item-contractor",
    "drawings": "renovation-item-drawings",
    "authorisation": "renovation-item-authorisation",
}


def objections(t: T, view: RenovationView) -> list[str]:
    """What the reviewer objected to in the form's parts (works and workers show their own)."""
    last = next((e for e in reversed(view.events) if e.action == "rejected"), None)
    found = last.data.get("objections", {}) if last else {}
    return [
        t("renovation-card-objection", item={"key": PART_KEYS[item]}, reason=reason)
        for item, reason in found.items()
        if item in PART_KEYS
    ]


def card_markup(t: T, view: RenovationView) -> InlineKeyboardMarkup:
    """The buttons the viewer may press now, and one per worker they may take off."""
    rid = view.loaded.renovation.id
    buttons = []
    for action in view.actions:
        data = RenovationAct(action=action, renovation_id=rid).pack()
        buttons.append(InlineKeyboardButton(t(ACTION_KEYS[action]), callback_data=data))
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    state = view.loaded.renovation.state
    for worker in view.workers:
        if state in ("draft", "rejected") and "submit" in view.actions:
            verb, key = "rm", "renovation-button-worker-remove"
        elif worker.state in ("active", "unpaid", "suspended") and (
            "complete" in view.actions or "inspect" in view.actions
        ):
            verb, key = "revoke", "renovation-button-worker-revoke"
        else:
            continue
        data = RenovationPass(action=verb, worker_id=worker.id).pack()
        rows.append([InlineKeyboardButton(t(key, name=worker.name), callback_data=data)])
    return InlineKeyboardMarkup(rows)


def history(t: T, view: RenovationView, zone: ZoneInfo) -> str:
    """The application's history, one line per step."""
    lines = []
    for event in view.events:
        who = view.names.get(event.account_id or 0, t("renovation-event-system"))
        when = event.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        what = t(EVENT_KEYS.get(event.action, "renovation-event-other"), note=event.note or "-")
        lines.append(t("renovation-event-line", at=when, who=who, what=what))
    return t("renovation-history", number=view.loaded.renovation.number, lines="\n".join(lines))


def menu(
    t: T, mine: list[Loaded], free: list[tuple[int, str]], unit_id: int | None
) -> tuple[str, Any]:
    """A resident's /renovation: their applications, and Apply / Estimate."""
    lines = [
        t(
            "renovation-menu-line",
            number=r.renovation.number,
            unit=r.unit.code,
            state={"key": STATE_KEYS[r.renovation.state]},
        )
        for r in mine
    ]
    rows = [
        [
            InlineKeyboardButton(
                t("renovation-button-open-number", number=r.renovation.number),
                callback_data=RenovationAct(action="view", renovation_id=r.renovation.id).pack(),
            )
        ]
        for r in mine[:5]
    ]
    for free_unit, code in free:
        label = t("renovation-button-apply", unit=code)
        data = RenovationApply(unit_id=free_unit).pack()
        rows.append([InlineKeyboardButton(label, callback_data=data)])
    if unit_id is not None:
        rows.append(
            [
                InlineKeyboardButton(
                    t("renovation-button-estimate"),
                    callback_data=RenovationStart(unit_id=unit_id).pack(),
                )
            ]
        )
    text = t("renovation-menu", count=len(lines), lines="\n".join(lines))
    return text, InlineKeyboardMarkup(rows)


def staff_list(t: T, live: list[Loaded]) -> tuple[str, InlineKeyboardMarkup | None]:
    """Staff's /renovation: the renovations in progress, by state."""
    if not live:
        return t("renovation-staff-none"), None
    lines = [
        t(
            "renovation-staff-line",
            number=r.renovation.number,
            unit=r.unit.code,
            state={"key": STATE_KEYS[r.renovation.state]},
            end=r.renovation.end_date.isoformat(),
        )
        for r in live
    ]
    rows = [
        [
            InlineKeyboardButton(
                f"{r.renovation.number} {r.unit.code}",
                callback_data=RenovationAct(action="view", renovation_id=r.renovation.id).pack(),
            )
        ]
        for r in live[:20]
    ]
    return t(
        "renovation-staff-list", count=len(live), lines="\n".join(lines)
    ), InlineKeyboardMarkup(rows)


def pass_check(t: T, check: PassCheck) -> str:
    """What the guard reads after checking a code."""
    if check.renovation is None or check.unit is None:
        return t("renovation-check-unknown")
    renovation = check.renovation
    holder = check.worker.name if check.worker else renovation.contractor_name
    return t(
        "renovation-check-result",
        valid=1 if check.valid else 0,
        reason={"key": check.reason},
        kind=check.kind,
        holder=holder,
        number=(check.worker.pass_number if check.worker else renovation.permit_number) or "-",
        unit=check.unit.code,
        renovation=renovation.number,
        start=renovation.start_date.isoformat(),
        end=renovation.end_date.isoformat(),
    )
