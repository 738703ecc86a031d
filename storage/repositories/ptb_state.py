"""SQL for python-telegram-bot's persisted conversation states and callback data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import ptb_callback_data, ptb_conversations


async def conversations(conn: AsyncConnection, name: str) -> dict[str, Any]:
    """Return every stored state of one conversation, keyed by the serialized key."""
    query = select(ptb_conversations.c.key, ptb_conversations.c.state).where(
        ptb_conversations.c.name == name
    )
    return {row.key: row.state for row in await conn.execute(query)}


async def set_conversation(conn: AsyncConnection, name: str, key: str, state: Any) -> None:
    """Store one state, or remove it when the conversation ended (state None)."""
    table = ptb_conversations
    await conn.execute(delete(table).where(table.c.name == name, table.c.key == key))
    if state is not None:
        await conn.execute(table.insert().values(name=name, key=key, state=state))


async def callback_data(conn: AsyncConnection) -> Any:
    """Return the stored callback data blob, if any."""
    row = (await conn.execute(select(ptb_callback_data.c.data))).first()
    return row.data if row else None


async def set_callback_data(conn: AsyncConnection, data: Any) -> None:
    """Replace the stored callback data blob."""
    await conn.execute(delete(ptb_callback_data))
    await conn.execute(ptb_callback_data.insert().values(id=1, data=data))
