"""/repair: the resident reports a repair; a flow of eight steps and a summary."""

from __future__ import annotations

from typing import Any

from bot.context import BotContext
from bot.services.tickets.push import CATEGORY_KEYS
from bot.services.tickets.repairs import (
    ALWAYS_URGENT,
    MAX_DESCRIPTION,
    MAX_PHOTOS,
    MAX_WHERE,
    RepairDraft,
)
from bot.services.tickets.visits import VISIT_KEYS, visit_choices
from handlers.flow import Choice, Confirm, Flow, Option, Photos, Reply, Text
from handlers.flow.common import YES_NO, open_ticket_button, resident_unit, unit_code, unit_step

CATEGORIES = [Option(code, key) for code, key in CATEGORY_KEYS.items()]
PLACES = (Option("unit", "repair-in-unit"), Option("public", "repair-public"))


async def begin(context: BotContext, args: dict[str, Any]) -> RepairDraft:
    """Residents only; with one unit, it is theirs."""
    viewer = context.require_viewer()
    unit_id = resident_unit(context)
    allowed = context.services.tickets.repair_units(viewer)
    if unit_id is None and len(allowed) == 1:
        unit_id = allowed[0]
    hotline = await context.services.tickets.hotline(viewer)
    outages = await context.services.outages.for_repairs(viewer)
    return RepairDraft(unit_id=unit_id, hotline=hotline, outages=outages)


def safety(context: BotContext, draft: RepairDraft) -> dict[str, Any]:
    """A gas smell gets the safety text at once, with the office's 24-hour number; a repair of
    the kind of an outage going on there hears of the outage first (it may still file)."""
    if draft.category not in ALWAYS_URGENT:
        for outage in draft.outages:
            if outage["category"] == draft.category and draft.unit_id in outage["units"]:
                return {"safety": {"key": "repair-outage-note", "args": outage["args"]}}
        return {"safety": "none"}
    key = "repair-gas-safety" if draft.hotline else "repair-gas-safety-no-hotline"
    return {"safety": {"key": key, "args": {"hotline": draft.hotline}}}


async def visit_options(context: BotContext, draft: RepairDraft) -> list[Option]:
    """As soon as possible, today's parts still ahead, tomorrow's."""
    now = context.services.clock.now().astimezone(context.zone())
    return [Option(code, VISIT_KEYS[code]) for code in visit_choices(now)]


async def summary(context: BotContext, draft: RepairDraft) -> str:
    """The report as the resident confirms it."""
    t = context.t
    public = draft.place() == "public"
    return t(
        "repair-summary",
        unit=unit_code(context, draft.unit_id),
        category=t(CATEGORY_KEYS.get(draft.category or "", "category-other")),
        where=(draft.location_note or "-") if public else t("repair-in-unit"),
        description=draft.description or "",
        photos=len(draft.photos),
        visit=t("visit-not-needed")
        if public
        else t(VISIT_KEYS.get(draft.visit_time or "asap", "visit-asap")),
        urgent="yes" if draft.urgent or draft.category in ALWAYS_URGENT else "no",
    )


async def finish(context: BotContext, draft: RepairDraft, token: str) -> Reply:
    """File the ticket (once, whatever happens to the confirm button)."""
    ticket = await context.services.tickets.file_repair(context.require_viewer(), draft, token)
    return Reply(
        context.t("repair-filed", code=ticket.code),
        open_ticket_button(context, ticket.id, ticket.code),
    )


REPAIR = Flow(
    name="repair",
    title="flow-title-repair",
    draft=RepairDraft,
    begin=begin,
    finish=finish,
    commands=("repair",),
    menu="repair",
    keep_draft=True,
    prompt_args=safety,
    steps=[
        unit_step("repair-ask-unit"),
        Choice(field="category", prompt="repair-ask-category", options=CATEGORIES),
        Choice(
            field="location",
            prompt="repair-ask-location",
            options=PLACES,
            when=lambda d: d.category not in ("elevator", "public_area"),
        ),
        Text(
            field="location_note",
            prompt="repair-ask-where",
            max_length=MAX_WHERE,
            when=lambda d: d.place() == "public",
        ),
        Text(
            field="description",
            min_length=2,
            prompt="repair-ask-description",
            max_length=MAX_DESCRIPTION,
            photos_to="photos",
            photos_max=MAX_PHOTOS,
        ),
        Photos(
            field="photos",
            prompt="repair-ask-photos",
            max_count=MAX_PHOTOS,
            caption_to="description",
            caption_max=MAX_DESCRIPTION,
        ),
        Choice(
            field="visit_time",
            prompt="repair-ask-visit",
            options=visit_options,
            columns=1,
            when=lambda d: d.place() == "unit",
        ),
        Choice(
            field="urgent",
            prompt="repair-ask-urgent",
            options=YES_NO,
            parse=lambda v: v == "1",
            when=lambda d: d.category not in ALWAYS_URGENT,
        ),
        Confirm(
            summary=summary,
            editable=[
                ("category", "repair-field-category"),
                ("location", "repair-field-location"),
                ("location_note", "repair-field-where"),
                ("description", "repair-field-description"),
                ("photos", "repair-field-photos"),
                ("visit_time", "repair-field-visit"),
                ("urgent", "repair-field-urgent"),
            ],
        ),
    ],
)
FLOWS = [REPAIR]
