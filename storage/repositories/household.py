"""SQL for the household card: what staff see about a unit when its people write in."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import accounts, bills, occupancies, tickets

OPEN_STATUSES = ("new", "accepted", "in_progress", "reopened", "transferred", "open")


async def card(
    conn: AsyncConnection, unit_id: int, today: date, exclude: int | None = None
) -> dict[str, object]:
    """Return the figures of a unit's card (`exclude`: the ticket it is shown with)."""
    names = await conn.execute(
        select(accounts.c.name)
        .join(occupancies, occupancies.c.account_id == accounts.c.id)
        .where(occupancies.c.unit_id == unit_id)
        .order_by(accounts.c.name)
    )
    others = tickets.c.id != (exclude or 0)
    open_tickets = select(func.count()).where(
        tickets.c.unit_id == unit_id, tickets.c.status.in_(OPEN_STATUSES), others
    )
    complaints = select(func.count()).where(
        tickets.c.unit_id == unit_id, tickets.c.kind == "complaint", others
    )
    overdue = select(func.coalesce(func.sum(bills.c.amount_minor - bills.c.paid_minor), 0)).where(
        bills.c.unit_id == unit_id,
        bills.c.paid_minor < bills.c.amount_minor,
        bills.c.due_date < today,
    )
    return {
        "residents": [str(row[0]) for row in names],
        "open_tickets": int((await conn.execute(open_tickets)).scalar_one()),
        "complaints": int((await conn.execute(complaints)).scalar_one()),
        "overdue_minor": int((await conn.execute(overdue)).scalar_one()),
    }
