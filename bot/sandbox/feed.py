"""What each persona has been shown: prints what is new, announces what waits elsewhere."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.i18n import Translate
from bot.sandbox.emulator import BotApiEmulator, SentMessage
from bot.sandbox.emulator.models import JsonDict
from bot.sandbox.personas import PERSONAS, Persona
from bot.sandbox.render import NOTE, PREFIX, Style, body_lines, button_lines, framed, group_albums

QUIET = 0.3  # seconds without a change before the bot counts as settled
SETTLE_LIMIT = 4.0
EDITED = "✏️"
TOAST = "💬"
View = tuple[str, list[str]]


async def settle(emu: BotApiEmulator, quiet: float = QUIET, limit: float = SETTLE_LIMIT) -> None:
    """Wait until the bot took every update and changed nothing for `quiet` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    seen = (emu.mark(), len(emu.callback_answers))
    calm_since = loop.time()
    while (now := loop.time()) < deadline:
        current = (emu.mark(), len(emu.callback_answers))
        if current != seen:
            seen, calm_since = current, now
        elif now - calm_since >= quiet and not emu.pending_updates:
            return
        wait = min(max(calm_since + quiet - now, 0.05), deadline - now)
        await emu.state.activity.wait(wait)


class Feed:
    """Prints bot messages for the persona being played; counts the others' unread ones."""

    def __init__(
        self,
        emu: BotApiEmulator,
        t: Translate,
        style: Style,
        write: Callable[[str], None],
        current: Persona,
    ) -> None:
        self.emu = emu
        self.t = t
        self.style = style
        self.write = write
        self.current = current
        self._shown = {p.user_id: 0 for p in PERSONAS}
        self._announced = {p.user_id: 0 for p in PERSONAS}
        self._views: dict[tuple[int, int], View] = {}
        self._answers = len(emu.callback_answers)

    def label(self, persona: Persona) -> str:
        """`[业主 林芳]`: the prefix of lines meant for a persona."""
        return self.style.paint(PREFIX, f"[{self.t(persona.role_key)} {persona.name}]")

    def switch(self, persona: Persona) -> None:
        """Play another persona: show what they missed."""
        self.current = persona
        self._announced[persona.user_id] = 0
        self.flush()

    def has_news(self) -> bool:
        """Tell whether anything is left to print or announce."""
        if len(self.emu.callback_answers) > self._answers:
            return True
        return any(self._unread(p) > self._announced[p.user_id] for p in PERSONAS) or bool(
            self.emu.changed_since(self.current.user_id, self._shown[self.current.user_id])
        )

    def flush(self) -> None:
        """Print the current persona's new and edited messages and toasts; announce others."""
        self._print_current()
        self._print_toasts()
        for persona in PERSONAS:
            if persona != self.current:
                self._announce(persona)

    def _unread(self, persona: Persona) -> int:
        return len(self.emu.created_since(persona.user_id, self._shown[persona.user_id]))

    def _print_current(self) -> None:
        user_id = self.current.user_id
        changed = self.emu.changed_since(user_id, self._shown[user_id])
        self._shown[user_id] = self.emu.mark()
        for group in group_albums(changed):
            text = self._render(group)
            if text is not None:
                self.write(text)

    def _render(self, group: list[SentMessage]) -> str | None:
        """The lines of a message; for an edit, only what changed (None: nothing to show)."""
        first = group[0]
        body = body_lines(group, self.style, self._prices(first))
        buttons = button_lines(first, self.style)
        key = (first.chat_id, first.message_id)
        before = self._views.get(key)
        self._views[key] = ("\n".join(body), buttons)
        if before is None:
            return framed(self.label(self.current), body + buttons)
        if before[0] != "\n".join(body):
            return framed(f"{self.label(self.current)} {EDITED}", body + buttons)
        if buttons and buttons != before[1]:
            return framed(f"{self.label(self.current)} {EDITED}", buttons)
        return None

    def _prices(self, message: SentMessage) -> list[JsonDict]:
        """The labeled prices of an invoice message (none for other messages)."""
        if message.kind != "invoice":
            return []
        try:
            return self.emu.invoice(message.chat_id, message.message_id).prices
        except LookupError:
            return []

    def toast(self, text: str) -> None:
        """Print what Telegram shows the current persona in a popup (a callback answer…)."""
        note = self.style.paint(NOTE, f"{TOAST} {text}")
        self.write(f"{self.label(self.current)} {note}")

    def _print_toasts(self) -> None:
        answers = self.emu.callback_answers[self._answers :]
        self._answers += len(answers)
        for answer in answers:
            if answer.text and answer.user_id == self.current.user_id:
                self.toast(answer.text)

    def _announce(self, persona: Persona) -> None:
        unread = self._unread(persona)
        if unread <= self._announced[persona.user_id]:
            return
        self._announced[persona.user_id] = unread
        line = self.t(
            "sandbox-unread",
            count=unread,
            name=persona.name,
            role=self.t(persona.role_key),
            persona=persona.key,
        )
        self.write(self.style.paint(NOTE, line))
