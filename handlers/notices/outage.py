"""Planned outages: /outages (the register), entering one and extending it, as flows."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from pydantic import BaseModel
from telegram import InlineKeyboardButton, Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callbacks import MenuAction, OutageAct
from bot.context import BotContext
from bot.services.notices.audience import NAMED, SCOPE_KEYS, Audience, parse_targets
from bot.services.notices.outages import KIND_KEYS, KINDS, MAX_REASON, OutageInput
from handlers import keyboards
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Option, Reply
from handlers.flow import Text as TextStep
from handlers.notices import text

HOURS = tuple(
    Option(at.replace(":", ""), at, literal=True)
    for at in ("00:00", "06:00", "08:00", "09:00", "10:00", "12:00", "14:00", "16:00", "18:00",
               "20:00", "22:00")
)  # fmt: skip
KIND_OPTIONS = tuple(Option(k, KIND_KEYS[k]) for k in KINDS)
SCOPES = tuple(Option(s, SCOPE_KEYS[s]) for s in ("estate", "buildings"))


def _moment(context: BotContext, day: str | None, at: str | None) -> datetime:
    hhmm = at or "0000"
    moment = time(int(hhmm[:2]), int(hhmm[2:]))
    return datetime.combine(date.fromisoformat(day or ""), moment, context.zone())


def _local(context: BotContext, moment: datetime) -> str:
    return moment.astimezone(context.zone()).strftime("%Y-%m-%d %H:%M")


class OutageDraft(BaseModel):
    """An outage as it is entered."""

    kind: str | None = None
    scope: str | None = None
    targets: str | None = None
    start_day: str | None = None
    start_at: str | None = None
    end_day: str | None = None
    end_at: str | None = None
    reason: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> OutageDraft:
    """Managers only."""
    await context.services.outages.estate_of(context.require_viewer())
    return OutageDraft()


def _audience(draft: OutageDraft) -> Audience:
    return Audience(scope=draft.scope or "estate", targets=parse_targets(draft.targets or ""))


async def checked_targets(context: BotContext, draft: Any, value: str) -> str:
    """Buildings that exist, or re-ask naming the wrong ones (outages and events)."""
    outages = context.services.outages
    estate = await outages.estate_of(context.require_viewer())
    audience = Audience(scope="buildings", targets=parse_targets(value))
    await outages.check_targets(estate, audience)
    return ", ".join(audience.targets)


async def summary(context: BotContext, draft: OutageDraft) -> str:
    """The outage as the residents will hear of it."""
    outages = context.services.outages
    estate = await outages.estate_of(context.require_viewer())
    return context.t(
        "outage-summary",
        kind={"key": KIND_KEYS.get(draft.kind or "water", KIND_KEYS["water"])},
        audience=text.audience(context.t, _audience(draft)),
        count=await outages.count(estate, _audience(draft)),
        start=_local(context, _moment(context, draft.start_day, draft.start_at)),
        end=_local(context, _moment(context, draft.end_day, draft.end_at)),
        reason=draft.reason or "-",
    )


async def finish(context: BotContext, draft: OutageDraft, token: str) -> Reply:
    """Register it; the residents affected are told now."""
    outages = context.services.outages
    viewer = context.require_viewer()
    form = OutageInput(
        kind=draft.kind or "water",
        audience=_audience(draft),
        starts_at=_moment(context, draft.start_day, draft.start_at),
        ends_at=_moment(context, draft.end_day, draft.end_at),
        reason=draft.reason or "",
    )
    outage = await outages.register(viewer, form, token)
    estate = await outages.estate_of(viewer)
    count = await outages.count(estate, _audience(draft))
    return Reply(context.t("outage-registered", id=outage.id, count=count))


NEW = Flow(
    name="outage_new",
    title="flow-title-outage",
    draft=OutageDraft,
    begin=begin,
    finish=finish,
    menu="outage_new",
    steps=[
        Choice(field="kind", prompt="outage-ask-kind", options=KIND_OPTIONS),
        Choice(field="scope", prompt="outage-ask-scope", options=SCOPES, columns=1),
        TextStep(
            field="targets",
            prompt="notice-ask-targets",
            max_length=300,
            check=checked_targets,
            when=lambda d: d.scope in NAMED,
        ),
        Day(field="start_day", prompt="outage-ask-start-day", quick=("today", "tomorrow")),
        Choice(field="start_at", prompt="outage-ask-start-time", options=HOURS, columns=4),
        Day(field="end_day", prompt="outage-ask-end-day", quick=("today", "tomorrow")),
        Choice(field="end_at", prompt="outage-ask-end-time", options=HOURS, columns=4),
        TextStep(field="reason", prompt="outage-ask-reason", max_length=MAX_REASON),
        Confirm(
            summary=summary,
            editable=[
                ("start_day", "outage-field-period"),
                ("reason", "outage-field-reason"),
            ],
        ),
    ],
)


class ExtendDraft(BaseModel):
    """A new end."""

    outage_id: int
    day: str | None = None
    at: str | None = None


async def begin_extend(context: BotContext, args: dict[str, Any]) -> ExtendDraft:
    """Managers, while the outage lasts."""
    await context.services.outages.check_extend(context.require_viewer(), args["outage_id"])
    return ExtendDraft(outage_id=args["outage_id"])


async def extend_summary(context: BotContext, draft: ExtendDraft) -> str:
    """The new end."""
    end = _local(context, _moment(context, draft.day, draft.at))
    return context.t("outage-extend-summary", end=end)


async def finish_extend(context: BotContext, draft: ExtendDraft, token: str) -> Reply:
    """Move the end; the residents are told."""
    await context.services.outages.extend(
        context.require_viewer(), draft.outage_id, _moment(context, draft.day, draft.at), token
    )
    return Reply(context.t("outage-extended-done"))


EXTEND = Flow(
    name="outage_extend",
    title="flow-title-outage-extend",
    draft=ExtendDraft,
    begin=begin_extend,
    finish=finish_extend,
    entries=[
        Entry(
            OutageAct,
            lambda data: {"outage_id": data.outage_id},
            when=lambda data: data.action == "extend",
        )
    ],
    steps=[
        Day(field="day", prompt="outage-ask-extend-day", quick=("today", "tomorrow")),
        Choice(field="at", prompt="outage-ask-extend-time", options=HOURS, columns=4),
        Confirm(summary=extend_summary),
    ],
)
FLOWS: list[Flow[Any]] = [NEW, EXTEND]


async def register(update: Update, context: BotContext) -> None:
    """/outages: the outages not over yet; managers register or extend them."""
    assert update.effective_chat is not None
    viewer = context.require_viewer()
    found = await context.services.outages.register_list(viewer)
    lines = [context.t("outage-list-head") if found else context.t("outage-list-none")]
    buttons = []
    for outage in found:
        lines.append(
            context.t(
                "outage-list-line",
                id=outage.id,
                kind={"key": KIND_KEYS.get(outage.kind, KIND_KEYS["water"])},
                start=_local(context, outage.starts_at),
                end=_local(context, outage.ends_at),
            )
        )
        if outage.estate_id in viewer.managed_estates():
            data = OutageAct(action="extend", outage_id=outage.id).pack()
            label = context.t("outage-button-extend", id=outage.id)
            buttons.append(InlineKeyboardButton(label, callback_data=data))
    if viewer.managed_estates():
        data = MenuAction(action="outage_new").pack()
        buttons.append(InlineKeyboardButton(context.t("outage-button-new"), callback_data=data))
    markup = keyboards.rows(buttons, width=1) if buttons else None
    await context.bot.send_message(update.effective_chat.id, "\n".join(lines), reply_markup=markup)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/outages."""
    return [CommandHandler("outages", register)]
