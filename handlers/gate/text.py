"""How the gate reads: passes, releases, the guard's check result, staff's day list."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import ReleaseGate, VisitorGate
from bot.i18n import Translate
from bot.services.gate.board import GateDay
from bot.services.gate.checks import ADMITTED, PENDING, GateResult
from bot.services.gate.common import release_args, visitor_args
from bot.services.gate.rules import REASON_KEYS
from handlers.renovation import text as renovation_text
from storage.models import GoodsRelease, VisitorPass

PASS_STATE_KEYS = {
    "active": "gate-state-active",
    "used": "gate-state-used",
    "revoked": "gate-state-revoked",
}
RELEASE_STATE_KEYS = {
    "awaiting_owner": "gate-state-awaiting-owner",
    "approved": "gate-state-approved",
    "refused": "gate-state-refused",
    "used": "gate-state-let-out",
    "expired": "gate-state-expired",
    "cancelled": "gate-state-cancelled",
}


def reason_arg(reason: str) -> dict[str, str]:
    """A refusal's reason as a text argument."""
    return {"key": REASON_KEYS.get(reason, "gate-reason-unknown")}


def visitor_pass(t: Translate, found: VisitorPass, zone: ZoneInfo) -> str:
    """A visitor pass as the resident forwards it (the QR image's caption)."""
    return t("gate-visitor-pass", **visitor_args(found, zone))


def release_card(t: Translate, found: GoodsRelease) -> str:
    """A goods release with its state."""
    state = {"key": RELEASE_STATE_KEYS.get(found.state, "gate-state-approved")}
    return t("gate-release-card", **release_args(found), state=state)


def check_result(t: Translate, result: GateResult, zone: ZoneInfo) -> str:
    """What the guard reads: whose it is, and let in / refused with the reason."""
    if result.renovation is not None:
        return renovation_text.pass_check(t, result.renovation)
    row = result.check
    if row.outcome == PENDING:
        verdict = t("gate-check-ok")
    elif row.outcome == ADMITTED:
        verdict = t("gate-decided-out" if result.release is not None else "gate-decided-in")
    else:
        verdict = t("gate-check-refused", reason=reason_arg(row.reason))
    if result.visitor is not None:
        args = visitor_args(result.visitor, zone) | {"resident": result.resident or "-"}
        return t("gate-check-visitor", **args) + "\n" + verdict
    if result.release is not None:
        args = release_args(result.release) | {"resident": result.resident or "-"}
        return t("gate-check-release", **args) + "\n" + verdict
    return t("gate-check-unknown", typed=row.typed)


def check_markup(t: Translate, result: GateResult) -> InlineKeyboardMarkup | None:
    """Let in / refuse for a valid visitor or release awaiting the guard."""
    row = result.check
    if row.outcome != PENDING:
        return None
    if result.visitor is not None:
        yes = VisitorGate(action="in", check_id=row.id).pack()
        no = VisitorGate(action="no", check_id=row.id).pack()
        label = "gate-button-let-in"
    elif result.release is not None:
        yes = ReleaseGate(action="in", check_id=row.id).pack()
        no = ReleaseGate(action="no", check_id=row.id).pack()
        label = "gate-button-let-out"
    else:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t(label), callback_data=yes),
                InlineKeyboardButton(t("gate-button-refuse"), callback_data=no),
            ]
        ]
    )


def board(t: Translate, day: GateDay) -> str:
    """Staff's list: today's expected visitors and the open releases of one estate."""
    zone = ZoneInfo(day.estate.timezone)
    lines = [t("gate-board-head", estate=day.estate.name, day=day.day.isoformat())]
    lines.append(t("gate-board-visitors", count=len(day.visitors)))
    for found in day.visitors:
        state = {"key": PASS_STATE_KEYS.get(found.state, "gate-state-active")}
        lines.append(t("gate-board-visitor-line", **visitor_args(found, zone), state=state))
    lines.append(t("gate-board-releases", count=len(day.releases)))
    for release in day.releases:
        lines.append(t("gate-board-release-line", **release_args(release)))
    return "\n".join(lines)
