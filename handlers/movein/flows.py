"""The butler's move-in steps as flows: start one, 验明身份 (photos), 缴纳费用 (prepaid months),
领取钥匙 (the keys, one per line), 验房 (meters and each room's problems)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field, create_model

from bot.callbacks import MoveInAct
from bot.context import BotContext
from bot.errors import InvalidInput
from bot.services.movein.handover import MAX_KEYS, KeyInput, ProblemInput
from bot.services.movein.service import MoveInView
from bot.services.tickets.push import CATEGORY_KEYS
from handlers.flow import Choice, Confirm, Entry, Flow, Number, Option, Photos, Reply
from handlers.flow import Text as TextStep
from handlers.flow.steps import Step
from handlers.movein import text

HOW = (Option("owner", "movein-how-owner"), Option("agent", "movein-how-agent"))
MONTHS = tuple(Option(str(n), "movein-months", {"count": n}) for n in (0, 1, 3, 6, 12))
CATEGORIES = tuple(Option(c, key) for c, key in CATEGORY_KEYS.items())
MORE = (Option("yes", "movein-problem-yes"), Option("no", "movein-problem-no"))
PROBLEM_SLOTS = 5
KEY_LINE = re.compile(r"^(.*?)[\s×xX*]*(\d{1,2})?\s*[把个枚张]?$")


async def _card(context: BotContext, movein_id: int, note: str = "") -> Reply:
    view = await context.services.moveins.view(context.require_viewer(), movein_id)
    is_owner = view.loaded.movein.owner_account_id == context.require_viewer().account.id
    body = text.card(context.t, view, context.zone())
    return Reply(f"{note}\n\n{body}" if note else body, text.markup(context.t, view, is_owner))


def _entry(action: str) -> list[Entry]:
    return [
        Entry(
            MoveInAct,
            lambda data: {"movein_id": data.movein_id},
            when=lambda data, action=action: data.action == action,  # type: ignore[misc]
        )
    ]


class NewDraft(BaseModel):
    """A move-in as it is started."""

    unit: str | None = None
    owner: str | None = None
    how: str | None = None


async def begin_new(context: BotContext, args: dict[str, Any]) -> NewDraft:
    """Staff only."""
    if not context.require_viewer().staff:
        raise InvalidInput("movein-staff-only")
    return NewDraft()


async def checked_unit(context: BotContext, draft: Any, value: str) -> str:
    """A unit of the butler's grids, with no owner bound and no move-in open."""
    return await context.services.moveins.check_unit(context.require_viewer(), value)


async def new_summary(context: BotContext, draft: NewDraft) -> str:
    """The move-in about to start."""
    return context.t(
        "movein-new-summary",
        unit=draft.unit or "-",
        owner=draft.owner or "-",
        agent=1 if draft.how == "agent" else 0,
    )


async def finish_new(context: BotContext, draft: NewDraft, token: str) -> Reply:
    """Start it; the butler gets the owner's code to hand over."""
    movein, code = await context.services.moveins.start(
        context.require_viewer(), draft.unit or "", draft.owner or "", draft.how == "agent", token
    )
    link = await context.services.invites.deep_link(code) if code else None
    note = context.t("movein-started", code=code or "-", link=link or "-")
    return await _card(context, movein.id, note)


NEW = Flow(
    name="movein_new",
    title="flow-title-movein",
    draft=NewDraft,
    begin=begin_new,
    finish=finish_new,
    menu="movein_new",
    steps=[
        TextStep(field="unit", prompt="movein-ask-unit", max_length=64, check=checked_unit),
        TextStep(field="owner", prompt="movein-ask-owner", max_length=100),
        Choice(field="how", prompt="movein-ask-how", options=HOW, columns=1),
        Confirm(summary=new_summary),
    ],
)


class IdentityDraft(BaseModel):
    """The identity photos (验明身份)."""

    movein_id: int
    by_agent: bool = False
    notice: list[str] = Field(default_factory=list)
    contract: list[str] = Field(default_factory=list)
    id: list[str] = Field(default_factory=list)
    authorisation: list[str] = Field(default_factory=list)
    agent_id: list[str] = Field(default_factory=list)


async def _at_step(
    context: BotContext, args: dict[str, Any], step: str, done: bool = False
) -> MoveInView:
    """The move-in for its staff, at a step whose work is not `done` yet."""
    view = await context.services.moveins.view(context.require_viewer(), args["movein_id"])
    if not view.staff or view.loaded.movein.step != step or done:
        raise InvalidInput("movein-wrong-step-now")
    return view


async def begin_identity(context: BotContext, args: dict[str, Any]) -> IdentityDraft:
    """The unit's staff, at the identity step."""
    view = await _at_step(context, args, "identity")
    return IdentityDraft(movein_id=view.loaded.movein.id, by_agent=view.loaded.movein.by_agent)


async def finish_identity(context: BotContext, draft: IdentityDraft, token: str) -> Reply:
    """Keep the photos; on to the documents."""
    kinds = ("authorisation", "agent_id") if draft.by_agent else ("notice", "contract", "id")
    photos = {kind: getattr(draft, kind) for kind in kinds}
    await context.services.moveins.identity(
        context.require_viewer(), draft.movein_id, photos, token
    )
    return await _card(context, draft.movein_id, context.t("movein-identity-done"))


def _owner(draft: IdentityDraft) -> bool:
    return not draft.by_agent


def _agent(draft: IdentityDraft) -> bool:
    return draft.by_agent


IDENTITY = Flow(
    name="movein_identity",
    title="flow-title-movein-identity",
    draft=IdentityDraft,
    begin=begin_identity,
    finish=finish_identity,
    entries=_entry("id"),
    steps=[
        Photos(field="notice", prompt="movein-ask-notice", max_count=2, min_count=1, when=_owner),
        Photos(
            field="contract", prompt="movein-ask-contract", max_count=5, min_count=1, when=_owner
        ),
        Photos(field="id", prompt="movein-ask-id", max_count=2, min_count=1, when=_owner),
        Photos(
            field="authorisation",
            prompt="movein-ask-authorisation",
            max_count=3,
            min_count=1,
            when=_agent,
        ),
        Photos(
            field="agent_id", prompt="movein-ask-agent-id", max_count=2, min_count=1, when=_agent
        ),
    ],
)


class FeesDraft(BaseModel):
    """The prepaid property fee."""

    movein_id: int
    months: str | None = None
    monthly: str | None = None


async def begin_fees(context: BotContext, args: dict[str, Any]) -> FeesDraft:
    """The unit's staff, at the fees step."""
    view = await _at_step(context, args, "fees")
    if view.bills:
        raise InvalidInput("movein-wrong-step-now")
    return FeesDraft(movein_id=view.loaded.movein.id)


async def finish_fees(context: BotContext, draft: FeesDraft, token: str) -> Reply:
    """Bill them; the card offers "paid at the office"."""
    months = int(draft.months or 0)
    monthly = Decimal(draft.monthly or "0")
    await context.services.movein_fees.bill_fees(
        context.require_viewer(), draft.movein_id, months, monthly, token
    )
    return await _card(context, draft.movein_id)


FEES = Flow(
    name="movein_fees",
    title="flow-title-movein-fees",
    draft=FeesDraft,
    begin=begin_fees,
    finish=finish_fees,
    entries=_entry("fees"),
    steps=[
        Choice(field="months", prompt="movein-ask-months", options=MONTHS, columns=5),
        Number(
            field="monthly",
            prompt="movein-ask-monthly",
            minimum=Decimal("0.01"),
            maximum=Decimal(100000),
            decimals=2,
            when=lambda d: d.months not in (None, "0"),
        ),
    ],
)


class KeysDraft(BaseModel):
    """The keys handed over, one per line."""

    movein_id: int
    keys: str | None = None


async def begin_keys(context: BotContext, args: dict[str, Any]) -> KeysDraft:
    """The unit's staff, at the keys step."""
    view = await _at_step(context, args, "keys")
    if view.keys:
        raise InvalidInput("movein-wrong-step-now")
    return KeysDraft(movein_id=view.loaded.movein.id)


def parse_keys(value: str) -> list[KeyInput]:
    """Lines such as "入户门钥匙 3", "Mailbox key x2" or "车库遥控器" (one)."""
    found = []
    for line in value.splitlines():
        match = KEY_LINE.match(line.strip())
        if match is None or not re.search(r"\w", match.group(1)):
            continue  # a key needs a name: letters or characters, not just signs
        found.append(KeyInput(name=match.group(1).strip(), count=int(match.group(2) or 1)))
    return found


async def checked_keys(context: BotContext, draft: Any, value: str) -> str:
    """At least one key line, each with a name and at most 20 of it."""
    keys = parse_keys(value)
    if not 1 <= len(keys) <= MAX_KEYS or any(not 1 <= k.count <= 20 for k in keys):
        raise InvalidInput("movein-bad-keys", most=MAX_KEYS)
    return "\n".join(f"{k.name} {k.count}" for k in keys)


async def finish_keys(context: BotContext, draft: KeysDraft, token: str) -> Reply:
    """Record them; the owner is asked to confirm."""
    await context.services.movein_handover.hand_keys(
        context.require_viewer(), draft.movein_id, parse_keys(draft.keys or ""), token
    )
    return await _card(context, draft.movein_id, context.t("movein-keys-recorded"))


KEYS = Flow(
    name="movein_keys",
    title="flow-title-movein-keys",
    draft=KeysDraft,
    begin=begin_keys,
    finish=finish_keys,
    entries=_entry("keys"),
    steps=[TextStep(field="keys", prompt="movein-ask-keys", max_length=800, check=checked_keys)],
)


def _slot_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for n in range(PROBLEM_SLOTS):
        fields[f"more{n}"] = (str | None, None)
        fields[f"room{n}"] = (str | None, None)
        fields[f"cat{n}"] = (str | None, None)
        fields[f"text{n}"] = (str | None, None)
        fields[f"photos{n}"] = (list[str], Field(default_factory=list))
    return fields


InspectDraft = create_model(
    "InspectDraft",
    movein_id=(int, ...),
    water=(str | None, None),
    power=(str | None, None),
    gas=(str | None, None),
    **_slot_fields(),
)


def _wants(n: int) -> Any:
    def applies(draft: Any) -> bool:
        earlier = all(getattr(draft, f"more{i}") == "yes" for i in range(n))
        return earlier and getattr(draft, f"more{n}") == "yes"

    return applies


def _asks(n: int) -> Any:
    return lambda draft: all(getattr(draft, f"more{i}") == "yes" for i in range(n))


def _problem_steps() -> list[Step]:
    steps: list[Step] = []
    for n in range(PROBLEM_SLOTS):
        prompt = "movein-ask-problem" if n == 0 else "movein-ask-another-problem"
        steps += [
            Choice(field=f"more{n}", prompt=prompt, options=MORE, when=_asks(n)),
            TextStep(field=f"room{n}", prompt="movein-ask-room", max_length=60, when=_wants(n)),
            Choice(
                field=f"cat{n}", prompt="movein-ask-category", options=CATEGORIES, when=_wants(n)
            ),
            TextStep(
                field=f"text{n}",
                prompt="movein-ask-problem-text",
                max_length=900,
                photos_to=f"photos{n}",
                photos_max=5,
                when=_wants(n),
            ),
        ]
    return steps


def _problems(draft: Any) -> list[ProblemInput]:
    return [
        ProblemInput(
            room=getattr(draft, f"room{n}") or "",
            category=getattr(draft, f"cat{n}") or "other",
            text=getattr(draft, f"text{n}") or "",
            photos=getattr(draft, f"photos{n}"),
        )
        for n in range(PROBLEM_SLOTS)
        if _wants(n)(draft)
    ]


async def begin_inspect(context: BotContext, args: dict[str, Any]) -> Any:
    """The unit's staff, at the inspection step, not inspected yet."""
    view = await _at_step(context, args, "inspection")
    if view.loaded.movein.butler_confirmed_at:
        raise InvalidInput("movein-wrong-step-now")
    return InspectDraft(movein_id=view.loaded.movein.id)


async def inspect_summary(context: BotContext, draft: Any) -> str:
    """The 物业验收交接记录表 as the owner will confirm it."""
    lines = [
        context.t(
            "movein-inspect-summary",
            water=draft.water or "-",
            power=draft.power or "-",
            gas=draft.gas or "-",
        )
    ]
    for problem in _problems(draft):
        category = context.t(CATEGORY_KEYS[problem.category])
        lines.append(
            context.t(
                "movein-inspect-line",
                room=problem.room,
                category=category,
                text=problem.text,
                photos=len(problem.photos),
            )
        )
    return "\n".join(lines)


async def finish_inspect(context: BotContext, draft: Any, token: str) -> Reply:
    """Record the inspection; each problem becomes a repair ticket; the owner confirms."""
    meters = {
        name: Decimal(value)
        for name in ("water", "power", "gas")
        if (value := getattr(draft, name)) is not None
    }
    numbers = await context.services.movein_handover.inspect(
        context.require_viewer(), draft.movein_id, meters, _problems(draft), token
    )
    note = context.t("movein-inspected", count=len(numbers))
    return await _card(context, draft.movein_id, note)


METER_PROMPTS = {
    "water": "movein-ask-water",
    "power": "movein-ask-power",
    "gas": "movein-ask-gas",
}


def _meter(name: str, optional: bool = False) -> Number:
    return Number(
        field=name,
        prompt=METER_PROMPTS[name],
        minimum=Decimal(0),
        maximum=Decimal(9999999),
        decimals=2,
        optional=optional,
    )


INSPECT = Flow(
    name="movein_inspect",
    title="flow-title-movein-inspect",
    draft=InspectDraft,
    begin=begin_inspect,
    finish=finish_inspect,
    entries=_entry("insp"),
    steps=[
        _meter("water"),
        _meter("power"),
        _meter("gas", optional=True),
        *_problem_steps(),
        Confirm(summary=inspect_summary),
    ],
)
FLOWS: list[Flow[Any]] = [NEW, IDENTITY, FEES, KEYS, INSPECT]
