"""Fault injection (failed / slow answers, blocked users) and Telegram-like flood limits."""

from __future__ import annotations

import math
import random
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
        "sendinvoice",
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


# What a random fault does to one request (see FaultInjector.set_random_faults):
# "500" answers 500 or 502 unperformed, "429" answers retry_after 1 unperformed, "timeout"
# holds the request longer than the bot waits and drops it unperformed (answered 504 to
# nobody), "lost" performs it and then answers 502 or drops the connection, as if the
# response were lost on the way back.
RANDOM_KINDS = ("500", "429", "timeout", "lost")


@dataclass
class RandomFaults:
    """Random faults on every request of the bot but getUpdates, drawn from a seeded RNG."""

    rate: float
    kinds: tuple[str, ...]
    timeout_seconds: float
    rng: random.Random

    def draw(self, method: str) -> str | None:
        """The fault this request gets, as "kind" or "kind:variant" ("500:500", "500:502",
        "429", "timeout", "lost:502", "lost:drop"); None for no fault."""
        if method == "getupdates" or self.rng.random() >= self.rate:
            return None
        kind = self.rng.choice(self.kinds)
        if kind == "500":
            return self.rng.choice(("500:500", "500:502"))
        if kind == "lost":
            return self.rng.choice(("lost:502", "lost:drop"))
        return kind


@dataclass
class DrawnFault:
    """One random fault as it happened (kept in FaultInjector.random_log)."""

    at: float  # time.monotonic()
    method: str  # lower-case
    outcome: str  # see RandomFaults.draw
    chat_id: object
    message_ids: list[int]  # "lost": the messages sent or edited all the same


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
        self.random: RandomFaults | None = None
        self.random_log: list[DrawnFault] = []

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

    def set_random_faults(
        self,
        rate: float,
        seed: int,
        kinds: tuple[str, ...] = RANDOM_KINDS,
        timeout_seconds: float = 12.0,
    ) -> None:
        if not 0 <= rate <= 1:
            raise ValueError(f"the fault rate must be between 0 and 1, not {rate}")
        unknown = set(kinds) - set(RANDOM_KINDS)
        if unknown or not kinds:
            raise ValueError(f"fault kinds must be some of {RANDOM_KINDS}, not {kinds}")
        if not 0 < timeout_seconds <= 120:
            raise ValueError(f"the timeout must be between 0 and 120 s, not {timeout_seconds}")
        rng = random.Random(seed)
        self.random = RandomFaults(float(rate), tuple(kinds), float(timeout_seconds), rng)

    def take_random(self, method: str, chat_id: object) -> DrawnFault | None:
        """Draw this request's random fault (see RandomFaults.draw); count and log it."""
        outcome = self.random.draw(method) if self.random is not None else None
        if outcome is None:
            return None
        self.stats["random"] += 1
        self.stats[f"random:{outcome.split(':')[0]}"] += 1
        if ":" in outcome:
            self.stats[f"random:{outcome}"] += 1
        drawn = DrawnFault(time.monotonic(), method, outcome, chat_id, [])
        self.random_log.append(drawn)
        return drawn

    def set_latency(self, seconds: float) -> None:
        if not 0 <= seconds <= 60:
            raise ValueError(f"latency must be between 0 and 60 s, not {seconds}")
        self.latency = float(seconds)

    def clear(self) -> None:
        self.latency = 0.0
        self.random = None  # random_log is kept: what happened stays known
        self.fail_rules.clear()
        self.delay_rules.clear()
        self.blocked.clear()
        self.flood.configure(False, 30, 1.0, 3)
