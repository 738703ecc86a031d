"""Update workers: many chats at once, each chat's updates one after another, in order.

Shared (several processes on one PostgreSQL): the inbox decides which worker handles a chat
(a lease). Alone (SQLite, one process): the receiver hands what it stored straight to this
process's per-chat queues, and a handled update costs one write. Either way up to
`concurrency` chats are handled at the same time, and an update the library cannot parse is
logged once and dropped, never retried for ever.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections import deque
from collections.abc import Sequence
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

    def __init__(
        self, app: ButlerApp, inbox: Inbox, concurrency: int, *, shared: bool = True
    ) -> None:
        self._app = app
        self._inbox = inbox
        self._concurrency = concurrency
        self.shared = shared
        self.name = worker_name()
        self._active: dict[int, asyncio.Task[None]] = {}
        self._queues: dict[int, deque[InboxUpdate]] = {}  # alone: what waits, per chat
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop: asyncio.Task[None] | None = None

    def wake(self, stored: Sequence[InboxUpdate] = ()) -> None:
        """Something was stored: queue it (alone), or look at the inbox now (shared)."""
        if not self.shared:
            for item in stored:
                self._queues.setdefault(item.chat_key, deque()).append(item)
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
        if not self.shared:
            await self._recover()
        while not self._stopping:
            started = self._start_queued() if not self.shared else await self._claim()
            if not started:
                self._wake.clear()
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE_POLL)

    async def _claim(self) -> bool:
        """Shared: lease chats with waiting updates from the inbox."""
        free = self._concurrency - len(self._active)
        claimed: dict[int, list[InboxUpdate]] = {}
        if free > 0:
            try:
                claimed = await self._inbox.claim(self.name, free, set(self._active))
            except Exception:
                log.exception("could not claim chats from the inbox; retrying")
        for chat, batch in claimed.items():
            self._active[chat] = asyncio.create_task(self._work(chat, batch))
        return bool(claimed)

    async def _recover(self) -> None:
        """Alone, at start: what a crash left in the inbox is queued first, in order."""
        while not self._stopping:
            try:
                left = await self._inbox.pending()
                break
            except Exception:
                log.exception("could not read the inbox; retrying")
                await asyncio.sleep(IDLE_POLL)
        else:
            return
        known = {item.update_id for queue in self._queues.values() for item in queue}
        for item in reversed(left):
            if item.update_id not in known:
                self._queues.setdefault(item.chat_key, deque()).appendleft(item)

    def _start_queued(self) -> bool:
        """Alone: start the chats whose updates wait, as many as there is room for."""
        started = False
        for chat in list(self._queues):
            if len(self._active) >= self._concurrency:
                break
            if chat not in self._active:
                self._active[chat] = asyncio.create_task(self._work_queue(chat))
                started = True
        return started

    async def _work_queue(self, chat: int) -> None:
        """Alone: handle a chat's queued updates in order, each marked done as it goes."""
        queue = self._queues[chat]
        try:
            while queue and not self._stopping:
                item = queue[0]
                if not await self._handle_alone(item):
                    await self._inbox.failed(item)
                    queue[0] = item.model_copy(update={"attempts": item.attempts + 1})
                    await asyncio.sleep(IDLE_POLL)  # tried again on the next round
                    break
                queue.popleft()
        except Exception:
            log.exception("worker failed on a chat; its updates stay queued")
        finally:
            if not queue:
                self._queues.pop(chat, None)
            self._active.pop(chat, None)
            self._wake.set()

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
        """Shared: process one update, mark it done; return what waits next in its chat."""
        if not await self._process(item):
            await self._inbox.failed(item)
            return None
        return await self._inbox.finish(item, self.name)

    async def _handle_alone(self, item: InboxUpdate) -> bool:
        """Alone: process one update and mark it done; False: try it again later."""
        if not await self._process(item):
            return False
        await self._inbox.done(item)
        return True

    async def _process(self, item: InboxUpdate) -> bool:
        """Parse and process one update; False when it failed and has tries left."""
        try:
            update = Update.de_json(item.payload, self._app.bot)
        except Exception:
            log.warning("update %s cannot be parsed; it is dropped", item.update_id, exc_info=True)
            return True
        token = reply_fallback.set(self._queue_reply)
        try:
            await self._app.process_update(update)
        except Exception:
            log.exception("update %s failed before any handler took it", item.update_id)
            return item.attempts + 1 >= MAX_ATTEMPTS
        finally:
            reply_fallback.reset(token)
        return True

    async def _queue_reply(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> None:
        """A reply Telegram would not take now: through the outbox, like a push."""
        services = self._app.bot_data["services"]
        await services.outbox.queue_reply(chat_id, text, literal_buttons(markup))
