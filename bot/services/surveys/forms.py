"""What a survey is made of and how answers are checked: the kinds of questions, the
limits, a survey as it is posted, an answer as it is given."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from bot.errors import InvalidInput
from bot.services.notices.audience import Audience
from bot.services.surveys.template import CUSTOM
from storage.models import SurveyQuestion

KINDS = ("rating", "single", "multiple", "text")
MAX_QUESTIONS = 8
MAX_OPTIONS = 8
MAX_TITLE = 200
MAX_QUESTION = 300
MAX_OPTION = 40
MAX_ANSWER = 500
MAX_DAYS = 90
STAFF_ROLES = ("manager", "butler")  # who sees a survey's results (a butler: their grids)


class QuestionInput(BaseModel):
    """A question as the manager wrote it (or the template's key)."""

    kind: str
    text: str = ""
    text_key: str | None = None
    options: list[str] = Field(default_factory=list)


class SurveyInput(BaseModel):
    """A survey as it is posted."""

    kind: str = CUSTOM
    title: str
    title_key: str | None = None
    questions: list[QuestionInput]
    audience: Audience
    closes_on: date


class Given(BaseModel):
    """One answer as a resident gave it."""

    position: int
    rating: int | None = None
    choices: list[int] | None = None
    text: str | None = None


def check(form: SurveyInput) -> None:
    """Refuse a survey that cannot be asked as it is."""
    if not form.title.strip() or not 1 <= len(form.questions) <= MAX_QUESTIONS:
        raise InvalidInput("survey-need-questions", most=MAX_QUESTIONS)
    for question in form.questions:
        if question.kind not in KINDS or not (question.text.strip() or question.text_key):
            raise InvalidInput("survey-need-questions", most=MAX_QUESTIONS)
        choices = question.kind in ("single", "multiple")
        if choices and not 2 <= len(question.options) <= MAX_OPTIONS:
            raise InvalidInput("survey-bad-options", most=MAX_OPTIONS, longest=MAX_OPTION)


def answers_of(questions: list[SurveyQuestion], given: list[Given]) -> list[dict[str, object]]:
    """The answers as stored, each checked against its question; text may stay empty."""
    by_position = {g.position: g for g in given}
    rows: list[dict[str, object]] = []
    for question in questions:
        answer = by_position.get(question.position)
        row: dict[str, object] = {"position": question.position}
        if question.kind == "rating":
            if answer is None or answer.rating is None or not 1 <= answer.rating <= 5:
                raise InvalidInput("survey-incomplete")
            row["rating"] = answer.rating
        elif question.kind in ("single", "multiple"):
            chosen = sorted(set(answer.choices or [])) if answer else []
            if not chosen or any(not 0 <= c < len(question.options) for c in chosen):
                raise InvalidInput("survey-incomplete")
            if question.kind == "single" and len(chosen) != 1:
                raise InvalidInput("survey-incomplete")
            row["choices"] = chosen
        else:
            text = (answer.text or "").strip() if answer else ""
            if not text:
                continue  # a free-text question may be left out
            row["text"] = text[:MAX_ANSWER]
        rows.append(row)
    return rows
