"""/household: an owner's family and tenants: who is bound, invite one with a code, remove
one, extend a tenant's lease; anyone else sees their own binding and what they may do."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MemberAct, MenuAction
from bot.context import BotContext
from bot.services.people.member_rules import RIGHTS, TENANT, Terms
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Option, Pick, Reply
from handlers.households import member_text

RELATIONS = (
    Option("family", "members-relation-family"),
    Option(TENANT, "members-relation-tenant"),
)
RIGHT_KEYS = {"pay": "members-right-pay", "repair": "members-right-repair"}
RIGHT_OPTIONS = tuple(Option(r, RIGHT_KEYS[r]) for r in RIGHTS)


async def show(update: Update, context: BotContext) -> None:
    """/household or the menu button: one message per unit of the resident."""
    assert update.effective_chat is not None
    if update.callback_query is not None:
        await update.callback_query.answer()
    found = await context.services.members.households(context.require_viewer())
    if not found:
        await context.bot.send_message(update.effective_chat.id, context.t("members-none"))
    for household in found:
        body, markup = member_text.listing(context, household)
        await context.bot.send_message(update.effective_chat.id, body, reply_markup=markup)


async def act(update: Update, context: BotContext) -> None:
    """Remove (asked first, then done) or back to the unit's list, in place."""
    query = update.callback_query
    assert query is not None
    data = MemberAct.unpack(query.data)
    assert data is not None
    viewer, members = context.require_viewer(), context.services.members
    note = None
    if data.action == "rm":
        member = await members.member(viewer, data.unit_id, data.account_id)
        code = next(o.unit_code for o in viewer.occupancies if o.unit_id == data.unit_id)
        question, sure = member_text.remove_question(context, data.unit_id, code, member)
        await query.answer()
        await query.edit_message_text(question, reply_markup=sure)
        return
    if data.action == "rmok":
        name = await members.remove(viewer, data.unit_id, data.account_id)
        note = context.t("members-removed", name=name)
    members.owner_units(viewer, data.unit_id)
    found = [h for h in await members.households(viewer) if h.unit.id == data.unit_id]
    body, markup = member_text.listing(context, found[0])
    await query.edit_message_text(body, reply_markup=markup)
    await query.answer(note)


class InviteDraft(BaseModel):
    """Whom the owner invites, and what they may do."""

    unit_id: int
    unit: str = ""
    relation: str | None = None
    lease: str | None = None
    rights: list[str] = list(RIGHTS)


async def begin_invite(context: BotContext, args: dict[str, Any]) -> InviteDraft:
    """Owners of the unit only."""
    viewer = context.require_viewer()
    unit_id = context.services.members.owner_units(viewer, args.get("unit_id"))[0]
    code = next(o.unit_code for o in viewer.occupancies if o.unit_id == unit_id)
    return InviteDraft(unit_id=unit_id, unit=code)


def _terms(draft: InviteDraft) -> Terms:
    lease = date.fromisoformat(draft.lease) if draft.lease else None
    return Terms(
        lease_ends_on=lease, may_pay="pay" in draft.rights, may_repair="repair" in draft.rights
    )


async def summary(context: BotContext, draft: InviteDraft) -> str:
    """The invite as the owner confirms it."""
    terms = _terms(draft)
    yes_no = {True: {"key": "members-yes"}, False: {"key": "members-no"}}
    return context.t(
        "members-summary",
        unit=draft.unit,
        relation=member_text.relation(context, draft.relation or "family"),
        lease=draft.lease or "-",
        pay=yes_no[terms.may_pay],
        repair=yes_no[terms.may_repair],
    )


async def finish_invite(context: BotContext, draft: InviteDraft, token: str) -> Reply:
    """Issue the one-time code and its deep link."""
    issued = await context.services.members.invite(
        context.require_viewer(), draft.unit_id, draft.relation or "", _terms(draft), token
    )
    if issued is None:
        return Reply(context.t("members-issued-again"))
    link = await context.services.invites.deep_link(issued.code)
    return Reply(
        context.t(
            "members-issued",
            code=issued.code,
            unit=draft.unit,
            relation=member_text.relation(context, issued.relation or "family"),
            link=link or "-",
        )
    )


INVITE = Flow(
    name="member_invite",
    title="flow-title-member-invite",
    draft=InviteDraft,
    begin=begin_invite,
    finish=finish_invite,
    prompt_args=lambda context, draft: {"unit": draft.unit},
    entries=[
        Entry(
            MemberAct,
            lambda data: {"unit_id": data.unit_id},
            when=lambda data: data.action == "add",
        )
    ],
    steps=[
        Choice(field="relation", prompt="members-ask-relation", options=RELATIONS, columns=2),
        Day(
            field="lease",
            prompt="members-ask-lease",
            quick=("month_end",),
            when=lambda d: d.relation == TENANT,
        ),
        Pick(
            field="rights",
            prompt="members-ask-rights",
            options=RIGHT_OPTIONS,
            min_count=0,
            columns=1,
        ),
        Confirm(summary=summary, editable=[("rights", "members-field-rights")]),
    ],
)


class ExtendDraft(BaseModel):
    """A tenant's new lease end."""

    unit_id: int
    account_id: int
    name: str = ""
    lease: str | None = None


async def begin_extend(context: BotContext, args: dict[str, Any]) -> ExtendDraft:
    """The owner, for a tenant still bound to the unit."""
    member = await context.services.members.check_extend(
        context.require_viewer(), args["unit_id"], args["account_id"]
    )
    return ExtendDraft(unit_id=args["unit_id"], account_id=member.account_id, name=member.name)


async def finish_extend(context: BotContext, draft: ExtendDraft, token: str) -> Reply:
    """Move the lease end; the reminder and the end move with it."""
    day = date.fromisoformat(draft.lease or "")
    member = await context.services.members.extend(
        context.require_viewer(), draft.unit_id, draft.account_id, day, token
    )
    lease = member.lease_ends_on.isoformat() if member.lease_ends_on else "-"
    return Reply(context.t("members-extended", name=member.name, day=lease))


EXTEND = Flow(
    name="member_extend",
    title="flow-title-member-extend",
    draft=ExtendDraft,
    begin=begin_extend,
    finish=finish_extend,
    prompt_args=lambda context, draft: {"name": draft.name},
    entries=[
        Entry(
            MemberAct,
            lambda data: {"unit_id": data.unit_id, "account_id": data.account_id},
            when=lambda data: data.action == "ext",
        )
    ],
    steps=[Day(field="lease", prompt="members-ask-new-lease", quick=("month_end",))],
)
FLOWS: list[Flow[Any]] = [INVITE, EXTEND]


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/household, its menu button, remove and back."""
    return [
        CommandHandler("household", show),
        CallbackQueryHandler(show, pattern=MenuAction.where(action="household")),
        CallbackQueryHandler(act, pattern=MemberAct.where(action=("rm", "rmok", "list"))),
    ]
