"""SQL for the manager's daily digest: counts over one estate and one time window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import ticket_events, tickets

OPEN_STATUSES = ("new", "accepted", "in_progress", "reopened", "transferred", "open")


async def counts_by_category(
    conn: AsyncConnection, estate_id: int, column: str, start: datetime, end: datetime
) -> list[tuple[str, str, int]]:
    """(kind, category, count) of tickets whose `column` time falls in [start, end)."""
    moment = tickets.c[column]
    query = (
        select(tickets.c.kind, tickets.c.category, func.count())
        .where(tickets.c.estate_id == estate_id, moment >= start, moment < end)
        .group_by(tickets.c.kind, tickets.c.category)
        .order_by(tickets.c.kind, func.count().desc(), tickets.c.category)
    )
    return [(str(r[0]), str(r[1]), int(r[2])) for r in await conn.execute(query)]


async def backlog(conn: AsyncConnection, estate_id: int) -> tuple[int, datetime | None]:
    """How many tickets are open, and when the oldest of them was filed."""
    query = select(func.count(), func.min(tickets.c.created_at)).where(
        tickets.c.estate_id == estate_id, tickets.c.status.in_(OPEN_STATUSES)
    )
    count, oldest = (await conn.execute(query)).one()
    return int(count), oldest


async def open_escalations(conn: AsyncConnection, estate_id: int) -> int:
    """Open tickets that were escalated (by a butler or by a missed deadline)."""
    query = select(func.count()).where(
        tickets.c.estate_id == estate_id,
        tickets.c.escalated.is_(True),
        tickets.c.status.in_(OPEN_STATUSES),
    )
    return int((await conn.execute(query)).scalar_one())


async def breaches(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime, actions: Sequence[str]
) -> dict[str, int]:
    """Deadline breaches recorded in [start, end), by kind of breach (one of `actions`)."""
    query = (
        select(ticket_events.c.action, func.count())
        .join(tickets, tickets.c.id == ticket_events.c.ticket_id)
        .where(
            tickets.c.estate_id == estate_id,
            ticket_events.c.action.in_(list(actions)),  # equality: the (action, at) index applies
            ticket_events.c.at >= start,
            ticket_events.c.at < end,
        )
        .group_by(ticket_events.c.action)
    )
    return {str(r[0]): int(r[1]) for r in await conn.execute(query)}


async def ratings(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime
) -> tuple[int, float | None]:
    """How many ratings were given in [start, end), and their average."""
    query = (
        select(func.count(), func.avg(tickets.c.rating))
        .select_from(ticket_events.join(tickets, tickets.c.id == ticket_events.c.ticket_id))
        .where(
            tickets.c.estate_id == estate_id,
            ticket_events.c.action == "rate",
            ticket_events.c.at >= start,
            ticket_events.c.at < end,
        )
    )
    count, average = (await conn.execute(query)).one()
    return int(count), None if average is None else float(average)


async def moments(
    conn: AsyncConnection, estate_id: int, column: str, start: datetime, end: datetime
) -> list[Any]:
    """Every `column` time (created_at, closed_at) of the estate's tickets in [start, end)."""
    moment = tickets.c[column]
    query = (
        select(moment)
        .where(tickets.c.estate_id == estate_id, moment >= start, moment < end)
        .order_by(moment)
    )
    return [row[0] for row in await conn.execute(query)]
