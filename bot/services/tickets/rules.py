"""The repair ticket life cycle as an explicit state machine, plus its deadlines."""

from __future__ import annotations

from datetime import timedelta

NEW, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED = (
    "new",
    "accepted",
    "in_progress",
    "resolved",
    "closed",
)
REOPENED, TRANSFERRED, CANCELLED = "reopened", "transferred", "cancelled"
STATUSES = (NEW, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED, TRANSFERRED, CANCELLED)
FINISHED = (RESOLVED, CLOSED, CANCELLED)  # nothing left for the butler to do
DONE = (CLOSED, CANCELLED)  # nothing left at all

ACCEPT, START, RESOLVE, TRANSFER, ESCALATE, CANCEL = (
    "accept",
    "start",
    "resolve",
    "transfer",
    "escalate",
    "cancel",
)
CLOSE, REOPEN = "close", "reopen"
CONTRACTOR = "contractor"  # a butler records an outside firm's work (status unchanged)

# action -> (statuses it may start from, status it leads to; None = unchanged)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    ACCEPT: ((NEW, TRANSFERRED, REOPENED), ACCEPTED),
    START: ((ACCEPTED, REOPENED), IN_PROGRESS),
    RESOLVE: ((IN_PROGRESS,), RESOLVED),
    TRANSFER: ((NEW, TRANSFERRED, ACCEPTED, IN_PROGRESS, REOPENED), TRANSFERRED),
    ESCALATE: ((NEW, TRANSFERRED, ACCEPTED, IN_PROGRESS, REOPENED), None),
    CANCEL: ((NEW, TRANSFERRED, ACCEPTED), CANCELLED),
    CLOSE: ((RESOLVED,), CLOSED),
    REOPEN: ((RESOLVED, CLOSED), REOPENED),
    CONTRACTOR: ((ACCEPTED, IN_PROGRESS, REOPENED, TRANSFERRED), None),
}


def allowed(action: str, status: str) -> bool:
    """Tell whether an action may be taken on a ticket in a status."""
    sources, _ = TRANSITIONS[action]
    return status in sources


def target(action: str, status: str) -> str:
    """The status an action leads to from a status."""
    return TRANSITIONS[action][1] or status


def next_actions(status: str) -> list[str]:
    """The butler's buttons for a ticket in a status, in display order."""
    return [a for a in (ACCEPT, START, RESOLVE, TRANSFER, ESCALATE) if allowed(a, status)]


# Default deadlines, editable per estate in the deadline_rules table.
DEFAULT_DEADLINES = {
    "repair.ack.urgent": 30,
    "repair.ack.normal": 120,
    "repair.resolve.urgent": 4 * 60,
    "repair.resolve.normal": 48 * 60,
}
WARN_SHARE = 0.8


def deadline(rules: dict[str, int], step: str, urgent: bool) -> timedelta:
    """The time allowed for a step (ack or resolve) of a repair."""
    name = f"repair.{step}.{'urgent' if urgent else 'normal'}"
    return timedelta(minutes=rules.get(name, DEFAULT_DEADLINES[name]))
