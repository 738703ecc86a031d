"""The outbox seen from the dispatcher: what is due, and how each send ended."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import Clock
from storage.db import Database
from storage.models import OutboxMessage, Recipient
from storage.repositories import accounts, cards, outbox

MAX_ATTEMPTS = 8
MAX_BACKOFF = timedelta(minutes=10)
LEASE = timedelta(minutes=2)  # how long a sender may take before another takes its pushes


class OutboxService:
    """Read due pushes and record their outcome."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def claim(
        self, owner: str, limit: int
    ) -> tuple[list[OutboxMessage], dict[int, Recipient]]:
        """Lease due pushes to this sender (see the repository) with their recipients."""
        wall = datetime.now(UTC)  # a lease runs on the wall clock, not the domain's
        async with self._db.transaction() as conn:
            messages = await outbox.claim(
                conn, self._clock.now(), limit, owner, (wall, wall + LEASE)
            )
            recipients = await outbox.recipients(conn, {m.account_id for m in messages})
        return messages, recipients

    async def release(self, messages: list[OutboxMessage], owner: str) -> None:
        """Give leased pushes back unsent (the sender stops), due as they were."""
        if messages:
            async with self._db.transaction() as conn:
                await outbox.release(conn, [m.id for m in messages], owner)

    async def take_back_leases(self) -> int:
        """At the start of the only process (SQLite): what the last one had leased and not
        sent is due again at once, instead of after its lease (a kill's pushes)."""
        async with self._db.transaction() as conn:
            return await outbox.release_all(conn)

    async def queue_reply(
        self, telegram_id: int, text: str, buttons: list[list[dict[str, Any]]] | None
    ) -> None:
        """Queue a reply already in the reader's words, to be sent as soon as Telegram takes it."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            account = await accounts.by_telegram_id(conn, telegram_id)
            if account is None:
                return
            await outbox.add(
                conn,
                {
                    "account_id": account.id,
                    "text_key": "literal-text",
                    "args": {"text": text},
                    "buttons": buttons,
                    "urgent": True,
                    "due_at": now,
                    "created_at": now,
                },
            )

    async def photos_sent(self, message: OutboxMessage, failed: bool) -> None:
        """Record that a push's photos went out (or were given up), before its text goes."""
        async with self._db.transaction() as conn:
            await outbox.part_done(conn, message.id, failed)

    async def sent(self, message: OutboxMessage, telegram_message_id: int | None) -> None:
        """Record a delivered push (and where its live card is now)."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            await outbox.finish(
                conn, message.id, outbox.SENT, now=now, telegram_message_id=telegram_message_id
            )
            if not telegram_message_id:
                return
            if message.action == "send" and message.card_ref:
                role = message.card_role or "card"
                await cards.add(
                    conn, message.card_ref, message.account_id, telegram_message_id, role, now
                )
            moved = telegram_message_id != message.target_message_id
            if message.action == "edit" and message.card_id and moved:
                await cards.move(conn, message.card_id, telegram_message_id)

    async def unreachable(self, message: OutboxMessage, error: str) -> None:
        """The person blocked the bot: mark them and drop the push."""
        async with self._db.transaction() as conn:
            await accounts.set_unreachable(conn, message.account_id, True)
            await outbox.finish(
                conn, message.id, outbox.UNREACHABLE, now=self._clock.now(), error=error
            )

    async def failed(self, message: OutboxMessage, error: str) -> None:
        """Telegram refused the push for good."""
        async with self._db.transaction() as conn:
            await outbox.finish(
                conn, message.id, outbox.FAILED, now=self._clock.now(), error=error
            )

    async def retry(self, message: OutboxMessage, error: str, after: float | None = None) -> None:
        """Try again later: after Telegram's `retry_after`, or with a growing backoff."""
        if after is None and message.attempts + 1 >= MAX_ATTEMPTS:
            await self.failed(message, error)
            return
        delay = (
            timedelta(seconds=after)
            if after is not None
            else min(timedelta(seconds=2 ** (message.attempts + 1)), MAX_BACKOFF)
        )
        async with self._db.transaction() as conn:
            await outbox.retry_later(
                conn, message.id, self._clock.now() + delay, error=error, count=after is None
            )
