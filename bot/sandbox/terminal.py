"""The terminal chat: read a line, act as the persona being played, print what the bot did."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.clock import OffsetClock
from bot.context import ButlerApp
from bot.i18n import Translate
from bot.jobs import tick_once
from bot.sandbox.commands import Kind, Line, parse_duration, parse_line
from bot.sandbox.emulator import BotApiEmulator, SentMessage, make_png
from bot.sandbox.feed import Feed, settle
from bot.sandbox.personas import PERSONAS, find_persona
from bot.sandbox.reader import LineReader
from bot.sandbox.render import ERROR, NOTE, PAY

log = logging.getLogger(__name__)
PHOTO_SIZE = (64, 48)


def _has_buttons(message: SentMessage) -> bool:
    """Whether a number presses something here: an inline keyboard, or an invoice's Pay."""
    return message.has_inline_keyboard() or message.kind == "invoice"


def _cells(message: SentMessage) -> list[tuple[int, int]]:
    """(row, col) of each button, numbered across rows (an invoice's own Pay: one cell)."""
    if not message.has_inline_keyboard():
        return [(0, 0)] if message.kind == "invoice" else []
    return [(r, c) for r, row in enumerate(message.buttons()) for c, _ in enumerate(row)]


def _is_pay(message: SentMessage, row: int, col: int) -> bool:
    """Whether the button at (row, col) is the Pay button of an invoice."""
    if message.kind != "invoice":
        return False
    if not message.has_inline_keyboard():
        return True
    rows = (message.reply_markup or {})["inline_keyboard"]
    return bool(rows[row][col].get("pay"))


@dataclass
class Sandbox:
    """What the terminal acts on: the running bot, the emulator and the shared clock."""

    app: ButlerApp
    emu: BotApiEmulator
    clock: OffsetClock
    timezone: str
    save_offset: Callable[[timedelta], Awaitable[None]]


class Terminal:
    """A line-by-line chat in which one types as resident, butler or manager."""

    def __init__(self, sandbox: Sandbox, feed: Feed, reader: LineReader, t: Translate) -> None:
        self.sandbox = sandbox
        self.emu = sandbox.emu
        self.feed = feed
        self.reader = reader
        self.t = t
        self._lock = asyncio.Lock()
        self._asked: dict[int, int] = {}  # user id → the bot's last question without buttons

    async def run(self) -> None:
        """Chat until :quit or the end of input."""
        self.feed.flush()
        self.reader.start()
        printer = asyncio.create_task(self._print_pushes(), name="push_printer")
        try:
            while (raw := await self.reader.next_line()) is not None:
                line = parse_line(raw)
                if line.kind is Kind.QUIT:
                    break
                async with self._lock:
                    await self._dispatch(line)
        finally:
            printer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await printer

    def prompt(self) -> str:
        """The prompt on a terminal: who is typing."""
        return f"{self.feed.current.name}> "

    async def _dispatch(self, line: Line) -> None:
        """Do what the line says."""
        if line.kind in (Kind.TEXT, Kind.NUMBER, Kind.PHOTO, Kind.PAY):
            user_id = self.feed.current.user_id
            mark = self.emu.mark()
            await self._send(line)
            await settle(self.emu)
            self._note_replies(user_id, mark)
            await self._tick()
            self.feed.flush()
        elif line.kind is Kind.AS:
            self._switch(line.arg)
        elif line.kind is Kind.TIME:
            await self._move_clock(line.arg)
        elif line.kind is Kind.TICK:
            sent = await self._tick()
            await settle(self.emu)
            self.feed.flush()
            self.note(self.t("sandbox-ticked", sent=sent))
        elif line.kind is Kind.WHO:
            self._who()
        elif line.kind is Kind.HELP:
            self.note(self.t("sandbox-help"))
        elif line.kind is Kind.UNKNOWN:
            self.error(self.t("sandbox-unknown", command=line.arg))
        else:
            self.feed.flush()

    async def _send(self, line: Line) -> None:
        """Send a text, a photo, press a button or pay, as the persona being played."""
        user_id = self.feed.current.user_id
        if line.kind is Kind.NUMBER:
            await self._press_or_send(user_id, line.arg)
        elif line.kind is Kind.PAY:
            await self._pay(user_id, None)
        elif line.kind is Kind.PHOTO:
            await self.emu.send_photo(user_id, line.arg or None, content=make_png(*PHOTO_SIZE))
        else:
            await self.emu.send_text(user_id, line.arg)

    def _note_replies(self, user_id: int, mark: int) -> None:
        """Remember a reply that asks for text: until a newer keyboard, numbers are messages."""
        replies = [
            m
            for m in self.emu.created_since(user_id, mark)
            if not m.deleted and (m.kind == "text" or _has_buttons(m))
        ]
        if replies and not _has_buttons(replies[-1]):
            self._asked[user_id] = replies[-1].message_id
        elif replies:
            self._asked.pop(user_id, None)

    def _keyboard(self, user_id: int) -> SentMessage | None:
        """The keyboard a number presses: the latest, unless the bot asked for text since."""
        keyboard = next(
            (m for m in reversed(self.emu.bot_messages(user_id)) if _has_buttons(m)),
            None,
        )
        if keyboard is None or self._asked.get(user_id, 0) > keyboard.message_id:
            return None
        return keyboard

    async def _press_or_send(self, user_id: int, number: str) -> None:
        """Press button N of the active keyboard; without one, the number is a message."""
        keyboard = self._keyboard(user_id)
        cells = _cells(keyboard) if keyboard else []
        index = int(number) - 1
        if keyboard is None or not 0 <= index < len(cells):
            await self.emu.send_text(user_id, number)
            return
        row, col = cells[index]
        if _is_pay(keyboard, row, col):
            await self._pay(user_id, keyboard.message_id)
            return
        try:
            await self.emu.press(user_id, keyboard.message_id, row=row, col=col)
        except LookupError:
            self.error(self.t("sandbox-no-button", number=number))

    async def _pay(self, user_id: int, message_id: int | None) -> None:
        """Pay an invoice (the latest one: None); a refusal shows the bot's reason."""
        try:
            result = await self.emu.pay(user_id, message_id)
        except LookupError:
            self.error(self.t("sandbox-no-button", number=PAY))
            return
        if result.error_message:
            self.feed.toast(result.error_message)
        elif not result.answered:
            self.error(f"{PAY} ⏳")  # the bot did not answer the pre-checkout query in time

    def _switch(self, word: str) -> None:
        """Play another persona and show what they missed."""
        labels = {p.key: self.t(p.role_key) for p in PERSONAS}
        persona = find_persona(word, labels) if word else None
        if persona is None:
            self.error(self.t("sandbox-bad-persona"))
            return
        self.note(self.t("sandbox-now-playing", name=persona.name, role=labels[persona.key]))
        self.feed.switch(persona)

    async def _move_clock(self, arg: str) -> None:
        """`:time +2h`: move the shared clock, keep it for next time, run one tick."""
        if arg:
            delta = parse_duration(arg)
            if delta is None:
                self.error(self.t("sandbox-bad-time"))
                return
            self.sandbox.clock.advance(delta)
            await self.sandbox.save_offset(self.sandbox.clock.offset)
        self.note(self.t("sandbox-time", time=self.now_text()))
        if arg:
            await self._tick()
            await settle(self.emu)
            self.feed.flush()

    async def _tick(self) -> int:
        """Run the scheduler tick now; return how many pushes it sent."""
        try:
            stats = await tick_once(self.sandbox.app)
        except Exception:
            log.exception("sandbox tick failed")
            return 0
        return stats.sent

    def _who(self) -> None:
        persona = self.feed.current
        self.note(
            self.t(
                "sandbox-who",
                name=persona.name,
                role=self.t(persona.role_key),
                time=self.now_text(),
            )
        )

    def now_text(self) -> str:
        """The sandbox time in the estate's time zone."""
        local = self.sandbox.clock.now().astimezone(ZoneInfo(self.sandbox.timezone))
        return local.strftime("%Y-%m-%d %H:%M")

    def note(self, text: str) -> None:
        """Print a line of the sandbox itself."""
        self.feed.write(self.feed.style.paint(NOTE, text))

    def error(self, text: str) -> None:
        """Print a complaint of the sandbox itself."""
        self.feed.write(self.feed.style.paint(ERROR, text))

    async def _print_pushes(self) -> None:
        """Print what arrives while nobody types (the scheduler's pushes)."""
        while True:
            await self.emu.state.activity.wait(1.0)
            if self._lock.locked() or not self.feed.has_news():
                continue
            async with self._lock:
                await settle(self.emu)
                self.feed.flush()
