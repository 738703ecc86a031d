"""SQL for the figures of a period: the moments of what happened, and per-date patrol counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import (
    collection_logs,
    notices,
    patrol_results,
    patrol_tasks,
    ticket_events,
    tickets,
    units,
    violations,
)


async def ticket_moments(
    conn: AsyncConnection, estate_id: int, column: str, start: datetime, end: datetime
) -> list[tuple[str, datetime]]:
    """(kind, moment) of the estate's tickets whose `column` time falls in [start, end)."""
    moment = tickets.c[column]
    query = select(tickets.c.kind, moment).where(
        tickets.c.estate_id == estate_id, moment >= start, moment < end
    )
    return [(str(row[0]), row[1]) for row in await conn.execute(query)]


async def event_moments(
    conn: AsyncConnection, estate_id: int, actions: Sequence[str], start: datetime, end: datetime
) -> list[tuple[str, datetime]]:
    """(action, at) of the estate's ticket events of some actions in [start, end)."""
    query = (
        select(ticket_events.c.action, ticket_events.c.at)
        .join(tickets, tickets.c.id == ticket_events.c.ticket_id)
        .where(
            tickets.c.estate_id == estate_id,
            ticket_events.c.action.in_(list(actions)),
            ticket_events.c.at >= start,
            ticket_events.c.at < end,
        )
    )
    return [(str(row[0]), row[1]) for row in await conn.execute(query)]


async def violation_moments(
    conn: AsyncConnection, estate_id: int, column: str, start: datetime, end: datetime
) -> list[datetime]:
    """The `column` times (created_at, closed_at) of the estate's violations in [start, end)."""
    moment = violations.c[column]
    query = select(moment).where(
        violations.c.estate_id == estate_id, moment >= start, moment < end
    )
    return [row[0] for row in await conn.execute(query)]


async def emergency_moments(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime
) -> list[datetime]:
    """When the estate's emergencies of [start, end) were raised."""
    query = select(notices.c.created_at).where(
        notices.c.estate_id == estate_id,
        notices.c.kind == "emergency",
        notices.c.created_at >= start,
        notices.c.created_at < end,
    )
    return [row[0] for row in await conn.execute(query)]


async def payment_moments(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime
) -> list[tuple[datetime, int]]:
    """(logged at, amount) of the payments in the estate's collection log in [start, end)."""
    query = (
        select(collection_logs.c.created_at, collection_logs.c.amount_minor)
        .join(units, units.c.id == collection_logs.c.unit_id)
        .where(
            units.c.estate_id == estate_id,
            collection_logs.c.kind == "payment",
            collection_logs.c.created_at >= start,
            collection_logs.c.created_at < end,
        )
    )
    return [(row[0], int(row[1] or 0)) for row in await conn.execute(query)]


async def patrol_counts(
    conn: AsyncConnection, estate_id: int, first: date, last: date
) -> list[tuple[date, str, int]]:
    """(local date, status, count) of the estate's patrol tasks dated first … last."""
    query = (
        select(patrol_tasks.c.local_date, patrol_tasks.c.status, func.count())
        .where(
            patrol_tasks.c.estate_id == estate_id,
            patrol_tasks.c.local_date >= first,
            patrol_tasks.c.local_date <= last,
        )
        .group_by(patrol_tasks.c.local_date, patrol_tasks.c.status)
    )
    return [(row[0], str(row[1]), int(row[2])) for row in await conn.execute(query)]


async def patrol_problems(
    conn: AsyncConnection, estate_id: int, first: date, last: date
) -> dict[date, int]:
    """Problems found on the estate's patrols, by the task's local date (first … last)."""
    query = (
        select(patrol_tasks.c.local_date, func.count())
        .select_from(
            patrol_results.join(patrol_tasks, patrol_tasks.c.id == patrol_results.c.task_id)
        )
        .where(
            patrol_tasks.c.estate_id == estate_id,
            patrol_tasks.c.local_date >= first,
            patrol_tasks.c.local_date <= last,
            patrol_results.c.ok.is_(False),
        )
        .group_by(patrol_tasks.c.local_date)
    )
    return {row[0]: int(row[1]) for row in await conn.execute(query)}
