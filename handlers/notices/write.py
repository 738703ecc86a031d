"""Writing a notice or raising an emergency, as flows; an emergency's update or all clear."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from pydantic import BaseModel, Field

from bot.callbacks import NoticeAct
from bot.context import BotContext
from bot.services.notices.audience import NAMED, SCOPE_KEYS, Audience, parse_targets
from bot.services.notices.emergencies import ADVICE_KEYS, EmergencyInput
from bot.services.notices.notices import (
    EMERGENCY_KEYS,
    EMERGENCY_KINDS,
    MAX_PHOTOS,
    MAX_TEXT,
    NoticeInput,
)
from bot.settings import SUPPORTED_LANGUAGES
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Option, Photos, Reply
from handlers.flow import Text as TextStep
from handlers.notices import text

SLOTS = tuple(
    Option(at.replace(":", ""), at, literal=True)
    for at in ("08:00", "09:00", "12:00", "18:00", "20:00")
)  # values carry no colon: 1800
WHO = (Option("all", "notice-who-all"), Option("owners", "notice-who-owners"))
IMPORTANCE = (Option("normal", "notice-normal"), Option("important", "notice-important"))
WHEN = (Option("now", "notice-when-now"), Option("later", "notice-when-later"))
KIND_OPTIONS = tuple(Option(k, EMERGENCY_KEYS[k]) for k in EMERGENCY_KINDS)


class NoticeDraft(BaseModel):
    """A notice as it is written."""

    estate_id: int
    manager: bool = False
    scope: str | None = None
    targets: str | None = None
    who: str | None = None
    text: str | None = None
    other: str | None = None
    photos: list[str] = Field(default_factory=list)
    importance: str | None = None
    when: str | None = None
    day: str | None = None
    at: str | None = None


async def begin_notice(context: BotContext, args: dict[str, Any]) -> NoticeDraft:
    """Staff: a manager to anyone of the estate, a butler to their grids."""
    viewer = context.require_viewer()
    estate = await context.services.notices.author_estate(viewer)
    return NoticeDraft(estate_id=estate.id, manager=estate.id in viewer.managed_estates())


async def scope_options(context: BotContext, draft: NoticeDraft) -> list[Option]:
    """A manager: the estate, buildings, grids, units or the staff; a butler: grids, units."""
    scopes = (
        ("estate", "buildings", "grids", "units", "staff") if draft.manager else ("grids", "units")
    )
    return [Option(s, SCOPE_KEYS[s]) for s in scopes]


def _audience(draft: Any) -> Audience:
    return Audience(
        scope=draft.scope or "estate",
        targets=parse_targets(draft.targets or ""),
        owners_only=getattr(draft, "who", None) == "owners",
    )


async def checked_targets(context: BotContext, draft: Any, value: str) -> str:
    """Codes that exist and that the author may address, or re-ask naming the wrong ones."""
    audience = Audience(scope=draft.scope or "estate", targets=parse_targets(value))
    notices = context.services.notices
    estate = await notices.author_estate(context.require_viewer())
    await notices.check_audience(context.require_viewer(), estate, audience)
    return ", ".join(audience.targets)


def _send_at(context: BotContext, draft: NoticeDraft) -> datetime | None:
    if draft.when != "later" or not draft.day or not draft.at:
        return None
    zone = context.zone()
    moment = time(int(draft.at[:2]), int(draft.at[2:]))
    return datetime.combine(date.fromisoformat(draft.day), moment, zone)


def _texts(context: BotContext, draft: NoticeDraft) -> dict[str, str]:
    mine = context.language
    other = next(lang for lang in SUPPORTED_LANGUAGES if lang != mine)
    texts = {mine: draft.text or ""}
    if draft.other:
        texts[other] = draft.other
    return texts


async def notice_summary(context: BotContext, draft: NoticeDraft) -> str:
    """The notice as it will go, with how many it reaches now."""
    notices = context.services.notices
    viewer = context.require_viewer()
    estate = await notices.author_estate(viewer)
    count = await notices.count(viewer, estate, _audience(draft))
    send_at = _send_at(context, draft)
    return context.t(
        "notice-summary",
        audience=text.audience(context.t, _audience(draft)),
        count=count,
        text=draft.text or "-",
        other=1 if draft.other else 0,
        photos=len(draft.photos),
        important=1 if draft.importance == "important" else 0,
        at=send_at.strftime("%Y-%m-%d %H:%M") if send_at else "-",
        later=1 if send_at else 0,
    )


async def finish_notice(context: BotContext, draft: NoticeDraft, token: str) -> Reply:
    """Send it (or plan it); the author gets its card with the counts."""
    notices = context.services.notices
    viewer = context.require_viewer()
    estate = await notices.author_estate(viewer)
    form = NoticeInput(
        audience=_audience(draft),
        texts=_texts(context, draft),
        photos=draft.photos,
        important=draft.importance == "important",
        send_at=_send_at(context, draft),
    )
    notice = await notices.send(viewer, estate, form, token)
    stats = await notices.stats(viewer, notice.id)
    body = text.stats(context.t, stats, context.zone())
    return Reply(body, text.stats_markup(context.t, stats))


NOTICE = Flow(
    name="notice_new",
    title="flow-title-notice",
    draft=NoticeDraft,
    begin=begin_notice,
    finish=finish_notice,
    commands=("notice",),
    menu="notice_new",
    steps=[
        Choice(field="scope", prompt="notice-ask-scope", options=scope_options, columns=1),
        TextStep(
            field="targets",
            prompt="notice-ask-targets",
            max_length=300,
            check=checked_targets,
            when=lambda d: d.scope in NAMED,
        ),
        Choice(
            field="who", prompt="notice-ask-who", options=WHO, when=lambda d: d.scope != "staff"
        ),
        TextStep(
            field="text",
            prompt="notice-ask-text",
            max_length=MAX_TEXT,
            photos_to="photos",
            photos_max=MAX_PHOTOS,
        ),
        TextStep(field="other", prompt="notice-ask-other", max_length=MAX_TEXT, optional=True),
        Photos(field="photos", prompt="notice-ask-photos", max_count=MAX_PHOTOS),
        Choice(field="importance", prompt="notice-ask-importance", options=IMPORTANCE),
        Choice(field="when", prompt="notice-ask-when", options=WHEN),
        Day(
            field="day",
            prompt="notice-ask-day",
            quick=("today", "tomorrow"),
            days_ahead=60,
            when=lambda d: d.when == "later",
        ),
        Choice(
            field="at", prompt="notice-ask-time", options=SLOTS, when=lambda d: d.when == "later"
        ),
        Confirm(
            summary=notice_summary,
            editable=[
                ("targets", "notice-field-targets"),
                ("text", "notice-field-text"),
                ("other", "notice-field-other"),
                ("photos", "notice-field-photos"),
                ("when", "notice-field-when"),
            ],
        ),
    ],
)


class EmergencyDraft(BaseModel):
    """An emergency as it is raised."""

    estate_id: int
    kind: str | None = None
    scope: str | None = None
    targets: str | None = None
    place: str | None = None
    advice: str | None = None


async def begin_emergency(context: BotContext, args: dict[str, Any]) -> EmergencyDraft:
    """Any staff member of an estate."""
    estate = await context.services.notices.author_estate(context.require_viewer())
    return EmergencyDraft(estate_id=estate.id)


EMERGENCY_SCOPES = tuple(
    Option(s, SCOPE_KEYS[s]) for s in ("estate", "buildings", "grids", "units")
)


async def checked_emergency_targets(context: BotContext, draft: EmergencyDraft, value: str) -> str:
    """Codes that exist (any staff member may warn any part of the estate)."""
    audience = Audience(scope=draft.scope or "estate", targets=parse_targets(value))
    estate = await context.services.notices.author_estate(context.require_viewer())
    await context.services.emergencies.check_targets(estate, audience)
    return ", ".join(audience.targets)


def _advice(context: BotContext, draft: EmergencyDraft) -> dict[str, str]:
    if draft.advice:
        return {context.language: draft.advice}
    key = ADVICE_KEYS.get(draft.kind or "other", ADVICE_KEYS["other"])
    translator = context.services.translator
    return {lang: translator.t(lang, key) for lang in SUPPORTED_LANGUAGES}


async def emergency_summary(context: BotContext, draft: EmergencyDraft) -> str:
    """What goes out at once, to how many."""
    audience = Audience(scope=draft.scope or "estate", targets=parse_targets(draft.targets or ""))
    estate = await context.services.notices.author_estate(context.require_viewer())
    count = await context.services.emergencies.count(estate, audience)
    return context.t(
        "emergency-summary",
        kind={"key": EMERGENCY_KEYS.get(draft.kind or "other", EMERGENCY_KEYS["other"])},
        audience=text.audience(context.t, audience),
        count=count,
        place=draft.place or "-",
        advice=_advice(context, draft).get(context.language) or draft.advice or "-",
    )


async def finish_emergency(context: BotContext, draft: EmergencyDraft, token: str) -> Reply:
    """Send it now, through quiet hours; the author follows the answers."""
    viewer = context.require_viewer()
    estate = await context.services.notices.author_estate(viewer)
    form = EmergencyInput(
        kind=draft.kind or "other",
        audience=Audience(
            scope=draft.scope or "estate", targets=parse_targets(draft.targets or "")
        ),
        place=draft.place or "",
    )
    notice = await context.services.emergencies.raise_one(
        viewer, estate, form, _advice(context, draft), token
    )
    answers = await context.services.emergencies.answers(viewer, notice.id)
    return Reply(text.answers(context.t, answers), text.answers_markup(context.t, answers))


EMERGENCY = Flow(
    name="emergency_new",
    title="flow-title-emergency",
    draft=EmergencyDraft,
    begin=begin_emergency,
    finish=finish_emergency,
    commands=("emergency",),
    menu="emergency_new",
    steps=[
        Choice(field="kind", prompt="emergency-ask-kind", options=KIND_OPTIONS),
        Choice(field="scope", prompt="emergency-ask-scope", options=EMERGENCY_SCOPES, columns=1),
        TextStep(
            field="targets",
            prompt="notice-ask-targets",
            max_length=300,
            check=checked_emergency_targets,
            when=lambda d: d.scope in NAMED,
        ),
        TextStep(field="place", prompt="emergency-ask-place", max_length=200),
        TextStep(
            field="advice", prompt="emergency-ask-advice", max_length=MAX_TEXT, optional=True
        ),
        Confirm(
            summary=emergency_summary,
            editable=[
                ("kind", "emergency-field-kind"),
                ("targets", "notice-field-targets"),
                ("place", "emergency-field-place"),
                ("advice", "emergency-field-advice"),
            ],
        ),
    ],
)


class UpdateDraft(BaseModel):
    """An emergency's update or all clear."""

    notice_id: int
    clear: bool = False
    text: str | None = None


async def begin_update(context: BotContext, args: dict[str, Any]) -> UpdateDraft:
    """Staff of the estate, while the emergency is open."""
    await context.services.emergencies.check_staff(context.require_viewer(), args["notice_id"])
    return UpdateDraft(notice_id=args["notice_id"], clear=bool(args.get("clear")))


async def update_summary(context: BotContext, draft: UpdateDraft) -> str:
    """The update as it goes to the same audience."""
    return context.t(
        "emergency-update-summary", clear=1 if draft.clear else 0, text=draft.text or "-"
    )


async def finish_update(context: BotContext, draft: UpdateDraft, token: str) -> Reply:
    """Send it; the all clear closes the emergency."""
    viewer = context.require_viewer()
    count = await context.services.emergencies.update(
        viewer, draft.notice_id, draft.text or "", draft.clear, token
    )
    return Reply(context.t("emergency-update-sent", count=count, clear=1 if draft.clear else 0))


UPDATE = Flow(
    name="emergency_update",
    title="flow-title-emergency-update",
    draft=UpdateDraft,
    begin=begin_update,
    finish=finish_update,
    prompt_args=lambda context, draft: {"clear": 1 if draft.clear else 0},
    entries=[
        Entry(
            NoticeAct,
            lambda data: {"notice_id": data.notice_id, "clear": data.action == "clear"},
            when=lambda data: data.action in ("update", "clear"),
        )
    ],
    steps=[
        TextStep(field="text", prompt="emergency-ask-update", max_length=MAX_TEXT),
        Confirm(summary=update_summary),
    ],
)
FLOWS: list[Flow[Any]] = [NOTICE, EMERGENCY, UPDATE]
