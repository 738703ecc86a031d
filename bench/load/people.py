"""Simulated people: each acts in their chat, then waits for the bot's answer, as a person would.

An answer is a bot message sent or edited in that chat after the action whose text contains the
step's fragment (tests/e2e/chat.py's ``Chat.expect``, on the emulator's mark/changed_since), or
for a callback step the bot's answerCallbackQuery. Waits wake only on the person's own chat.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Literal

from bot.sandbox.emulator import BotApiEmulator, SentMessage

Action = Literal["send", "photo", "press"]


@dataclass(frozen=True)
class Step:
    """One action of a script and how its answer is recognised."""

    name: str
    action: Action  # send a text, send one photo, press an inline button
    arg: str  # the text; the photo's caption ("" none); the button's label ("" the only one)
    answer: str  # a fragment of the answering bot message ("" any new or edited message)
    wait: Literal["message", "callback"] = "message"  # callback: answerCallbackQuery


@dataclass(frozen=True)
class Script:
    """What the people do and how they tell the bot's answers."""

    steps: tuple[Step, ...]  # the timed walk
    bind_answer: str  # a fragment of the answer to `/start CODE`
    wrong: tuple[str, ...]  # fragments of bot texts that mean a step went wrong
    language_code: str  # the emulated users' Telegram language


@dataclass
class Outcome:
    """What one step did: the resident-visible latency, or why it failed."""

    step: str
    started: float  # time.perf_counter() of the action
    answered: float | None = None
    failure: str | None = None  # "timeout" (no answer at all) or "wrong" (another answer)
    detail: str = ""

    @property
    def seconds(self) -> float | None:
        """From the action to the answer."""
        return None if self.answered is None else self.answered - self.started


def _first_line(message: SentMessage) -> str:
    return (message.text or f"({message.kind})").split("\n")[0][:60]


class Person:
    """One emulated user (a private chat) walking through scripts."""

    def __init__(
        self,
        emu: BotApiEmulator,
        user_id: int,
        *,
        photo: bytes,
        timeout: float,
        wrong: tuple[str, ...] = (),
    ) -> None:
        self.emu, self.user_id, self.photo = emu, user_id, photo
        self.timeout, self.wrong = timeout, wrong

    async def _act(self, step: Step) -> str | None:
        """Do the step's action; return the callback query id of a press."""
        if step.action == "send":
            await self.emu.send_text(self.user_id, step.arg)
        elif step.action == "photo":
            await self.emu.send_photo(self.user_id, step.arg or None, content=self.photo)
        else:
            query = await self.emu.press(self.user_id, label=step.arg or None)
            return str(query["id"])
        return None

    async def do(self, step: Step, timeout: float | None = None) -> Outcome:  # noqa: ASYNC109
        """Act, then wait for the answer (at most `timeout`, by default the step timeout)."""
        wait = self.timeout if timeout is None else timeout
        mark = self.emu.mark()
        outcome = Outcome(step.name, time.perf_counter())
        try:
            query_id = await self._act(step)
        except LookupError as exc:  # the button is not there: the last answer was another one
            outcome.failure, outcome.detail = "wrong", str(exc).split(";")[0]
            return outcome
        found: list[SentMessage] = []
        if step.wait == "callback":
            assert query_id is not None

            def ready() -> bool:
                return self.emu.query_answered(query_id)
        else:

            def ready() -> bool:
                for message in self.emu.changed_since(self.user_id, mark):
                    text = message.text or ""
                    if step.answer in text or any(w in text for w in self.wrong):
                        found.append(message)
                        return True
                return False

        try:
            await self.emu.wait_for_chat(self.user_id, ready, wait)
        except TimeoutError:
            changed = self.emu.changed_since(self.user_id, mark)
            outcome.failure = "wrong" if changed else "timeout"
            outcome.detail = _first_line(changed[-1]) if changed else f"{wait:g} s"
            return outcome
        outcome.answered = time.perf_counter()
        if found and step.answer not in (found[0].text or ""):
            outcome.failure, outcome.detail = "wrong", _first_line(found[0])
        return outcome

    async def walk(self, script: tuple[Step, ...]) -> list[Outcome]:
        """Do the steps in order; stop at the first failure (the rest cannot follow)."""
        outcomes = []
        for step in script:
            outcome = await self.do(step)
            outcomes.append(outcome)
            if outcome.failure:
                break
        return outcomes


async def walk_all(people: list[Person], script: tuple[Step, ...]) -> list[list[Outcome]]:
    """Everyone walks the script at the same time."""
    return list(await asyncio.gather(*(person.walk(script) for person in people)))
