"""The one long poller: fetches updates, stores them in the inbox, and only then confirms them.

Telegram allows one `getUpdates` per token, so only one process polls; workers in every
process handle what it stored. Updates are kept as Telegram sent them (parsed later, one by
one), so an update the library cannot read never blocks the batch it came in.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Any

import httpx
from telegram import Update

from bot.services.inbox import Inbox
from storage.models import InboxUpdate

log = logging.getLogger(__name__)
BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)


class Poller:
    """Long polling into the inbox."""

    def __init__(
        self,
        base_url: str,
        token: str,
        inbox: Inbox,
        on_stored: Callable[[Sequence[InboxUpdate]], None],
        timeout: int = 10,
    ) -> None:
        self._url = f"{base_url}{token}/"
        self._inbox = inbox
        self._on_stored = on_stored
        self._timeout = timeout
        self._offset: int | None = None
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._client = httpx.AsyncClient(timeout=httpx.Timeout(timeout + 15.0, connect=10.0))

    async def start(self) -> None:
        """Turn any webhook off (it would refuse polling), then poll in the background."""
        await self._call("deleteWebhook", {"drop_pending_updates": False})
        self._task = asyncio.create_task(self._run(), name="butler-poller")

    async def stop(self) -> None:
        """Stop polling; confirm what was stored so Telegram does not send it again."""
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._offset is not None:
            try:
                await self._call("getUpdates", {"offset": self._offset, "timeout": 0, "limit": 1})
            except Exception:
                log.info("could not confirm the last updates; they will be skipped as seen")
        await self._client.aclose()

    async def _run(self) -> None:
        failures = 0
        while not self._stopping:
            try:
                updates = await self._call("getUpdates", self._poll_args())
                failures = 0
            except (httpx.HTTPError, RuntimeError) as error:
                delay = BACKOFF[min(failures, len(BACKOFF) - 1)]
                failures += 1
                log.warning("getUpdates failed (%s); again in %.0f s", error, delay)
                await asyncio.sleep(delay)
                continue
            if updates:
                await self._store(updates)

    async def _store(self, updates: list[Any]) -> None:
        """Keep the batch; the next call's offset confirms it to Telegram."""
        ids = [u["update_id"] for u in updates if isinstance(u, dict) and "update_id" in u]
        while True:
            try:
                stored = await self._inbox.store(updates)
                break
            except Exception:
                log.exception("could not store %d updates; retrying", len(updates))
                await asyncio.sleep(1.0)
        if ids:
            self._offset = max(ids) + 1
        self._on_stored(stored)

    def _poll_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {"timeout": self._timeout, "allowed_updates": Update.ALL_TYPES}
        if self._offset is not None:
            args["offset"] = self._offset
        return args

    async def _call(self, method: str, args: dict[str, Any]) -> Any:
        """One Bot API call; a refusal (409: another poller, say) raises RuntimeError."""
        response = await self._client.post(self._url + method, json=args)
        try:
            body = response.json()
        except ValueError:
            raise RuntimeError(f"{method}: HTTP {response.status_code}, not JSON") from None
        if not body.get("ok"):
            raise RuntimeError(f"{method}: {body.get('error_code')} {body.get('description')}")
        return body.get("result")
