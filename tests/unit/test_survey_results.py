"""A survey's results: averages and stars per rating, counts per option, the texts capped,
and the ratings per grid and per butler of the grid."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.surveys.results import MAX_TEXTS, compute, mean
from storage.models import SurveyAnswer, SurveyQuestion, SurveyResponse

T0 = datetime(2026, 12, 1, tzinfo=UTC)
QUESTIONS = [
    SurveyQuestion(survey_id=1, position=1, kind="rating", text="", text_key="survey-q-attitude",
                   options=[]),
    SurveyQuestion(survey_id=1, position=2, kind="rating", text="Speed?", text_key=None,
                   options=[]),
    SurveyQuestion(survey_id=1, position=3, kind="multiple", text="Which?", text_key=None,
                   options=["Gym", "Pool", "Garden"]),
    SurveyQuestion(survey_id=1, position=4, kind="text", text="More?", text_key=None, options=[]),
]  # fmt: skip
GRIDS = {10: "A", 20: "B"}
BUTLERS = {10: [100], 20: [200, 201]}
NAMES = {100: "Liu Min", 200: "Wang Li", 201: "Chen Jie"}


def _response(account: int, grid: int | None, minutes: int = 0) -> SurveyResponse:
    at = T0 + timedelta(minutes=minutes)
    return SurveyResponse(
        survey_id=1, account_id=account, unit_id=None, grid_id=grid, changes=0,
        created_at=at, updated_at=at,
    )  # fmt: skip


def _answer(account: int, position: int, **values: object) -> SurveyAnswer:
    fields = {"rating": None, "choices": None, "text": None} | values
    return SurveyAnswer(survey_id=1, account_id=account, position=position, **fields)


def _data() -> tuple[list[SurveyResponse], list[SurveyAnswer]]:
    responses = [_response(1, 10, 0), _response(2, 20, 1), _response(3, 20, 2)]
    answers = [
        _answer(1, 1, rating=2), _answer(1, 2, rating=3), _answer(1, 3, choices=[0, 2]),
        _answer(2, 1, rating=5), _answer(2, 2, rating=4), _answer(2, 3, choices=[1]),
        _answer(2, 4, text="  Open on Sundays "),
        _answer(3, 1, rating=5), _answer(3, 2, rating=5), _answer(3, 3, choices=[0]),
        _answer(3, 4, text="More lights"),
    ]  # fmt: skip
    return responses, answers


def test_ratings_average_and_stars_per_question() -> None:
    responses, answers = _data()
    found = compute(QUESTIONS, responses, answers, GRIDS, BUTLERS, NAMES)
    attitude, speed, which, more = found.questions
    assert found.responses == 3
    assert attitude.answered == 3 and attitude.stars == [0, 1, 0, 0, 2]
    assert attitude.average == 4.0
    assert speed.average == 4.0 and speed.stars == [0, 0, 1, 1, 1]
    assert which.counts == [2, 1, 1] and which.answered == 3
    assert more.texts == ["More lights", "Open on Sundays"]  # the latest first, trimmed
    assert found.average == 24 / 6


def test_ratings_per_grid_and_per_butler_of_the_grid() -> None:
    responses, answers = _data()
    found = compute(QUESTIONS, responses, answers, GRIDS, BUTLERS, NAMES)
    assert [(g.name, g.responses, g.ratings, g.average) for g in found.grids] == [
        ("A", 1, 2, 2.5),
        ("B", 2, 4, 4.75),
    ]
    assert [(b.name, b.responses, b.average) for b in found.butlers] == [
        ("Chen Jie", 2, 4.75),
        ("Liu Min", 1, 2.5),
        ("Wang Li", 2, 4.75),
    ]


def test_a_butlers_own_grids_only_and_nothing_answered() -> None:
    responses, answers = _data()
    mine = compute(QUESTIONS, responses[:1], answers, GRIDS, BUTLERS, NAMES)
    assert mine.responses == 1 and mine.questions[0].stars == [0, 1, 0, 0, 0]
    assert [b.name for b in mine.butlers] == ["Liu Min"]
    empty = compute(QUESTIONS, [], [], GRIDS, BUTLERS, NAMES)
    assert empty.average is None and empty.questions[0].average is None
    assert empty.grids == [] and empty.butlers == []
    assert mean([]) is None


def test_free_texts_are_capped() -> None:
    question = [QUESTIONS[3]]
    responses = [_response(n, None, n) for n in range(1, MAX_TEXTS + 4)]
    answers = [_answer(r.account_id, 4, text=f"idea {r.account_id}") for r in responses]
    answers.append(_answer(99, 4, text="not a response"))  # no response of theirs: not counted
    found = compute(question, responses, answers, GRIDS, BUTLERS, NAMES).questions[0]
    assert found.answered == MAX_TEXTS + 3 and len(found.texts) == MAX_TEXTS
    assert found.texts[0] == f"idea {MAX_TEXTS + 3}" and found.more_texts == 3
