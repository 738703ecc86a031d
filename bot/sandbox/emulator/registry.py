"""The table of Bot API methods the emulator implements (keys are lower-case)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from .params import Params
from .state import EmulatorState

Handler = Callable[[EmulatorState, Params], Awaitable[Any]]
HANDLERS: dict[str, tuple[str, Handler]] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a handler for the Bot API method ``name`` (matched case-insensitively)."""

    def register(handler: Handler) -> Handler:
        HANDLERS[name.lower()] = (name, handler)
        return handler

    return register


def lookup(name: str) -> tuple[str, Handler] | None:
    """(canonical name, handler) of a method, or None if unknown."""
    return HANDLERS.get(name.lower())
