"""The handler's steps as flows: the notice, the re-inspection (and measures), compensation,
escalation; a printed notice's delivery; the follow-up after closing."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from bot.callbacks import ViolationAct
from bot.context import BotContext
from bot.errors import InvalidInput
from bot.services.fees.common import digits_of, money, parse_money
from bot.services.violations.catalog import (
    ESCALATION_KEYS,
    ESCALATIONS,
    MEASURE_KEYS,
    MEASURES,
    RULE_KEYS,
)
from bot.services.violations.ladder import CheckInput, EscalationInput, LossInput, NoticeInput
from bot.services.violations.recording import MAX_PHOTOS
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Option, Photos, Pick, Reply
from handlers.flow import Text as TextStep
from handlers.violations import text

MAX_TEXT = 1000
CHECK_KEYS = {
    "fixed": "violation-check-fixed",
    "not_fixed": "violation-check-not-fixed",
    "dismissed": "violation-check-dismissed",
}
ESCALATION_OPTIONS = tuple(Option(e, ESCALATION_KEYS[e]) for e in ESCALATIONS)
KEEP_DEADLINE = "keep"


def _entry(action: str) -> Entry:
    return Entry(
        ViolationAct,
        lambda data: {"violation_id": data.violation_id},
        when=lambda data: data.action == action,
    )


async def _card_reply(context: BotContext, violation_id: int, key: str, **args: Any) -> Reply:
    view = await context.services.violations.view(context.require_viewer(), violation_id)
    body = context.t(key, number=view.loaded.violation.number, **args)
    return Reply(
        f"{body}\n\n{text.card(context.t, context.language, view)}",
        text.card_markup(context.t, view),
    )


class NoticeDraft(BaseModel):
    """The 违章处理通知单 as it is written."""

    violation_id: int
    number: str = ""
    estate_id: int = 0
    category: str = "other"
    has_unit: bool = False
    unit: str | None = None
    facts: str | None = None
    rule: str | None = None
    remedy: str | None = None
    deadline: str | None = None


async def begin_notice(context: BotContext, args: dict[str, Any]) -> NoticeDraft:
    """The handler, on an open case; the facts recorded so far come along."""
    loaded = await context.services.violation_ladder.check_handler(
        context.require_viewer(), args["violation_id"]
    )
    v = loaded.violation
    return NoticeDraft(
        violation_id=v.id,
        number=v.number,
        estate_id=loaded.estate.id,
        category=v.category,
        has_unit=loaded.unit is not None,
        facts=v.facts or None,
    )


async def checked_unit(context: BotContext, draft: NoticeDraft, value: str) -> str:
    """A unit of the estate, by its code."""
    viewer = context.require_viewer()
    await context.services.violations.unit_by_code(viewer, draft.estate_id, value)
    return value.strip()


async def notice_summary(context: BotContext, draft: NoticeDraft) -> str:
    """The notice as the household will read it."""
    return context.t(
        "violation-notice-summary",
        unit=draft.unit or "-",
        facts=draft.facts or "-",
        rule=draft.rule or context.t(RULE_KEYS.get(draft.category, RULE_KEYS["other"])),
        remedy=draft.remedy or "-",
        deadline=draft.deadline or "-",
    )


async def finish_notice(context: BotContext, draft: NoticeDraft, token: str) -> Reply:
    """Issue it: to the bound residents, or printed when none is bound."""
    viewer = context.require_viewer()
    unit_id = (
        await context.services.violations.unit_by_code(viewer, draft.estate_id, draft.unit)
        if draft.unit
        else None
    )
    form = NoticeInput(
        unit_id=unit_id,
        facts=draft.facts or "",
        rule=draft.rule or "",
        remedy=draft.remedy or "",
        deadline=date.fromisoformat(draft.deadline or ""),
    )
    sent = await context.services.violation_ladder.notice(viewer, draft.violation_id, form, token)
    return await _card_reply(context, draft.violation_id, "violation-notice-issued", sent=sent)


NOTICE = Flow(
    name="violation_notice",
    title="flow-title-violation-notice",
    draft=NoticeDraft,
    begin=begin_notice,
    finish=finish_notice,
    prompt_args=lambda context, draft: {"number": draft.number},
    prefilled=lambda draft: ["facts"] if draft.facts else [],
    entries=[_entry("notice")],
    steps=[
        TextStep(
            field="unit",
            prompt="violation-ask-notice-unit",
            max_length=40,
            check=checked_unit,
            when=lambda d: not d.has_unit,
        ),
        TextStep(field="facts", prompt="violation-ask-notice-facts", max_length=MAX_TEXT),
        TextStep(field="rule", prompt="violation-ask-rule", max_length=MAX_TEXT, optional=True),
        TextStep(field="remedy", prompt="violation-ask-remedy", max_length=MAX_TEXT),
        Day(
            field="deadline",
            prompt="violation-ask-deadline",
            quick=("tomorrow", "friday", "month_end"),
            days_ahead=90,
        ),
        Confirm(
            summary=notice_summary,
            editable=[
                ("facts", "violation-field-facts"),
                ("rule", "violation-field-rule"),
                ("remedy", "violation-field-remedy"),
                ("deadline", "violation-field-deadline"),
            ],
        ),
    ],
)


class CheckDraft(BaseModel):
    """The re-inspection as it is recorded."""

    violation_id: int
    number: str = ""
    renovation: bool = False
    noticed: bool = False
    result: str | None = None
    measures: list[str] = Field(default_factory=list)
    other: str | None = None
    deadline: str | None = None
    note: str | None = None
    photos: list[str] = Field(default_factory=list)


async def begin_check(context: BotContext, args: dict[str, Any]) -> CheckDraft:
    """The handler, on an open case."""
    loaded = await context.services.violation_ladder.check_handler(
        context.require_viewer(), args["violation_id"]
    )
    v = loaded.violation
    return CheckDraft(
        violation_id=v.id,
        number=v.number,
        renovation=v.renovation_id is not None,
        noticed=v.notice_state != "none",
    )


async def result_options(context: BotContext, draft: CheckDraft) -> list[Option]:
    """Fixed, not fixed; before any notice also unfounded (a report that proved wrong)."""
    found = [Option("fixed", CHECK_KEYS["fixed"]), Option("not_fixed", CHECK_KEYS["not_fixed"])]
    if not draft.noticed:
        found.append(Option("dismissed", CHECK_KEYS["dismissed"]))
    return found


async def measure_options(context: BotContext, draft: CheckDraft) -> list[Option]:
    """The material's measures; stopping workers' passes only for a renovation."""
    return [
        Option(m, MEASURE_KEYS[m]) for m in MEASURES if m != "suspend_passes" or draft.renovation
    ]


async def check_summary(context: BotContext, draft: CheckDraft) -> str:
    """The re-inspection as recorded."""
    measures = [context.t(MEASURE_KEYS[m]) for m in draft.measures if m != "other"]
    if "other" in draft.measures and draft.other:
        measures.append(draft.other)
    text = context.t(
        "violation-check-summary",
        result={"key": CHECK_KEYS.get(draft.result or "fixed", CHECK_KEYS["fixed"])},
        note=draft.note or "-",
        photos=len(draft.photos),
    )
    if not _not_fixed(draft):
        return text
    line = context.t(
        "violation-check-measures",
        measures=context.t("flow-list-separator").join(measures) or "-",
        deadline=draft.deadline or "-",
    )
    return f"{text}\n{line}"


def _not_fixed(draft: CheckDraft) -> bool:
    return draft.result == "not_fixed"


async def finish_check(context: BotContext, draft: CheckDraft, token: str) -> Reply:
    """Record it: closed, or the measures taken and the new deadline."""
    form = CheckInput(
        result=draft.result or "fixed",
        note=draft.note or "",
        photos=draft.photos,
        measures=draft.measures if _not_fixed(draft) else [],
        other=draft.other or "",
        deadline=date.fromisoformat(draft.deadline)
        if draft.deadline and _not_fixed(draft)
        else None,
    )
    result = await context.services.violation_ladder.check(
        context.require_viewer(), draft.violation_id, form, token
    )
    return await _card_reply(
        context, draft.violation_id, "violation-checked", closed=0 if result == "measures" else 1
    )


CHECK = Flow(
    name="violation_check",
    title="flow-title-violation-check",
    draft=CheckDraft,
    begin=begin_check,
    finish=finish_check,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("check")],
    steps=[
        Choice(field="result", prompt="violation-ask-check", options=result_options, columns=1),
        Pick(
            field="measures",
            prompt="violation-ask-measures",
            options=measure_options,
            min_count=0,
            columns=1,
            when=_not_fixed,
        ),
        TextStep(
            field="other",
            prompt="violation-ask-other-measure",
            max_length=MAX_TEXT,
            when=lambda d: _not_fixed(d) and "other" in d.measures,
        ),
        Day(
            field="deadline",
            prompt="violation-ask-new-deadline",
            quick=("tomorrow", "friday", "month_end"),
            days_ahead=90,
            optional=True,
            when=_not_fixed,
        ),
        TextStep(
            field="note",
            prompt="violation-ask-check-note",
            max_length=MAX_TEXT,
            optional=True,
            photos_to="photos",
            photos_max=MAX_PHOTOS,
        ),
        Photos(field="photos", prompt="violation-ask-check-photos", max_count=MAX_PHOTOS),
        Confirm(
            summary=check_summary,
            editable=[
                ("result", "violation-field-result"),
                ("measures", "violation-field-measures"),
                ("deadline", "violation-field-deadline"),
                ("note", "violation-field-note"),
            ],
        ),
    ],
)


class LossDraft(BaseModel):
    """赔偿经济损失 as it is recorded."""

    violation_id: int
    number: str = ""
    currency: str = "CNY"
    loss: str | None = None
    amount: str | None = None
    photos: list[str] = Field(default_factory=list)


async def begin_loss(context: BotContext, args: dict[str, Any]) -> LossDraft:
    """The handler, on an open case of a known household with no compensation yet."""
    loaded = await context.services.violation_ladder.check_handler(
        context.require_viewer(), args["violation_id"]
    )
    v = loaded.violation
    if v.unit_id is None:
        raise InvalidInput("violation-need-unit")
    if v.pending:
        raise InvalidInput("violation-pending-first")
    if v.bill_id is not None:
        raise InvalidInput("violation-loss-billed")
    return LossDraft(violation_id=v.id, number=v.number, currency=loaded.estate.currency)


async def checked_amount(context: BotContext, draft: LossDraft, value: str) -> str:
    """An amount above zero, in the estate's currency."""
    digits = digits_of(draft.currency)
    try:
        amount = parse_money(value.replace("¥", "").replace(",", "").strip(), digits)
    except ValueError as error:
        raise InvalidInput("violation-bad-amount") from error
    if amount <= 0:
        raise InvalidInput("violation-bad-amount")
    return str(amount)


async def loss_summary(context: BotContext, draft: LossDraft) -> str:
    """The compensation as it goes for confirmation."""
    return context.t(
        "violation-loss-summary",
        loss=draft.loss or "-",
        amount=money(int(draft.amount or 0), draft.currency),
        photos=len(draft.photos),
    )


async def finish_loss(context: BotContext, draft: LossDraft, token: str) -> Reply:
    """Record it; a manager confirms before it becomes a bill."""
    form = LossInput(
        loss=draft.loss or "", amount_minor=int(draft.amount or 0), photos=draft.photos
    )
    await context.services.violation_ladder.ask_loss(
        context.require_viewer(), draft.violation_id, form, token
    )
    return await _card_reply(context, draft.violation_id, "violation-asked", action=0)


LOSS = Flow(
    name="violation_loss",
    title="flow-title-violation-loss",
    draft=LossDraft,
    begin=begin_loss,
    finish=finish_loss,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("loss")],
    steps=[
        TextStep(
            field="loss",
            prompt="violation-ask-loss",
            max_length=MAX_TEXT,
            photos_to="photos",
            photos_max=MAX_PHOTOS,
        ),
        TextStep(
            field="amount", prompt="violation-ask-amount", max_length=20, check=checked_amount
        ),
        Photos(field="photos", prompt="violation-ask-loss-photos", max_count=MAX_PHOTOS),
        Confirm(
            summary=loss_summary,
            editable=[("loss", "violation-field-loss"), ("amount", "violation-field-amount")],
        ),
    ],
)


class EscalateDraft(BaseModel):
    """上报主管部门 / 律师函 / 诉讼 as it is recorded."""

    violation_id: int
    number: str = ""
    kind: str | None = None
    body: str | None = None
    reference: str | None = None
    day: str | None = None


async def begin_escalate(context: BotContext, args: dict[str, Any]) -> EscalateDraft:
    """The handler, on an open case with nothing waiting for confirmation."""
    loaded = await context.services.violation_ladder.check_handler(
        context.require_viewer(), args["violation_id"]
    )
    if loaded.violation.pending:
        raise InvalidInput("violation-pending-first")
    return EscalateDraft(violation_id=loaded.violation.id, number=loaded.violation.number)


async def escalate_summary(context: BotContext, draft: EscalateDraft) -> str:
    """The escalation as it goes for confirmation."""
    return context.t(
        "violation-escalate-summary",
        escalation={"key": ESCALATION_KEYS.get(draft.kind or "", ESCALATION_KEYS["authority"])},
        body=draft.body or "-",
        reference=draft.reference or "-",
        day=draft.day or "-",
    )


async def finish_escalate(context: BotContext, draft: EscalateDraft, token: str) -> Reply:
    """Record it; a manager confirms."""
    form = EscalationInput(
        kind=draft.kind or "authority",
        body=draft.body or "",
        reference=draft.reference or "",
        day=date.fromisoformat(draft.day or ""),
    )
    await context.services.violation_ladder.ask_escalation(
        context.require_viewer(), draft.violation_id, form, token
    )
    return await _card_reply(context, draft.violation_id, "violation-asked", action=1)


ESCALATE = Flow(
    name="violation_escalate",
    title="flow-title-violation-escalate",
    draft=EscalateDraft,
    begin=begin_escalate,
    finish=finish_escalate,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("escalate")],
    steps=[
        Choice(field="kind", prompt="violation-ask-escalation", options=ESCALATION_OPTIONS),
        TextStep(field="body", prompt="violation-ask-body", max_length=200),
        TextStep(field="reference", prompt="violation-ask-reference", max_length=200),
        Day(
            field="day",
            prompt="violation-ask-escalation-day",
            quick=("today", "tomorrow"),
            days_ahead=90,
        ),
        Confirm(
            summary=escalate_summary,
            editable=[
                ("kind", "violation-field-escalation"),
                ("body", "violation-field-body"),
                ("reference", "violation-field-reference"),
                ("day", "violation-field-day"),
            ],
        ),
    ],
)


class DeliverDraft(BaseModel):
    """A printed notice handed over: a photo of it signed."""

    violation_id: int
    number: str = ""
    photos: list[str] = Field(default_factory=list)
    note: str | None = None


async def begin_deliver(context: BotContext, args: dict[str, Any]) -> DeliverDraft:
    """The handler or the grid's staff, for a printed notice."""
    loaded = await context.services.violation_ladder.check_assist(
        context.require_viewer(), args["violation_id"]
    )
    if loaded.violation.notice_state != "printed":
        raise InvalidInput("violation-not-printed")
    return DeliverDraft(violation_id=loaded.violation.id, number=loaded.violation.number)


async def deliver_summary(context: BotContext, draft: DeliverDraft) -> str:
    """The delivery as recorded."""
    return context.t("violation-deliver-summary", photos=len(draft.photos), note=draft.note or "-")


async def finish_deliver(context: BotContext, draft: DeliverDraft, token: str) -> Reply:
    """Record the delivery."""
    await context.services.violation_ladder.delivered(
        context.require_viewer(), draft.violation_id, draft.photos, draft.note or "", token
    )
    return await _card_reply(context, draft.violation_id, "violation-delivered")


DELIVER = Flow(
    name="violation_deliver",
    title="flow-title-violation-deliver",
    draft=DeliverDraft,
    begin=begin_deliver,
    finish=finish_deliver,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("deliver")],
    steps=[
        Photos(field="photos", prompt="violation-ask-deliver-photos", min_count=1, max_count=3),
        TextStep(field="note", prompt="violation-ask-deliver-note", max_length=500, optional=True),
        Confirm(summary=deliver_summary),
    ],
)


class FollowUpDraft(BaseModel):
    """The follow-up call or visit after closing."""

    violation_id: int
    number: str = ""
    note: str | None = None


async def begin_followup(context: BotContext, args: dict[str, Any]) -> FollowUpDraft:
    """The handler or the grid's staff, on a closed case."""
    loaded = await context.services.violation_ladder.check_assist(
        context.require_viewer(), args["violation_id"]
    )
    if loaded.violation.state != "closed":
        raise InvalidInput("violation-followup-not-now")
    return FollowUpDraft(violation_id=loaded.violation.id, number=loaded.violation.number)


async def followup_summary(context: BotContext, draft: FollowUpDraft) -> str:
    """The follow-up as recorded."""
    return context.t("violation-followup-summary", note=draft.note or "-")


async def finish_followup(context: BotContext, draft: FollowUpDraft, token: str) -> Reply:
    """Record it."""
    await context.services.violation_ladder.follow_up(
        context.require_viewer(), draft.violation_id, draft.note or "", token
    )
    return await _card_reply(context, draft.violation_id, "violation-followed-up")


FOLLOW_UP = Flow(
    name="violation_followup",
    title="flow-title-violation-followup",
    draft=FollowUpDraft,
    begin=begin_followup,
    finish=finish_followup,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("followup")],
    steps=[
        TextStep(field="note", prompt="violation-ask-followup", max_length=MAX_TEXT),
        Confirm(summary=followup_summary),
    ],
)
FLOWS: list[Flow[Any]] = [NOTICE, CHECK, LOSS, ESCALATE, DELIVER, FOLLOW_UP]
