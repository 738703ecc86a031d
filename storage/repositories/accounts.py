"""SQL for accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Account
from storage.repositories.sql import upsert
from storage.tables import accounts


async def get(conn: AsyncConnection, account_id: int) -> Account | None:
    """Return the account with this id."""
    row = (await conn.execute(select(accounts).where(accounts.c.id == account_id))).first()
    return Account.model_validate(row._mapping) if row else None


async def by_telegram_id(conn: AsyncConnection, telegram_id: int) -> Account | None:
    """Return the account of this Telegram user."""
    query = select(accounts).where(accounts.c.telegram_id == telegram_id)
    row = (await conn.execute(query)).first()
    return Account.model_validate(row._mapping) if row else None


async def upsert_seen(
    conn: AsyncConnection,
    *,
    telegram_id: int,
    name: str,
    username: str | None,
    telegram_language: str | None,
    now: datetime,
) -> Account:
    """Create the account on first sight, or refresh what Telegram tells about it."""
    values: dict[str, object] = {"name": name, "username": username}
    values |= {"telegram_language": telegram_language, "unreachable": False}  # they wrote
    row = await upsert(
        conn,
        accounts,
        {"telegram_id": telegram_id, "created_at": now, **values},
        ["telegram_id"],
        update=list(values),
        where=or_(*(accounts.c[key].is_distinct_from(value) for key, value in values.items())),
        returning=list(accounts.c),
    )
    if row is None:  # nothing changed, so nothing was written
        found = await by_telegram_id(conn, telegram_id)
        assert found is not None
        return found
    return Account.model_validate(row._mapping)


async def set_language(conn: AsyncConnection, account_id: int, language: str) -> None:
    """Store the language the person chose."""
    await conn.execute(
        update(accounts).where(accounts.c.id == account_id).values(language=language)
    )


async def set_unreachable(conn: AsyncConnection, account_id: int, unreachable: bool) -> None:
    """Mark whether the bot can reach this person (they may have blocked it)."""
    await conn.execute(
        update(accounts).where(accounts.c.id == account_id).values(unreachable=unreachable)
    )
