"""A ticket's card: its current state, its latest history and the buttons that state allows.

Staff get the card as the push about a new ticket; every change edits each copy (see
`TicketPush.refresh`). The texts are keys with arguments, rendered in the reader's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.callbacks import ComplaintStage, TicketAction, TicketVerb
from bot.services.complaints import rules as complaint_rules
from bot.services.notify.notifier import Button
from bot.services.tickets import rules
from storage.models import Ticket, TicketEvent

HISTORY_LINES = 6
EVENT_KEYS = {
    "accept": "event-accept",
    "start": "event-start",
    "resolve": "event-resolve",
    "transfer": "event-transfer",
    "escalate": "event-escalate",
    "contractor": "event-contractor",
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
STATUS_KEYS = {  # what staff read
    "new": "status-new",
    "accepted": "status-accepted",
    "in_progress": "status-in-progress",
    "resolved": "status-resolved",
    "closed": "status-closed",
    "reopened": "status-reopened",
    "transferred": "status-transferred",
    "cancelled": "status-cancelled",
}
RESIDENT_STATUS_KEYS = {  # what residents read: no internal hand-overs
    "new": "resident-status-received",
    "transferred": "resident-status-received",
    "accepted": "resident-status-assigned",
    "in_progress": "resident-status-in-progress",
    "reopened": "resident-status-in-progress",
    "resolved": "resident-status-resolved",
    "closed": "resident-status-closed",
    "cancelled": "resident-status-cancelled",
}
ACTION_BUTTON_KEYS = {
    rules.ACCEPT: "ticket-btn-accept",
    rules.START: "ticket-btn-start",
    rules.RESOLVE: "ticket-btn-resolve",
    rules.TRANSFER: "ticket-btn-transfer",
    rules.ESCALATE: "ticket-btn-escalate",
}
ACTION_CODES: dict[str, TicketVerb] = {
    rules.ACCEPT: "acc",
    rules.START: "go",
    rules.RESOLVE: "res",
    rules.TRANSFER: "tr",
    rules.ESCALATE: "esc",
}


class CardView(BaseModel):
    """A card as the outbox stores it: a text key, its arguments and its buttons."""

    key: str
    args: dict[str, Any]
    buttons: list[list[Button]]


def key_arg(key: str, **args: Any) -> dict[str, Any]:
    """An argument the reader's language renders first (a category, a status …)."""
    return {"key": key, "args": args}


CREATED_KEYS = {"repair": "event-created-repair", "complaint": "event-created-complaint"}


def event_key(ticket: Ticket, action: str) -> str:
    """The history word for an action (a complaint is "logged", a repair "reported")."""
    if action == "created":
        return CREATED_KEYS.get(ticket.kind, "event-created-repair")
    return EVENT_KEYS.get(action, "event-other")


def status_key(ticket: Ticket, *, resident: bool = False) -> str:
    """The word for a ticket's state (an open complaint: its stage)."""
    if ticket.kind == "complaint" and ticket.status == complaint_rules.OPEN and ticket.stage:
        return complaint_rules.STAGE_KEYS[ticket.stage]
    if ticket.kind == "complaint":
        return "resident-status-closed" if resident else "status-closed"
    table = RESIDENT_STATUS_KEYS if resident else STATUS_KEYS
    return table.get(ticket.status, table["new"])


TODO_KEYS = {
    complaint_rules.ACKNOWLEDGE: "complaint-todo-acknowledge",
    complaint_rules.ANALYSE: "complaint-todo-analyse",
    complaint_rules.HANDLE: "complaint-todo-handle",
    complaint_rules.FOLLOW_UP: "complaint-todo-follow-up",
}


def todo_key(ticket: Ticket, asked: bool) -> str:
    """What the handler of a complaint does next, in the training material's four stages."""
    if ticket.status != complaint_rules.OPEN:
        return "complaint-todo-closed"
    if asked:
        return "complaint-todo-waiting"
    return TODO_KEYS.get(ticket.stage or "", "complaint-todo-acknowledge")


def local_time(moment: datetime, timezone: str) -> str:
    """A moment in an estate's time zone, as MM-DD HH:MM."""
    return moment.astimezone(ZoneInfo(timezone)).strftime("%m-%d %H:%M")


def history(
    ticket: Ticket, events: list[TicketEvent], timezone: str, limit: int = HISTORY_LINES
) -> list[dict[str, Any]]:
    """The latest history lines, as texts to render."""
    return [
        key_arg(
            "ticket-history-line",
            at=local_time(event.at, timezone),
            what=key_arg(event_key(ticket, event.action)),
            who=event.actor_name or key_arg("event-system"),
            note=event.note or "",
        )
        for event in events[-limit:]
    ]


def action_buttons(ticket: Ticket, actions: list[str]) -> list[list[Button]]:
    """Buttons for some staff actions on a ticket, three to a row."""
    buttons = [
        Button(
            key=ACTION_BUTTON_KEYS[a],
            data=TicketAction(action=ACTION_CODES[a], ticket_id=ticket.id).pack(),
        )
        for a in actions
    ]
    return [buttons[i : i + 3] for i in range(0, len(buttons), 3)]


def stage_buttons(ticket: Ticket, asked: bool) -> list[list[Button]]:
    """The button closing a complaint's current stage (none while the resident is asked)."""
    if ticket.status != complaint_rules.OPEN or not ticket.stage or asked:
        return []
    stage = key_arg(complaint_rules.STAGE_KEYS[ticket.stage])
    data = ComplaintStage(ticket_id=ticket.id).pack()
    return [[Button(key="complaint-btn-stage", args={"stage": stage}, data=data)]]


def staff_buttons(ticket: Ticket, asked: bool = False) -> list[list[Button]]:
    """What staff can do next with a ticket in its state (and call the resident back)."""
    if ticket.kind == "complaint":
        found = stage_buttons(ticket, asked)
    else:
        found = action_buttons(ticket, rules.next_actions(ticket.status))
    extra: list[Button] = []
    if ticket.kind == "repair" and rules.allowed(rules.CONTRACTOR, ticket.status):
        firm = TicketAction(action="ctr", ticket_id=ticket.id).pack()
        extra.append(Button(key="ticket-btn-contractor", data=firm))
    if ticket.source == "resident" and ticket.status not in rules.DONE:
        call = TicketAction(action="call", ticket_id=ticket.id).pack()
        extra.append(Button(key="ticket-btn-call", data=call))
    return [*found, extra] if extra else found


def for_reader(
    buttons: list[list[Button]], ticket: Ticket, *, manager: bool, card: bool
) -> list[list[Button]]:
    """One reader's buttons: a manager is not offered to escalate to himself, and a push
    that is not the card itself offers to open it."""
    if not manager:
        return buttons
    escalate = TicketAction(action="esc", ticket_id=ticket.id).pack()
    rows = [kept for row in buttons if (kept := [b for b in row if b.data != escalate])]
    if not card:
        view = TicketAction(action="view", ticket_id=ticket.id).pack()
        rows.append([Button(key="ticket-btn-open", args={"code": ticket.code}, data=view)])
    return rows
