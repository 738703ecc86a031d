"""The typed steps a flow is declared from: what each accepts and why it asks again.

A step reads one `Answer` (a pressed button's value, a text, a photo with its caption, or
some other kind of message) and returns what happened: `Accept` (the field is set), `Stay`
(still this step, e.g. a photo was added) or `Reask` (with the reason and the limit).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bot.services.scheduling.dates import parse_day
from handlers.flow.text import normalize, parse_number

if TYPE_CHECKING:
    from datetime import date

    from bot.context import BotContext

DONE_WORDS = frozenset({"done", "ok", "okay", "finish", "finished", "no", "none", "skip"})
DONE_WORDS_ZH = frozenset({"完成", "好了", "好", "没有", "无", "不用", "跳过", "结束", "完了"})


@dataclass(frozen=True)
class Answer:
    """What the person sent at a step."""

    kind: str  # button | text | photo | sticker | voice | video | document | location | …
    text: str | None = None  # the text, or a photo's caption
    photo: str | None = None
    album: str | None = None
    value: str | None = None  # a pressed button's value


@dataclass(frozen=True)
class Option:
    """One choice: the stored value and its label (a locale key, or shown as it is)."""

    value: str
    label: str
    args: Mapping[str, Any] = field(default_factory=dict)
    literal: bool = False


@dataclass(frozen=True)
class Accept:
    """The answer is taken; `echo` is how the answer reads on the edited card."""

    echo: str | None = None


@dataclass(frozen=True)
class Stay:
    """Still at this step, with a line saying what changed."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Reask:
    """The answer cannot be used: the reason (a locale key) and its arguments."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


Outcome = Accept | Stay | Reask
Options = Sequence[Option] | Callable[["BotContext", Any], Awaitable[Sequence[Option]]]


@dataclass(frozen=True)
class Ask:
    """What a step needs from its flow to read an answer."""

    options: Sequence[Option]
    labels: Callable[[Option], set[str]]  # an option's label in every language
    t: Callable[..., str]
    today: date


KIND_KEYS = {
    "photo": "kind-photo",
    "sticker": "kind-sticker",
    "voice": "kind-voice",
    "video": "kind-video",
    "document": "kind-document",
    "location": "kind-location",
    "contact": "kind-contact",
    "button": "kind-button",
}
QUICK_DAY_KEYS = {
    "today": "day-today",
    "tomorrow": "day-tomorrow",
    "friday": "day-friday",
    "month_end": "day-month-end",
}


def kind_key(kind: str) -> str:
    """The locale key naming a kind of message (for "I need text, not a sticker")."""
    return KIND_KEYS.get(kind, "kind-other")


@dataclass(frozen=True, kw_only=True)
class Step:
    """One question of a flow, writing one field of its draft."""

    field: str
    prompt: str
    when: Callable[[Any], bool] | None = None
    optional: bool = False  # a Skip button leaves the field empty

    def applies(self, draft: Any) -> bool:
        """Tell whether the step is asked for this draft."""
        return self.when is None or bool(self.when(draft))

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Read the answer into the draft, or say why not."""
        raise NotImplementedError

    def buttons(self, draft: Any, ask: Ask) -> list[Option]:
        """The step's own buttons (choices, Done …)."""
        return []

    def prompt_args(self, draft: Any) -> dict[str, Any]:
        """Arguments the step adds to its prompt (limits, counts)."""
        return {}


@dataclass(frozen=True, kw_only=True)
class Choice(Step):
    """Pick one of several options by button (or by typing its label)."""

    options: Options
    columns: int = 2
    parse: Callable[[str], Any] = str

    def buttons(self, draft: Any, ask: Ask) -> list[Option]:
        """One button per option."""
        return list(ask.options)

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Take a pressed option, or a typed text that is exactly an option's label."""
        chosen: Option | None = None
        if answer.kind == "button":
            chosen = next((o for o in ask.options if o.value == answer.value), None)
        elif answer.kind == "text" and answer.text:
            typed = normalize(answer.text)
            chosen = next((o for o in ask.options if typed in ask.labels(o)), None)
        if chosen is None:
            return Reask("flow-reask-choice")
        setattr(draft, self.field, self.parse(chosen.value))
        label = chosen.label if chosen.literal else ask.t(chosen.label, **chosen.args)
        return Accept(echo=label)


@dataclass(frozen=True, kw_only=True)
class Pick(Step):
    """Several of the options: each press adds or removes one (✅ marks it), then Done."""

    options: Options
    min_count: int = 1
    columns: int = 2

    def prompt_args(self, draft: Any) -> dict[str, Any]:
        """How many are chosen."""
        return {"count": len(getattr(draft, self.field)), "min": self.min_count}

    def buttons(self, draft: Any, ask: Ask) -> list[Option]:
        """Every option (the chosen ones marked), then Done once enough are chosen."""
        chosen = set(getattr(draft, self.field))
        found = [
            Option(o.value, f"✅ {_label(o, ask)}", literal=True) if o.value in chosen else o
            for o in ask.options
        ]
        if len(chosen) >= self.min_count:
            found.append(Option("done", "flow-btn-pick-done"))
        return found

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Toggle a pressed (or typed) option; Done when enough are chosen."""
        chosen: list[str] = getattr(draft, self.field)
        typed = normalize(answer.text or "") if answer.kind == "text" else ""
        wants_done = (answer.kind == "button" and answer.value == "done") or (
            typed in DONE_WORDS
            or typed in DONE_WORDS_ZH
            or (typed != "" and typed in ask.labels(Option("done", "flow-btn-pick-done")))
        )
        if wants_done:
            if len(chosen) < self.min_count:
                return Reask("flow-reask-pick-needed", {"min": self.min_count})
            names = [_label(o, ask) for o in ask.options if o.value in chosen]
            joined = ask.t("flow-list-separator").join(names)
            return Accept(echo=joined if names else ask.t("flow-pick-none"))
        option: Option | None = None
        if answer.kind == "button":
            option = next((o for o in ask.options if o.value == answer.value), None)
        elif typed:
            option = next((o for o in ask.options if typed in ask.labels(o)), None)
        if option is None:
            return Reask("flow-reask-pick", {"done": ask.t("flow-btn-pick-done")})
        if option.value in chosen:
            chosen.remove(option.value)
        else:
            chosen.append(option.value)
        return Stay(
            "flow-pick-chosen", {"count": len(chosen), "done": ask.t("flow-btn-pick-done")}
        )


def _label(option: Option, ask: Ask) -> str:
    """An option's label in the person's language."""
    return option.label if option.literal else ask.t(option.label, **option.args)


@dataclass(frozen=True, kw_only=True)
class Text(Step):
    """Free text with limits; with `photos_to`, photos sent here are kept for that field."""

    min_length: int = 1
    max_length: int = 1000
    photos_to: str | None = None
    photos_max: int = 5
    # (context, draft, text) -> the value to keep; raises AppError to re-ask
    check: Callable[[BotContext, Any, str], Awaitable[str]] | None = None

    def prompt_args(self, draft: Any) -> dict[str, Any]:
        """The limit, for prompts that name it."""
        return {"limit": self.max_length}

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Take a text (or a photo's caption); keep a photo for the later photo step."""
        kept = None
        if answer.kind == "photo" and self.photos_to and answer.photo:
            photos: list[str] = getattr(draft, self.photos_to)
            if answer.photo not in photos and len(photos) < self.photos_max:
                photos.append(answer.photo)
            kept = {"count": len(photos), "max": self.photos_max}
        if answer.kind not in ("text", "photo") or (answer.kind == "photo" and not answer.text):
            if kept is not None:
                return Reask("flow-reask-words", kept)
            return Reask("flow-reask-text-kind", {"kind": {"key": kind_key(answer.kind)}})
        text = (answer.text or "").strip()
        if len(text) > self.max_length:
            return Reask("flow-reask-text-long", {"length": len(text), "limit": self.max_length})
        if len(text) < self.min_length:
            return Reask("flow-reask-text-short", {"min": self.min_length})
        setattr(draft, self.field, text)
        return Accept()


@dataclass(frozen=True, kw_only=True)
class Number(Step):
    """A number within a range (digits, full-width digits, a unit after it are fine)."""

    minimum: Decimal
    maximum: Decimal
    decimals: int = 0
    options: Options | None = None  # suggested values as buttons (the unit's area …)

    def prompt_args(self, draft: Any) -> dict[str, Any]:
        """The range, for prompts that name it."""
        return {"min": str(self.minimum), "max": str(self.maximum)}

    def buttons(self, draft: Any, ask: Ask) -> list[Option]:
        """The suggested values."""
        return list(ask.options)

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Take a number in range (typed, or a suggestion pressed), or say the range."""
        limits = {"min": str(self.minimum), "max": str(self.maximum)}
        typed = answer.value if answer.kind == "button" else answer.text
        if answer.kind not in ("text", "button") or not typed:
            return Reask("flow-reask-number", limits)
        value = parse_number(typed, self.decimals)
        if value is None:
            return Reask("flow-reask-number", limits)
        if not self.minimum <= value <= self.maximum:
            return Reask("flow-reask-number-range", {"value": str(value), **limits})
        setattr(draft, self.field, str(value) if self.decimals else int(value))
        return Accept()


@dataclass(frozen=True, kw_only=True)
class Day(Step):
    """A day: quick buttons (tomorrow, Friday, end of month) or a typed date."""

    quick: tuple[str, ...] = ("tomorrow", "friday", "month_end")
    days_ahead: int = 366

    def buttons(self, draft: Any, ask: Ask) -> list[Option]:
        """The quick days, each labelled with its date."""
        found: dict[str, Option] = {}
        for word in self.quick:
            day = parse_day(word.replace("_", " "), ask.today)
            if day is not None and day.isoformat() not in found:
                args = {"date": day.isoformat()}
                found[day.isoformat()] = Option(day.isoformat(), QUICK_DAY_KEYS[word], args)
        return list(found.values())

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Take a day from today on, within the horizon."""
        text = answer.value if answer.kind == "button" else answer.text
        day = parse_day(text or "", ask.today) if answer.kind in ("button", "text") else None
        if day is None:
            return Reask("flow-reask-date")
        if day < ask.today:
            return Reask("flow-reask-date-past", {"date": day.isoformat()})
        if (day - ask.today).days > self.days_ahead:
            return Reask("flow-reask-date-far", {"date": day.isoformat()})
        setattr(draft, self.field, day.isoformat())
        return Accept(echo=day.isoformat())


@dataclass(frozen=True, kw_only=True)
class Photos(Step):
    """Up to `max_count` photos, then Done; a caption is added to `caption_to`."""

    max_count: int = 5
    min_count: int = 0  # 1: the step needs a photo (a transfer's screenshot): no Done before
    caption_to: str | None = None
    caption_max: int = 1000

    def applies(self, draft: Any) -> bool:
        """A step for one photo that already came (with the text before it) is not asked."""
        full = self.max_count == 1 and len(getattr(draft, self.field)) >= 1
        return super().applies(draft) and not full

    def prompt_args(self, draft: Any) -> dict[str, Any]:
        """How many photos there are and may be."""
        return {"count": len(getattr(draft, self.field)), "max": self.max_count}

    def buttons(self, draft: Any, ask: Ask) -> list[Option]:
        """Done, and Remove when some photos are there."""
        count = len(getattr(draft, self.field))
        found = [Option("done", "flow-btn-photos-done")] if count >= self.min_count else []
        if getattr(draft, self.field):
            found.append(Option("clear", "flow-btn-photos-clear"))
        return found

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Add a photo (and its caption), finish on Done, re-ask on anything else."""
        photos: list[str] = getattr(draft, self.field)
        done = {"done": ask.t("flow-btn-photos-done")}
        wants_done = (answer.kind == "button" and answer.value == "done") or (
            answer.kind == "text" and self._means_done(answer.text or "", ask)
        )
        if wants_done and len(photos) < self.min_count:
            return Reask("flow-reask-photos-needed", {"min": self.min_count})
        if wants_done:
            return Accept(echo=ask.t("flow-photos-count", count=len(photos)))
        if answer.kind == "button" and answer.value == "clear":
            photos.clear()
            return Stay("flow-photos-cleared")
        if answer.kind != "photo" or not answer.photo:
            if len(photos) < self.min_count:
                return Reask("flow-reask-photos-needed", {"min": self.min_count})
            return Reask("flow-reask-photos", done)
        if len(photos) >= self.max_count:
            return Reask("flow-reask-photos-max", {"max": self.max_count, **done})
        if answer.photo not in photos:
            photos.append(answer.photo)
        self._add_caption(draft, answer.text)
        if self.max_count == 1:  # the one photo asked for: nothing more to wait for
            return Accept(echo=ask.t("flow-photos-count", count=len(photos)))
        if len(photos) >= self.max_count:
            return Stay("flow-photos-full", {"max": self.max_count, **done})
        return Stay("flow-photo-received", {"count": len(photos), "max": self.max_count, **done})

    def _means_done(self, text: str, ask: Ask) -> bool:
        typed = normalize(text)
        return (
            typed in DONE_WORDS
            or typed in DONE_WORDS_ZH
            or typed in ask.labels(Option("done", "flow-btn-photos-done"))
        )

    def _add_caption(self, draft: Any, caption: str | None) -> None:
        if not caption or not self.caption_to:
            return
        current = getattr(draft, self.caption_to) or ""
        joined = f"{current}\n{caption.strip()}".strip()
        if len(joined) <= self.caption_max:
            setattr(draft, self.caption_to, joined)


@dataclass(frozen=True, kw_only=True)
class Confirm(Step):
    """The summary with Confirm, Edit (the listed steps) and Cancel."""

    summary: Callable[[BotContext, Any], Awaitable[str]]
    editable: Sequence[tuple[str, str]] = ()  # (step field, label key)
    field: str = "_confirm"
    prompt: str = ""

    def take(self, draft: Any, answer: Answer, ask: Ask) -> Outcome:
        """Anything typed at the summary shows it again with a word on the buttons."""
        return Reask("flow-reask-confirm")
