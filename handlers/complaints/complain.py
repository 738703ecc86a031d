"""/complain: the resident logs a complaint (also from a poorly rated repair)."""

from __future__ import annotations

from typing import Any

from bot.callbacks import ComplaintFromRepair
from bot.context import BotContext
from bot.services.complaints.filing import MAX_DESCRIPTION, MAX_PHOTOS, ComplaintDraft
from bot.services.complaints.rules import CALLBACK_KEYS, COMPLAINT_TYPE_KEYS
from handlers.flow import Choice, Confirm, Entry, Flow, Option, Photos, Reply, Text
from handlers.flow.common import open_ticket_button, resident_unit, unit_code, unit_step

TYPES = [Option(code, key) for code, key in COMPLAINT_TYPE_KEYS.items()]
CALLBACKS = [Option(code, key) for code, key in CALLBACK_KEYS.items()]


async def begin(context: BotContext, args: dict[str, Any]) -> ComplaintDraft:
    """Residents only; from a repair, the repair's unit and a link to it."""
    if "repair_id" in args:
        viewer = context.require_viewer()
        repair = await context.services.complaints.repair_to_complain_about(
            viewer, args["repair_id"]
        )
        return ComplaintDraft(unit_id=repair.unit_id, linked_ticket_id=repair.id)
    return ComplaintDraft(unit_id=resident_unit(context))


async def summary(context: BotContext, draft: ComplaintDraft) -> str:
    """The complaint as the resident confirms it."""
    t = context.t
    return t(
        "complain-summary",
        unit=unit_code(context, draft.unit_id),
        type=t(COMPLAINT_TYPE_KEYS.get(draft.category or "", "complaint-type-other")),
        description=draft.description or "",
        photos=len(draft.photos),
        callback=t(CALLBACK_KEYS.get(draft.callback or "no", "callback-no")),
    )


async def finish(context: BotContext, draft: ComplaintDraft, token: str) -> Reply:
    """File the complaint and say who will be in touch."""
    viewer = context.require_viewer()
    ticket, names = await context.services.complaints.file(viewer, draft, token)
    handlers = {"names": names} if names else context.t("complain-handlers-office")
    return Reply(
        context.t("complain-filed", code=ticket.code, handlers=handlers),
        open_ticket_button(context, ticket.id, ticket.code),
    )


COMPLAIN = Flow(
    name="complain",
    title="flow-title-complaint",
    draft=ComplaintDraft,
    begin=begin,
    finish=finish,
    commands=("complain",),
    menu="complain",
    keep_draft=True,
    entries=[Entry(ComplaintFromRepair, lambda data: {"repair_id": data.ticket_id})],
    steps=[
        unit_step("complain-ask-unit"),
        Choice(field="category", prompt="complain-ask-type", options=TYPES),
        Text(
            field="description",
            min_length=2,
            prompt="complain-ask-description",
            max_length=MAX_DESCRIPTION,
            photos_to="photos",
            photos_max=MAX_PHOTOS,
        ),
        Photos(
            field="photos",
            prompt="complain-ask-photos",
            max_count=MAX_PHOTOS,
            caption_to="description",
            caption_max=MAX_DESCRIPTION,
        ),
        Choice(field="callback", prompt="complain-ask-callback", options=CALLBACKS),
        Confirm(
            summary=summary,
            editable=[
                ("category", "complain-field-type"),
                ("description", "complain-field-description"),
                ("photos", "complain-field-photos"),
                ("callback", "complain-field-callback"),
            ],
        ),
    ],
)
FLOWS = [COMPLAIN]
