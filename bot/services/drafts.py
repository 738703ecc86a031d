"""Drafts of conversations in progress, kept in the database so a restart loses nothing."""

from __future__ import annotations

from typing import Any

from bot.clock import Clock
from storage.db import Database
from storage.repositories import drafts


class DraftService:
    """Read, update and drop one account's draft of a kind (repair, complaint, invite …)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def get(self, account_id: int, kind: str) -> dict[str, Any]:
        """Return the draft, empty when there is none."""
        async with self._db.read() as conn:
            return await drafts.get(conn, account_id, kind) or {}

    async def update(self, account_id: int, kind: str, **fields: Any) -> dict[str, Any]:
        """Merge fields into the draft and return it."""
        async with self._db.transaction() as conn:
            data = (await drafts.get(conn, account_id, kind) or {}) | fields
            await drafts.put(conn, account_id, kind, data, self._clock.now())
        return data

    async def clear(self, account_id: int, kind: str) -> None:
        """Drop the draft."""
        async with self._db.transaction() as conn:
            await drafts.clear(conn, account_id, kind)
