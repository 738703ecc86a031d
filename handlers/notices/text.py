"""How notices and emergencies read: the audience, the author's counts, the answers."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import MenuAction, NoticeAct
from bot.i18n import Translate
from bot.services.notices.audience import SCOPE_KEYS, Audience
from bot.services.notices.emergencies import Answers
from bot.services.notices.notices import EMERGENCY_KEYS, NoticeStats
from handlers import keyboards
from storage.models import Notice

MAX_SILENT = 30
SNIPPET = 60


def audience(t: Translate, chosen: Audience) -> str:
    """ "Buildings 1, 3 · owners only" as the author reads it."""
    return t(
        "notice-audience",
        scope={"key": SCOPE_KEYS.get(chosen.scope, SCOPE_KEYS["estate"])},
        targets=", ".join(chosen.targets) or "-",
        named=1 if chosen.targets else 0,
        owners=1 if chosen.owners_only else 0,
    )


def _audience_of(notice: Notice) -> Audience:
    return Audience(scope=notice.scope, targets=notice.targets, owners_only=notice.owners_only)


def _snippet(t: Translate, notice: Notice, language: str) -> str:
    body = notice.texts.get(language) or next(iter(notice.texts.values()), "")
    return body if len(body) <= SNIPPET else body[: SNIPPET - 1] + "…"


def _button(t: Translate, key: str, action: str, notice_id: int) -> InlineKeyboardButton:
    data = NoticeAct(action=action, notice_id=notice_id).pack()
    return InlineKeyboardButton(t(key), callback_data=data)


def stats(t: Translate, found: NoticeStats, zone: ZoneInfo) -> str:
    """A notice's card for its author: to whom, when, and how far it went."""
    notice = found.notice
    when = (notice.sent_at or notice.send_at).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    return t(
        "notice-stats",
        id=notice.id,
        audience=audience(t, _audience_of(notice)),
        planned=1 if notice.state == "scheduled" else 0,
        at=when,
        total=found.total,
        sent=found.sent,
        pending=found.pending,
        read=found.read,
        unreachable=found.unreachable + found.failed,
        reminded=1 if notice.reminded_at else 0,
    )


def stats_markup(t: Translate, found: NoticeStats) -> InlineKeyboardMarkup:
    """Refresh the counts; remind the unread once."""
    notice = found.notice
    buttons = [_button(t, "notice-button-refresh", "stats", notice.id)]
    unread = found.read < found.total and not found.pending  # all delivered, some unread
    if notice.state == "sent" and notice.reminded_at is None and unread:
        buttons.append(_button(t, "notice-button-remind", "remind", notice.id))
    return keyboards.rows(buttons, width=1)


def answers(t: Translate, found: Answers) -> str:
    """An emergency's card for staff: who confirmed, and the silent households to call."""
    notice = found.notice
    lines = [
        t(
            "emergency-answers",
            id=notice.id,
            kind={"key": EMERGENCY_KEYS.get(notice.emergency_kind, EMERGENCY_KEYS["other"])},
            place=notice.place or "-",
            total=found.total,
            safe=found.safe,
            help=found.help,
            silent=len(found.silent),
            closed=1 if notice.state == "closed" else 0,
        )
    ]
    for household in found.silent[:MAX_SILENT]:
        lines.append(
            t(
                "emergency-silent-line",
                unit=household.unit,
                names={"names": household.names},
                phone=household.phone,
            )
        )
    if len(found.silent) > MAX_SILENT:
        lines.append(t("emergency-silent-more", count=len(found.silent) - MAX_SILENT))
    return "\n".join(lines)


def answers_markup(t: Translate, found: Answers) -> InlineKeyboardMarkup:
    """Refresh; an update; the all clear (while open)."""
    notice_id = found.notice.id
    buttons = [_button(t, "notice-button-refresh", "answers", notice_id)]
    if found.notice.state != "closed":
        buttons.append(_button(t, "emergency-button-update", "update", notice_id))
        buttons.append(_button(t, "emergency-button-clear", "clear", notice_id))
    return keyboards.rows(buttons, width=1)


def received(
    t: Translate, language: str, found: list[Notice], zone: ZoneInfo
) -> tuple[str, InlineKeyboardMarkup | None]:
    """A resident's /notices: the latest ones, each with a button to read it again."""
    if not found:
        return t("notice-none-received"), None
    lines = [t("notice-received-head", count=len(found))]
    buttons = []
    for notice in found:
        at = (notice.sent_at or notice.send_at).astimezone(zone).strftime("%m-%d %H:%M")
        label = t(
            "notice-received-line",
            at=at,
            emergency=1 if notice.kind == "emergency" else 0,
            text=_snippet(t, notice, language),
        )
        buttons.append(
            InlineKeyboardButton(
                label, callback_data=NoticeAct(action="show", notice_id=notice.id).pack()
            )
        )
    return "\n".join(lines), keyboards.rows(buttons, width=1)


def sent(
    t: Translate, language: str, found: list[NoticeStats], zone: ZoneInfo
) -> tuple[str, InlineKeyboardMarkup]:
    """Staff's /notices: the latest notices and emergencies, and buttons to write one."""
    lines = [t("notice-sent-head", count=len(found))]
    buttons = []
    for item in found:
        notice = item.notice
        emergency = notice.kind == "emergency"
        label = t(
            "notice-sent-line",
            id=notice.id,
            emergency=(emergency and 1) or 0,
            read=item.read,
            total=item.total,
            text=_snippet(t, notice, language),
        )
        action = "answers" if emergency else "stats"
        buttons.append(
            InlineKeyboardButton(
                label, callback_data=NoticeAct(action=action, notice_id=notice.id).pack()
            )
        )
    for key, action in (
        ("notice-button-new", "notice_new"),
        ("emergency-button-new", "emergency_new"),
    ):
        buttons.append(
            InlineKeyboardButton(t(key), callback_data=MenuAction(action=action).pack())
        )
    return "\n".join(lines), keyboards.rows(buttons, width=1)
