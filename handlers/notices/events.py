"""Community events in chat: /events, posting one, joining with a number of people, the
author's list and message to the attendees, cancelling, the stars afterwards."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import EventAct, MenuAction
from bot.context import BotContext
from bot.services.notices.audience import NAMED, SCOPE_KEYS, Audience, parse_targets
from bot.services.notices.events import MAX_PEOPLE, MAX_TEXT, EventInput, EventView
from handlers import keyboards
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Number, Option, Reply
from handlers.flow import Text as TextStep
from handlers.notices import text
from handlers.notices.outage import checked_targets

HOURS = tuple(
    Option(at.replace(":", ""), at, literal=True)
    for at in ("09:00", "10:00", "14:00", "15:00", "16:00", "18:00", "19:00", "20:00")
)
SCOPES = tuple(Option(s, SCOPE_KEYS[s]) for s in ("estate", "buildings"))
PEOPLE = tuple(Option(str(n), str(n), literal=True) for n in range(1, MAX_PEOPLE + 1))
ONE_TAP = ("open", "leave", "r1", "r2", "r3", "r4", "r5")


def _when(context: BotContext, day: str | None, at: str | None) -> datetime:
    hhmm = at or "1000"
    return datetime.combine(
        date.fromisoformat(day or ""), time(int(hhmm[:2]), int(hhmm[2:])), context.zone()
    )


class EventDraft(BaseModel):
    """An event as it is posted."""

    title: str | None = None
    day: str | None = None
    at: str | None = None
    place: str | None = None
    capacity: int | None = None
    scope: str | None = None
    targets: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> EventDraft:
    """Managers only."""
    await context.services.outages.estate_of(context.require_viewer())
    return EventDraft()


def _audience(draft: EventDraft) -> Audience:
    return Audience(scope=draft.scope or "estate", targets=parse_targets(draft.targets or ""))


async def summary(context: BotContext, draft: EventDraft) -> str:
    """The event as residents will see it."""
    estate = await context.services.outages.estate_of(context.require_viewer())
    return context.t(
        "event-summary",
        title=draft.title or "-",
        at=_when(context, draft.day, draft.at).strftime("%Y-%m-%d %H:%M"),
        place=draft.place or "-",
        capacity=draft.capacity or "-",
        audience=text.audience(context.t, _audience(draft)),
        count=await context.services.outages.count(estate, _audience(draft)),
    )


async def finish(context: BotContext, draft: EventDraft, token: str) -> Reply:
    """Post it."""
    viewer = context.require_viewer()
    estate = await context.services.outages.estate_of(viewer)
    form = EventInput(
        title=draft.title or "",
        place=draft.place or "",
        starts_at=_when(context, draft.day, draft.at),
        capacity=int(draft.capacity or 0),
        audience=_audience(draft),
    )
    event_id = await context.services.events.post(viewer, estate, form, token)
    view = await context.services.events.view(viewer, event_id)
    return Reply(card(context, view), markup(context, view))


NEW = Flow(
    name="event_new",
    title="flow-title-event",
    draft=EventDraft,
    begin=begin,
    finish=finish,
    menu="event_new",
    steps=[
        TextStep(field="title", prompt="event-ask-title", max_length=MAX_TEXT),
        Day(field="day", prompt="event-ask-day", quick=("tomorrow", "friday"), days_ahead=120),
        Choice(field="at", prompt="event-ask-time", options=HOURS, columns=4),
        TextStep(field="place", prompt="event-ask-place", max_length=MAX_TEXT),
        Number(
            field="capacity",
            prompt="event-ask-capacity",
            minimum=Decimal(1),
            maximum=Decimal(10000),
        ),
        Choice(field="scope", prompt="event-ask-scope", options=SCOPES, columns=1),
        TextStep(
            field="targets",
            prompt="notice-ask-targets",
            max_length=300,
            check=checked_targets,
            when=lambda d: d.scope in NAMED,
        ),
        Confirm(
            summary=summary,
            editable=[("title", "event-field-title"), ("capacity", "event-field-capacity")],
        ),
    ],
)


class JoinDraft(BaseModel):
    """How many people come."""

    event_id: int
    title: str = ""
    people: str | None = None


async def begin_join(context: BotContext, args: dict[str, Any]) -> JoinDraft:
    """Residents invited to an open event."""
    event = await context.services.events.check_join(context.require_viewer(), args["event_id"])
    return JoinDraft(event_id=event.id, title=event.title)


async def finish_join(context: BotContext, draft: JoinDraft, token: str) -> Reply:
    """Going, or on the waiting list."""
    viewer = context.require_viewer()
    state = await context.services.events.join(
        viewer, draft.event_id, int(draft.people or 1), token
    )
    view = await context.services.events.view(viewer, draft.event_id)
    note = context.t("event-joined", going=1 if state == "going" else 0, title=draft.title)
    return Reply(f"{note}\n\n{card(context, view)}", markup(context, view))


JOIN = Flow(
    name="event_join",
    title="flow-title-event-join",
    draft=JoinDraft,
    begin=begin_join,
    finish=finish_join,
    prompt_args=lambda context, draft: {"title": draft.title},
    entries=[
        Entry(
            EventAct,
            lambda data: {"event_id": data.event_id},
            when=lambda data: data.action == "join",
        )
    ],
    steps=[Choice(field="people", prompt="event-ask-people", options=PEOPLE, columns=5)],
)


class MessageDraft(BaseModel):
    """A message to everyone going."""

    event_id: int
    text: str | None = None


async def begin_message(context: BotContext, args: dict[str, Any]) -> MessageDraft:
    """Managers of the event's estate."""
    view = await context.services.events.view(context.require_viewer(), args["event_id"])
    await context.services.outages.estate_of(context.require_viewer())
    return MessageDraft(event_id=view.event.id)


async def finish_message(context: BotContext, draft: MessageDraft, token: str) -> Reply:
    """Send it to the attendees."""
    count = await context.services.events.message(
        context.require_viewer(), draft.event_id, draft.text or "", token
    )
    return Reply(context.t("event-message-sent", count=count))


MESSAGE = Flow(
    name="event_message",
    title="flow-title-event-message",
    draft=MessageDraft,
    begin=begin_message,
    finish=finish_message,
    entries=[
        Entry(
            EventAct,
            lambda data: {"event_id": data.event_id},
            when=lambda data: data.action == "msg",
        )
    ],
    steps=[TextStep(field="text", prompt="event-ask-message", max_length=1000)],
)
FLOWS: list[Flow[Any]] = [NEW, JOIN, MESSAGE]


def card(context: BotContext, view: EventView) -> str:
    """The event: when, where, places left; staff: the list of who comes."""
    event = view.event
    lines = [
        context.t(
            "event-card",
            title=event.title,
            at=event.starts_at.astimezone(context.zone()).strftime("%Y-%m-%d %H:%M"),
            place=event.place,
            going=view.going,
            capacity=event.capacity,
            waiting=view.waiting,
            rating=f"{view.rating:.1f}" if view.rating is not None else "-",
        )
    ]
    if view.mine is not None and view.mine.state != "cancelled":
        lines.append(
            context.t(
                "event-card-mine",
                people=view.mine.people,
                going=1 if view.mine.state == "going" else 0,
            )
        )
    for row in view.signups:
        lines.append(
            context.t(
                "event-card-line",
                name=view.names.get(row.account_id, "-"),
                people=row.people,
                going=1 if row.state == "going" else 0,
            )
        )
    return "\n".join(lines)


def markup(context: BotContext, view: EventView) -> InlineKeyboardMarkup | None:
    """Join or cancel; staff: message the attendees."""
    event_id = view.event.id
    buttons = []
    signed = view.mine is not None and view.mine.state != "cancelled"
    if not view.signups and not signed and not context.require_viewer().staff:
        buttons.append(("event-button-join", "join"))
    if signed:
        buttons.append(("event-button-leave", "leave"))
    if event_id and view.event.estate_id in context.require_viewer().managed_estates():
        buttons.append(("event-button-message", "msg"))
    if not buttons:
        return None
    return keyboards.rows(
        [
            InlineKeyboardButton(
                context.t(key), callback_data=EventAct(action=action, event_id=event_id).pack()
            )
            for key, action in buttons
        ],
        width=1,
    )


async def listing(update: Update, context: BotContext) -> None:
    """/events: the events coming; managers post one."""
    assert update.effective_chat is not None
    viewer = context.require_viewer()
    found = await context.services.events.coming(viewer)
    lines = [context.t("event-list-head") if found else context.t("event-list-none")]
    buttons = []
    for event in found:
        at = event.starts_at.astimezone(context.zone()).strftime("%m-%d %H:%M")
        label = context.t("event-list-line", at=at, title=event.title)
        buttons.append(
            InlineKeyboardButton(
                label, callback_data=EventAct(action="open", event_id=event.id).pack()
            )
        )
    if viewer.managed_estates():
        data = MenuAction(action="event_new").pack()
        buttons.append(InlineKeyboardButton(context.t("event-button-new"), callback_data=data))
    markup_ = keyboards.rows(buttons, width=1) if buttons else None
    await context.bot.send_message(
        update.effective_chat.id, "\n".join(lines), reply_markup=markup_
    )


async def act(update: Update, context: BotContext) -> None:
    """Open, cancel a sign-up, or rate."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = EventAct.unpack(query.data)
    assert data is not None
    viewer, events = context.require_viewer(), context.services.events
    note = ""
    if data.action.startswith("r"):
        await events.rate(viewer, data.event_id, int(data.action[1:]))
        await query.answer(context.t("event-rated"))
        await query.edit_message_reply_markup(None)
        return
    if data.action == "leave":
        await events.cancel(viewer, data.event_id)
        note = context.t("event-left")
    view = await events.view(viewer, data.event_id)
    body = f"{note}\n\n{card(context, view)}" if note else card(context, view)
    await context.bot.send_message(
        update.effective_chat.id, body, reply_markup=markup(context, view)
    )
    await query.answer()


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/events and the one-tap buttons."""
    return [
        CommandHandler("events", listing),
        CallbackQueryHandler(act, pattern=EventAct.where(action=ONE_TAP)),
    ]
