"""The one source of "now": real in production, movable in tests and the sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    """Wall-clock time, always aware and in UTC."""

    def now(self) -> datetime:
        """Return the current time."""
        return datetime.now(UTC)


class OffsetClock(Clock):
    """Real time shifted by an offset that only grows: the sandbox's `:time +2h`."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        """Return the shifted current time."""
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        """Move time forward."""
        if delta < timedelta(0):
            raise ValueError("time only moves forward")
        self.offset += delta


class FrozenClock(Clock):
    """A clock that moves only when told: for tests."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be aware")
        self.current = start.astimezone(UTC)

    def now(self) -> datetime:
        """Return the frozen time."""
        return self.current

    def advance(self, delta: timedelta) -> None:
        """Move time forward."""
        if delta < timedelta(0):
            raise ValueError("time only moves forward")
        self.current += delta

    def set(self, moment: datetime) -> None:
        """Jump to a later moment."""
        self.advance(moment.astimezone(UTC) - self.current)
