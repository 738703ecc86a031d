"""Days as people type them, in Chinese or English: 2026-12-20, 12月20日, 20/12, 下周五, Friday."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

WEEKDAYS_EN = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
MONTHS_EN = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
RELATIVE = {
    "today": 0, "今天": 0, "今日": 0, "tomorrow": 1, "明天": 1, "明日": 1,
    "dayaftertomorrow": 2, "后天": 2, "大后天": 3,
}  # fmt: skip
MONTH_END = (
    "monthend",
    "month_end",
    "endofmonth",
    "endofthemonth",
    "月底",
    "本月底",
    "这个月底",
    "月末",
)
_YMD = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$")
_MD_ZH = re.compile(r"^(\d{1,2})月(\d{1,2})[日号]?$")
_DAY_ZH = re.compile(r"^(\d{1,2})[日号]$")
_PAIR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})$")
_IN_DAYS = re.compile(r"^(?:in)?(\d{1,3})(?:days?|天后|天以后|天之后)$")
_WEEKDAY_ZH = re.compile(r"^(下|这|本)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])$")
_WEEKDAY_EN = re.compile(r"^(next|this)?([a-z]+)$")
_MONTH_NAME = re.compile(r"^(?:(\d{1,2})([a-z]+)|([a-z]+)(\d{1,2}))(\d{4})?$")


def parse_day(text: str, today: date) -> date | None:
    """Read a day (None when it is none); a date without a year is the next one to come."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    cleaned = re.sub(r"[\s,]+", "", cleaned).rstrip(".。")
    if not cleaned:
        return None
    if cleaned in RELATIVE:
        return today + timedelta(days=RELATIVE[cleaned])
    if cleaned in MONTH_END:
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    for reader in (_iso, _month_day, _weekday, _in_days, _month_name):
        found = reader(cleaned, today)
        if found is not None:
            return found
    return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _coming(month: int, day: int, today: date) -> date | None:
    """This year's date, or next year's when this year's has passed."""
    found = _safe(today.year, month, day)
    if found is not None and found < today:
        found = _safe(today.year + 1, month, day)
    return found


def _iso(text: str, today: date) -> date | None:
    match = _YMD.match(text)
    return _safe(*map(int, match.groups())) if match else None


def _month_day(text: str, today: date) -> date | None:
    if match := _MD_ZH.match(text):
        return _coming(int(match.group(1)), int(match.group(2)), today)
    if match := _DAY_ZH.match(text):
        day = int(match.group(1))
        found = _safe(today.year, today.month, day)
        if found is not None and found < today:
            following = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
            found = _safe(following.year, following.month, day)
        return found
    if match := _PAIR.match(text):
        first, second = int(match.group(1)), int(match.group(2))
        month, day = (second, first) if first > 12 else (first, second)
        return _coming(month, day, today)
    return None


def _weekday(text: str, today: date) -> date | None:
    which, target = None, None
    if match := _WEEKDAY_ZH.match(text):
        which, target = match.group(1), WEEKDAYS_ZH[match.group(2)]
        which = "next" if which == "下" else "this"
    elif (match := _WEEKDAY_EN.match(text)) and match.group(2) in WEEKDAYS_EN:
        which, target = match.group(1) or "this", WEEKDAYS_EN[match.group(2)]
    if target is None:
        return None
    if which == "next":  # the given day of next week (weeks start on Monday)
        return today + timedelta(days=7 - today.weekday() + target)
    return today + timedelta(days=(target - today.weekday()) % 7)


def _in_days(text: str, today: date) -> date | None:
    match = _IN_DAYS.match(text)
    return today + timedelta(days=int(match.group(1))) if match else None


def _month_name(text: str, today: date) -> date | None:
    match = _MONTH_NAME.match(text)
    if match is None:
        return None
    day_text = match.group(1) or match.group(4)
    month = MONTHS_EN.get(match.group(2) or match.group(3) or "")
    if month is None:
        return None
    if match.group(5):
        return _safe(int(match.group(5)), month, int(day_text))
    return _coming(month, int(day_text), today)
