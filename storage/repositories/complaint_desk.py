"""SQL for the web desk's complaints: open ones of some grids with names, and recent closings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import BoardTicket, Ticket
from storage.repositories.board import in_scope, with_names
from storage.tables import tickets


async def open_of(
    conn: AsyncConnection, grid_ids: Sequence[int], assigned_to: int, limit: int = 500
) -> list[BoardTicket]:
    """Open complaints of some grids (or handed to one account), the nearest deadline first."""
    query = (
        with_names()
        .where(
            tickets.c.kind == "complaint",
            tickets.c.status == "open",
            in_scope(grid_ids, assigned_to),
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
        in_scope(grid_ids, assigned_to),
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]
