"""Standard input and output for the terminal chat: works on a terminal and through a pipe.

Lines are read in a daemon thread (a blocking read never holds up the event loop or the
exit); on a terminal the thread uses ``input()`` with line editing and shows the prompt,
elsewhere it reads the raw file descriptor.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Any


def _typed_so_far() -> str:
    """What the user has typed on the prompt line (needs the readline module)."""
    try:
        import readline
    except ImportError:
        return ""
    return readline.get_line_buffer()


def _read_stdin() -> bytes:
    """Some bytes of stdin, b"" at its end. A raw read: a thread blocked in it holds no lock
    of ``sys.stdin``, so the interpreter can still exit."""
    try:
        return os.read(sys.stdin.fileno(), 4096)
    except (OSError, ValueError, AttributeError):
        return b""


class Console:
    """Prints lines; on a terminal, redraws the prompt and the half-typed line below them."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive
        if interactive:
            with contextlib.suppress(ImportError):
                import readline  # noqa: F401  (line editing and history for input())
        self.prompt: Callable[[], str] = lambda: ""
        self.reading = False  # the reader thread waits in input()
        self._tty: Any = None

    def write(self, text: str) -> None:
        """Print one block of text."""
        if self.interactive and self.reading:
            sys.stdout.write(f"\r\033[K{text}\n{self.prompt()}{_typed_so_far()}")
        else:
            sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def save_terminal(self) -> None:
        """Remember the terminal's modes (line editing may be cut short by Ctrl-C)."""
        if not self.interactive:
            return
        with contextlib.suppress(ImportError, OSError):
            import termios

            self._tty = termios.tcgetattr(sys.stdin.fileno())

    def restore_terminal(self) -> None:
        """Put the terminal's modes back and end the prompt line."""
        if not self.interactive:
            return
        if self.reading:
            sys.stdout.write("\n")
            sys.stdout.flush()
            self.reading = False
        if self._tty is not None:
            with contextlib.suppress(ImportError, OSError):
                import termios

                termios.tcsetattr(sys.stdin.fileno(), termios.TCSADRAIN, self._tty)


class LineReader:
    """Hands out input lines one at a time; None at the end of input."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._wanted = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pending = b""

    def start(self) -> None:
        """Start the reading thread."""
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._run, name="stdin_reader", daemon=True).start()

    async def next_line(self) -> str | None:
        """Ask for the next line and wait for it."""
        self._wanted.set()
        return await self._queue.get()

    def _run(self) -> None:
        try:
            while True:
                self._wanted.wait()
                self._wanted.clear()
                line = self._read()
                if line is None:
                    break
                self._put(line)
        finally:
            self._put(None)

    def _read(self) -> str | None:
        """One line from stdin, or None at its end."""
        if self.console.interactive:
            self.console.reading = True
            try:
                return input(self.console.prompt())
            except EOFError:
                sys.stdout.write("\n")  # Ctrl-D: end the prompt line
                return None
            except (OSError, ValueError):
                return None
            finally:
                self.console.reading = False
        while b"\n" not in self._pending:
            chunk = _read_stdin()
            if not chunk:
                line, self._pending = self._pending, b""
                return line.decode("utf-8", "replace") if line else None
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        return line.decode("utf-8", "replace")

    def _put(self, item: str | None) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody listens
            loop.call_soon_threadsafe(self._queue.put_nowait, item)
