"""Fault injection (failed / slow answers, blocked users) and Telegram-like flood limits."""

from __future__ import annotations

import math
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

from .errors import BLOCKED, ApiError, default_description, too_many_requests

# Methods that send a message: they count for flood limits and for stats["sent"].
SEND_METHODS = frozenset(
    {
        "sendmessage", "sendphoto", "senddocument", "sendmediagroup", "sendsticker",
        "sendvoice", "sendcontact", "sendlocation", "copymessage", "forwardmessage",
    }
)  # fmt: skip


@dataclass
class FailRule:
    method: str | None  # lower-case; None matches every method except getUpdates
    status: int
    description: str
    retry_after: int | None
    count: int
    chat_id: int | None

    def matches(self, method: str, chat_id: object) -> bool:
        if self.method is None and method == "getupdates":
            return False
        if self.method is not None and self.method != method:
            return False
        return self.chat_id is None or self.chat_id == chat_id


@dataclass
class DelayRule:
    method: str | None
    seconds: float
    count: int


class FloodLimiter:
    """Overall: at most N sends in any sliding 1 s window. Per chat: a token bucket holding
    ``per_chat_burst`` tokens, refilled at ``per_chat_per_second`` (so a burst of 3, then
    1 message per second)."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.enabled = False
        self.overall_per_second = 30
        self.per_chat_per_second = 1.0
        self.per_chat_burst = 3
        self._monotonic = monotonic
        self._overall: deque[float] = deque()
        self._buckets: dict[object, tuple[float, float]] = {}

    def configure(
        self, enabled: bool, overall_per_second: int, per_chat_per_second: float, burst: int
    ) -> None:
        self.enabled = enabled
        self.overall_per_second = overall_per_second
        self.per_chat_per_second = per_chat_per_second
        self.per_chat_burst = burst
        self._overall.clear()
        self._buckets.clear()

    def check(self, chat_id: object) -> int | None:
        """Consume one send; return the retry_after seconds instead when over a limit."""
        if not self.enabled:
            return None
        now = self._monotonic()
        while self._overall and self._overall[0] <= now - 1.0:
            self._overall.popleft()
        if len(self._overall) >= self.overall_per_second:
            return max(1, math.ceil(self._overall[0] + 1.0 - now))
        if chat_id is not None:
            tokens, last = self._buckets.get(chat_id, (float(self.per_chat_burst), now))
            tokens = min(
                float(self.per_chat_burst), tokens + (now - last) * self.per_chat_per_second
            )
            if tokens < 1.0:
                return max(1, math.ceil((1.0 - tokens) / self.per_chat_per_second))
            self._buckets[chat_id] = (tokens - 1.0, now)
        self._overall.append(now)
        return None


class FaultInjector:
    def __init__(self) -> None:
        self.fail_rules: list[FailRule] = []
        self.delay_rules: list[DelayRule] = []
        self.blocked: set[int] = set()
        self.flood = FloodLimiter()
        self.stats: Counter[str] = Counter()
        self.latency = 0.0  # seconds every request of the bot waits before it is answered

    def fail_next(
        self,
        method: str | None,
        *,
        status: int,
        retry_after: int | None,
        description: str | None,
        count: int,
        chat_id: int | None,
    ) -> None:
        if status == 429 and retry_after is None:
            retry_after = 1
        text = description or default_description(status, retry_after)
        key = method.lower() if method else None
        self.fail_rules.append(FailRule(key, status, text, retry_after, count, chat_id))

    def delay_next(self, method: str | None, seconds: float, count: int) -> None:
        self.delay_rules.append(DelayRule(method.lower() if method else None, seconds, count))

    def take_delay(self, method: str) -> float:
        for rule in self.delay_rules:
            if rule.method in (None, method) and (rule.method or method != "getupdates"):
                rule.count -= 1
                if rule.count <= 0:
                    self.delay_rules.remove(rule)
                return rule.seconds
        return 0.0

    def check(self, method: str, chat_id: object) -> ApiError | None:
        """The error this request must get (injected, blocked user, flood), if any."""
        for rule in self.fail_rules:
            if rule.matches(method, chat_id):
                rule.count -= 1
                if rule.count <= 0:
                    self.fail_rules.remove(rule)
                self.stats["injected"] += 1
                return ApiError(rule.status, rule.description, retry_after=rule.retry_after)
        if chat_id in self.blocked:
            return ApiError(403, BLOCKED)
        if method in SEND_METHODS and (retry := self.flood.check(chat_id)) is not None:
            return too_many_requests(retry)
        return None

    def set_latency(self, seconds: float) -> None:
        if not 0 <= seconds <= 60:
            raise ValueError(f"latency must be between 0 and 60 s, not {seconds}")
        self.latency = float(seconds)

    def clear(self) -> None:
        self.latency = 0.0
        self.fail_rules.clear()
        self.delay_rules.clear()
        self.blocked.clear()
        self.flood.configure(False, 30, 1.0, 3)
