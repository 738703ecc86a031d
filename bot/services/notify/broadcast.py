"""Broadcasts: the outbox counts of a notice's pushes (sent, pending, unreachable …)."""

from __future__ import annotations

from pydantic import BaseModel

from bot.errors import NotFound
from storage.db import Database
from storage.repositories import broadcasts, outbox

MAX_TEXT = 3500


class BroadcastStatus(BaseModel):
    """How far a broadcast has gone."""

    id: int
    total: int
    pending: int
    sent: int
    failed: int
    unreachable: int
    cancelled: int


class BroadcastService:
    """Report how far a notice's pushes have gone."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def status(self, broadcast_id: int) -> BroadcastStatus:
        """Count the broadcast's pushes by outcome."""
        async with self._db.read() as conn:
            if not await broadcasts.exists(conn, broadcast_id):
                raise NotFound("broadcast-not-found", id=broadcast_id)
            counts = await outbox.status_counts(conn, broadcast_id)
        return BroadcastStatus(
            id=broadcast_id,
            total=sum(counts.values()),
            pending=counts.get(outbox.PENDING, 0),
            sent=counts.get(outbox.SENT, 0),
            failed=counts.get(outbox.FAILED, 0),
            unreachable=counts.get(outbox.UNREACHABLE, 0),
            cancelled=counts.get(outbox.CANCELLED, 0),
        )
