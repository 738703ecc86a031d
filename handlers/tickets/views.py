"""How tickets read in chat: list lines, the resident's view, the staff card."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import TicketAction
from bot.context import BotContext
from bot.messages import keyboard
from bot.services.tickets import rules
from bot.services.tickets.cards import CardView, event_key, status_key
from bot.services.tickets.push import category_label_key
from handlers import keyboards
from storage.models import Ticket, TicketEvent

# Steps residents read in their ticket's history (hand-overs and deadlines stay internal).
RESIDENT_EVENTS = (
    "created",
    "accept",
    "start",
    "resolve",
    "cancel",
    "rate",
    "comment",
    "auto_close",
    "stage_acknowledge",
    "stage_analyse",
    "stage_handle",
    "stage_follow_up",
    "settled",
    "not_settled",
)


def local_time(context: BotContext, moment: datetime) -> str:
    """A moment in the reader's estate's time zone, as MM-DD HH:MM."""
    return moment.astimezone(context.zone()).strftime("%m-%d %H:%M")


def line(context: BotContext, ticket: Ticket, *, resident: bool = False) -> str:
    """One line of a list: number, urgency, category, status, when."""
    return context.t(
        "ticket-line",
        code=ticket.code,
        urgent="yes" if ticket.urgent else "no",
        category=context.t(category_label_key(ticket)),
        status=context.t(status_key(ticket, resident=resident)),
        created=local_time(context, ticket.created_at),
    )


def resident_view(context: BotContext, ticket: Ticket, events: list[TicketEvent]) -> str:
    """The ticket as its resident reads it, with the steps that concern them."""
    lines = [
        context.t(
            "ticket-detail",
            code=ticket.code,
            category=context.t(category_label_key(ticket)),
            status=context.t(status_key(ticket, resident=True)),
            description=ticket.description,
            note=ticket.resolution_note or "-",
        )
    ]
    for event in events:
        if event.action not in RESIDENT_EVENTS:
            continue
        lines.append(
            context.t(
                "ticket-history-line",
                at=local_time(context, event.at),
                what=context.t(event_key(ticket, event.action)),
                who=event.actor_name or context.t("event-system"),
                note=event.note or "",
            )
        )
    return "\n".join(lines)


def resident_keyboard(context: BotContext, ticket: Ticket) -> InlineKeyboardMarkup | None:
    """A resident may withdraw a repair before work starts."""
    if ticket.kind != "repair" or not rules.allowed(rules.CANCEL, ticket.status):
        return None
    data = TicketAction(action="cx", ticket_id=ticket.id).pack()
    return keyboards.rows(
        [InlineKeyboardButton(context.t("ticket-btn-cancel"), callback_data=data)]
    )


def render_card(context: BotContext, view: CardView) -> tuple[str, InlineKeyboardMarkup | None]:
    """A staff card in the reader's language."""
    return context.t(view.key, **view.args), keyboard(context.t, view.buttons)


def list_keyboard(tickets: list[Ticket]) -> InlineKeyboardMarkup | None:
    """One button per ticket, opening it."""
    buttons = [
        InlineKeyboardButton(
            t.code, callback_data=TicketAction(action="view", ticket_id=t.id).pack()
        )
        for t in tickets
    ]
    return keyboards.rows(buttons, 4) if buttons else None
