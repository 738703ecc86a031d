"""How a ticket looks in chat: its card, its history, its buttons."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.context import BotContext
from bot.services.complaints.rules import STAGE_KEYS
from bot.services.tickets import rules
from bot.services.tickets.push import (
    ACTION_BUTTON_KEYS,
    ACTION_CODES,
    STATUS_KEYS,
    category_label_key,
)
from handlers import callbacks, keyboards
from storage.models import Ticket, TicketEvent

EVENT_KEYS = {
    "created": "event-created",
    "accept": "event-accept",
    "start": "event-start",
    "resolve": "event-resolve",
    "transfer": "event-transfer",
    "escalate": "event-escalate",
    "cancel": "event-cancel",
    "rate": "event-rate",
    "comment": "event-comment",
    "auto_close": "event-auto-close",
    "breach_ack": "event-breach-ack",
    "breach_resolve": "event-breach-resolve",
    "stage_acknowledge": "event-stage-acknowledge",
    "stage_analyse": "event-stage-analyse",
    "stage_handle": "event-stage-handle",
    "stage_follow_up": "event-stage-follow-up",
    "settled": "event-settled",
    "not_settled": "event-not-settled",
    "breach_acknowledge": "event-breach-stage",
    "breach_analyse": "event-breach-stage",
    "breach_handle": "event-breach-stage",
    "breach_follow_up": "event-breach-stage",
}


def local_time(context: BotContext, moment: datetime) -> str:
    """A moment in the configured time zone, as MM-DD HH:MM."""
    zone = ZoneInfo(context.services.settings.timezone)
    return moment.astimezone(zone).strftime("%m-%d %H:%M")


def status_label(context: BotContext, ticket: Ticket) -> str:
    """The ticket's status (for an open complaint: its stage) in the reader's language."""
    if ticket.kind == "complaint" and ticket.status == "open" and ticket.stage:
        return context.t(STAGE_KEYS[ticket.stage])
    return context.t(STATUS_KEYS.get(ticket.status, "status-new"))


def line(context: BotContext, ticket: Ticket) -> str:
    """One line of a list: number, urgency, category, status, age."""
    return context.t(
        "ticket-line",
        code=ticket.code,
        urgent="yes" if ticket.urgent else "no",
        category=context.t(category_label_key(ticket)),
        status=status_label(context, ticket),
        created=local_time(context, ticket.created_at),
    )


def render(context: BotContext, ticket: Ticket, events: list[TicketEvent]) -> str:
    """The ticket with its history."""
    lines = [
        context.t(
            "ticket-detail",
            code=ticket.code,
            category=context.t(category_label_key(ticket)),
            status=status_label(context, ticket),
            description=ticket.description,
            note=ticket.resolution_note or "-",
        )
    ]
    for event in events:
        lines.append(
            context.t(
                "ticket-history-line",
                at=local_time(context, event.at),
                what=context.t(EVENT_KEYS.get(event.action, "event-created")),
                who=event.actor_name or context.t("event-system"),
                note=event.note or "",
            )
        )
    return "\n".join(lines)


def staff_keyboard(context: BotContext, ticket: Ticket) -> InlineKeyboardMarkup | None:
    """The action buttons a butler has on a ticket in its status."""
    if ticket.kind == "complaint":
        return complaint_keyboard(context, ticket)
    buttons = [
        InlineKeyboardButton(
            context.t(ACTION_BUTTON_KEYS[a]),
            callback_data=callbacks.make("tk", ACTION_CODES[a], ticket.id),
        )
        for a in rules.next_actions(ticket.status)
    ]
    return keyboards.rows(buttons, 3) if buttons else None


def complaint_keyboard(context: BotContext, ticket: Ticket) -> InlineKeyboardMarkup | None:
    """The button closing a complaint's current stage."""
    if ticket.status != "open" or not ticket.stage:
        return None
    label = context.t("complaint-btn-stage", stage=context.t(STAGE_KEYS[ticket.stage]))
    data = callbacks.make("cp", "st", ticket.id)
    return keyboards.rows([InlineKeyboardButton(label, callback_data=data)])


def resident_keyboard(context: BotContext, ticket: Ticket) -> InlineKeyboardMarkup | None:
    """A resident may withdraw a ticket before work starts."""
    if not rules.allowed(rules.CANCEL, ticket.status):
        return None
    label = context.t("ticket-btn-cancel")
    return keyboards.rows(
        [InlineKeyboardButton(label, callback_data=callbacks.make("tk", "cx", ticket.id))]
    )


def list_keyboard(tickets: list[Ticket]) -> InlineKeyboardMarkup | None:
    """One button per ticket, opening it."""
    buttons = [
        InlineKeyboardButton(t.code, callback_data=callbacks.make("tk", "view", t.id))
        for t in tickets
    ]
    return keyboards.rows(buttons, 4) if buttons else None
