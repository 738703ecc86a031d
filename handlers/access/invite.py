"""/invite: a manager issues an invite code for a resident, a butler, a technician or a manager."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from bot.context import BotContext
from bot.services.people.invites import RELATIONS, Issued
from handlers.access.menus import RELATION_KEYS, ROLE_KEYS
from handlers.flow import Choice, Flow, Option, Reply, Text

MAX_UNIT_CODE = 64
KINDS = [Option(kind, key) for kind, key in ROLE_KEYS.items()]
RELATION_OPTIONS = [Option(r, RELATION_KEYS[r]) for r in RELATIONS]


class InviteDraft(BaseModel):
    """Whom the code is for."""

    kind: str | None = None
    unit: str | None = None
    relation: str | None = None
    grid_id: int | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> InviteDraft:
    """Managers only."""
    await context.services.invites.managed_estate(context.require_viewer())
    return InviteDraft()


async def check_unit(context: BotContext, draft: Any, text: str) -> str:
    """The unit must be one of the manager's estate (its canonical code is kept)."""
    return await context.services.invites.check_unit_as(context.require_viewer(), text)


async def grid_options(context: BotContext, draft: InviteDraft) -> list[Option]:
    """The grids of the manager's estate."""
    grids = await context.services.invites.grids_for(context.require_viewer())
    return [Option(str(g.id), g.code, literal=True) for g in grids]


async def finish(context: BotContext, draft: InviteDraft, token: str) -> Reply:
    """Issue the code and show it with its deep link."""
    invites, viewer = context.services.invites, context.require_viewer()
    if draft.kind == "resident":
        assert draft.unit is not None and draft.relation is not None
        issued = await invites.invite_resident_as(viewer, draft.unit, draft.relation)
    else:
        role = draft.kind or "manager"
        issued = await invites.invite_staff_as(viewer, role, draft.grid_id)
    return Reply(await render_issued(context, issued))


async def render_issued(context: BotContext, issued: Issued) -> str:
    """The code, what it is for, and the deep link."""
    link = await context.services.invites.deep_link(issued.code)
    target = issued.unit or (issued.grids and {"names": issued.grids}) or issued.estate
    role = ROLE_KEYS[issued.role or "resident"]
    return context.t(
        "invite-issued", code=issued.code, role=context.t(role), target=target, link=link or "-"
    )


INVITE = Flow(
    name="invite",
    title="flow-title-invite",
    draft=InviteDraft,
    begin=begin,
    finish=finish,
    commands=("invite",),
    menu="invite",
    prompt_args=lambda context, draft: {"unit": draft.unit or ""},
    steps=[
        Choice(field="kind", prompt="invite-ask-kind", options=KINDS, columns=3),
        Text(
            field="unit",
            prompt="invite-ask-unit",
            max_length=MAX_UNIT_CODE,
            check=check_unit,
            when=lambda d: d.kind == "resident",
        ),
        Choice(
            field="relation",
            prompt="invite-ask-relation",
            options=RELATION_OPTIONS,
            columns=3,
            when=lambda d: d.kind == "resident",
        ),
        Choice(
            field="grid_id",
            prompt="invite-ask-grid",
            options=grid_options,
            parse=int,
            columns=3,
            when=lambda d: d.kind == "butler",
        ),
    ],
)
FLOWS = [INVITE]
