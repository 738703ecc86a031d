"""SQL for live cards: which messages show an object, so a change edits each of them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Card
from storage.repositories.sql import insert_ignore
from storage.tables import cards


async def add(
    conn: AsyncConnection, ref: str, account_id: int, message_id: int, role: str, now: datetime
) -> None:
    """Remember a message as a card of an object (once per message)."""
    values = {
        "ref": ref,
        "account_id": account_id,
        "message_id": message_id,
        "role": role,
        "created_at": now,
    }
    await insert_ignore(conn, cards, values, ["account_id", "message_id"])


async def of_ref(conn: AsyncConnection, ref: str) -> list[Card]:
    """Every card of an object, oldest first."""
    query = select(cards).where(cards.c.ref == ref).order_by(cards.c.id)
    return [Card.model_validate(row._mapping) for row in await conn.execute(query)]


async def move(conn: AsyncConnection, card_id: int, message_id: int) -> None:
    """The card was sent anew (its message was gone): follow it to the new message."""
    await conn.execute(update(cards).where(cards.c.id == card_id).values(message_id=message_id))


async def role_of(conn: AsyncConnection, account_id: int, message_id: int) -> str | None:
    """How a person's message follows its object (card, buttons), if it is a card at all."""
    query = select(cards.c.role).where(
        cards.c.account_id == account_id, cards.c.message_id == message_id
    )
    return (await conn.execute(query)).scalar_one_or_none()
