"""SQL for household members: an owner's family and tenants, with what they may do."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import upsert
from storage.tables import invites, occupancies

TERMS = ("relation", "lease_ends_on", "added_by", "may_pay", "may_repair")


async def put(
    conn: AsyncConnection,
    account_id: int,
    unit_id: int,
    terms: dict[str, object],
    now: datetime,
) -> None:
    """Bind an account to a unit with an owner's terms (again: the terms are replaced)."""
    values = {"account_id": account_id, "unit_id": unit_id, "created_at": now}
    values |= {name: terms[name] for name in TERMS}
    await upsert(conn, occupancies, values, ["account_id", "unit_id"], update=list(TERMS))


async def set_lease(conn: AsyncConnection, account_id: int, unit_id: int, day: date) -> bool:
    """Move a tenant's lease end; False when they are no longer bound there."""
    result = await conn.execute(
        update(occupancies)
        .where(occupancies.c.account_id == account_id, occupancies.c.unit_id == unit_id)
        .values(lease_ends_on=day)
    )
    return result.rowcount == 1


async def lease_of(conn: AsyncConnection, account_id: int, unit_id: int) -> date | None:
    """The lease end of a binding (None: no lease, or not bound)."""
    query = select(occupancies.c.lease_ends_on).where(
        occupancies.c.account_id == account_id, occupancies.c.unit_id == unit_id
    )
    found = (await conn.execute(query)).scalar()
    return found if isinstance(found, date) else None


async def ever_redeemed(conn: AsyncConnection, account_id: int) -> bool:
    """Tell whether the account ever bound itself with a code."""
    query = select(invites.c.id).where(invites.c.used_by == account_id).limit(1)
    return (await conn.execute(query)).first() is not None
