"""A resident answers a survey: each question in turn (a rating as five buttons, one choice,
several with Done, or a text), then the answers are stored; answering again replaces them
(the questions are asked afresh, not pre-filled)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field, create_model

from bot.callbacks import SurveyAct
from bot.context import BotContext
from bot.services.surveys.forms import MAX_ANSWER, MAX_QUESTIONS, Given
from bot.services.surveys.template import question_arg, title_arg
from handlers.flow import Choice, Entry, Flow, Option, Pick, Reply
from handlers.flow import Text as TextStep
from handlers.flow.steps import Step
from storage.models import SurveyQuestion

HINT_KEYS = {
    "rating": "survey-hint-rating",
    "single": "survey-hint-single",
    "multiple": "survey-hint-multiple",
    "text": "survey-hint-text",
}
STARS = tuple(Option(str(n), "survey-star", {"stars": n}) for n in range(1, 6))
SLOTS = range(1, MAX_QUESTIONS + 1)


class AnswerBase(BaseModel):
    """The survey being answered and its questions."""

    survey_id: int
    title: Any = ""
    closes: str = ""
    again: bool = False
    questions: list[SurveyQuestion] = Field(default_factory=list)


AnswerDraft = create_model(  # a1 (a rating), s1 (a choice), m1 (several), t1 (a text) …
    "AnswerDraft",
    __base__=AnswerBase,
    **{f"a{n}": (str | None, None) for n in SLOTS},  # type: ignore[call-overload]
    **{f"s{n}": (str | None, None) for n in SLOTS},
    **{f"m{n}": (list[str], Field(default_factory=list)) for n in SLOTS},
    **{f"t{n}": (str | None, None) for n in SLOTS},
)


def _question(draft: Any, n: int) -> SurveyQuestion | None:
    questions: list[SurveyQuestion] = draft.questions
    return questions[n - 1] if n <= len(questions) else None


def _kind_is(n: int, *kinds: str) -> Any:
    def applies(draft: Any) -> bool:
        question = _question(draft, n)
        return question is not None and question.kind in kinds

    return applies


@dataclass(frozen=True, kw_only=True)
class Asked(Step):
    """A step answering question `number`: its text (as typed, or its key) in the prompt."""

    number: int = 1

    def prompt_args(self, draft: Any) -> dict[str, Any]:
        """The question, its number of how many, and what kind of answer it wants."""
        question = _question(draft, self.number)
        assert question is not None
        return {
            **super().prompt_args(draft),
            "number": self.number,
            "total": len(draft.questions),
            "question": question_arg(question),
            "hint": {"key": HINT_KEYS[question.kind]},
        }


@dataclass(frozen=True, kw_only=True)
class AskOne(Asked, Choice):
    """A rating (five buttons), or one of the choices (one per row)."""


@dataclass(frozen=True, kw_only=True)
class AskSome(Asked, Pick):
    """Several of the choices, then Done."""


@dataclass(frozen=True, kw_only=True)
class AskText(Asked, TextStep):
    """A text (may be skipped)."""


def _options(n: int) -> Any:
    async def options(context: BotContext, draft: Any) -> list[Option]:
        question = _question(draft, n)
        if question is None:
            return []
        if question.kind == "rating":
            return list(STARS)
        return [Option(str(i), o, literal=True) for i, o in enumerate(question.options)]

    return options


def _steps(n: int) -> list[Step]:
    return [
        AskOne(
            field=f"a{n}",
            prompt="survey-ask-answer",
            options=_options(n),
            columns=5,
            number=n,
            when=_kind_is(n, "rating"),
        ),
        AskOne(
            field=f"s{n}",
            prompt="survey-ask-answer",
            options=_options(n),
            columns=1,
            number=n,
            when=_kind_is(n, "single"),
        ),
        AskSome(
            field=f"m{n}",
            prompt="survey-ask-answer",
            options=_options(n),
            columns=1,
            number=n,
            when=_kind_is(n, "multiple"),
        ),
        AskText(
            field=f"t{n}",
            prompt="survey-ask-answer",
            max_length=MAX_ANSWER,
            optional=True,
            number=n,
            when=_kind_is(n, "text"),
        ),
    ]


async def begin(context: BotContext, args: dict[str, Any]) -> Any:
    """Residents asked, while the survey is open."""
    surveys = context.services.surveys
    survey, questions, again = await surveys.check_answer(
        context.require_viewer(), args["survey_id"]
    )
    closes = survey.closes_at.astimezone(context.zone()).strftime("%Y-%m-%d %H:%M")
    return AnswerDraft(
        survey_id=survey.id,
        title=title_arg(survey),
        closes=closes,
        again=again,
        questions=questions,
    )


def _given(draft: Any) -> list[Given]:
    found = []
    for n, question in enumerate(draft.questions, start=1):
        one, some, written = getattr(draft, f"s{n}"), getattr(draft, f"m{n}"), None
        if question.kind == "rating":
            stars = int(getattr(draft, f"a{n}") or 0)
            found.append(Given(position=question.position, rating=stars))
            continue
        if question.kind == "single":
            chosen = [int(one)] if one is not None else []
        elif question.kind == "multiple":
            chosen = [int(value) for value in some]
        else:
            chosen, written = None, getattr(draft, f"t{n}")
        found.append(Given(position=question.position, choices=chosen, text=written))
    return found


async def finish(context: BotContext, draft: Any, token: str) -> Reply:
    """Store the answers (replacing earlier ones)."""
    again = await context.services.surveys.answer(
        context.require_viewer(), draft.survey_id, _given(draft), token
    )
    return Reply(
        context.t("survey-thanks", title=draft.title, closes=draft.closes, again=int(again))
    )


ANSWER = Flow(
    name="survey_answer",
    title="flow-title-survey-answer",
    draft=AnswerDraft,
    begin=begin,
    finish=finish,
    prompt_args=lambda context, draft: {"title": draft.title},
    entries=[
        Entry(
            SurveyAct,
            lambda data: {"survey_id": data.survey_id},
            when=lambda data: data.action == "ans",
        )
    ],
    steps=[step for n in SLOTS for step in _steps(n)],
)
FLOWS: list[Flow[Any]] = [ANSWER]
