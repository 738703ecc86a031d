"""The period a manager picks on the desk, and its figures day by day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.errors import InvalidInput
from bot.services.fees.statements import CollectionRate

MAX_DAYS = 92
DEFAULT_DAYS = 7
COUNTED = (  # the per-day figures, as the table's columns read them
    ("repairs_new", "web-fig-repairs-new"),
    ("repairs_closed", "web-fig-repairs-closed"),
    ("complaints_new", "web-fig-complaints-new"),
    ("complaints_closed", "web-fig-complaints-closed"),
    ("repair_breaches", "web-fig-repair-breaches"),
    ("stage_breaches", "web-fig-stage-breaches"),
    ("patrols_done", "web-fig-patrols-done"),
    ("patrols_missed", "web-fig-patrols-missed"),
    ("patrol_problems", "web-fig-patrol-problems"),
    ("violations_new", "web-fig-violations-new"),
    ("violations_closed", "web-fig-violations-closed"),
    ("emergencies", "web-fig-emergencies"),
)


def window(start_text: str, end_text: str, today: date) -> tuple[date, date]:
    """The first and last day the form names (by default the last seven days to today)."""
    end = _date(end_text) if end_text.strip() else today
    start = _date(start_text) if start_text.strip() else end - timedelta(days=DEFAULT_DAYS - 1)
    if end < start or (end - start).days >= MAX_DAYS:
        raise InvalidInput("export-bad-period", days=MAX_DAYS)
    return start, end


def _date(text: str) -> date:
    """A YYYY-MM-DD date, or InvalidInput saying how to write one."""
    cleaned = text.strip()
    try:
        if len(cleaned) == 10:  # YYYY-MM-DD, nothing shorter or longer
            return date.fromisoformat(cleaned)
    except ValueError:
        pass
    raise InvalidInput("export-bad-date", text=cleaned[:20])


class DayFigures(BaseModel):
    """What happened on one local day (or, summed, over the period)."""

    day: date
    repairs_new: int = 0
    repairs_closed: int = 0
    complaints_new: int = 0
    complaints_closed: int = 0
    repair_breaches: int = 0
    stage_breaches: int = 0
    patrols_done: int = 0
    patrols_missed: int = 0
    patrol_problems: int = 0
    violations_new: int = 0
    violations_closed: int = 0
    emergencies: int = 0
    paid_minor: int = 0  # payments logged that day
    collected: Any = None  # paid_minor as a text in the estate's currency


class PeriodFigures(BaseModel):
    """An estate's figures over a period, day by day, with the state of things now."""

    estate: str
    start: date
    end: date
    days: list[DayFigures]
    total: DayFigures
    ratings: int
    average_rating: float | None
    backlog: int
    oldest_hours: int | None
    escalations: int
    period: str  # the billing period now, and its collection
    due_minor: int
    paid_minor: int

    @property
    def collection_percent(self) -> str:
        """Paid over due of the current billing period, one decimal, or '-'."""
        rate = CollectionRate(
            period=self.period, due_minor=self.due_minor, paid_minor=self.paid_minor
        )
        return "-" if rate.percent is None else str(rate.percent)

    @property
    def average(self) -> str:
        """The average rating, one decimal, or '-'."""
        return "-" if self.average_rating is None else f"{self.average_rating:.1f}"


class Tally:
    """Counts per local day of a period, filled moment by moment."""

    def __init__(self, start: date, end: date, zone: ZoneInfo) -> None:
        self.zone = zone
        count = (end - start).days + 1
        self.days = [DayFigures(day=start + timedelta(days=n)) for n in range(count)]
        self._index = {row.day: row for row in self.days}

    def on(self, day: date) -> DayFigures | None:
        """The row of a local date (None outside the period)."""
        return self._index.get(day)

    def add(self, field: str, moments: Iterable[datetime]) -> None:
        """Count each moment on its local day."""
        self.add_amounts(field, ((moment, 1) for moment in moments))

    def add_amounts(self, field: str, amounts: Iterable[tuple[datetime, int]]) -> None:
        """Add each amount to its moment's local day."""
        for moment, amount in amounts:
            row = self.on(moment.astimezone(self.zone).date())
            if row is not None:
                setattr(row, field, getattr(row, field) + amount)

    def total(self) -> DayFigures:
        """Every day's figures summed."""
        summed = DayFigures(day=self.days[0].day)
        for field in (*(name for name, _ in COUNTED), "paid_minor"):
            setattr(summed, field, sum(getattr(row, field) for row in self.days))
        return summed
