"""SQL for surveys: their questions, one response per resident, and its answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
from storage.repositories.sql import upsert
from storage.tables import (
    grids,
    survey_answers,
    survey_questions,
    survey_responses,
    surveys,
    units,
)


async def add(
    conn: AsyncConnection, values: dict[str, Any], questions: list[dict[str, Any]]
) -> int:
    """Store a survey with its questions; return its id."""
    result = await conn.execute(surveys.insert().values(**values))
    survey_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    for question in questions:
        await conn.execute(survey_questions.insert().values(survey_id=survey_id, **question))
    return survey_id


async def get(conn: AsyncConnection, survey_id: int, *, lock: bool = False) -> Survey | None:
    """One survey (locked: closing and answering one survey go one at a time)."""
    query = select(surveys).where(surveys.c.id == survey_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return Survey.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, survey_id: int, values: dict[str, Any]) -> None:
    """Set some columns of a survey."""
    await conn.execute(update(surveys).where(surveys.c.id == survey_id).values(**values))


async def of_estates(conn: AsyncConnection, estate_ids: list[int], limit: int) -> list[Survey]:
    """The latest surveys of some estates, open ones first, then by closing, newest first."""
    query = (
        select(surveys)
        .where(surveys.c.estate_id.in_(estate_ids))
        .order_by(surveys.c.state.desc(), surveys.c.closes_at.desc(), surveys.c.id.desc())
        .limit(limit)
    )
    return [Survey.model_validate(r._mapping) for r in await conn.execute(query)]


async def open_of(conn: AsyncConnection, estate_id: int) -> list[Survey]:
    """The open surveys of an estate, closing soonest first."""
    query = (
        select(surveys)
        .where(surveys.c.estate_id == estate_id, surveys.c.state == "open")
        .order_by(surveys.c.closes_at, surveys.c.id)
    )
    return [Survey.model_validate(r._mapping) for r in await conn.execute(query)]


async def closed_between(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime
) -> list[Survey]:
    """Surveys of an estate that closed in [start, end)."""
    table = surveys
    query = (
        select(table)
        .where(
            table.c.estate_id == estate_id,
            table.c.state == "closed",
            table.c.closed_at >= start,
            table.c.closed_at < end,
        )
        .order_by(table.c.closed_at, table.c.id)
    )
    return [Survey.model_validate(r._mapping) for r in await conn.execute(query)]


async def questions(conn: AsyncConnection, survey_id: int) -> list[SurveyQuestion]:
    """A survey's questions in order."""
    table = survey_questions
    query = select(table).where(table.c.survey_id == survey_id).order_by(table.c.position)
    return [SurveyQuestion.model_validate(r._mapping) for r in await conn.execute(query)]


async def responses(conn: AsyncConnection, survey_id: int) -> list[SurveyResponse]:
    """Every response to a survey, first answered first."""
    table = survey_responses
    query = (
        select(table)
        .where(table.c.survey_id == survey_id)
        .order_by(table.c.created_at, table.c.account_id)
    )
    return [SurveyResponse.model_validate(r._mapping) for r in await conn.execute(query)]


async def response_count(conn: AsyncConnection, survey_id: int) -> int:
    """How many residents answered a survey."""
    table = survey_responses
    query = select(func.count()).select_from(table).where(table.c.survey_id == survey_id)
    return int((await conn.execute(query)).scalar_one())


async def answers(conn: AsyncConnection, survey_id: int) -> list[SurveyAnswer]:
    """Every answer to a survey's questions."""
    table = survey_answers
    query = (
        select(table)
        .where(table.c.survey_id == survey_id)
        .order_by(table.c.account_id, table.c.position)
    )
    return [SurveyAnswer.model_validate(r._mapping) for r in await conn.execute(query)]


async def put_response(
    conn: AsyncConnection, values: dict[str, Any], answered: list[dict[str, Any]]
) -> None:
    """Store a resident's response, replacing their earlier answers (one response each)."""
    await upsert(
        conn,
        survey_responses,
        values,
        ["survey_id", "account_id"],
        update={
            "unit_id": values["unit_id"],
            "grid_id": values["grid_id"],
            "updated_at": values["updated_at"],
            "changes": survey_responses.c.changes + 1,
        },
    )
    key = (survey_answers.c.survey_id, survey_answers.c.account_id)
    await conn.execute(
        delete(survey_answers).where(key[0] == values["survey_id"], key[1] == values["account_id"])
    )
    for row in answered:
        await conn.execute(
            survey_answers.insert().values(
                survey_id=values["survey_id"], account_id=values["account_id"], **row
            )
        )


async def answer_rows(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime
) -> list[dict[str, Any]]:
    """Every answer of responses given (or last changed) in [start, end), for the export."""
    query = (
        select(
            surveys.c.id,
            surveys.c.title,
            surveys.c.title_key,
            survey_questions.c.position,
            survey_questions.c.kind,
            survey_questions.c.text.label("question"),
            survey_questions.c.text_key.label("question_key"),
            survey_questions.c.options,
            survey_answers.c.rating,
            survey_answers.c.choices,
            survey_answers.c.text,
            survey_responses.c.grid_id,
            survey_responses.c.updated_at,
            units.c.code.label("unit"),
            grids.c.code.label("grid"),
        )
        .select_from(survey_answers)
        .join(
            survey_responses,
            (survey_responses.c.survey_id == survey_answers.c.survey_id)
            & (survey_responses.c.account_id == survey_answers.c.account_id),
        )
        .join(surveys, surveys.c.id == survey_answers.c.survey_id)
        .join(
            survey_questions,
            (survey_questions.c.survey_id == survey_answers.c.survey_id)
            & (survey_questions.c.position == survey_answers.c.position),
        )
        .outerjoin(units, units.c.id == survey_responses.c.unit_id)
        .outerjoin(grids, grids.c.id == survey_responses.c.grid_id)
        .where(
            surveys.c.estate_id == estate_id,
            survey_responses.c.updated_at >= start,
            survey_responses.c.updated_at < end,
        )
        .order_by(
            surveys.c.id, survey_responses.c.updated_at, units.c.code, survey_answers.c.position
        )
    )
    return [dict(row._mapping) for row in await conn.execute(query)]
