"""The one notifier: every push is written to the outbox in the caller's transaction.

A push is a text key with arguments (rendered in the recipient's language when it is
sent), optional buttons and photos, a time, and a dedupe key that is never sent twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.scheduling.calendar import QuietHours
from storage.repositories import outbox


class Button(BaseModel):
    """A button of a push: a label key (with arguments) and callback data or a URL."""

    key: str
    args: dict[str, Any] = {}
    data: str | None = None
    url: str | None = None


class Notifier:
    """Queue pushes and cancel them; the dispatcher job sends them."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    async def push(
        self,
        conn: AsyncConnection,
        account_id: int,
        key: str,
        *,
        args: dict[str, Any] | None = None,
        buttons: list[list[Button]] | None = None,
        photos: list[str] | None = None,
        at: datetime | None = None,
        urgent: bool = False,
        quiet: QuietHours | None = None,
        dedupe_key: str | None = None,
        broadcast_id: int | None = None,
    ) -> bool:
        """Queue a push; `quiet` (for residents) moves a non-urgent one out of the night."""
        now = self._clock.now()
        due = max(at or now, now)
        if quiet is not None and not urgent:
            due = quiet.defer(due)
        return await outbox.add(
            conn,
            {
                "account_id": account_id,
                "text_key": key,
                "args": args or {},
                "buttons": [[b.model_dump() for b in row] for row in buttons] if buttons else None,
                "photos": photos or None,
                "urgent": urgent,
                "due_at": due,
                "dedupe_key": dedupe_key,
                "broadcast_id": broadcast_id,
                "created_at": now,
            },
        )

    async def cancel(self, conn: AsyncConnection, *dedupe_keys: str) -> int:
        """Cancel pushes not sent yet, by dedupe key."""
        return await outbox.cancel(conn, list(dedupe_keys))

    async def cancel_prefix(self, conn: AsyncConnection, prefix: str) -> int:
        """Cancel pushes not sent yet whose dedupe key starts with a prefix."""
        return await outbox.cancel_prefix(conn, prefix)
