"""Token buckets that keep pushes within Telegram's flood limits."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict


class TokenBucket:
    """`rate` tokens a second, at most `capacity` saved up."""

    def __init__(self, rate: float, capacity: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self._tokens = capacity
        self._stamp = time.monotonic()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    async def take(self) -> None:
        """Wait until a token is free, then use it."""
        async with self._lock:
            self._refill()
            while self._tokens < 1:
                await asyncio.sleep((1 - self._tokens) / self.rate)
                self._refill()
            self._tokens -= 1

    def pause(self, seconds: float) -> None:
        """Use up the bucket for a while (after Telegram said "retry after")."""
        self._refill()
        self._tokens = min(self._tokens, 0) - seconds * self.rate


class FloodLimiter:
    """An overall bucket plus one bucket per chat (idle chats are forgotten)."""

    def __init__(
        self,
        overall_rate: float = 28.0,
        per_chat_rate: float = 1.0,
        per_chat_burst: float = 3.0,
        max_chats: int = 10_000,
    ) -> None:
        # 1.5, not 1: a take that wakes late keeps the surplus instead of losing it, and a
        # 1 s window still holds at most floor(1.5 + rate) sends, as with 1.0.
        self.overall = TokenBucket(overall_rate, 1.5)
        self._per_chat_rate = per_chat_rate
        self._per_chat_burst = per_chat_burst
        self._chats: OrderedDict[int, TokenBucket] = OrderedDict()
        self._max_chats = max_chats

    def chat(self, chat_id: int) -> TokenBucket:
        """Return the bucket of one chat."""
        bucket = self._chats.pop(chat_id, None)
        if bucket is None:
            bucket = TokenBucket(self._per_chat_rate, self._per_chat_burst)
        self._chats[chat_id] = bucket
        while len(self._chats) > self._max_chats:
            self._chats.popitem(last=False)
        return bucket

    async def acquire(self, chat_id: int) -> None:
        """Wait for both the chat's and the overall allowance."""
        await self.chat(chat_id).take()
        await self.overall.take()
