"""SQL for the manager's daily digest: counts over one estate and one time window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Ticket
from storage.tables import accounts, grids, patrol_plans, patrol_tasks, ticket_events, tickets

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


async def escalated_open(conn: AsyncConnection, estate_id: int, limit: int) -> list[Ticket]:
    """Open tickets that were escalated, urgent and oldest first."""
    query = (
        select(tickets)
        .where(
            tickets.c.estate_id == estate_id,
            tickets.c.escalated.is_(True),
            tickets.c.status.in_(OPEN_STATUSES),
        )
        .order_by(tickets.c.urgent.desc(), tickets.c.created_at, tickets.c.id)
        .limit(limit)
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


async def breached_between(
    conn: AsyncConnection,
    estate_id: int,
    start: datetime,
    end: datetime,
    actions: Sequence[str],
    limit: int,
) -> list[Ticket]:
    """Tickets with a deadline breach recorded in [start, end), oldest first."""
    breached = select(ticket_events.c.ticket_id).where(
        ticket_events.c.action.in_(list(actions)),
        ticket_events.c.at >= start,
        ticket_events.c.at < end,
    )
    query = (
        select(tickets)
        .where(tickets.c.estate_id == estate_id, tickets.c.id.in_(breached))
        .order_by(tickets.c.created_at, tickets.c.id)
        .limit(limit)
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


def _rated(start: datetime, end: datetime) -> Select[Any]:
    return select(ticket_events.c.ticket_id).where(
        ticket_events.c.action == "rate", ticket_events.c.at >= start, ticket_events.c.at < end
    )


async def count_rated(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime, at_most: int
) -> int:
    """How many tickets were rated at most `at_most` stars in [start, end)."""
    query = select(func.count()).where(
        tickets.c.estate_id == estate_id,
        tickets.c.id.in_(_rated(start, end)),
        tickets.c.rating <= at_most,
    )
    return int((await conn.execute(query)).scalar_one())


async def rated_between(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime, at_most: int, limit: int
) -> list[Ticket]:
    """Tickets rated at most `at_most` stars in [start, end), oldest first."""
    query = (
        select(tickets)
        .where(
            tickets.c.estate_id == estate_id,
            tickets.c.id.in_(_rated(start, end)),
            tickets.c.rating <= at_most,
        )
        .order_by(tickets.c.created_at, tickets.c.id)
        .limit(limit)
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


async def missed_patrols(conn: AsyncConnection, estate_id: int, day: date) -> list[dict[str, Any]]:
    """The patrol tasks of a date that were missed, with plan, grid and assignee names."""
    query = (
        select(
            patrol_plans.c.name.label("plan"),
            patrol_plans.c.is_default,
            grids.c.code.label("grid"),
            accounts.c.name.label("assignee"),
        )
        .select_from(patrol_tasks)
        .join(patrol_plans, patrol_plans.c.id == patrol_tasks.c.plan_id)
        .join(grids, grids.c.id == patrol_tasks.c.grid_id)
        .outerjoin(accounts, accounts.c.id == patrol_tasks.c.assignee_account_id)
        .where(
            patrol_tasks.c.estate_id == estate_id,
            patrol_tasks.c.local_date == day,
            patrol_tasks.c.status == "missed",
        )
        .order_by(grids.c.code, patrol_tasks.c.due_at)
    )
    return [dict(row._mapping) for row in await conn.execute(query)]


async def handled_by(
    conn: AsyncConnection, estate_id: int, account_ids: Sequence[int], since: datetime
) -> list[Ticket]:
    """Tickets some staff hold, open or touched since a moment (for the per-butler table)."""
    query = select(tickets).where(
        tickets.c.estate_id == estate_id,
        tickets.c.assignee_account_id.in_(list(account_ids)),
        (tickets.c.status.in_(OPEN_STATUSES))
        | (tickets.c.created_at >= since)
        | (tickets.c.resolved_at >= since),
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


async def breach_counts(
    conn: AsyncConnection,
    estate_id: int,
    start: datetime,
    end: datetime,
    actions: Sequence[str],
) -> dict[int, int]:
    """Breaches in [start, end) by the account holding the ticket now."""
    query = (
        select(tickets.c.assignee_account_id, func.count())
        .select_from(ticket_events.join(tickets, tickets.c.id == ticket_events.c.ticket_id))
        .where(
            tickets.c.estate_id == estate_id,
            ticket_events.c.action.in_(list(actions)),
            ticket_events.c.at >= start,
            ticket_events.c.at < end,
            tickets.c.assignee_account_id.is_not(None),
        )
        .group_by(tickets.c.assignee_account_id)
    )
    return {int(r[0]): int(r[1]) for r in await conn.execute(query)}
