"""How a household card reads: the unit, its people, tags, tickets, fees and notes."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import (
    HouseholdNote,
    HouseholdOpen,
    HouseholdTag,
    HouseholdTags,
    HouseholdUnbind,
    ViolationAct,
)
from bot.context import BotContext
from bot.services.estates.household import TAGS, HouseholdCard
from bot.services.fees.common import money
from bot.services.violations.catalog import STATE_KEYS, STEP_KEYS, kind_name
from handlers.access.menus import RELATION_KEYS
from handlers.fees.arrears_text import contact
from handlers.households import member_text
from handlers.tickets.views import line, local_time
from storage.models import Member, Unit

UNITS_PER_ROW = 3
TAG_KEYS = {
    "elderly_alone": "household-tag-elderly-alone",
    "children": "household-tag-children",
    "pets": "household-tag-pets",
    "disability": "household-tag-disability",
    "vip": "household-tag-vip",
    "foreign_language": "household-tag-foreign-language",
    "vacant": "household-tag-vacant",
    "rented": "household-tag-rented",
}


def tag_label(context: BotContext, tag: str) -> str:
    """A tag in the reader's words."""
    return context.t(TAG_KEYS[tag]) if tag in TAG_KEYS else tag


def card(context: BotContext, c: HouseholdCard) -> tuple[str, InlineKeyboardMarkup]:
    """The whole card, with the buttons its reader may use."""
    t = context.t
    lines = [t("household-title", unit=c.unit.code, estate=c.estate.name, grid=c.grid)]
    if c.unit.owner_name or c.unit.owner_phone:
        owner = {"name": c.unit.owner_name or "-", "phone": c.unit.owner_phone or "-"}
        lines.append(t("household-owner", **owner))
    lines.append(t("household-members") if c.members else t("household-members-none"))
    for member in c.members:
        lines += [_member(context, member), *member_text.terms(context, member)]
    tags = [tag_label(context, tag) for tag in c.tags]
    lines.append(t("household-tags", tags={"names": tags}) if tags else t("household-tags-none"))
    lines.append(t("household-tickets", open=c.open_tickets, complaints=c.complaints))
    lines += [line(context, ticket) for ticket in c.tickets]
    if c.violations:
        lines.append(t("household-violations", open=c.open_violations, count=len(c.violations)))
        lines += [
            t(
                "household-violation-line",
                number=v.number,
                kind=kind_name(c.violation_kinds, v.kind, context.language),
                state={"key": STATE_KEYS.get(v.state, STATE_KEYS["open"])},
                step={"key": STEP_KEYS.get(v.step, STEP_KEYS["reported"])},
            )
            for v in c.violations
        ]
    currency = c.estate.currency
    owed = {"open": money(c.open_minor, currency), "amount": money(c.overdue_minor, currency)}
    lines.append(
        t("household-overdue", **owed) if c.overdue_minor else t("household-no-overdue", **owed)
    )
    if c.logs:
        lines.append(t("household-contacts"))
        lines += [contact(t, log, c.estate) for log in c.logs]
    if c.notes:
        lines.append(t("household-notes"))
        lines += [
            t(
                "household-note",
                at=local_time(context, note.created_at),
                author=note.author_name or "-",
                text=note.text,
            )
            for note in c.notes
        ]
    return "\n".join(lines), _buttons(context, c)


def _member(context: BotContext, member: Member) -> str:
    relation = context.t(RELATION_KEYS.get(member.relation, "relation-family"))
    handle = f"@{member.username}" if member.username else "-"
    return context.t("household-member", name=member.name, relation=relation, handle=handle)


def _buttons(context: BotContext, c: HouseholdCard) -> InlineKeyboardMarkup:
    unit = c.unit.id
    rows = [
        [
            InlineKeyboardButton(
                context.t("household-button-tags"),
                callback_data=HouseholdTags(unit_id=unit).pack(),
            ),
            InlineKeyboardButton(
                context.t("household-button-note"),
                callback_data=HouseholdNote(unit_id=unit).pack(),
            ),
        ]
    ]
    if c.may_unbind:
        rows += [
            [
                InlineKeyboardButton(
                    context.t("household-button-unbind", name=m.name),
                    callback_data=HouseholdUnbind(
                        unit_id=unit, account_id=m.account_id, sure=False
                    ).pack(),
                )
            ]
            for m in c.members
        ]
    rows += [
        [
            InlineKeyboardButton(
                context.t("household-button-violation", number=v.number),
                callback_data=ViolationAct(action="view", violation_id=v.id).pack(),
            )
        ]
        for v in c.violations
        if v.state == "open"
    ][:3]
    return InlineKeyboardMarkup(rows)


def tags_keyboard(context: BotContext, c: HouseholdCard) -> InlineKeyboardMarkup:
    """Every known tag, marked when set, two a row, and the way back to the card."""
    buttons = [
        InlineKeyboardButton(
            ("✅ " if tag in c.tags else "") + tag_label(context, tag),
            callback_data=HouseholdTag(unit_id=c.unit.id, tag=tag).pack(),
        )
        for tag in TAGS
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    back = HouseholdOpen(unit_id=c.unit.id).pack()
    rows.append([InlineKeyboardButton(context.t("household-button-back"), callback_data=back)])
    return InlineKeyboardMarkup(rows)


def unbind_question(
    context: BotContext, c: HouseholdCard, member: Member
) -> tuple[str, InlineKeyboardMarkup]:
    """Ask the manager to confirm an unbinding."""
    text = context.t("household-unbind-ask", name=member.name, unit=c.unit.code)
    sure = HouseholdUnbind(unit_id=c.unit.id, account_id=member.account_id, sure=True)
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    context.t("household-button-unbind-yes"), callback_data=sure.pack()
                ),
                InlineKeyboardButton(
                    context.t("household-button-back"),
                    callback_data=HouseholdOpen(unit_id=c.unit.id).pack(),
                ),
            ]
        ]
    )
    return text, markup


def found(context: BotContext, units: list[Unit]) -> tuple[str, InlineKeyboardMarkup]:
    """Several units matched: one button each."""
    buttons = [
        InlineKeyboardButton(u.code, callback_data=HouseholdOpen(unit_id=u.id).pack())
        for u in units
    ]
    rows = [buttons[i : i + UNITS_PER_ROW] for i in range(0, len(buttons), UNITS_PER_ROW)]
    return context.t("household-found", count=len(units)), InlineKeyboardMarkup(rows)
