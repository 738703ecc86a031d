"""The gate's rules without a database: plates, time windows, why a code does not let in."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.errors import InvalidInput
from bot.services.scheduling.calendar import at_local
from storage.models import GoodsRelease, VisitorPass

PLATE_MAX = 10
FIRST_HOUR, LAST_HOUR = 6, 24  # a visit's window lies within 06:00-24:00
MAX_PEOPLE = 20
MAX_ITEMS = 300
DAYS_AHEAD = 30
_SEPARATORS = re.compile(r"[\s·•\-_.]+")
_PLATE = re.compile(r"^[\u4e00-\u9fffA-Z0-9]+$")
_CHINESE_PLATE = re.compile(r"^[\u4e00-\u9fff][A-Z][A-Z0-9]{4,6}[\u4e00-\u9fff]?$")
REASON_KEYS = {  # why a check refuses (gate_checks.reason), and how it reads
    "unknown": "gate-reason-unknown",
    "early": "gate-reason-early",
    "expired": "gate-reason-expired",
    "used": "gate-reason-used",
    "revoked": "gate-reason-revoked",
    "awaiting_owner": "gate-reason-awaiting-owner",
    "owner_refused": "gate-reason-owner-refused",
    "cancelled": "gate-reason-cancelled",
    "guard": "gate-reason-guard",
    "unpaid": "gate-reason-unpaid",  # a works pass or permit (renovation-check-…)
    "suspended": "gate-reason-suspended",
    "closed": "gate-reason-closed",
}


def normalize_plate(typed: str) -> str:
    """A plate as stored: full-width folded, no separators, upper case: 粤b·12345 → 粤B12345."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", typed)).upper()


def checked_plate(typed: str) -> str:
    """A plate to store, or InvalidInput saying what a plate looks like."""
    plate = normalize_plate(typed)
    if not 2 <= len(plate) <= PLATE_MAX or not _PLATE.match(plate):
        raise InvalidInput("gate-bad-plate", limit=PLATE_MAX)
    return plate


def looks_like_plate(typed: str) -> bool:
    """Tell whether what a guard typed reads as a Chinese plate (a province's character first)."""
    return bool(_CHINESE_PLATE.match(normalize_plate(typed)))


def window(day: date, start_hour: int, end_hour: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A visit's window on a local day, as UTC moments; end hour 24 is the next midnight."""
    if not FIRST_HOUR <= start_hour < end_hour <= LAST_HOUR:
        raise InvalidInput("gate-bad-window")
    start = at_local(day, time(start_hour), zone)
    end = at_local(day + timedelta(days=end_hour // 24), time(end_hour % 24), zone)
    return start, end


def visitor_refusal(found: VisitorPass, now: datetime) -> str | None:
    """Why a visitor pass does not let its visitor in now (None: it does)."""
    if found.state == "revoked":
        return "revoked"
    if found.state == "used":
        return "used"
    if now >= found.valid_until:
        return "expired"
    if now < found.valid_from:
        return "early"
    return None


def release_refusal(found: GoodsRelease, today: date) -> str | None:
    """Why a goods release does not let its items out today (None: it does)."""
    refusals = {
        "used": "used",
        "awaiting_owner": "awaiting_owner",
        "refused": "owner_refused",
        "cancelled": "cancelled",
        "expired": "expired",
    }
    if found.state in refusals:
        return refusals[found.state]
    if today > found.day:
        return "expired"
    if today < found.day:
        return "early"
    return None
