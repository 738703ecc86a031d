"""Webhook delivery: with a webhook set, pending updates are POSTed to it in order.

Like Telegram: each update is sent with the secret token in
``X-Telegram-Bot-Api-Secret-Token``; anything but a 2xx answer (or no answer) is retried
after a short pause, and the update stays pending until the webhook takes it.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

import aiohttp

from .models import JsonDict
from .state import EmulatorState

log = logging.getLogger(__name__)
RETRY_AFTER = 0.5
PARALLEL = 8  # Telegram's max_connections: updates of different chats go out at once


async def deliver(state: EmulatorState) -> None:
    """Push pending updates to the webhook while one is set, until the emulator closes."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        while not state.closing:
            url = state.webhook_url
            batch = state.pending(PARALLEL) if url else []
            if not url or not batch:
                await state.updates_signal.wait(1.0)
                continue
            results = await asyncio.gather(*(_post(session, state, url, u) for u in batch))
            delivered = {u["update_id"] for u, ok in zip(batch, results, strict=True) if ok}
            state.updates = [u for u in state.updates if u["update_id"] not in delivered]
            if len(delivered) < len(batch):
                with suppress(TimeoutError):
                    await asyncio.wait_for(state.closed.wait(), RETRY_AFTER)


async def _post(
    session: aiohttp.ClientSession, state: EmulatorState, url: str, update: JsonDict
) -> bool:
    headers = {"X-Telegram-Bot-Api-Secret-Token": state.webhook_secret or ""}
    try:
        async with session.post(url, json=update, headers=headers) as response:
            state.webhook_answers.append(response.status)
            return 200 <= response.status < 300
    except (aiohttp.ClientError, TimeoutError) as error:
        log.info("webhook delivery failed: %s", error)
        return False
