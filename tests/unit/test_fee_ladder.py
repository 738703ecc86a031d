"""The fee reminder ladder as dates: every step once, at its day, paused by a promise."""

from __future__ import annotations

from datetime import date, timedelta

from bot.services.fees.ladder import LadderState, add_month, after, next_day, steps_on

DUE = date(2026, 12, 10)


def _run(first: date, due_dates: set[date], days: int, promised: date | None = None) -> list[str]:
    """Walk the ladder day by day from `first`; describe each day something is sent."""
    state, today, sent = LadderState(), first, []
    end = first + timedelta(days=days)
    while (day := next_day(today, due_dates, state, promised)) is not None and day <= end:
        steps = steps_on(day, due_dates, state, promised)
        kinds = [k for k, on in (("before", steps.before), ("due", steps.due)) if on]
        kinds += ["overdue"] if steps.overdue else []
        sent.append(f"{day.isoformat()} {'+'.join(kinds)}")
        state = after(state, day, steps)
        today = day + timedelta(days=1)
    return sent


def test_a_bill_imported_three_days_ahead_gets_its_before_step_at_once() -> None:
    assert _run(DUE - timedelta(days=3), {DUE}, 60) == [
        "2026-12-07 before",
        "2026-12-10 due",
        "2026-12-17 overdue",
        "2026-12-24 overdue",
        "2026-12-31 overdue",
        "2027-01-31 overdue",
    ]


def test_a_bill_imported_weeks_ahead_is_reminded_seven_days_before() -> None:
    assert _run(date(2026, 11, 1), {DUE}, 40)[:2] == ["2026-12-03 before", "2026-12-10 due"]


def test_a_bill_imported_on_its_due_date_gets_no_before_step() -> None:
    assert _run(DUE, {DUE}, 8) == ["2026-12-10 due", "2026-12-17 overdue"]


def test_old_arrears_are_reminded_at_once_then_weekly_then_monthly() -> None:
    assert _run(date(2026, 11, 30), {date(2026, 9, 15)}, 80) == [
        "2026-11-30 overdue",
        "2026-12-07 overdue",
        "2026-12-14 overdue",
        "2027-01-14 overdue",
        "2027-02-14 overdue",
    ]


def test_a_promise_holds_overdue_reminders_until_the_day_after() -> None:
    old = {date(2026, 9, 15)}
    assert _run(date(2026, 11, 30), old, 20, promised=date(2026, 12, 10)) == [
        "2026-12-11 overdue",
        "2026-12-18 overdue",
    ]


def test_steps_of_one_day_are_merged() -> None:
    dates = {date(2026, 11, 3), DUE, DUE + timedelta(days=5)}
    assert _run(DUE, dates, 0) == ["2026-12-10 before+due+overdue"]


def test_a_due_day_missed_while_the_bot_was_down_is_sent_late_within_the_week() -> None:
    assert steps_on(DUE + timedelta(days=2), {DUE}, LadderState(), None).due == [DUE]
    assert not steps_on(DUE + timedelta(days=7), {DUE}, LadderState(), None).due


def test_add_month_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_month(date(2026, 1, 31)) == date(2026, 2, 28)
    assert add_month(date(2026, 12, 21)) == date(2027, 1, 21)
