"""SQL for the web desk's complaints: open ones of some grids with names, and recent closings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import BoardTicket, Ticket
from storage.tables import accounts, grids, tickets, units


def _scope(grid_ids: Sequence[int], assigned_to: int) -> ColumnElement[bool]:
    """Complaints of these grids, or handed to this account."""
    return or_(tickets.c.grid_id.in_(list(grid_ids)), tickets.c.assignee_account_id == assigned_to)


async def open_of(
    conn: AsyncConnection, grid_ids: Sequence[int], assigned_to: int, limit: int = 500
) -> list[BoardTicket]:
    """Open complaints of some grids (or handed to one account), the nearest deadline first."""
    query = (
        select(
            tickets,
            func.coalesce(units.c.code, "").label("unit_code"),
            grids.c.code.label("grid_code"),
            func.coalesce(accounts.c.name, "").label("assignee_name"),
        )
        .join(grids, grids.c.id == tickets.c.grid_id)
        .outerjoin(units, units.c.id == tickets.c.unit_id)
        .outerjoin(accounts, accounts.c.id == tickets.c.assignee_account_id)
        .where(
            tickets.c.kind == "complaint",
            tickets.c.status == "open",
            _scope(grid_ids, assigned_to),
        )
        .order_by(tickets.c.stage_due_at, tickets.c.created_at, tickets.c.id)
        .limit(limit)
    )
    return [BoardTicket.model_validate(row._mapping) for row in await conn.execute(query)]


async def closed_since(
    conn: AsyncConnection, grid_ids: Sequence[int], assigned_to: int, since: datetime
) -> list[Ticket]:
    """Complaints of some grids (or handed to one account) closed since a moment."""
    query = select(tickets).where(
        tickets.c.kind == "complaint",
        tickets.c.status == "closed",
        tickets.c.closed_at >= since,
        _scope(grid_ids, assigned_to),
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]
