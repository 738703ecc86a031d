"""How a move-in reads: its six steps with where it stands, what each recorded, and the
buttons of the step at hand for the butler or the owner."""

from __future__ import annotations

from datetime import tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import MoveInAct
from bot.i18n import Translate
from bot.services.fees.common import digits_of, grouped
from bot.services.movein.common import STEP_KEYS, STEPS
from bot.services.movein.service import MoveInView


def card(t: Translate, view: MoveInView, zone: tzinfo) -> str:
    """The move-in's card."""
    movein, unit = view.loaded.movein, view.loaded.unit
    at = STEPS.index(movein.step) if movein.step in STEPS else len(STEPS)
    lines = [
        t(
            "movein-card",
            unit=unit.code,
            owner=movein.owner_name or "-",
            agent=1 if movein.by_agent else 0,
            joined=1 if movein.owner_account_id else 0,
        )
    ]
    for index, step in enumerate(STEPS):
        mark = "✅" if index < at else "▶️" if index == at else "▫️"
        lines.append(f"{mark} {index + 1}. {t(STEP_KEYS[step])}")
    if view.bills:
        digits, currency = digits_of(view.loaded.estate.currency), view.loaded.estate.currency
        total = sum(b.amount_minor for b in view.bills)
        open_ = sum(b.open_minor for b in view.bills)
        lines.append(
            t(
                "movein-card-fees",
                months=len(view.bills),
                total=f"{grouped(total, digits)} {currency}",
                paid=1 if open_ == 0 else 0,
            )
        )
    if view.keys:
        confirmed = all(k.confirmed_at for k in view.keys)
        names = t("flow-list-separator").join(f"{k.name} ×{k.count}" for k in view.keys)
        lines.append(t("movein-card-keys", keys=names, confirmed=1 if confirmed else 0))
    if movein.butler_confirmed_at:
        lines.append(
            t(
                "movein-card-inspection",
                water=movein.meters.get("water", "-"),
                power=movein.meters.get("power", "-"),
                gas=movein.meters.get("gas", "-"),
                count=len(view.problems),
                confirmed=1 if movein.owner_confirmed_at else 0,
            )
        )
        for problem in view.problems:
            number = view.tickets.get(problem.ticket_id or 0, 0)
            lines.append(
                t("movein-card-problem", room=problem.room, text=problem.text, number=number)
            )
    if movein.state == "done" and movein.finished_at:
        finished = movein.finished_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        lines.append(t("movein-card-done", at=finished))
    return "\n".join(lines)


def markup(t: Translate, view: MoveInView, is_owner: bool) -> InlineKeyboardMarkup | None:
    """The buttons of the step at hand: the butler's next action, the owner's confirmation."""
    movein = view.loaded.movein
    actions: list[tuple[str, str]] = []
    if view.staff and movein.state == "open":
        actions += _staff_actions(view)
    if is_owner and movein.state == "open":
        if movein.step == "fees" and any(b.open_minor for b in view.bills):
            actions.append(("movein-button-pay", "pay"))
        if movein.step == "documents" and any(e.action == "documents" for e in view.events):
            actions.append(("movein-button-accept", "accept"))
        if movein.step == "keys" and view.keys and not all(k.confirmed_at for k in view.keys):
            actions.append(("movein-button-keys-ok", "keysok"))
        if movein.step == "inspection" and movein.butler_confirmed_at:
            actions.append(("movein-button-inspection-ok", "inspok"))
    if view.staff:
        actions.append(("movein-button-export", "export"))
    rows = [
        [
            InlineKeyboardButton(
                t(key), callback_data=MoveInAct(action=a, movein_id=movein.id).pack()
            )
        ]
        for key, a in actions
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def _staff_actions(view: MoveInView) -> list[tuple[str, str]]:
    movein = view.loaded.movein
    step = movein.step
    if step == "identity":
        return [("movein-button-identity", "id")]
    if step == "documents":
        return [("movein-button-send-documents", "docs")] if movein.owner_account_id else []
    if step == "fees":
        if view.bills and any(b.open_minor for b in view.bills):
            return [("movein-button-paid", "paid")]
        return [("movein-button-fees", "fees")]
    if step == "keys":
        return [] if view.keys else [("movein-button-keys", "keys")]
    if step == "inspection":
        return [] if movein.butler_confirmed_at else [("movein-button-inspect", "insp")]
    return [("movein-button-finish", "finish")] if step == "archive" else []
