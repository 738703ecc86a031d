"""Domain errors: each maps to a locale key the user is shown."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    """A known failure with its own localized text."""

    key = "error-generic"

    def __init__(self, key: str | None = None, **args: Any) -> None:
        super().__init__(key or self.key)
        if key is not None:
            self.key = key
        self.args_for_text = args


class NotAllowed(AppError):
    """The account may not see or act on this object."""

    key = "error-not-allowed"


class NotFound(AppError):
    """The object does not exist (or is hidden from this account)."""

    key = "error-not-found"


class InvalidInput(AppError):
    """The input cannot be used; the text says what was expected."""

    key = "error-invalid-input"
