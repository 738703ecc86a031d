"""SQL for per-estate fee rates and per-account fee preferences."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import upsert
from storage.tables import account_prefs, fee_rates


async def rates_of(conn: AsyncConnection, estate_id: int) -> dict[str, int]:
    """Map each fee-table item an estate has set to its amount in minor units."""
    query = select(fee_rates.c.item, fee_rates.c.amount_minor).where(
        fee_rates.c.estate_id == estate_id
    )
    return {row.item: int(row.amount_minor) for row in await conn.execute(query)}


async def set_rate(conn: AsyncConnection, estate_id: int, item: str, amount_minor: int) -> None:
    """Set one item of an estate's fee table."""
    values = {"estate_id": estate_id, "item": item, "amount_minor": amount_minor}
    await upsert(conn, fee_rates, values, ["estate_id", "item"])


async def reminders_off(conn: AsyncConnection, account_ids: Iterable[int]) -> set[int]:
    """Return which of some accounts turned fee reminders off."""
    query = select(account_prefs.c.account_id).where(
        account_prefs.c.account_id.in_(list(account_ids)),
        account_prefs.c.fee_reminders.is_(False),
    )
    return {int(row[0]) for row in await conn.execute(query)}


async def set_reminders(conn: AsyncConnection, account_id: int, on: bool) -> None:
    """Turn an account's fee reminders on or off."""
    values = {"account_id": account_id, "fee_reminders": on}
    await upsert(conn, account_prefs, values, ["account_id"])
