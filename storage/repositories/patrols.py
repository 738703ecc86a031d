"""SQL for patrol plans, tasks and results."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import PatrolPlan, PatrolResult, PatrolTask
from storage.repositories.sql import insert_ignore, upsert
from storage.tables import patrol_plans, patrol_results, patrol_tasks


async def add_plan(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a plan; return its id."""
    result = await conn.execute(patrol_plans.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def plan(conn: AsyncConnection, plan_id: int) -> PatrolPlan | None:
    """Return a plan by id."""
    row = (await conn.execute(select(patrol_plans).where(patrol_plans.c.id == plan_id))).first()
    return PatrolPlan.model_validate(row._mapping) if row else None


async def plans_of(conn: AsyncConnection, estate_id: int | None = None) -> list[PatrolPlan]:
    """Return the plans of an estate (or of all), by grid then name."""
    query = select(patrol_plans).order_by(patrol_plans.c.grid_id, patrol_plans.c.id)
    if estate_id is not None:
        query = query.where(patrol_plans.c.estate_id == estate_id)
    return [PatrolPlan.model_validate(row._mapping) for row in await conn.execute(query)]


async def remove_plan(conn: AsyncConnection, plan_id: int) -> bool:
    """Delete a plan (its tasks go with it)."""
    result = await conn.execute(delete(patrol_plans).where(patrol_plans.c.id == plan_id))
    return result.rowcount == 1


async def add_task(conn: AsyncConnection, values: dict[str, Any]) -> int | None:
    """Create the task of a plan for a date, once; return its id (None if it existed)."""
    inserted = await insert_ignore(
        conn, patrol_tasks, {"status": "pending", **values}, ["plan_id", "local_date"]
    )
    if not inserted:
        return None
    query = select(patrol_tasks.c.id).where(
        patrol_tasks.c.plan_id == values["plan_id"],
        patrol_tasks.c.local_date == values["local_date"],
    )
    return int((await conn.execute(query)).scalar_one())


async def task(conn: AsyncConnection, task_id: int) -> PatrolTask | None:
    """Return a task by id."""
    row = (await conn.execute(select(patrol_tasks).where(patrol_tasks.c.id == task_id))).first()
    return PatrolTask.model_validate(row._mapping) if row else None


async def update_task(
    conn: AsyncConnection, task_id: int, expected: list[str], values: dict[str, Any]
) -> bool:
    """Update a task if its status is one of those expected."""
    result = await conn.execute(
        update(patrol_tasks)
        .where(patrol_tasks.c.id == task_id, patrol_tasks.c.status.in_(expected))
        .values(**values)
    )
    return result.rowcount == 1


async def tasks_on(conn: AsyncConnection, grid_ids: list[int], day: date) -> list[PatrolTask]:
    """Return the tasks of some grids on a local date."""
    query = (
        select(patrol_tasks)
        .where(patrol_tasks.c.grid_id.in_(grid_ids), patrol_tasks.c.local_date == day)
        .order_by(patrol_tasks.c.due_at, patrol_tasks.c.id)
    )
    return [PatrolTask.model_validate(row._mapping) for row in await conn.execute(query)]


async def put_result(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Store (or replace) the result of one item."""
    row = {"note": "", "photo_file_id": None, "ticket_id": None, **values}  # a whole new row
    await upsert(conn, patrol_results, row, ["task_id", "position"])


async def results(conn: AsyncConnection, task_id: int) -> list[PatrolResult]:
    """Return a task's results in checklist order."""
    query = (
        select(patrol_results)
        .where(patrol_results.c.task_id == task_id)
        .order_by(patrol_results.c.position)
    )
    return [PatrolResult.model_validate(row._mapping) for row in await conn.execute(query)]


async def set_result_ticket(
    conn: AsyncConnection, task_id: int, position: int, ticket_id: int
) -> None:
    """Link the ticket opened for a problem."""
    await conn.execute(
        update(patrol_results)
        .where(patrol_results.c.task_id == task_id, patrol_results.c.position == position)
        .values(ticket_id=ticket_id)
    )


async def day_counts(conn: AsyncConnection, estate_id: int, day: date) -> dict[str, int]:
    """Count an estate's tasks of a date by status, and the problems found."""
    query = (
        select(patrol_tasks.c.status, func.count())
        .where(patrol_tasks.c.estate_id == estate_id, patrol_tasks.c.local_date == day)
        .group_by(patrol_tasks.c.status)
    )
    counts = {row[0]: int(row[1]) for row in await conn.execute(query)}
    problems = (
        select(func.count())
        .select_from(
            patrol_results.join(patrol_tasks, patrol_tasks.c.id == patrol_results.c.task_id)
        )
        .where(
            patrol_tasks.c.estate_id == estate_id,
            patrol_tasks.c.local_date == day,
            patrol_results.c.ok.is_(False),
        )
    )
    counts["problems"] = int((await conn.execute(problems)).scalar_one())
    return counts
