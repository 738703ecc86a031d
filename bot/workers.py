"""Update workers: many chats at once, each chat's updates one after another, in order.

The inbox decides which worker handles a chat (a lease), so several processes can share one
database; inside a process up to `concurrency` chats are handled at the same time. An update
the library cannot parse is logged once and dropped, never retried for ever.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from contextlib import suppress

from telegram import InlineKeyboardMarkup, Update

from bot.context import ButlerApp
from bot.messages import literal_buttons
from bot.patience import reply_fallback
from bot.services.inbox import Inbox
from storage.models import InboxUpdate

log = logging.getLogger(__name__)
IDLE_POLL = 0.5  # seconds between looks at the inbox when nothing woke the workers
MAX_ATTEMPTS = 3


def worker_name() -> str:
    """A name unique to this process, for leases."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class UpdateWorkers:
    """Claim chats from the inbox and hand their updates to the Application."""

    def __init__(self, app: ButlerApp, inbox: Inbox, concurrency: int) -> None:
        self._app = app
        self._inbox = inbox
        self._concurrency = concurrency
        self.name = worker_name()
        self._active: dict[int, asyncio.Task[None]] = {}
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop: asyncio.Task[None] | None = None

    def wake(self) -> None:
        """Something was stored: look at the inbox now."""
        self._wake.set()

    def start(self) -> None:
        """Begin claiming chats."""
        self._loop = asyncio.create_task(self._run(), name="butler-update-workers")

    async def stop(self) -> None:
        """Stop claiming; let the chats in hand finish the update they are on."""
        self._stopping = True
        self._wake.set()
        if self._loop is not None:
            await self._loop
        if self._active:
            await asyncio.gather(*self._active.values(), return_exceptions=True)

    async def _run(self) -> None:
        while not self._stopping:
            free = self._concurrency - len(self._active)
            claimed: dict[int, list[InboxUpdate]] = {}
            if free > 0:
                try:
                    claimed = await self._inbox.claim(self.name, free, set(self._active))
                except Exception:
                    log.exception("could not claim chats from the inbox; retrying")
            for chat, batch in claimed.items():
                self._active[chat] = asyncio.create_task(self._work(chat, batch))
            if not claimed:
                self._wake.clear()
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE_POLL)

    async def _work(self, chat: int, batch: list[InboxUpdate]) -> None:
        """Handle a chat's updates in order until none wait (or the lease is lost)."""
        released = False
        try:
            while batch and not self._stopping:
                following = await self._handle(batch[0])
                if following is None:  # lost the lease, or must retry later
                    break
                released = not following
                batch = following
        except Exception:
            log.exception("worker failed on a chat; its updates stay in the inbox")
        finally:
            if not released:
                with suppress(Exception):
                    await self._inbox.release(chat, self.name)
            self._active.pop(chat, None)
            self._wake.set()

    async def _handle(self, item: InboxUpdate) -> list[InboxUpdate] | None:
        """Parse and process one update, mark it done; return what waits next in its chat."""
        try:
            update = Update.de_json(item.payload, self._app.bot)
        except Exception:
            log.warning("update %s cannot be parsed; it is dropped", item.update_id, exc_info=True)
            return await self._inbox.finish(item, self.name)
        token = reply_fallback.set(self._queue_reply)
        try:
            await self._app.process_update(update)
        except Exception:
            log.exception("update %s failed before any handler took it", item.update_id)
            if item.attempts + 1 < MAX_ATTEMPTS:
                await self._inbox.failed(item)
                return None
        finally:
            reply_fallback.reset(token)
        return await self._inbox.finish(item, self.name)

    async def _queue_reply(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> None:
        """A reply Telegram would not take now: through the outbox, like a push."""
        services = self._app.bot_data["services"]
        await services.outbox.queue_reply(chat_id, text, literal_buttons(markup))
