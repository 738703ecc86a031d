"""Callback-data formats, built and parsed in one place: `1:<area>:<action>[:<arg>…]`."""

from __future__ import annotations

from dataclasses import dataclass

VERSION = "1"
MAX_BYTES = 64


@dataclass(frozen=True)
class Callback:
    """A parsed callback: area, action and string arguments (never trusted)."""

    area: str
    action: str
    args: tuple[str, ...] = ()

    def arg_int(self, index: int = 0) -> int | None:
        """Return an argument as a positive int, or None when it is not one."""
        try:
            value = self.args[index]
        except IndexError:
            return None
        return int(value) if value.isdigit() and len(value) < 19 else None


def make(area: str, action: str, *args: object) -> str:
    """Build callback data; raise if it would not fit Telegram's 64 bytes."""
    data = ":".join([VERSION, area, action, *map(str, args)])
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data too long: {data!r}")
    return data


def parse(data: str | None) -> Callback | None:
    """Parse callback data of the current version; anything else is None."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != VERSION or not all(parts[1:3]):
        return None
    return Callback(parts[1], parts[2], tuple(parts[3:]))


def pattern(area: str) -> str:
    """Regex matching callback data of one area."""
    return rf"^{VERSION}:{area}:"
