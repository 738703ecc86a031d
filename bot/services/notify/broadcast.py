"""Broadcasts: one operator notice to every resident of an estate, through the outbox."""

from __future__ import annotations

from pydantic import BaseModel

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services.notify.notifier import Notifier
from bot.services.scheduling.calendar import QuietHours
from storage.db import Database
from storage.models import Estate
from storage.repositories import broadcasts, outbox, people

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
    """Queue a notice for many residents and report on it."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier

    async def send(
        self, estate: Estate, text: str, buildings: list[str] | None = None, urgent: bool = False
    ) -> BroadcastStatus:
        """Queue the text for every resident of the estate or of some buildings."""
        text = text.strip()
        if not text or len(text) > MAX_TEXT:
            raise InvalidInput("broadcast-bad-text", limit=MAX_TEXT)
        quiet = QuietHours.of(estate.quiet_start, estate.quiet_end, estate.timezone)
        async with self._db.transaction() as conn:
            recipients = await people.resident_accounts(conn, estate.id, buildings)
            broadcast_id = await broadcasts.add(
                conn,
                {
                    "estate_id": estate.id,
                    "text": text,
                    "urgent": urgent,
                    "buildings": buildings or None,
                    "created_at": self._clock.now(),
                },
            )
            for account_id in recipients:
                await self._notifier.push(
                    conn,
                    account_id,
                    "broadcast-urgent" if urgent else "broadcast-notice",
                    args={"estate": estate.name, "text": text},
                    urgent=urgent,
                    quiet=quiet,
                    dedupe_key=f"broadcast:{broadcast_id}:{account_id}",
                    broadcast_id=broadcast_id,
                )
        return await self.status(broadcast_id)

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
