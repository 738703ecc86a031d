"""What a typed line means: a message to the bot, a button number, or a `:command`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

_DURATION = re.compile(r"^\+?((?:\s*\d+\s*[dhm])+)\s*$", re.IGNORECASE)
_PART = re.compile(r"(\d+)\s*([dhm])", re.IGNORECASE)
_UNITS = {"d": timedelta(days=1), "h": timedelta(hours=1), "m": timedelta(minutes=1)}
MAX_JUMP = timedelta(days=366)


class Kind(Enum):
    """The kinds of input line."""

    EMPTY = "empty"
    TEXT = "text"
    NUMBER = "number"
    PHOTO = "photo"
    PAY = "pay"
    AS = "as"
    TIME = "time"
    TICK = "tick"
    WHO = "who"
    HELP = "help"
    QUIT = "quit"
    UNKNOWN = "unknown"


COMMANDS = {
    ":photo": Kind.PHOTO,
    ":pay": Kind.PAY,
    ":as": Kind.AS,
    ":time": Kind.TIME,
    ":tick": Kind.TICK,
    ":who": Kind.WHO,
    ":help": Kind.HELP,
    ":h": Kind.HELP,
    ":?": Kind.HELP,
    ":quit": Kind.QUIT,
    ":q": Kind.QUIT,
    ":exit": Kind.QUIT,
}


@dataclass(frozen=True)
class Line:
    """One parsed input line: its kind and its argument (text, caption, persona, …)."""

    kind: Kind
    arg: str = ""


def parse_line(raw: str) -> Line:
    """Parse a typed line; `\\` in front sends the rest as text (`\\1`, `\\:as`)."""
    text = raw.strip()
    if not text:
        return Line(Kind.EMPTY)
    if text.startswith("\\"):
        rest = text[1:].strip()
        return Line(Kind.TEXT, rest) if rest else Line(Kind.EMPTY)
    if text.isdigit():
        return Line(Kind.NUMBER, text)
    if text.startswith(":"):
        word, _, arg = text.partition(" ")
        kind = COMMANDS.get(word.lower(), Kind.UNKNOWN)
        return Line(kind, word if kind is Kind.UNKNOWN else arg.strip())
    return Line(Kind.TEXT, text)


def parse_duration(text: str) -> timedelta | None:
    """`+2h`, `+1d`, `+30m`, `+1d2h`: how far to move the clock (None if not a duration)."""
    match = _DURATION.match(text.strip())
    if match is None:
        return None
    total = sum(
        (int(amount) * _UNITS[unit.lower()] for amount, unit in _PART.findall(match.group(1))),
        timedelta(0),
    )
    if not timedelta(0) < total <= MAX_JUMP:
        return None
    return total
