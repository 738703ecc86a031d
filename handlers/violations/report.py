"""Recording a violation as flows: staff on the spot (with the 劝导's result), from a patrol
problem or a renovation inspection; a resident's report (违章举报)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from bot.callbacks import PatrolStep, RenovationAct
from bot.context import BotContext
from bot.errors import NotAllowed
from bot.services.violations.catalog import CATEGORIES, CATEGORY_KEYS, PERSUASION, kind_name
from bot.services.violations.recording import (
    MAX_FACTS,
    MAX_PHOTOS,
    MAX_PLACE,
    ResidentReport,
    StaffRecord,
)
from handlers.flow import Choice, Confirm, Entry, Flow, Option, Photos, Reply
from handlers.flow import Text as TextStep
from handlers.violations import text

CATEGORY_OPTIONS = tuple(Option(c, CATEGORY_KEYS[c]) for c in CATEGORIES)
PERSUASION_KEYS = {
    "complied": "violation-persuasion-complied",
    "refused": "violation-persuasion-refused",
    "absent": "violation-persuasion-absent",
}
PERSUASION_OPTIONS = tuple(Option(p, PERSUASION_KEYS[p]) for p in PERSUASION)
SERIOUS_OPTIONS = (
    Option("general", "violation-serious-general"),
    Option("serious", "violation-serious-serious"),
)


class StaffDraft(BaseModel):
    """A violation as a staff member records it."""

    estate_id: int
    source: str = "staff"
    renovation_id: int | None = None
    task_id: int | None = None
    position: int | None = None
    unit_code: str = ""  # the unit a renovation brings (shown, not asked)
    category: str | None = None
    kind: str | None = None
    unit: str | None = None
    place: str | None = None
    facts: str | None = None
    photos: list[str] = Field(default_factory=list)
    persuasion: str | None = None
    serious: str | None = None


async def kind_options(context: BotContext, draft: Any) -> list[Option]:
    """The estate's kinds of the chosen category, named in the reader's language."""
    kinds = await context.services.violations.kinds(draft.estate_id)
    found = [k for k in kinds if k.category == draft.category]
    return [
        Option(k.code, kind_name(found, k.code, context.language), literal=True) for k in found
    ]


async def checked_unit(context: BotContext, draft: StaffDraft, value: str) -> str:
    """A unit of the estate, by its code."""
    viewer = context.require_viewer()
    await context.services.violations.unit_by_code(viewer, draft.estate_id, value)
    return value.strip()


async def begin_staff(context: BotContext, args: dict[str, Any]) -> StaffDraft:
    """Any staff member; from a patrol problem or an inspection, what they found comes along."""
    viewer = context.require_viewer()
    cases = context.services.violations
    estate_id = cases.staff_estate(viewer)
    source = str(args.get("source", "staff"))
    if source == "patrol":
        found = await cases.source_of(viewer, "patrol", args["task_id"], args["position"])
        return StaffDraft(
            estate_id=found["estate_id"],
            source="patrol",
            task_id=args["task_id"],
            position=args["position"],
            facts=found["facts"] or None,
            photos=found["photos"],
        )
    if source == "renovation":
        found = await cases.source_of(viewer, "renovation", args["renovation_id"])
        return StaffDraft(
            estate_id=found["estate_id"],
            source="renovation",
            renovation_id=args["renovation_id"],
            unit_code=found["unit_code"],
            category="renovation",
            place=found["unit_code"],
            facts=found["facts"] or None,
            photos=found["photos"],
        )
    return StaffDraft(estate_id=estate_id)


def staff_prefilled(draft: StaffDraft) -> list[str]:
    """What a patrol problem or an inspection already answered."""
    found = [name for name in ("category", "place", "facts") if getattr(draft, name)]
    if draft.photos:
        found.append("photos")
    if draft.source == "renovation":
        found.append("unit")
    return found


async def staff_summary(context: BotContext, draft: StaffDraft) -> str:
    """The case as it will be recorded."""
    kinds = await context.services.violations.kinds(draft.estate_id)
    return context.t(
        "violation-new-summary",
        category={"key": CATEGORY_KEYS.get(draft.category or "other", CATEGORY_KEYS["other"])},
        kind=kind_name(kinds, draft.kind or "", context.language),
        unit=draft.unit or draft.unit_code or "-",
        place=draft.place or "-",
        facts=draft.facts or "-",
        photos=len(draft.photos),
        persuasion={"key": PERSUASION_KEYS.get(draft.persuasion or "", PERSUASION_KEYS["absent"])},
        serious=1 if draft.serious == "serious" else 0,
        complied=1 if draft.persuasion == "complied" else 0,
    )


async def finish_staff(context: BotContext, draft: StaffDraft, token: str) -> Reply:
    """Record it; the handler hears of it unless the 劝导 worked."""
    viewer = context.require_viewer()
    cases = context.services.violations
    unit_id = (
        await cases.unit_by_code(viewer, draft.estate_id, draft.unit)
        if draft.unit and draft.source != "renovation"
        else None
    )
    form = StaffRecord(
        estate_id=draft.estate_id,
        kind=draft.kind or "",
        unit_id=unit_id,
        place=draft.place or "",
        facts=draft.facts or "",
        photos=draft.photos,
        persuasion=draft.persuasion or "absent",
        serious=draft.serious == "serious",
        source=draft.source,
        renovation_id=draft.renovation_id,
        task_id=draft.task_id,
        position=draft.position,
    )
    loaded = await cases.record(viewer, form, token)
    view = await cases.view(viewer, loaded.violation.id)
    body = context.t(
        "violation-recorded",
        number=loaded.violation.number,
        closed=1 if loaded.violation.state == "closed" else 0,
    )
    return Reply(
        f"{body}\n\n{text.card(context.t, context.language, view)}",
        text.card_markup(context.t, view),
    )


NEW = Flow(
    name="violation_new",
    title="flow-title-violation-new",
    draft=StaffDraft,
    begin=begin_staff,
    finish=finish_staff,
    menu="violation_new",
    prefilled=staff_prefilled,
    entries=[
        Entry(
            PatrolStep,
            lambda data: {"source": "patrol", "task_id": data.task_id, "position": data.position},
            when=lambda data: data.action == "vl",
        ),
        Entry(
            RenovationAct,
            lambda data: {"source": "renovation", "renovation_id": data.renovation_id},
            when=lambda data: data.action == "violation",
        ),
    ],
    steps=[
        Choice(field="category", prompt="violation-ask-category", options=CATEGORY_OPTIONS),
        Choice(field="kind", prompt="violation-ask-kind", options=kind_options, columns=1),
        TextStep(
            field="unit",
            prompt="violation-ask-unit",
            max_length=40,
            optional=True,
            check=checked_unit,
        ),
        TextStep(field="place", prompt="violation-ask-place", max_length=MAX_PLACE),
        TextStep(
            field="facts",
            prompt="violation-ask-facts",
            max_length=MAX_FACTS,
            photos_to="photos",
            photos_max=MAX_PHOTOS,
        ),
        Photos(field="photos", prompt="violation-ask-photos", max_count=MAX_PHOTOS),
        Choice(
            field="persuasion",
            prompt="violation-ask-persuasion",
            options=PERSUASION_OPTIONS,
            columns=1,
        ),
        Choice(
            field="serious",
            prompt="violation-ask-serious",
            options=SERIOUS_OPTIONS,
            when=lambda d: d.persuasion != "complied",
        ),
        Confirm(
            summary=staff_summary,
            editable=[
                ("kind", "violation-field-kind"),
                ("unit", "violation-field-unit"),
                ("place", "violation-field-place"),
                ("facts", "violation-field-facts"),
                ("photos", "violation-field-photos"),
                ("persuasion", "violation-field-persuasion"),
            ],
        ),
    ],
)


class ReportDraft(BaseModel):
    """A resident's report."""

    estate_id: int
    unit_id: int
    category: str | None = None
    kind: str | None = None
    place: str | None = None
    facts: str | None = None
    photos: list[str] = Field(default_factory=list)


async def begin_report(context: BotContext, args: dict[str, Any]) -> ReportDraft:
    """Residents of the estate (their first unit decides the estate and grid)."""
    viewer = context.require_viewer()
    if not viewer.occupancies:
        raise NotAllowed("violation-residents-only")
    occupancy = viewer.occupancies[0]
    return ReportDraft(estate_id=occupancy.estate_id, unit_id=occupancy.unit_id)


async def report_summary(context: BotContext, draft: ReportDraft) -> str:
    """The report as it will be sent."""
    kinds = await context.services.violations.kinds(draft.estate_id)
    return context.t(
        "violation-report-summary",
        kind=kind_name(kinds, draft.kind or "", context.language),
        place=draft.place or "-",
        facts=draft.facts or "-",
        photos=len(draft.photos),
    )


async def finish_report(context: BotContext, draft: ReportDraft, token: str) -> Reply:
    """Send it to the office; the reporter stays unnamed to the household."""
    form = ResidentReport(
        unit_id=draft.unit_id,
        kind=draft.kind or "",
        place=draft.place or "",
        facts=draft.facts or "",
        photos=draft.photos,
    )
    loaded = await context.services.violations.report(context.require_viewer(), form, token)
    return Reply(context.t("violation-reported", number=loaded.violation.number))


REPORT = Flow(
    name="violation_report",
    title="flow-title-violation-report",
    draft=ReportDraft,
    begin=begin_report,
    finish=finish_report,
    menu="violation_report",
    steps=[
        Choice(field="category", prompt="violation-ask-report-category", options=CATEGORY_OPTIONS),
        Choice(field="kind", prompt="violation-ask-kind", options=kind_options, columns=1),
        TextStep(field="place", prompt="violation-ask-report-place", max_length=MAX_PLACE),
        TextStep(
            field="facts",
            prompt="violation-ask-report-facts",
            max_length=MAX_FACTS,
            photos_to="photos",
            photos_max=MAX_PHOTOS,
        ),
        Photos(
            field="photos",
            prompt="violation-ask-report-photos",
            min_count=1,
            max_count=MAX_PHOTOS,
        ),
        Confirm(
            summary=report_summary,
            editable=[
                ("kind", "violation-field-kind"),
                ("place", "violation-field-place"),
                ("facts", "violation-field-facts"),
                ("photos", "violation-field-photos"),
            ],
        ),
    ],
)
FLOWS: list[Flow[Any]] = [NEW, REPORT]
