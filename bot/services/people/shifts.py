"""Staff hours and the on-duty rota (值班).

An estate may set staff hours (08:00-18:00 on the weekdays it lists). Outside them, a
non-urgent staff push waits: it is held, and at the start of the next shift the person gets
one summary of everything held. Whoever is on the rota for the day is never held, and urgent
tickets reach them at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.services.scheduling.calendar import at_local, parse_hhmm
from storage.models import Estate


@dataclass(frozen=True)
class Shift:
    """Working hours on some weekdays in one time zone (an overnight span is allowed)."""

    start: time
    end: time
    days: str  # Monday = 0
    zone: ZoneInfo

    def on(self, moment: datetime) -> bool:
        """Tell whether staff are at work at a moment."""
        local = moment.astimezone(self.zone)
        now = local.time()
        if self.start <= self.end:
            return str(local.weekday()) in self.days and self.start <= now < self.end
        if now >= self.start:  # overnight: the shift belongs to the day it starts
            return str(local.weekday()) in self.days
        return now < self.end and str((local.weekday() - 1) % 7) in self.days

    def next_start(self, moment: datetime) -> datetime:
        """The next start of a shift after a moment."""
        local = moment.astimezone(self.zone)
        for ahead in range(8):
            day = local.date() + timedelta(days=ahead)
            starts = at_local(day, self.start, self.zone)
            if str(day.weekday()) in self.days and starts > moment:
                return starts
        return at_local(local.date() + timedelta(days=1), self.start, self.zone)


def shift_of(estate: Estate) -> Shift | None:
    """The estate's staff hours, or None when staff get every push at once."""
    if not estate.staff_hours or not estate.staff_days:
        return None
    start, _, end = estate.staff_hours.partition("-")
    return Shift(parse_hhmm(start), parse_hhmm(end), estate.staff_days, ZoneInfo(estate.timezone))


def local_day(moment: datetime, estate: Estate) -> date:
    """The estate's date at a moment (the rota is kept by local dates)."""
    return moment.astimezone(ZoneInfo(estate.timezone)).date()
