"""A manager builds a survey in chat (a title, up to eight questions of four kinds, the
audience, the closing day), or sends the quarterly satisfaction survey (季度客户满意度调查)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, create_model

from bot.context import BotContext
from bot.errors import InvalidInput
from bot.services.notices.audience import NAMED, SCOPE_KEYS, Audience, parse_targets
from bot.services.surveys.forms import (
    MAX_OPTION,
    MAX_OPTIONS,
    MAX_QUESTION,
    MAX_QUESTIONS,
    MAX_TITLE,
    QuestionInput,
    SurveyInput,
)
from bot.services.surveys.template import QUARTERLY, QUESTION_KIND_KEYS
from handlers.flow import Choice, Confirm, Day, Flow, Option, Reply
from handlers.flow import Text as TextStep
from handlers.flow.steps import Step
from handlers.notices import text
from handlers.notices.outage import checked_targets
from handlers.surveys import card

SCOPES = tuple(Option(s, SCOPE_KEYS[s]) for s in ("estate", "buildings"))
KINDS = tuple(Option(kind, key) for kind, key in QUESTION_KIND_KEYS.items())
DONE = Option("done", "survey-kind-done")
CHOICES = ("single", "multiple")
CLOSE_DAYS = ("friday", "month_end")


class BuildBase(BaseModel):
    """What every survey draft has: the audience and the closing day."""

    title: str | None = None
    scope: str | None = None
    targets: str | None = None
    closes: str | None = None


SLOTS = range(1, MAX_QUESTIONS + 1)
SurveyDraft = create_model(  # k1 (the kind), q1 (the text), o1 (the choices) … k8, q8, o8
    "SurveyDraft",
    __base__=BuildBase,
    **{f"{p}{n}": (str | None, None) for n in SLOTS for p in "kqo"},  # type: ignore[call-overload]
)


@dataclass(frozen=True, kw_only=True)
class Numbered(Step):
    """A step of question slot `number`: its number goes into the prompt."""

    number: int = 1

    def prompt_args(self, draft: Any) -> dict[str, Any]:
        """The question's number, and the step's own arguments."""
        return {**super().prompt_args(draft), "number": self.number}


@dataclass(frozen=True, kw_only=True)
class KindStep(Numbered, Choice):
    """What kind of question the slot holds (or no more questions)."""


@dataclass(frozen=True, kw_only=True)
class SlotText(Numbered, TextStep):
    """The question's text, or its choices (one per line), as typed."""


def _kind(draft: Any, n: int) -> str | None:
    return getattr(draft, f"k{n}", None)


def _asked(draft: Any, n: int) -> bool:
    """Slot n holds a question (its kind is chosen and is not "no more")."""
    return _kind(draft, n) not in (None, "done")


def _offered(n: int) -> Any:
    return lambda d: n == 1 or _asked(d, n - 1)


def _has_text(n: int) -> Any:
    return lambda d: _asked(d, n)


def _has_choices(n: int) -> Any:
    return lambda d: _kind(d, n) in CHOICES


async def checked_options(context: BotContext, draft: Any, value: str) -> str:
    """Choices typed one per line: two to eight, each short enough for a button."""
    lines = list(dict.fromkeys(line.strip() for line in value.splitlines() if line.strip()))
    if not 2 <= len(lines) <= MAX_OPTIONS or any(len(line) > MAX_OPTION for line in lines):
        raise InvalidInput("survey-bad-options", most=MAX_OPTIONS, longest=MAX_OPTION)
    return "\n".join(lines)


def _slot_steps(n: int) -> list[Step]:
    return [
        KindStep(
            field=f"k{n}",
            prompt="survey-ask-kind" if n == 1 else "survey-ask-next-kind",
            options=KINDS if n == 1 else (*KINDS, DONE),
            columns=2,
            number=n,
            when=_offered(n),
        ),
        SlotText(
            field=f"q{n}",
            prompt="survey-ask-question",
            max_length=MAX_QUESTION,
            number=n,
            when=_has_text(n),
        ),
        SlotText(
            field=f"o{n}",
            prompt="survey-ask-options",
            max_length=MAX_OPTIONS * (MAX_OPTION + 1),
            check=checked_options,
            number=n,
            when=_has_choices(n),
        ),
    ]


def _audience(draft: Any) -> Audience:
    return Audience(scope=draft.scope or "estate", targets=parse_targets(draft.targets or ""))


def _questions(draft: Any) -> list[QuestionInput]:
    return [
        QuestionInput(
            kind=_kind(draft, n) or "text",
            text=getattr(draft, f"q{n}") or "",
            options=(getattr(draft, f"o{n}") or "").splitlines(),
        )
        for n in SLOTS
        if _asked(draft, n)
    ]


def _closes_on(draft: Any) -> date:
    return date.fromisoformat(draft.closes or "")


async def begin(context: BotContext, args: dict[str, Any]) -> Any:
    """Managers only."""
    await context.services.surveys.estate_of(context.require_viewer())
    return SurveyDraft()


async def _summary(context: BotContext, draft: Any, title: Any, questions: list[Any]) -> str:
    surveys = context.services.surveys
    estate = await surveys.estate_of(context.require_viewer())
    lines = [card.question_line(context.t, n, q) for n, q in enumerate(questions, start=1)]
    return context.t(
        "survey-summary",
        title=title,
        questions=lines,
        audience=text.audience(context.t, _audience(draft)),
        count=await surveys.count(estate, _audience(draft)),
        closes=surveys.closing(estate, _closes_on(draft))
        .astimezone(context.zone())
        .strftime("%Y-%m-%d %H:%M"),
    )


async def summary(context: BotContext, draft: Any) -> str:
    """The survey as residents will read it."""
    return await _summary(context, draft, draft.title or "-", _questions(draft))


async def finish(context: BotContext, draft: Any, token: str) -> Reply:
    """Post it."""
    viewer = context.require_viewer()
    surveys = context.services.surveys
    estate = await surveys.estate_of(viewer)
    form = SurveyInput(
        title=draft.title or "",
        questions=_questions(draft),
        audience=_audience(draft),
        closes_on=_closes_on(draft),
    )
    survey_id = await surveys.post(viewer, estate, form, token)
    return await card.posted(context, survey_id)


def _tail() -> list[Step]:
    return [
        Choice(field="scope", prompt="survey-ask-scope", options=SCOPES, columns=1),
        TextStep(
            field="targets",
            prompt="notice-ask-targets",
            max_length=300,
            check=checked_targets,
            when=lambda d: d.scope in NAMED,
        ),
        Day(field="closes", prompt="survey-ask-closes", quick=CLOSE_DAYS, days_ahead=90),
    ]


NEW = Flow(
    name="survey_new",
    title="flow-title-survey",
    draft=SurveyDraft,
    begin=begin,
    finish=finish,
    menu="survey_new",
    steps=[
        TextStep(field="title", prompt="survey-ask-title", max_length=MAX_TITLE),
        *(step for n in SLOTS for step in _slot_steps(n)),
        *_tail(),
        Confirm(summary=summary, editable=[("title", "survey-field-title")]),
    ],
)


class QuarterlyDraft(BuildBase):
    """The quarterly survey: only whom and until when."""


async def begin_quarterly(context: BotContext, args: dict[str, Any]) -> QuarterlyDraft:
    """Managers only."""
    await context.services.surveys.estate_of(context.require_viewer())
    return QuarterlyDraft()


async def summary_quarterly(context: BotContext, draft: QuarterlyDraft) -> str:
    """The quarterly survey as residents will read it."""
    surveys = context.services.surveys
    estate = await surveys.estate_of(context.require_viewer())
    form = surveys.quarterly(estate, _audience(draft), _closes_on(draft))
    questions = [QuestionInput(kind=k, text_key=key) for k, key in QUARTERLY]
    return await _summary(context, draft, card.input_title(form), questions)


async def finish_quarterly(context: BotContext, draft: QuarterlyDraft, token: str) -> Reply:
    """Send it."""
    viewer = context.require_viewer()
    surveys = context.services.surveys
    estate = await surveys.estate_of(viewer)
    form = surveys.quarterly(estate, _audience(draft), _closes_on(draft))
    survey_id = await surveys.post(viewer, estate, form, token)
    return await card.posted(context, survey_id)


QUARTERLY_FLOW = Flow(
    name="survey_quarterly",
    title="flow-title-survey-quarterly",
    draft=QuarterlyDraft,
    begin=begin_quarterly,
    finish=finish_quarterly,
    menu="survey_quarterly",
    steps=[*_tail(), Confirm(summary=summary_quarterly)],
)
FLOWS: list[Flow[Any]] = [NEW, QUARTERLY_FLOW]
