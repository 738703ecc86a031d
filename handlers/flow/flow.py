"""A flow: a typed draft, its steps, how it starts and how it finishes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from telegram import InlineKeyboardMarkup

from bot.callbacks import CallbackData
from bot.context import BotContext
from handlers.flow.steps import Confirm, Step

D = TypeVar("D", bound=BaseModel)


@dataclass(frozen=True)
class Reply:
    """What the person reads when a flow finishes."""

    text: str
    markup: InlineKeyboardMarkup | None = None


@dataclass(frozen=True)
class Entry:
    """A button (on a push or a list) that starts a flow with arguments taken from its data."""

    kind: type[CallbackData]
    args: Callable[[Any], dict[str, Any]]
    when: Callable[[Any], bool] = lambda data: True

    def matches(self, data: object) -> bool:
        """Tell whether pressed data starts this flow."""
        parsed = self.kind.unpack(data)
        return parsed is not None and bool(self.when(parsed))


@dataclass(frozen=True, kw_only=True)
class Flow(Generic[D]):
    """A step-by-step conversation, declared.

    `begin` checks who may start it and builds the first draft from the entry's arguments;
    `finish` hands the draft to one service call (with the flow's token, so a repeated
    confirm returns the same object) and says what happened.
    """

    name: str
    title: str  # locale key naming what is being written ("your repair report")
    draft: type[D]
    steps: Sequence[Step]
    begin: Callable[[BotContext, dict[str, Any]], Awaitable[D]]
    finish: Callable[[BotContext, D, str], Awaitable[Reply]]
    prompt_args: Callable[[BotContext, D], Mapping[str, Any]] | None = None
    commands: tuple[str, ...] = ()
    menu: str | None = None
    entries: Sequence[Entry] = field(default_factory=tuple)
    keep_draft: bool = False  # after an idle timeout the draft is kept for later
    prefilled: Callable[[D], Sequence[str]] | None = None  # steps `begin` answered already

    def __post_init__(self) -> None:
        """Check the declaration: unique fields, fields the draft has, confirm last."""
        names = [s.field for s in self.steps]
        if len(set(names)) != len(names):
            raise ValueError(f"flow {self.name}: two steps write the same field")
        fields = set(self.draft.model_fields)
        for step in self.steps:
            if not isinstance(step, Confirm) and step.field not in fields:
                raise ValueError(f"flow {self.name}: the draft has no field {step.field!r}")
        if any(isinstance(s, Confirm) for s in self.steps[:-1]):
            raise ValueError(f"flow {self.name}: the confirm step comes last")

    def index(self, step: Step) -> int:
        """The step's number (it goes into its buttons)."""
        return list(self.steps).index(step)

    def by_field(self, name: str) -> Step | None:
        """The step writing a field."""
        return next((s for s in self.steps if s.field == name), None)

    def current(self, draft: D, answered: Sequence[str]) -> Step | None:
        """The first step that applies and is not answered yet (None: ready to finish)."""
        done = set(answered)
        return next((s for s in self.steps if s.applies(draft) and s.field not in done), None)

    def load(self, data: Mapping[str, Any]) -> D:
        """The stored draft as its model."""
        return self.draft.model_validate(data)
