"""SQL for exports: the rows behind each sheet, with the names and codes they show."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Select

from storage.tables import (
    accounts,
    bills,
    buildings,
    collection_logs,
    grids,
    notice_recipients,
    notices,
    patrol_plans,
    patrol_results,
    patrol_tasks,
    tickets,
    units,
    violations,
)

Rows = list[dict[str, Any]]


async def _all(conn: AsyncConnection, query: Select[Any]) -> Rows:
    return [dict(row._mapping) for row in await conn.execute(query)]


async def tickets_between(
    conn: AsyncConnection, estate_id: int, kind: str, start: datetime, end: datetime
) -> Rows:
    """Repairs or complaints filed in [start, end), oldest first, with unit, grid and names."""
    reporter, assignee = accounts.alias("reporter"), accounts.alias("assignee")
    query = (
        select(
            tickets,
            units.c.code.label("unit_code"),
            grids.c.code.label("grid_code"),
            reporter.c.name.label("reporter_name"),
            assignee.c.name.label("assignee_name"),
        )
        .outerjoin(units, units.c.id == tickets.c.unit_id)
        .join(grids, grids.c.id == tickets.c.grid_id)
        .outerjoin(reporter, reporter.c.id == tickets.c.reporter_account_id)
        .outerjoin(assignee, assignee.c.id == tickets.c.assignee_account_id)
        .where(
            tickets.c.estate_id == estate_id,
            tickets.c.kind == kind,
            tickets.c.created_at >= start,
            tickets.c.created_at < end,
        )
        .order_by(tickets.c.created_at, tickets.c.id)
    )
    return await _all(conn, query)


async def arrears_on(conn: AsyncConnection, estate_id: int, day: date) -> Rows:
    """Bills open and due before a day, by unit and period."""
    query = (
        select(
            bills,
            units.c.code.label("unit_code"),
            units.c.owner_name,
            units.c.owner_phone,
            grids.c.code.label("grid_code"),
        )
        .join(units, units.c.id == bills.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .join(grids, grids.c.id == buildings.c.grid_id)
        .where(
            bills.c.estate_id == estate_id,
            bills.c.paid_minor < bills.c.amount_minor,
            bills.c.written_off_at.is_(None),
            bills.c.due_date < day,
        )
        .order_by(units.c.code, bills.c.period, bills.c.fee_type)
    )
    return await _all(conn, query)


async def collections_between(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime
) -> Rows:
    """Collection contacts logged in [start, end), oldest first."""
    query = (
        select(
            collection_logs,
            units.c.code.label("unit_code"),
            accounts.c.name.label("staff_name"),
        )
        .join(units, units.c.id == collection_logs.c.unit_id)
        .outerjoin(accounts, accounts.c.id == collection_logs.c.staff_account_id)
        .where(
            units.c.estate_id == estate_id,
            collection_logs.c.created_at >= start,
            collection_logs.c.created_at < end,
        )
        .order_by(collection_logs.c.created_at, collection_logs.c.id)
    )
    return await _all(conn, query)


async def patrols_between(conn: AsyncConnection, estate_id: int, start: date, end: date) -> Rows:
    """Patrol tasks of local dates in [start, end), with their plan and problems found."""
    problems = (
        select(func.count())
        .where(and_(patrol_results.c.task_id == patrol_tasks.c.id, ~patrol_results.c.ok))
        .scalar_subquery()
    )
    query = (
        select(
            patrol_tasks,
            patrol_plans.c.name.label("plan_name"),
            grids.c.code.label("grid_code"),
            accounts.c.name.label("assignee_name"),
            problems.label("problems"),
        )
        .join(patrol_plans, patrol_plans.c.id == patrol_tasks.c.plan_id)
        .join(grids, grids.c.id == patrol_tasks.c.grid_id)
        .outerjoin(accounts, accounts.c.id == patrol_tasks.c.assignee_account_id)
        .where(
            patrol_tasks.c.estate_id == estate_id,
            patrol_tasks.c.local_date >= start,
            patrol_tasks.c.local_date < end,
        )
        .order_by(patrol_tasks.c.local_date, patrol_tasks.c.due_at, patrol_tasks.c.id)
    )
    return await _all(conn, query)


async def violations_between(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime
) -> Rows:
    """Violations recorded in [since, until), and those still open, with unit, grid, handler."""
    handler = accounts.alias("handler")
    query = (
        select(
            violations,
            units.c.code.label("unit_code"),
            grids.c.code.label("grid_code"),
            handler.c.name.label("handler_name"),
        )
        .outerjoin(units, units.c.id == violations.c.unit_id)
        .outerjoin(grids, grids.c.id == violations.c.grid_id)
        .outerjoin(handler, handler.c.id == violations.c.handler_account_id)
        .where(
            violations.c.estate_id == estate_id,
            violations.c.created_at < until,
            (violations.c.created_at >= since) | (violations.c.state == "open"),
        )
        .order_by(violations.c.id)
    )
    return await _all(conn, query)


async def emergencies_between(
    conn: AsyncConnection, estate_id: int, since: datetime, until: datetime
) -> Rows:
    """Emergencies raised in [since, until), with their author and answer counts."""
    table = notice_recipients

    def counted(answer: str | None) -> Any:
        where = [table.c.notice_id == notices.c.id]
        if answer is not None:
            where.append(table.c.answer == answer)
        return select(func.count()).where(*where).scalar_subquery()

    query = (
        select(
            notices,
            accounts.c.name.label("author_name"),
            counted(None).label("recipients"),
            counted("safe").label("safe"),
            counted("help").label("help"),
        )
        .outerjoin(accounts, accounts.c.id == notices.c.author_account_id)
        .where(
            notices.c.estate_id == estate_id,
            notices.c.kind == "emergency",
            notices.c.created_at >= since,
            notices.c.created_at < until,
        )
        .order_by(notices.c.id)
    )
    return await _all(conn, query)
