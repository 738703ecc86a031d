"""A survey's results read from the database (all of them, or a butler's grids), and the
survey lines of the daily digest."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.services.surveys.results import SurveyResults, compute
from bot.services.surveys.template import SERVICE, title_arg
from storage.models import Estate, Survey
from storage.repositories import estates, people, surveys


def key_arg(key: str, **args: Any) -> dict[str, Any]:
    """A text the reader's language renders (a line of the digest)."""
    return {"key": key, "args": args}


def average_text(value: float | None) -> str:
    """An average with one decimal, or '-'."""
    return "-" if value is None else f"{value:.1f}"


async def load(
    conn: AsyncConnection, survey: Survey, grid_ids: set[int] | None = None
) -> SurveyResults:
    """The results of a survey; with `grid_ids`, of the responses from those grids only."""
    questions = await surveys.questions(conn, survey.id)
    responses = await surveys.responses(conn, survey.id)
    if grid_ids is not None:
        responses = [r for r in responses if r.grid_id in grid_ids]
    answers = await surveys.answers(conn, survey.id)
    grids = await estates.grids_of(conn, survey.estate_id)
    butlers = {g.id: await people.butlers_of_grid(conn, g.id) for g in grids}
    if survey.kind != SERVICE:
        butlers = {}  # per butler only for the service survey
    names = await people.names(conn, sorted({b for found in butlers.values() for b in found}))
    codes = {g.id: g.code for g in grids}
    return compute(questions, responses, answers, codes, butlers, names)


async def digest_lines(
    conn: AsyncConnection, estate: Estate, start: datetime, end: datetime
) -> list[Any]:
    """The digest's survey lines: those closed that day (the service survey per butler),
    then the open ones with their answer counts. No surveys: nothing."""
    lines: list[Any] = []
    zone = ZoneInfo(estate.timezone)
    for survey in await surveys.closed_between(conn, estate.id, start, end):
        found = await load(conn, survey)
        lines.append(
            key_arg(
                "survey-digest-closed",
                title=title_arg(survey),
                answered=found.responses,
                invited=survey.invited,
                average=average_text(found.average),
            )
        )
        for butler in found.butlers:
            lines.append(
                key_arg(
                    "survey-digest-butler",
                    name=butler.name,
                    average=average_text(butler.average),
                    answered=butler.responses,
                )
            )
    for survey in await surveys.open_of(conn, estate.id):
        if survey.created_at >= end:
            continue
        lines.append(
            key_arg(
                "survey-digest-open",
                title=title_arg(survey),
                answered=await surveys.response_count(conn, survey.id),
                invited=survey.invited,
                closes=survey.closes_at.astimezone(zone).strftime("%m-%d %H:%M"),
            )
        )
    return ["", key_arg("survey-digest-head"), *lines] if lines else []
