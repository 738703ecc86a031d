"""How household members read: an owner's /household list and the terms of each person."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import MemberAct
from bot.context import BotContext
from bot.services.people.members import RELATION_KEYS, UnitHousehold
from storage.models import Member


def relation(context: BotContext, code: str) -> str:
    """A relation in the reader's words."""
    return context.t(RELATION_KEYS.get(code, "relation-family"))


def terms(context: BotContext, member: Member) -> list[str]:
    """What a tenant or family member may do, the lease end and who added them (owners: none)."""
    if member.relation == "owner":
        return []
    yes_no = {True: {"key": "members-yes"}, False: {"key": "members-no"}}
    lines = [
        context.t("members-terms", pay=yes_no[member.may_pay], repair=yes_no[member.may_repair])
    ]
    if member.lease_ends_on is not None:
        lines.append(context.t("members-terms-lease", day=member.lease_ends_on.isoformat()))
    if member.added_by_name:
        lines.append(context.t("members-terms-added", name=member.added_by_name))
    return lines


def listing(context: BotContext, h: UnitHousehold) -> tuple[str, InlineKeyboardMarkup | None]:
    """One unit's people: an owner also gets add, remove and extend buttons."""
    lines = [
        context.t(
            "members-unit-title",
            unit=h.unit.code,
            estate=h.estate.name,
            relation=relation(context, h.relation),
        )
    ]
    for member in h.members:
        lines.append(
            context.t(
                "members-line", name=member.name, relation=relation(context, member.relation)
            )
        )
        lines += terms(context, member)
    if not h.is_owner:
        lines.append(context.t("members-not-owner", unit=h.unit.code))
        return "\n".join(lines), None
    me = context.require_viewer().account.id
    rows = [[_button(context, "members-button-add", "add", h.unit.id, me)]]
    for member in h.members:
        if member.relation == "owner":
            continue
        rows.append([_button(context, "members-button-remove", "rm", h.unit.id, member)])
        if member.relation == "tenant":
            rows.append([_button(context, "members-button-extend-of", "ext", h.unit.id, member)])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def _button(
    context: BotContext, key: str, action: str, unit_id: int, who: Member | int
) -> InlineKeyboardButton:
    account_id = who if isinstance(who, int) else who.account_id
    name = "" if isinstance(who, int) else who.name
    data = MemberAct(action=action, unit_id=unit_id, account_id=account_id).pack()
    return InlineKeyboardButton(context.t(key, name=name), callback_data=data)


def remove_question(
    context: BotContext, unit_id: int, unit: str, member: Member
) -> tuple[str, InlineKeyboardMarkup]:
    """Ask the owner to confirm a removal."""
    text = context.t(
        "members-remove-ask",
        name=member.name,
        unit=unit,
        relation=relation(context, member.relation),
    )
    markup = InlineKeyboardMarkup(
        [
            [
                _button(context, "members-button-remove-yes", "rmok", unit_id, member),
                _button(context, "members-button-back", "list", unit_id, member),
            ]
        ]
    )
    return text, markup
