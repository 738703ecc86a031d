"""SQL for python-telegram-bot's persisted conversation states and callback data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories.sql import upsert
from storage.tables import ptb_callback_data, ptb_conversations

CALLBACK_DATA_ID = 1  # the one row of the callback data blob


async def conversations(conn: AsyncConnection, name: str) -> dict[str, Any]:
    """Return every stored state of one conversation, keyed by the serialized key."""
    query = select(ptb_conversations.c.key, ptb_conversations.c.state).where(
        ptb_conversations.c.name == name
    )
    return {row.key: row.state for row in await conn.execute(query)}


async def set_conversation(conn: AsyncConnection, name: str, key: str, state: Any) -> None:
    """Store one state, or remove it when the conversation ended (state None)."""
    table = ptb_conversations
    if state is None:
        await conn.execute(delete(table).where(table.c.name == name, table.c.key == key))
    else:
        await upsert(conn, table, {"name": name, "key": key, "state": state}, ["name", "key"])


async def callback_data(conn: AsyncConnection) -> Any:
    """Return the stored callback data blob, if any."""
    query = select(ptb_callback_data.c.data).where(ptb_callback_data.c.id == CALLBACK_DATA_ID)
    row = (await conn.execute(query)).first()
    return row.data if row else None


async def set_callback_data(conn: AsyncConnection, data: Any) -> None:
    """Replace the stored callback data blob."""
    await upsert(conn, ptb_callback_data, {"id": CALLBACK_DATA_ID, "data": data}, ["id"])
