"""Per-estate settings: digest time, quiet hours and deadlines (defaults from the rules)."""

from __future__ import annotations

from pydantic import BaseModel

from bot.errors import InvalidInput, NotFound
from bot.services.complaints.rules import DEFAULT_STAGE_MINUTES
from bot.services.estates.phones import normalize_hotline
from bot.services.scheduling.calendar import parse_hhmm
from bot.services.tickets.rules import DEFAULT_DEADLINES
from storage.db import Database
from storage.repositories import estates, tickets

DEFAULTS = DEFAULT_DEADLINES | DEFAULT_STAGE_MINUTES
MAX_MINUTES = 60 * 24 * 30


class EstateConfig(BaseModel):
    """What an operator can tune for one estate."""

    estate: str
    digest_time: str
    quiet_start: str
    quiet_end: str
    hotline: str
    staff_hours: str
    staff_days: str
    deadlines: dict[str, int]


def _check_time(text: str) -> str:
    try:
        moment = parse_hhmm(text)
    except ValueError:
        raise InvalidInput("patrol-bad-time", time=text) from None
    return moment.strftime("%H:%M")


def _check_hours(text: str) -> str:
    """Staff hours as HH:MM-HH:MM, or "" for staff who take every push at once."""
    if not text.strip():
        return ""
    start, dash, end = text.strip().partition("-")
    if not dash or _check_time(start) == _check_time(end):
        raise InvalidInput("estate-config-bad-hours", hours=text)
    return f"{_check_time(start)}-{_check_time(end)}"


def _check_days(text: str) -> str:
    """Weekdays as digits, Monday = 0 (0123456: every day)."""
    days = "".join(sorted(set(text.strip())))
    if not days or any(d not in "0123456" for d in days):
        raise InvalidInput("estate-config-bad-days", days=text)
    return days


class EstateConfigService:
    """Read and change an estate's settings."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def change(
        self,
        name: str,
        *,
        digest_time: str | None = None,
        quiet: str | None = None,
        deadlines: dict[str, int] | None = None,
        hotline: str | None = None,
        staff_hours: str | None = None,
        staff_days: str | None = None,
    ) -> EstateConfig:
        """Apply the given changes (all or none) and return the settings."""
        values: dict[str, object] = {}
        if digest_time is not None:
            values["digest_time"] = _check_time(digest_time)
        if quiet is not None:
            start, _, end = quiet.partition("-")
            values["quiet_start"], values["quiet_end"] = _check_time(start), _check_time(end)
        if hotline is not None:
            number = normalize_hotline(hotline)
            if number is None:
                raise InvalidInput("estate-config-bad-hotline", number=hotline)
            values["hotline"] = number
        if staff_hours is not None:
            values["staff_hours"] = _check_hours(staff_hours)
        if staff_days is not None:
            values["staff_days"] = _check_days(staff_days)
        for rule, minutes in (deadlines or {}).items():
            if rule not in DEFAULTS or not 1 <= minutes <= MAX_MINUTES:
                raise InvalidInput("estate-config-bad-deadline", rule=rule)
        async with self._db.transaction() as conn:
            estate = await estates.estate_by_name(conn, name)
            if estate is None:
                raise NotFound("estate-not-found", name=name)
            await estates.configure(conn, estate.id, values)
            for rule, minutes in (deadlines or {}).items():
                await tickets.set_deadline(conn, estate.id, rule, minutes)
            fresh = await estates.estate(conn, estate.id)
            own = await tickets.deadline_minutes(conn, estate.id)
        assert fresh is not None
        return EstateConfig(
            estate=fresh.name,
            digest_time=fresh.digest_time,
            quiet_start=fresh.quiet_start,
            quiet_end=fresh.quiet_end,
            hotline=fresh.hotline,
            staff_hours=fresh.staff_hours,
            staff_days=fresh.staff_days,
            deadlines=DEFAULTS | own,
        )
