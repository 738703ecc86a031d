"""The update inbox: what the receiver stored, handed to workers one chat at a time.

An update is stored before Telegram is told it arrived, so a crash loses none; a worker
leases a chat, handles its updates in Telegram's order and marks each done; a lease that
is not renewed (the worker died) runs out and another worker takes the chat over. Leases
run on the wall clock, never the domain clock a test or the sandbox moves.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from storage.db import Database
from storage.models import InboxUpdate
from storage.repositories import inbox

LEASE = timedelta(seconds=60)
BATCH = 20


def chat_key(update: dict[str, Any]) -> int:
    """The chat whose order an update keeps: its chat, else its sender, else 0."""
    for field in ("message", "edited_message", "channel_post", "edited_channel_post"):
        if isinstance(update.get(field), dict):
            chat = update[field].get("chat") or {}
            if isinstance(chat.get("id"), int):
                return int(chat["id"])
    for field, value in update.items():
        if field == "update_id" or not isinstance(value, dict):
            continue
        message = value.get("message")
        if isinstance(message, dict) and isinstance((message.get("chat") or {}).get("id"), int):
            return int(message["chat"]["id"])
        sender = value.get("from") or value.get("user")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return int(sender["id"])
        chat = value.get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return int(chat["id"])
    return 0


def _now() -> datetime:
    return datetime.now(UTC)


class Inbox:
    """Store, lease and finish updates."""

    def __init__(self, db: Database, lease: timedelta = LEASE) -> None:
        self._db = db
        self._lease = lease

    async def store(self, updates: list[dict[str, Any]]) -> list[InboxUpdate]:
        """Keep a batch of raw updates (ones seen before are skipped); return those kept."""
        rows = [
            {
                "update_id": int(u["update_id"]),
                "chat_key": chat_key(u),
                "payload": u,
                "received_at": _now(),
            }
            for u in updates
            if isinstance(u, dict) and isinstance(u.get("update_id"), int)
        ]
        async with self._db.transaction() as conn:
            return await inbox.store(conn, rows)

    async def claim(self, owner: str, limit: int, busy: set[int]) -> dict[int, list[InboxUpdate]]:
        """Lease up to `limit` chats with waiting updates (not those this worker is on)."""
        now = _now()
        taken: dict[int, list[InboxUpdate]] = {}
        async with self._db.transaction() as conn:
            for chat in await inbox.waiting_chats(conn, now, limit + len(busy)):
                if len(taken) >= limit:
                    break
                if chat in busy:
                    continue
                if await inbox.lease(conn, chat, owner, now, now + self._lease):
                    taken[chat] = await inbox.of_chat(conn, chat, BATCH)
        return taken

    async def finish(self, update: InboxUpdate, owner: str) -> list[InboxUpdate] | None:
        """Mark an update done; return what else waits in its chat (None: the lease was lost).

        When nothing waits the chat is given back in the same write.
        """
        now = _now()
        async with self._db.transaction() as conn:
            await inbox.done(conn, update.update_id, now)
            if not await inbox.renew(conn, update.chat_key, owner, now + self._lease):
                return None
            following = await inbox.of_chat(conn, update.chat_key, BATCH)
            if not following:
                await inbox.release(conn, update.chat_key, owner)
            return following

    async def done(self, update: InboxUpdate) -> None:
        """Mark an update handled (one process alone works the inbox: no lease to keep)."""
        async with self._db.transaction() as conn:
            await inbox.done(conn, update.update_id, _now())

    async def pending(self) -> list[InboxUpdate]:
        """What waits, in order (for the process that works the inbox alone, at start)."""
        async with self._db.read() as conn:
            return await inbox.pending(conn)

    async def failed(self, update: InboxUpdate) -> None:
        """Count a try that raised before the handlers could take it."""
        async with self._db.transaction() as conn:
            await inbox.count_attempt(conn, update.update_id)

    async def release(self, chat: int, owner: str) -> None:
        """Give a chat back."""
        async with self._db.transaction() as conn:
            await inbox.release(conn, chat, owner)

    async def waiting(self) -> tuple[int, datetime | None]:
        """How many updates wait, and since when the oldest."""
        async with self._db.read() as conn:
            return await inbox.waiting(conn)
