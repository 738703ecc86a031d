"""SQL for the web desk's ticket board: open repairs of some grids, filtered, with names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import BoardTicket
from storage.tables import accounts, grids, ticket_events, tickets, units


def in_scope(grid_ids: Sequence[int], assigned_to: int) -> ColumnElement[bool]:
    """Tickets of these grids, or handed to this account."""
    return or_(tickets.c.grid_id.in_(list(grid_ids)), tickets.c.assignee_account_id == assigned_to)


def with_names() -> Select[Any]:
    """Tickets with their unit, grid and assignee by name (as `BoardTicket` reads them)."""
    return (
        select(
            tickets,
            func.coalesce(units.c.code, "").label("unit_code"),
            grids.c.code.label("grid_code"),
            func.coalesce(accounts.c.name, "").label("assignee_name"),
        )
        .join(grids, grids.c.id == tickets.c.grid_id)
        .outerjoin(units, units.c.id == tickets.c.unit_id)
        .outerjoin(accounts, accounts.c.id == tickets.c.assignee_account_id)
    )


async def tickets_of(
    conn: AsyncConnection,
    grid_ids: Sequence[int],
    assigned_to: int,
    statuses: Sequence[str],
    *,
    category: str | None = None,
    urgent: bool | None = None,
    assignee: int | None = None,
    limit: int = 500,
) -> list[BoardTicket]:
    """Repairs in some statuses of some grids (or handed to one account), urgent first."""
    query = (
        with_names()
        .where(
            tickets.c.kind != "complaint",
            tickets.c.status.in_(list(statuses)),
            in_scope(grid_ids, assigned_to),
        )
        .order_by(tickets.c.urgent.desc(), tickets.c.created_at, tickets.c.id)
        .limit(limit)
    )
    if category is not None:
        query = query.where(tickets.c.category == category)
    if urgent is not None:
        query = query.where(tickets.c.urgent.is_(urgent))
    if assignee == 0:
        query = query.where(tickets.c.assignee_account_id.is_(None))
    elif assignee is not None:
        query = query.where(tickets.c.assignee_account_id == assignee)
    return [BoardTicket.model_validate(row._mapping) for row in await conn.execute(query)]


async def last_event(conn: AsyncConnection) -> int:
    """The newest ticket event's id (its primary key: no scan); every change writes one."""
    found = (await conn.execute(select(func.max(ticket_events.c.id)))).scalar()
    return int(found or 0)
