"""Conversations in progress: one row per person holding the step, the draft and the card.

Every step is one write of that row, so a crash can never leave the state and the draft
apart. A service that files what a flow collected calls `claim` in its own transaction:
the flow is marked done with the object it produced, so a second confirm of the same draft
returns that object instead of filing it twice.
"""

from __future__ import annotations

import logging
import secrets
import string
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import AppError
from bot.services.notify.notifier import Notifier
from storage.db import Database
from storage.models import FlowState
from storage.repositories import flows

log = logging.getLogger(__name__)
TOKEN_ALPHABET = string.ascii_lowercase + string.digits
IDLE_BATCH = 200


class FlowGone(AppError):
    """The conversation this answer belongs to has ended."""

    key = "flow-stale"


def new_token() -> str:
    """A fresh id for one run of a flow (six letters and digits)."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(6))


async def claim(conn: AsyncConnection, account_id: int, token: str, now: datetime) -> str | None:
    """End an open flow in the caller's transaction; return an earlier result when repeated.

    None means this is the first confirm: go on and record the result. A string is what the
    first confirm produced. A flow that is neither open nor done raises FlowGone.
    """
    if await flows.claim(conn, account_id, token, now):
        return None
    earlier = await flows.result_of(conn, account_id, token)
    if earlier is None:
        raise FlowGone()
    return earlier


async def record(conn: AsyncConnection, account_id: int, token: str, ref: str) -> None:
    """Remember what a finished flow produced (for a repeated confirm)."""
    await flows.set_result(conn, account_id, token, ref)


class FlowService:
    """Load and store conversation rows; end the idle ones."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, idle: timedelta) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self.idle = idle

    async def load(self, account_id: int) -> FlowState | None:
        """Return the person's open or finished flow, if any."""
        async with self._db.read() as conn:
            return await flows.get(conn, account_id)

    async def save(self, state: FlowState) -> FlowState:
        """Store a step: state, draft and card in one write."""
        fresh = state.model_copy(update={"updated_at": self._clock.now()})
        async with self._db.transaction() as conn:
            await flows.put(conn, fresh)
        return fresh

    async def set_card(self, account_id: int, token: str, message_id: int) -> None:
        """Remember the message that now carries the flow's question."""
        async with self._db.transaction() as conn:
            await flows.set_card(conn, account_id, token, message_id)

    async def drop(self, account_id: int) -> None:
        """Forget the person's flow (cancelled, or replaced by a new one)."""
        async with self._db.transaction() as conn:
            await flows.remove(conn, account_id)

    async def close(self, account_id: int, token: str) -> None:
        """Mark a flow done when its finish did not (a flow that files nothing)."""
        async with self._db.transaction() as conn:
            await flows.claim(conn, account_id, token, self._clock.now())

    async def expire_idle(self) -> int:
        """End flows idle past the limit: keep or drop the draft, and tell the person once."""
        now = self._clock.now()
        count = 0
        async with self._db.transaction() as conn:
            for state in await flows.idle(conn, now - self.idle, IDLE_BATCH):
                stamp = state.updated_at.isoformat()  # a resumed flow can be paused again
                keep = state.keep_draft
                status = flows.PAUSED if keep else flows.DONE
                if not await flows.set_status(conn, state.account_id, state.token, status, now):
                    continue
                if state.card_message_id is not None:
                    await self._notifier.drop_buttons(
                        conn, state.account_id, state.card_message_id
                    )
                await self._notifier.push(
                    conn,
                    state.account_id,
                    "flow-idle-kept" if keep else "flow-idle-dropped",
                    args={
                        "title": {"key": state.title_key},
                        "minutes": int(self.idle.total_seconds() // 60),
                    },
                    urgent=True,
                    dedupe_key=f"flow-idle:{state.account_id}:{state.token}:{stamp}",
                )
                count += 1
        if count:
            log.info("ended %d idle conversations", count)
        return count
