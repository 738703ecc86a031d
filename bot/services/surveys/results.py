"""A survey's results from its answers: per question counts and averages, and the ratings'
average per grid and per butler (the butlers of the resident's grid). Pure: no database."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import BaseModel

from storage.models import SurveyAnswer, SurveyQuestion, SurveyResponse

STARS = 5
MAX_TEXTS = 10  # free-text answers listed per question


class QuestionResult(BaseModel):
    """One question's figures."""

    question: SurveyQuestion
    answered: int = 0
    stars: list[int] = [0] * STARS  # how many gave 1 … 5 stars
    average: float | None = None
    counts: list[int] = []  # per option
    texts: list[str] = []  # the latest first, at most MAX_TEXTS
    more_texts: int = 0


class GroupAverage(BaseModel):
    """The ratings of the responses of one grid, or of one butler's grids."""

    id: int
    name: str
    responses: int
    ratings: int
    average: float | None


class SurveyResults(BaseModel):
    """Every question's figures, and the ratings by grid and by butler."""

    responses: int
    questions: list[QuestionResult]
    grids: list[GroupAverage]
    butlers: list[GroupAverage]

    @property
    def average(self) -> float | None:
        """The average of every rating given (all rating questions)."""
        stars = [(n + 1) * c for q in self.questions for n, c in enumerate(q.stars)]
        count = sum(sum(q.stars) for q in self.questions)
        return sum(stars) / count if count else None


def mean(values: Iterable[int]) -> float | None:
    """The mean, or None for no values."""
    found = list(values)
    return sum(found) / len(found) if found else None


def compute(
    questions: list[SurveyQuestion],
    responses: list[SurveyResponse],
    answers: list[SurveyAnswer],
    grid_codes: Mapping[int, str],
    grid_butlers: Mapping[int, list[int]],
    names: Mapping[int, str],
) -> SurveyResults:
    """The figures of the given responses (all of them, or those of some grids)."""
    counted = {r.account_id for r in responses}
    mine = [a for a in answers if a.account_id in counted]
    found = [
        _question(q, [a for a in mine if a.position == q.position], responses) for q in questions
    ]
    rating_positions = {q.position for q in questions if q.kind == "rating"}
    ratings: dict[int, list[int]] = {}  # account: every star they gave
    for answer in mine:
        if answer.position in rating_positions and answer.rating:
            ratings.setdefault(answer.account_id, []).append(answer.rating)
    by_grid: dict[int, list[SurveyResponse]] = {}
    for response in responses:
        if response.grid_id is not None:
            by_grid.setdefault(response.grid_id, []).append(response)
    grids = [
        _group(grid_id, grid_codes.get(grid_id, "-"), rows, ratings)
        for grid_id, rows in sorted(by_grid.items(), key=lambda i: grid_codes.get(i[0], ""))
    ]
    butler_rows: dict[int, list[SurveyResponse]] = {}
    for grid_id, rows in by_grid.items():
        for butler in grid_butlers.get(grid_id, []):
            butler_rows.setdefault(butler, []).extend(rows)
    butlers = [
        _group(account, names.get(account, "-"), rows, ratings)
        for account, rows in sorted(butler_rows.items(), key=lambda i: names.get(i[0], ""))
    ]
    return SurveyResults(responses=len(responses), questions=found, grids=grids, butlers=butlers)


def _question(
    question: SurveyQuestion, answers: list[SurveyAnswer], responses: list[SurveyResponse]
) -> QuestionResult:
    result = QuestionResult(question=question, counts=[0] * len(question.options))
    if question.kind == "rating":
        given = [a.rating for a in answers if a.rating and 1 <= a.rating <= STARS]
        result.answered = len(given)
        result.stars = [given.count(n) for n in range(1, STARS + 1)]
        result.average = mean(given)
    elif question.kind in ("single", "multiple"):
        chosen = [a.choices for a in answers if a.choices]
        result.answered = len(chosen)
        for choices in chosen:
            for index in set(choices):
                if 0 <= index < len(result.counts):
                    result.counts[index] += 1
    else:
        when = {r.account_id: r.updated_at for r in responses}
        written = [a for a in answers if a.text and a.text.strip()]
        written.sort(key=lambda a: when[a.account_id], reverse=True)
        result.answered = len(written)
        result.texts = [str(a.text).strip() for a in written[:MAX_TEXTS]]
        result.more_texts = max(0, len(written) - MAX_TEXTS)
    return result


def _group(
    key: int, name: str, rows: list[SurveyResponse], ratings: Mapping[int, list[int]]
) -> GroupAverage:
    stars = [s for r in rows for s in ratings.get(r.account_id, [])]
    return GroupAverage(
        id=key, name=name, responses=len(rows), ratings=len(stars), average=mean(stars)
    )
