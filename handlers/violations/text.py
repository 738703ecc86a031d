"""How a violation reads in chat: its card for each viewer, the lists, history, the notice."""

from __future__ import annotations

from collections import Counter
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import MenuAction, ViolationAct
from bot.i18n import Translate
from bot.services.fees.common import money
from bot.services.fees.receipt_image import NoticeDrawing
from bot.services.violations.catalog import (
    CATEGORY_KEYS,
    ESCALATION_KEYS,
    NOTICE_KEYS,
    OUTCOME_KEYS,
    RULE_KEYS,
    STATE_KEYS,
    STEP_KEYS,
    kind_name,
)
from bot.services.violations.recording import Listed, ViolationView
from handlers import keyboards
from storage.models import ViolationKind

SOURCE_KEYS = {
    "staff": "violation-source-staff",
    "patrol": "violation-source-patrol",
    "renovation": "violation-source-renovation",
    "resident": "violation-source-resident",
}
EVENT_KEYS = {
    "recorded": "violation-event-recorded",
    "reported": "violation-event-reported",
    "notice": "violation-event-notice",
    "acknowledged": "violation-event-acknowledged",
    "refused": "violation-event-refused",
    "delivered": "violation-event-delivered",
    "not_fixed": "violation-event-not-fixed",
    "closed": "violation-event-closed",
    "dismissed": "violation-event-dismissed",
    "loss_asked": "violation-event-loss-asked",
    "loss_confirmed": "violation-event-loss-confirmed",
    "loss_declined": "violation-event-loss-declined",
    "escalation_asked": "violation-event-escalation-asked",
    "escalation_confirmed": "violation-event-escalation-confirmed",
    "escalation_declined": "violation-event-escalation-declined",
    "followed_up": "violation-event-followed-up",
}
RESIDENT_EVENTS = ("notice", "acknowledged", "refused", "not_fixed", "closed", "loss_confirmed")


def _button(t: Translate, key: str, action: str, violation_id: int) -> InlineKeyboardButton:
    data = ViolationAct(action=action, violation_id=violation_id).pack()
    return InlineKeyboardButton(t(key), callback_data=data)


def kind_label(t: Translate, language: str, kinds: list[ViolationKind], code: str) -> str:
    """The kind's name (the estate writes it in both languages)."""
    return kind_name(kinds, code, language)


def card(t: Translate, language: str, view: ViolationView) -> str:
    """The case as its viewer may see it: staff everything, the household its notice, the
    reporter the progress of their report (never the household)."""
    v, estate = view.loaded.violation, view.loaded.estate
    head = t(
        "violation-card-head",
        number=v.number,
        category={"key": CATEGORY_KEYS.get(v.category, CATEGORY_KEYS["other"])},
        kind=kind_label(t, language, view.kinds, v.kind),
    )
    state = t(
        "violation-card-state",
        state={"key": STATE_KEYS.get(v.state, STATE_KEYS["open"])},
        step={"key": STEP_KEYS.get(v.step, STEP_KEYS["reported"])},
        outcome={"key": OUTCOME_KEYS[v.outcome]} if v.outcome in OUTCOME_KEYS else "-",
        closed=0 if v.state == "open" else 1,
    )
    lines = [head, state, t("violation-card-place", place=v.place)]
    if view.role == "reporter":
        lines.append(t("violation-card-facts", facts=v.facts or "-"))
        lines.append(t("violation-card-reporter-note"))
        return "\n".join(lines)
    unit = view.loaded.unit.code if view.loaded.unit else None
    lines.append(t("violation-card-unit", unit=unit or "-", known=1 if unit else 0))
    lines.append(t("violation-card-facts", facts=v.facts or "-"))
    if v.notice_state != "none":
        rule = v.rule or t(RULE_KEYS.get(v.category, RULE_KEYS["other"]))
        lines.append(t("violation-card-rule", rule=rule))
        lines.append(t("violation-card-remedy", remedy=v.remedy or "-"))
    if v.deadline is not None:
        lines.append(
            t(
                "violation-card-deadline",
                deadline=v.deadline.isoformat(),
                overdue=1 if view.overdue else 0,
            )
        )
    lines.append(t("violation-card-notice", notice={"key": NOTICE_KEYS.get(v.notice_state, "-")}))
    if v.bill_id is not None:
        lines.append(t("violation-card-loss", amount=money(v.loss_minor, estate.currency)))
    if view.staff:
        reporter = view.names.get(v.reporter_account_id or 0, "-")
        lines.append(
            t(
                "violation-card-source",
                source={"key": SOURCE_KEYS.get(v.source, SOURCE_KEYS["staff"])},
                reporter=reporter,
            )
        )
        handler = view.names.get(v.handler_account_id or 0)
        lines.append(
            t(
                "violation-card-handler",
                handler=handler or "-",
                managers=0 if handler else 1,
                serious=1 if v.serious else 0,
            )
        )
        if view.renovation:
            lines.append(t("violation-card-renovation", number=view.renovation))
        if v.pending:
            lines.append(pending_line(t, view))
        if v.state == "closed" and v.followed_up_at is None and v.notice_state != "none":
            lines.append(t("violation-card-followup-due"))
    return "\n".join(lines)


def pending_line(t: Translate, view: ViolationView) -> str:
    """What waits for a manager's confirmation."""
    pending = view.loaded.violation.pending or {}
    amount = int(pending.get("amount_minor", 0) or 0)
    return t(
        "violation-card-pending",
        action=0 if pending.get("action") == "loss" else 1,
        amount=money(amount, view.loaded.estate.currency),
        escalation={
            "key": ESCALATION_KEYS.get(str(pending.get("kind")), ESCALATION_KEYS["authority"])
        },
        body=str(pending.get("body", "-")),
        note=str(pending.get("note", "")) or "-",
    )


def card_markup(t: Translate, view: ViolationView) -> InlineKeyboardMarkup | None:
    """What the viewer may do now."""
    v = view.loaded.violation
    vid = v.id
    buttons: list[InlineKeyboardButton] = []
    is_open = v.state == "open"
    if view.role == "household" and is_open and v.notice_state in ("sent", "refused"):
        buttons.append(_button(t, "violation-button-ack", "ack", vid))
        if v.notice_state == "sent":
            buttons.append(_button(t, "violation-button-refuse", "refuse", vid))
    if view.role == "handler" and is_open:
        if v.notice_state == "none":
            buttons.append(_button(t, "violation-button-notice", "notice", vid))
        buttons.append(_button(t, "violation-button-check", "check", vid))
        if not v.pending:
            if v.unit_id is not None and v.bill_id is None:
                buttons.append(_button(t, "violation-button-loss", "loss", vid))
            buttons.append(_button(t, "violation-button-escalate", "escalate", vid))
    if view.may_confirm and v.pending:
        buttons.append(_button(t, "violation-button-confirm", "confirm", vid))
        buttons.append(_button(t, "violation-button-decline", "decline", vid))
    if view.role in ("handler", "assist"):
        if v.notice_state != "none":
            buttons.append(_button(t, "violation-button-print", "print", vid))
        if is_open and v.notice_state == "printed":
            buttons.append(_button(t, "violation-button-deliver", "deliver", vid))
        if v.state == "closed" and v.followed_up_at is None and v.notice_state != "none":
            buttons.append(_button(t, "violation-button-followup", "followup", vid))
    if view.staff:
        buttons.append(_button(t, "violation-button-history", "history", vid))
        if view.files:
            buttons.append(_button(t, "violation-button-files", "files", vid))
    return keyboards.rows(buttons, width=1) if buttons else None


def history(t: Translate, view: ViolationView, zone: ZoneInfo) -> str:
    """Every step: who, when, what (residents: the steps that concern them, without names)."""
    lines = [t("violation-history-head", number=view.loaded.violation.number)]
    for event in view.events:
        if not view.staff and event.action not in RESIDENT_EVENTS:
            continue
        who = view.names.get(event.account_id or 0, "-") if view.staff else "-"
        lines.append(
            t(
                "violation-history-line",
                at=event.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                what={"key": EVENT_KEYS.get(event.action, "violation-event-other")},
                who=who,
                note=event.note or "-",
            )
        )
    return "\n".join(lines)


def staff_list(
    t: Translate, language: str, listed: list[Listed], kinds: dict[int, list[ViolationKind]]
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Open cases: counts by kind and by step, then each, overdue first."""
    record = InlineKeyboardButton(
        t("violation-button-new"), callback_data=MenuAction(action="violation_new").pack()
    )
    if not listed:
        return t("violation-list-none"), keyboards.rows([record], width=1)
    by_kind = Counter(
        kind_label(t, language, kinds.get(x.loaded.estate.id, []), x.loaded.violation.kind)
        for x in listed
    )
    by_step = Counter(x.loaded.violation.step for x in listed)
    overdue = sum(x.overdue for x in listed)
    separator = t("flow-list-separator")
    lines = [
        t("violation-list-head", count=len(listed), overdue=overdue),
        t(
            "violation-list-by-kind",
            kinds=separator.join(f"{name} {n}" for name, n in by_kind.most_common()),
        ),
        t(
            "violation-list-by-step",
            steps=separator.join(
                f"{t(STEP_KEYS[step])} {n}" for step, n in by_step.items() if step in STEP_KEYS
            ),
        ),
    ]
    buttons = []
    for item in listed[:20]:
        v = item.loaded.violation
        label = t(
            "violation-list-line",
            number=v.number,
            kind=kind_label(t, language, kinds.get(item.loaded.estate.id, []), v.kind),
            unit=item.loaded.unit.code if item.loaded.unit else "-",
            deadline=v.deadline.isoformat() if v.deadline else "-",
            overdue=1 if item.overdue else 0,
        )
        buttons.append(
            InlineKeyboardButton(
                label, callback_data=ViolationAct(action="view", violation_id=v.id).pack()
            )
        )
    return "\n".join(lines), keyboards.rows([*buttons, record], width=1)


def resident_list(
    t: Translate,
    language: str,
    noticed: list[Listed],
    reported: list[Listed],
    kinds: dict[int, list[ViolationKind]],
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Notices to the viewer's household and the viewer's own reports."""
    lines = [t("violation-mine-head", notices=len(noticed), reports=len(reported))]
    buttons = []
    for group, key in ((noticed, "violation-mine-notice"), (reported, "violation-mine-report")):
        for item in group[:10]:
            v = item.loaded.violation
            label = t(
                key,
                number=v.number,
                kind=kind_label(t, language, kinds.get(item.loaded.estate.id, []), v.kind),
                state={"key": STATE_KEYS.get(v.state, STATE_KEYS["open"])},
            )
            buttons.append(
                InlineKeyboardButton(
                    label, callback_data=ViolationAct(action="view", violation_id=v.id).pack()
                )
            )
    buttons.append(
        InlineKeyboardButton(
            t("violation-button-report"),
            callback_data=MenuAction(action="violation_report").pack(),
        )
    )
    return "\n".join(lines), keyboards.rows(buttons, width=1)


def notice_drawing(t: Translate, language: str, view: ViolationView) -> NoticeDrawing:
    """The printable 违章处理通知单 in one language."""
    v, estate = view.loaded.violation, view.loaded.estate
    rule = v.rule or t(RULE_KEYS.get(v.category, RULE_KEYS["other"]))
    issued = next((e for e in reversed(view.events) if e.action == "notice"), None)
    zone = ZoneInfo(estate.timezone)
    return NoticeDrawing(
        title=t("violation-print-title"),
        number=t("violation-print-number", number=v.number, estate=estate.name),
        fields=[
            (t("violation-print-unit"), view.loaded.unit.code if view.loaded.unit else "-"),
            (t("violation-print-kind"), kind_label(t, language, view.kinds, v.kind)),
            (t("violation-print-place"), v.place),
            (t("violation-print-facts"), v.facts or "-"),
            (t("violation-print-rule"), rule),
            (t("violation-print-remedy"), v.remedy or "-"),
            (t("violation-print-deadline"), v.deadline.isoformat() if v.deadline else "-"),
            (
                t("violation-print-issued"),
                issued.at.astimezone(zone).strftime("%Y-%m-%d") if issued else "-",
            ),
        ],
        footer=[
            t("violation-print-sign"),
            t("violation-print-date"),
            t("violation-print-footer", estate=estate.name),
        ],
    )
