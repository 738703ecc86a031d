"""Local-time arithmetic: quiet hours and recurring runs, daylight-saving safe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ALL_WEEKDAYS = "0123456"  # Monday = 0


def parse_hhmm(text: str) -> time:
    """Parse HH:MM into a time."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def at_local(day: date, moment: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time on a local date.

    With fold=0 a time skipped by a daylight-saving jump lands just after the jump, and a
    time that occurs twice is taken at its first occurrence.
    """
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class QuietHours:
    """Local hours in which residents get no non-urgent pushes."""

    start: time
    end: time
    zone: ZoneInfo

    @classmethod
    def of(cls, start: str, end: str, timezone: str) -> QuietHours:
        """Build from an estate's stored settings."""
        return cls(parse_hhmm(start), parse_hhmm(end), ZoneInfo(timezone))

    def contains(self, moment: datetime) -> bool:
        """Tell whether a moment falls in the quiet hours."""
        local = moment.astimezone(self.zone).time()
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def defer(self, moment: datetime) -> datetime:
        """Move a moment inside the quiet hours to their end; others stay as they are."""
        if not self.contains(moment):
            return moment
        local = moment.astimezone(self.zone)
        day = local.date() if local.time() < self.end else local.date() + timedelta(days=1)
        return at_local(day, self.end, self.zone)


def next_run(after: datetime, at: time, weekdays: str, zone: ZoneInfo) -> datetime:
    """The first run strictly after a moment, at a local time on allowed weekdays."""
    day = after.astimezone(zone).date()
    for offset in range(8):
        candidate_day = day + timedelta(days=offset)
        if str(candidate_day.weekday()) not in weekdays:
            continue
        candidate = at_local(candidate_day, at, zone)
        if candidate > after:
            return candidate
    raise ValueError(f"no weekday allowed in {weekdays!r}")


def last_run(until: datetime, at: time, weekdays: str, zone: ZoneInfo) -> datetime | None:
    """The latest run at or before a moment (within the past week), if any."""
    day = until.astimezone(zone).date()
    for offset in range(8):
        candidate_day = day - timedelta(days=offset)
        if str(candidate_day.weekday()) not in weekdays:
            continue
        candidate = at_local(candidate_day, at, zone)
        if candidate <= until:
            return candidate
    return None
