"""Conversation states kept in our database, so a chat in progress survives a restart."""

from __future__ import annotations

import json
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

from storage.db import Database
from storage.repositories import ptb_state

Data = dict[Any, Any]


class SqlPersistence(BasePersistence[Data, Data, Data]):
    """Stores conversation states (not user/chat/bot data: domain data has its own tables)."""

    def __init__(self, db: Database, update_interval: float = 1.0) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=False, callback_data=False
            ),
            update_interval=update_interval,
        )
        self._db = db

    async def get_conversations(self, name: str) -> ConversationDict:
        """Load every stored state of one conversation."""
        async with self._db.read() as conn:
            stored = await ptb_state.conversations(conn, name)
        return {tuple(json.loads(key)): state for key, state in stored.items()}

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        """Write one state through to the database."""
        async with self._db.transaction() as conn:
            await ptb_state.set_conversation(conn, name, json.dumps(list(key)), new_state)

    async def get_callback_data(self) -> CDCData | None:
        """Load the arbitrary-callback-data cache (unused: our callback data is plain)."""
        async with self._db.read() as conn:
            data = await ptb_state.callback_data(conn)
        if data is None:
            return None
        return [tuple(entry) for entry in data[0]], data[1]

    async def update_callback_data(self, data: CDCData) -> None:
        """Store the arbitrary-callback-data cache."""
        async with self._db.transaction() as conn:
            await ptb_state.set_callback_data(conn, [list(data[0]), data[1]])

    async def get_user_data(self) -> dict[int, Data]:
        """User data is not persisted."""
        return {}

    async def get_chat_data(self) -> dict[int, Data]:
        """Chat data is not persisted."""
        return {}

    async def get_bot_data(self) -> Data:
        """Bot data is not persisted."""
        return {}

    async def update_user_data(self, user_id: int, data: Data) -> None:
        """User data is not persisted."""

    async def update_chat_data(self, chat_id: int, data: Data) -> None:
        """Chat data is not persisted."""

    async def update_bot_data(self, data: Data) -> None:
        """Bot data is not persisted."""

    async def drop_chat_data(self, chat_id: int) -> None:
        """Chat data is not persisted."""

    async def drop_user_data(self, user_id: int) -> None:
        """User data is not persisted."""

    async def refresh_user_data(self, user_id: int, user_data: Data) -> None:
        """Nothing to refresh."""

    async def refresh_chat_data(self, chat_id: int, chat_data: Data) -> None:
        """Nothing to refresh."""

    async def refresh_bot_data(self, bot_data: Data) -> None:
        """Nothing to refresh."""

    async def flush(self) -> None:
        """Everything is written through already."""
