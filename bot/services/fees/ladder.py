"""The fee reminder ladder as dates: which steps a unit's open bills call for on a day.

Per due date: a reminder 7 days before (or at once, when the bill came in later than
that), and one on the due date. While bills are overdue: the first overdue reminder 7 days
after the oldest due date (at once for bills that were already overdue when they came in),
two more a week apart, then one a month until everything is paid, written off or promised;
a promise to pay holds them until the day after the promised date. Nothing here reads the
database or the clock: `LadderState` is what was sent so far.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

BEFORE = timedelta(days=7)
FIRST_OVERDUE = timedelta(days=7)
WEEKLY = timedelta(days=7)
WEEKLY_TIMES = 3  # overdue reminders a week apart before they turn monthly


@dataclass(frozen=True)
class LadderState:
    """What a unit got in its current arrears: overdue reminders, and steps by due date."""

    overdue_count: int = 0
    last_overdue: date | None = None
    sent: frozenset[tuple[date, str]] = frozenset()  # (due date, "before" | "due")


@dataclass(frozen=True)
class Steps:
    """The steps due on one day."""

    before: list[date] = field(default_factory=list)  # due dates reminded ahead of time
    due: list[date] = field(default_factory=list)  # due dates reminded on (or just after) it
    overdue: bool = False

    def __bool__(self) -> bool:
        return bool(self.before or self.due or self.overdue)


def add_month(day: date) -> date:
    """The same day a month later (the month's last day when it has fewer days)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_overdue(state: LadderState, oldest_due: date, promised: date | None) -> date:
    """The day of the next overdue reminder, held until the day after a promised date."""
    if state.overdue_count == 0 or state.last_overdue is None:
        day = oldest_due + FIRST_OVERDUE
    elif state.overdue_count < WEEKLY_TIMES:
        day = state.last_overdue + WEEKLY
    else:
        day = add_month(state.last_overdue)
    if promised is not None:
        day = max(day, promised + timedelta(days=1))
    return day


def steps_on(day: date, due_dates: set[date], state: LadderState, promised: date | None) -> Steps:
    """The steps a unit's open bills (by due date) call for on a day, not sent before."""
    before = [
        d for d in sorted(due_dates) if d - BEFORE <= day < d and (d, "before") not in state.sent
    ]
    due = [  # a due-day step the bot could not send on the day is sent late, within a week
        d
        for d in sorted(due_dates)
        if d <= day < d + FIRST_OVERDUE and (d, "due") not in state.sent
    ]
    overdue = any(d < day for d in due_dates) and (
        next_overdue(state, min(due_dates), promised) <= day
    )
    return Steps(before=before, due=due, overdue=overdue)


def next_day(
    today: date, due_dates: set[date], state: LadderState, promised: date | None
) -> date | None:
    """The first day from today on with a step to send (None without open bills)."""
    if not due_dates:
        return None
    days = [max(d - BEFORE, today) for d in due_dates if (d, "before") not in state.sent]
    days += [max(d, today) for d in due_dates if (d, "due") not in state.sent]
    days.append(max(next_overdue(state, min(due_dates), promised), today))
    for day in sorted(set(days)):
        if steps_on(day, due_dates, state, promised):
            return day
    return None


def after(state: LadderState, day: date, steps: Steps) -> LadderState:
    """The state once a day's steps are sent."""
    sent = state.sent | {(d, "before") for d in steps.before} | {(d, "due") for d in steps.due}
    if steps.overdue:
        return LadderState(state.overdue_count + 1, day, frozenset(sent))
    return LadderState(state.overdue_count, state.last_overdue, frozenset(sent))
