"""On site, as flows: book and record the waterproof test, inspect, accept the works."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from bot.callbacks import RenovationAct
from bot.context import BotContext
from bot.errors import InvalidInput
from bot.services.fees.common import digits_of, money, parse_money, to_major
from bot.services.renovation.catalog import CHECK_KEYS, CHECKS
from bot.services.renovation.site import Acceptance, Inspection
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Option, Photos, Pick, Reply
from handlers.flow import Text as TextStep
from handlers.renovation import text

SLOTS = tuple(
    Option(at.replace(":", ""), at, literal=True) for at in ("09:00", "10:00", "14:00", "15:00")
)  # button values carry no colon: 0900
WATER_RESULTS = (
    Option("pass", "renovation-water-result-pass"),
    Option("fail", "renovation-water-result-fail"),
)
SIGN_IN = (Option("in", "renovation-sign-in"),)
CHECK_OPTIONS = tuple(Option(c, CHECK_KEYS[c]) for c in CHECKS)


def _entry(action: str) -> Entry:
    return Entry(
        RenovationAct,
        lambda data: {"renovation_id": data.renovation_id},
        when=lambda data: data.action == action,
    )


async def _card_reply(context: BotContext, renovation_id: int, key: str, **args: Any) -> Reply:
    view = await context.services.renovations.view(context.require_viewer(), renovation_id)
    body = context.t(key, number=view.loaded.renovation.number, **args)
    return Reply(
        f"{body}\n\n{text.card(context.t, context.language, view)}",
        text.card_markup(context.t, view),
    )


class WaterDraft(BaseModel):
    """The booked test: a day and a time."""

    renovation_id: int
    number: str = ""
    day: str | None = None
    at: str | None = None


async def begin_water(context: BotContext, args: dict[str, Any]) -> WaterDraft:
    """Site staff, while the permit runs and no test is booked or one failed."""
    loaded = await context.services.site.check(
        context.require_viewer(), args["renovation_id"], "permitted"
    )
    return WaterDraft(renovation_id=loaded.renovation.id, number=loaded.renovation.number)


async def water_summary(context: BotContext, draft: WaterDraft) -> str:
    """The booking as confirmed."""
    return context.t("renovation-water-summary", day=draft.day or "-", at=_hhmm(draft.at))


async def finish_water(context: BotContext, draft: WaterDraft, token: str) -> Reply:
    """Book it; the household is told."""
    start = await context.services.site.book_water(
        context.require_viewer(),
        draft.renovation_id,
        date.fromisoformat(draft.day or ""),
        _hhmm(draft.at),
        token,
    )
    del start
    return await _card_reply(
        context,
        draft.renovation_id,
        "renovation-water-booked-done",
        day=draft.day,
        at=_hhmm(draft.at),
    )


def _hhmm(value: str | None) -> str:
    """A slot's value as a time: 0900 -> 09:00."""
    digits = value or "0900"
    return f"{digits[:2]}:{digits[2:]}"


WATER = Flow(
    name="renovation_water",
    title="flow-title-renovation-water",
    draft=WaterDraft,
    begin=begin_water,
    finish=finish_water,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("water_book")],
    steps=[
        Day(
            field="day",
            prompt="renovation-ask-water-day",
            quick=("today", "tomorrow"),
            days_ahead=30,
        ),
        Choice(field="at", prompt="renovation-ask-water-time", options=SLOTS),
        Confirm(
            summary=water_summary,
            editable=[
                ("day", "renovation-field-water-day"),
                ("at", "renovation-field-water-time"),
            ],
        ),
    ],
)


class WaterResultDraft(BaseModel):
    """The test's result with its photos."""

    renovation_id: int
    number: str = ""
    result: str | None = None
    photos: list[str] = Field(default_factory=list)
    note: str | None = None


async def begin_water_result(context: BotContext, args: dict[str, Any]) -> WaterResultDraft:
    """Site staff, once a test is booked."""
    loaded = await context.services.site.check(
        context.require_viewer(), args["renovation_id"], "permitted"
    )
    return WaterResultDraft(renovation_id=loaded.renovation.id, number=loaded.renovation.number)


async def water_result_summary(context: BotContext, draft: WaterResultDraft) -> str:
    """The result as recorded."""
    return context.t(
        "renovation-water-result-summary",
        passed=1 if draft.result == "pass" else 0,
        photos=len(draft.photos),
        note=draft.note or "-",
    )


async def finish_water_result(context: BotContext, draft: WaterResultDraft, token: str) -> Reply:
    """Record it; the household is told."""
    passed = draft.result == "pass"
    await context.services.site.water_result(
        context.require_viewer(),
        draft.renovation_id,
        passed,
        draft.photos,
        draft.note or "",
        token,
    )
    return await _card_reply(
        context, draft.renovation_id, "renovation-water-recorded", passed=1 if passed else 0
    )


WATER_RESULT = Flow(
    name="renovation_water_result",
    title="flow-title-renovation-water-result",
    draft=WaterResultDraft,
    begin=begin_water_result,
    finish=finish_water_result,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("water_result")],
    steps=[
        Choice(field="result", prompt="renovation-ask-water-result", options=WATER_RESULTS),
        Photos(field="photos", prompt="renovation-ask-water-photos", min_count=1, max_count=5),
        TextStep(field="note", prompt="renovation-ask-note", max_length=500, optional=True),
        Confirm(summary=water_result_summary, editable=[("result", "renovation-field-result")]),
    ],
)


class InspectDraft(BaseModel):
    """An inspection visit as it is recorded."""

    renovation_id: int
    number: str = ""
    opened_at: str = ""
    signin: str | None = None
    problems: list[str] = Field(default_factory=list)
    photos: list[str] = Field(default_factory=list)
    note: str | None = None
    fix_by: str | None = None


async def begin_inspect(context: BotContext, args: dict[str, Any]) -> InspectDraft:
    """Site staff, while the works run."""
    loaded = await context.services.site.check(
        context.require_viewer(), args["renovation_id"], "permitted"
    )
    return InspectDraft(
        renovation_id=loaded.renovation.id,
        number=loaded.renovation.number,
        opened_at=context.services.clock.now().isoformat(),
    )


async def inspect_summary(context: BotContext, draft: InspectDraft) -> str:
    """The visit as recorded."""
    problems = [context.t(CHECK_KEYS[p]) for p in draft.problems]
    return context.t(
        "renovation-inspect-summary",
        count=len(problems),
        problems="\n".join(f"• {p}" for p in problems) or "-",
        photos=len(draft.photos),
        note=draft.note or "-",
        fix_by=draft.fix_by or "-",
    )


async def finish_inspect(context: BotContext, draft: InspectDraft, token: str) -> Reply:
    """Record it (巡检签到 and 装修巡检记录); a problem goes to the household."""
    visit = Inspection(
        signed_in_at=datetime.fromisoformat(draft.opened_at),
        problems=draft.problems,
        photos=draft.photos,
        note=draft.note or "",
        fix_by=date.fromisoformat(draft.fix_by) if draft.fix_by else None,
    )
    await context.services.site.inspect(
        context.require_viewer(), draft.renovation_id, visit, token
    )
    return await _card_reply(
        context, draft.renovation_id, "renovation-inspected", problems=len(draft.problems)
    )


INSPECT = Flow(
    name="renovation_inspect",
    title="flow-title-renovation-inspect",
    draft=InspectDraft,
    begin=begin_inspect,
    finish=finish_inspect,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[_entry("inspect")],
    steps=[
        Choice(field="signin", prompt="renovation-ask-sign-in", options=SIGN_IN, columns=1),
        Pick(
            field="problems",
            prompt="renovation-ask-problems",
            options=CHECK_OPTIONS,
            min_count=0,
            columns=1,
        ),
        Photos(field="photos", prompt="renovation-ask-inspect-photos", min_count=1, max_count=5),
        TextStep(field="note", prompt="renovation-ask-note", max_length=500, optional=True),
        Day(
            field="fix_by",
            prompt="renovation-ask-fix-by",
            quick=("tomorrow", "friday"),
            days_ahead=60,
            when=lambda d: bool(d.problems),
        ),
        Confirm(
            summary=inspect_summary,
            editable=[
                ("problems", "renovation-field-problems"),
                ("photos", "renovation-field-photos"),
                ("note", "renovation-field-note"),
                ("fix_by", "renovation-field-fix-by"),
            ],
        ),
    ],
)


class AcceptDraft(BaseModel):
    """The acceptance as it is recorded."""

    renovation_id: int
    number: str = ""
    fixing: bool = False
    currency: str = "CNY"
    deposit: str = "0"
    returnables: list[list[str]] = Field(default_factory=list)  # [value, label]
    result: str | None = None
    returned: list[str] = Field(default_factory=list)
    problems: str | None = None
    fix_by: str | None = None
    deduction: str | None = None
    reason: str | None = None
    photos: list[str] = Field(default_factory=list)


async def begin_accept(context: BotContext, args: dict[str, Any]) -> AcceptDraft:
    """Site staff, once the works are reported finished; what can be handed back."""
    viewer = context.require_viewer()
    loaded = await context.services.site.check(
        viewer, args["renovation_id"], "completed", "fixing"
    )
    view = await context.services.renovations.view(viewer, loaded.renovation.id)
    deposit = next((b for b in view.bills if b.fee_type.startswith("renovation_deposit#")), None)
    digits = digits_of(loaded.estate.currency)
    returnables = [["permit", context.t("renovation-returned-permit")]]
    returnables += [
        [f"w{w.id}", context.t("renovation-returned-pass", name=w.name)]
        for w in view.workers
        if w.state in ("active", "suspended")
    ]
    return AcceptDraft(
        renovation_id=loaded.renovation.id,
        number=loaded.renovation.number,
        fixing=loaded.renovation.state == "fixing",
        currency=loaded.estate.currency,
        deposit=str(to_major(deposit.paid_minor if deposit else 0, digits)),
        returnables=returnables,
        returned=[value for value, _label in returnables],
    )


async def result_options(context: BotContext, draft: AcceptDraft) -> list[Option]:
    """Passed, problems to fix, and (after the deadline of a fix) a deduction."""
    found = [
        Option("pass", "renovation-accept-pass"),
        Option("problems", "renovation-accept-problems-option"),
    ]
    if draft.fixing:
        found.append(Option("deduct", "renovation-accept-deduct"))
    return found


async def returnable_options(context: BotContext, draft: AcceptDraft) -> list[Option]:
    """The permit and each pass, marked when handed back."""
    return [Option(value, label, literal=True) for value, label in draft.returnables]


async def checked_deduction(context: BotContext, draft: AcceptDraft, value: str) -> str:
    """An amount above zero and at most the deposit held, or re-ask."""
    digits = digits_of(draft.currency)
    held = parse_money(draft.deposit, digits)
    try:
        amount = parse_money(value.replace("¥", "").replace(",", "").strip(), digits)
    except ValueError as error:
        raise InvalidInput("renovation-bad-deduction", most=money(held, draft.currency)) from error
    if not 0 < amount <= held:
        raise InvalidInput("renovation-bad-deduction", most=money(held, draft.currency))
    return str(to_major(amount, digits))


def _closing(draft: AcceptDraft) -> bool:
    return draft.result in ("pass", "deduct")


async def accept_summary(context: BotContext, draft: AcceptDraft) -> str:
    """The acceptance as recorded."""
    labels = {value: label for value, label in draft.returnables}
    deduction = parse_money(draft.deduction or "0", digits_of(draft.currency))
    return context.t(
        "renovation-accept-summary",
        result={"key": _RESULT_KEYS.get(draft.result or "pass", "renovation-accept-pass")},
        returned=context.t("flow-list-separator").join(
            labels[v] for v in draft.returned if v in labels
        )
        or "-",
        problems=draft.problems or "-",
        fix_by=draft.fix_by or "-",
        deduction=money(deduction, draft.currency),
        reason=draft.reason or "-",
        closing=1 if _closing(draft) else 0,
    )


_RESULT_KEYS = {
    "pass": "renovation-accept-pass",
    "problems": "renovation-accept-problems-option",
    "deduct": "renovation-accept-deduct",
}


async def finish_accept(context: BotContext, draft: AcceptDraft, token: str) -> Reply:
    """Record it: closed with the refunds, or the problems to fix."""
    digits = digits_of(draft.currency)
    result = Acceptance(
        result=draft.result or "pass",
        returned=draft.returned if _closing(draft) else [],
        problems=draft.problems or "",
        fix_by=date.fromisoformat(draft.fix_by) if draft.fix_by else None,
        photos=draft.photos,
        deduction_minor=parse_money(draft.deduction or "0", digits)
        if draft.result == "deduct"
        else 0,
        reason=draft.reason or "",
    )
    state = await context.services.site.accept(
        context.require_viewer(), draft.renovation_id, result, token
    )
    return await _card_reply(
        context, draft.renovation_id, "renovation-accepted", closed=1 if state == "closed" else 0
    )


ACCEPT = Flow(
    name="renovation_accept",
    title="flow-title-renovation-accept",
    draft=AcceptDraft,
    begin=begin_accept,
    finish=finish_accept,
    prompt_args=lambda context, draft: {
        "number": draft.number,
        "deposit": money(parse_money(draft.deposit, digits_of(draft.currency)), draft.currency),
    },
    entries=[_entry("accept")],
    steps=[
        Choice(field="result", prompt="renovation-ask-accept", options=result_options, columns=1),
        TextStep(
            field="problems",
            prompt="renovation-ask-accept-problems",
            max_length=1000,
            when=lambda d: d.result == "problems",
        ),
        Day(
            field="fix_by",
            prompt="renovation-ask-fix-by",
            quick=("tomorrow", "friday"),
            days_ahead=60,
            when=lambda d: d.result == "problems",
        ),
        TextStep(
            field="deduction",
            prompt="renovation-ask-deduction",
            max_length=20,
            check=checked_deduction,
            when=lambda d: d.result == "deduct",
        ),
        TextStep(
            field="reason",
            prompt="renovation-ask-deduction-reason",
            max_length=500,
            when=lambda d: d.result == "deduct",
        ),
        Pick(
            field="returned",
            prompt="renovation-ask-returned",
            options=returnable_options,
            min_count=0,
            columns=1,
            when=_closing,
        ),
        Photos(field="photos", prompt="renovation-ask-accept-photos", min_count=1, max_count=5),
        Confirm(
            summary=accept_summary,
            editable=[
                ("result", "renovation-field-result"),
                ("returned", "renovation-field-returned"),
                ("deduction", "renovation-field-deduction"),
            ],
        ),
    ],
)
FLOWS: list[Flow[Any]] = [WATER, WATER_RESULT, INSPECT, ACCEPT]
