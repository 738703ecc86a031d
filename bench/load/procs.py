"""The bots under test as subprocesses: start, wait until they poll, stop, CPU seconds."""

from __future__ import annotations

import asyncio
import math
import os
import re
import signal
import sys
import time
from pathlib import Path

from bot.sandbox.emulator import BotApiEmulator

TICKS = os.sysconf("SC_CLK_TCK")
STOP_SECONDS = 30.0
LEVELS = ("WARNING", "ERROR", "CRITICAL")
RAISED = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Timeout)\b")


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name (state is [0]), or None."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rfind(")") + 2 :].split()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) and fields[1] == str(pid):
            found.append(int(entry.name))
    return found


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) of a process, its live descendants and its reaped ones."""
    fields = _stat(pid)
    if fields is None:
        return 0.0
    utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
    own = (utime + stime + cutime + cstime) / TICKS
    return own + sum(tree_cpu_seconds(child) for child in _children(pid))


def bench_cpu_seconds() -> float:
    """CPU seconds of this process (the emulator and the simulated people), all threads."""
    return time.process_time()


class BotProcess:
    """One bot started as an operator would: a command line, environment variables, a log."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.name, self.argv, self.env, self.log = name, argv, env, log
        self.process: asyncio.subprocess.Process | None = None
        self.stop_seconds = math.nan
        self.killed = False  # SIGTERM did not end it within the grace time

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    async def start(self, emu: BotApiEmulator, cwd: Path, timeout: float = 90.0) -> None:  # noqa: ASYNC109
        """Start it and wait for its first getUpdates (or setWebhook); fail if it exits."""
        generation = emu.state.poll_generation
        with self.log.open("ab") as out:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, *self.argv, stdout=out, stderr=out, env=self.env, cwd=cwd
            )
        deadline = time.monotonic() + timeout
        while emu.state.poll_generation == generation and not emu.state.webhook_url:
            if self.process.returncode is not None:
                code = self.process.returncode
                raise RuntimeError(f"{self.name} exited with {code}: {self.tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} did not poll within {timeout} s: {self.tail()}")
            await asyncio.sleep(0.05)

    def cpu_seconds(self) -> float:
        """CPU seconds so far of the process and its children."""
        return tree_cpu_seconds(self.pid) if self.process is not None else 0.0

    def child_cpu_seconds(self) -> dict[int, float]:
        """CPU seconds so far of each child process (the workers of `--workers N`)."""
        if self.process is None:
            return {}
        return {child: tree_cpu_seconds(child) for child in _children(self.pid)}

    async def stop(self, grace: float = STOP_SECONDS) -> int | None:
        """SIGTERM, then SIGKILL after `grace` s; return the exit code (see stop_seconds)."""
        process = self.process
        if process is None or process.returncode is not None:
            return None if process is None else process.returncode
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(process.wait(), grace)
        except TimeoutError:
            process.kill()
            code = await process.wait()
            self.killed = True
        self.stop_seconds = time.monotonic() - started
        return code

    def tail(self, lines: int = 15) -> str:
        """The end of its log."""
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def problems(self) -> list[str]:
        """The log lines at WARNING or above, and tracebacks' last lines."""
        if not self.log.exists():
            return []
        found = []
        for line in self.log.read_text(errors="replace").splitlines():
            words = line.split(" ", 4)
            if (len(words) > 2 and words[2] in LEVELS) or RAISED.match(line):
                found.append(line)
        return found
