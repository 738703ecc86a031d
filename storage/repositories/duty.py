"""SQL for the on-duty rota (值班): who is on duty on which local date of an estate."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import insert_ignore
from storage.tables import accounts, duty_rota


async def add(
    conn: AsyncConnection, estate_id: int, day: date, account_id: int, now: datetime
) -> bool:
    """Put someone on duty on a date; False when they already were."""
    values = {"estate_id": estate_id, "local_date": day, "account_id": account_id}
    return await insert_ignore(
        conn, duty_rota, values | {"created_at": now}, ["estate_id", "local_date", "account_id"]
    )


async def remove(conn: AsyncConnection, estate_id: int, day: date, account_id: int) -> bool:
    """Take someone off duty on a date; False when they were not on it."""
    result = await conn.execute(
        delete(duty_rota).where(
            duty_rota.c.estate_id == estate_id,
            duty_rota.c.local_date == day,
            duty_rota.c.account_id == account_id,
        )
    )
    return result.rowcount == 1


async def of_day(conn: AsyncConnection, estate_id: int, day: date) -> list[int]:
    """The accounts on duty on a date."""
    query = (
        select(duty_rota.c.account_id)
        .where(duty_rota.c.estate_id == estate_id, duty_rota.c.local_date == day)
        .order_by(duty_rota.c.account_id)
    )
    return [int(row[0]) for row in await conn.execute(query)]


async def between(
    conn: AsyncConnection, estate_id: int, start: date, end: date
) -> list[dict[str, Any]]:
    """The rota of [start, end]: date, account and name, by date."""
    query = (
        select(duty_rota.c.local_date, duty_rota.c.account_id, accounts.c.name)
        .join(accounts, accounts.c.id == duty_rota.c.account_id)
        .where(
            duty_rota.c.estate_id == estate_id,
            duty_rota.c.local_date >= start,
            duty_rota.c.local_date <= end,
        )
        .order_by(duty_rota.c.local_date, accounts.c.name)
    )
    return [dict(row._mapping) for row in await conn.execute(query)]
