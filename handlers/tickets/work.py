"""Flows on a ticket staff work: resolve (a note and after-photos), transfer, escalate."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from bot.callbacks import TicketAction
from bot.context import BotContext
from bot.errors import AppError
from bot.services.people.access import BUTLER
from bot.services.tickets import rules
from bot.services.tickets.actions import MAX_CONTRACTOR, MAX_NOTE, MAX_REASON
from bot.services.tickets.repairs import MAX_PHOTOS
from handlers.flow import Choice, Entry, Flow, Option, Photos, Reply, Text


class WorkDraft(BaseModel):
    """What staff write while acting on a ticket."""

    ticket_id: int
    code: str
    note: str | None = None
    photos: list[str] = Field(default_factory=list)
    to_account: int | None = None
    contractor: str | None = None


def _entry(action: str) -> Entry:
    return Entry(
        TicketAction,
        lambda data: {"ticket_id": data.ticket_id},
        when=lambda data: data.action == action,
    )


def _begin(action: str) -> Any:
    async def begin(context: BotContext, args: dict[str, Any]) -> WorkDraft:
        """Check the ticket allows the action now (and who is asking)."""
        viewer = context.require_viewer()
        ticket = await context.services.ticket_actions.check(viewer, args["ticket_id"], action)
        if action == rules.TRANSFER and not await context.services.ticket_actions.transfer_targets(
            viewer, ticket.id
        ):
            raise AppError("ticket-no-transfer-target")
        return WorkDraft(ticket_id=ticket.id, code=ticket.code)

    return begin


def _finish(action: str, done_key: str) -> Any:
    async def finish(context: BotContext, draft: WorkDraft, token: str) -> Reply:
        """Take the action with what was written."""
        ticket = await context.services.ticket_actions.act(
            context.require_viewer(),
            draft.ticket_id,
            action,
            note=draft.note or "",
            photos=draft.photos,
            to_account=draft.to_account,
            token=token,
            contractor=draft.contractor or "",
        )
        return Reply(context.t(done_key, code=ticket.code))

    return finish


async def targets(context: BotContext, draft: WorkDraft) -> list[Option]:
    """The butlers, then the technicians, the ticket can be handed to."""
    found = await context.services.ticket_actions.transfer_targets(
        context.require_viewer(), draft.ticket_id
    )
    return [
        Option(
            str(account),
            name if role == BUTLER else context.t("transfer-to-technician", name=name),
            literal=True,
        )
        for account, (name, role) in found.items()
    ]


def _code(context: BotContext, draft: WorkDraft) -> dict[str, Any]:
    return {"code": draft.code}


RESOLVE = Flow(
    name="resolve",
    title="flow-title-resolve",
    draft=WorkDraft,
    begin=_begin(rules.RESOLVE),
    finish=_finish(rules.RESOLVE, "resolve-done"),
    prompt_args=_code,
    entries=[_entry("res")],
    steps=[
        Text(field="note", prompt="resolve-ask-note", max_length=MAX_NOTE, photos_to="photos"),
        Photos(field="photos", prompt="resolve-ask-photos", max_count=MAX_PHOTOS),
    ],
)
TRANSFER = Flow(
    name="transfer",
    title="flow-title-transfer",
    draft=WorkDraft,
    begin=_begin(rules.TRANSFER),
    finish=_finish(rules.TRANSFER, "ticket-done-transfer"),
    prompt_args=_code,
    entries=[_entry("tr")],
    steps=[
        Choice(field="to_account", prompt="transfer-ask-to", options=targets, parse=int),
        Text(field="note", prompt="transfer-ask-reason", max_length=MAX_REASON),
    ],
)
ESCALATE = Flow(
    name="escalate",
    title="flow-title-escalate",
    draft=WorkDraft,
    begin=_begin(rules.ESCALATE),
    finish=_finish(rules.ESCALATE, "ticket-done-escalate"),
    prompt_args=_code,
    entries=[_entry("esc")],
    steps=[Text(field="note", prompt="escalate-ask-reason", max_length=MAX_REASON)],
)
CONTRACTOR = Flow(
    name="contractor",
    title="flow-title-contractor",
    draft=WorkDraft,
    begin=_begin(rules.CONTRACTOR),
    finish=_finish(rules.CONTRACTOR, "ticket-done-contractor"),
    prompt_args=lambda context, draft: {"code": draft.code, "max": MAX_CONTRACTOR},
    entries=[_entry("ctr")],
    steps=[
        Text(field="contractor", prompt="contractor-ask-name", max_length=MAX_CONTRACTOR),
        Text(field="note", prompt="contractor-ask-note", max_length=MAX_REASON),
    ],
)
FLOWS = [RESOLVE, TRANSFER, ESCALATE, CONTRACTOR]
