"""The standing quarterly satisfaction survey (季度客户满意度调查), from the training material:
service attitude, response speed, cleanliness, security and repairs rated 1-5, then
suggestions. Its texts are locale keys, so each resident reads it in their own language."""

from __future__ import annotations

from datetime import date
from typing import Any

from storage.models import Survey, SurveyQuestion

SERVICE = "service"
CUSTOM = "custom"
QUESTION_KIND_KEYS = {
    "rating": "survey-kind-rating",
    "single": "survey-kind-single",
    "multiple": "survey-kind-multiple",
    "text": "survey-kind-text",
}
QUARTERLY_TITLE = "survey-title-quarterly"
QUARTERLY = (
    ("rating", "survey-q-attitude"),
    ("rating", "survey-q-speed"),
    ("rating", "survey-q-cleaning"),
    ("rating", "survey-q-security"),
    ("rating", "survey-q-repairs"),
    ("text", "survey-q-suggestions"),
)


def quarter_of(day: date) -> str:
    """The quarter a day falls in, as stored in the title: "2026-Q4"."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def title_arg(survey: Survey) -> str | dict[str, Any]:
    """The title as a text argument: as typed, or the template's key with its quarter."""
    if not survey.title_key:
        return survey.title
    year, _, quarter = survey.title.partition("-Q")
    return {"key": survey.title_key, "args": {"year": year, "quarter": quarter}}


def question_arg(question: SurveyQuestion) -> str | dict[str, Any]:
    """A question's text as an argument: as typed, or its locale key."""
    return {"key": question.text_key} if question.text_key else question.text
