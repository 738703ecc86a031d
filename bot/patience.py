"""Replies that survive a stumble: brief retries, then the outbox.

While an update is handled, `PatientRequest` tries a Bot API call again when Telegram asks
to wait a little (429 with a short `retry_after`), answers 5xx, or the connection could not
be made; a call whose answer may have been lost is tried again only when doing it twice
changes nothing (edits, answers). Pushes keep the outbox's own retries and flood limits.
`ButlerBot.send_message`, while an update is being handled, hands a reply that still fails
to the outbox, so the person gets it a moment later instead of never.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import httpx
from telegram import Chat, InlineKeyboardMarkup, Message
from telegram._utils.types import ODVInput
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot
from telegram.request import BaseRequest, HTTPXRequest, RequestData

log = logging.getLogger(__name__)
BACKOFF = (0.3, 1.0, 2.0)
MAX_WAIT = 5.0  # seconds: a longer retry_after is left to the caller (the outbox)
SAFE_TO_REPEAT = ("edit", "answer", "get", "set", "delete")
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
Fallback = Callable[[int, str, InlineKeyboardMarkup | None], Awaitable[None]]
# Set while an update is handled: where a reply goes when Telegram cannot take it now.
reply_fallback: ContextVar[Fallback | None] = ContextVar("reply_fallback", default=None)


def _retry_after(payload: bytes) -> float | None:
    try:
        value = json.loads(payload).get("parameters", {}).get("retry_after")
    except (ValueError, AttributeError):
        return None
    return float(value) if isinstance(value, int | float) else None


class PatientRequest(HTTPXRequest):
    """HTTPXRequest that tries again a few times within a few seconds."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send, and again after a short wait when that is safe and likely to help."""
        timeouts = {
            "read_timeout": read_timeout,
            "write_timeout": write_timeout,
            "connect_timeout": connect_timeout,
            "pool_timeout": pool_timeout,
        }
        if reply_fallback.get() is None:  # pushes: the outbox has its own retries and limits
            return await super().do_request(url, method, request_data, **timeouts)
        repeatable = url.rsplit("/", 1)[-1].lower().startswith(SAFE_TO_REPEAT)
        for attempt, pause in enumerate((*BACKOFF, None)):
            try:
                status, payload = await super().do_request(url, method, request_data, **timeouts)
            except (TimedOut, NetworkError) as error:
                unsent = isinstance(error.__cause__, NOT_SENT)
                if pause is None or not (unsent or repeatable):
                    raise
                await asyncio.sleep(pause)
                continue
            wait = _retry_after(payload) if status == 429 else None
            if pause is not None and wait is not None and wait <= MAX_WAIT:
                await asyncio.sleep(wait + 0.1)
                continue
            if pause is not None and status in (500, 502, 503, 504):
                await asyncio.sleep(pause)
                continue
            if attempt:
                log.info("%s went through on attempt %d", url.rsplit("/", 1)[-1], attempt + 1)
            return status, payload
        raise AssertionError("unreachable")


STALE_QUERY = ("query is too old", "query id is invalid")


class ButlerBot(ExtBot[None]):
    """The bot, with replies that fall back to the outbox while handling an update."""

    async def answer_callback_query(self, *args: Any, **kwargs: Any) -> bool:
        """Answer a press; one answered already (a retry whose first answer went through, or
        a press handled again after a restart) or too old is no error: the step itself was
        taken, and the person must not read "something went wrong" about it."""
        try:
            return await super().answer_callback_query(*args, **kwargs)
        except BadRequest as error:
            if not any(words in str(error).lower() for words in STALE_QUERY):
                raise
            log.info("a press was answered already or is too old: %s", error)
            return False

    async def send_message(self, *args: Any, **kwargs: Any) -> Message:
        """Send; if Telegram cannot be reached even after the retries, queue the reply."""
        try:
            return await super().send_message(*args, **kwargs)
        except BadRequest:
            raise
        except (NetworkError, RetryAfter):
            fallback = reply_fallback.get()
            if fallback is None:
                raise
        chat_id = int(kwargs.get("chat_id", args[0] if args else 0))
        text = str(kwargs.get("text", args[1] if len(args) > 1 else ""))
        markup = kwargs.get("reply_markup")
        await fallback(chat_id, text, markup if isinstance(markup, InlineKeyboardMarkup) else None)
        log.warning("a reply could not be sent now; it was queued in the outbox")
        queued = Message(message_id=0, date=datetime.now(UTC), chat=Chat(chat_id, Chat.PRIVATE))
        queued.set_bot(self)
        return queued
