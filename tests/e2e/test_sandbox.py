"""The terminal sandbox, driven as a newcomer would: `python -m bot sandbox` and its stdin."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.engines import sqlite_only

# `butler sandbox` keeps its demo estate in a SQLite file of its own (--db, data/sandbox.db by
# default) whatever BUTLER_DATABASE_URL says, so the PostgreSQL run has nothing new to test.
pytestmark = sqlite_only("the sandbox always runs on its own SQLite file (butler sandbox --db)")

STARTUP = 30.0  # seconds: migrations, imports and three bindings on a slow machine
STEP = 10.0


class Sandbox:
    """A running `python -m bot sandbox` process: type lines, read what it prints."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.output = ""
        self._position = 0
        self._changed = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def start(cls, cwd: Path, *args: str, fresh: bool = True) -> Sandbox:
        """Start a sandbox with its database in `cwd`, without a token or operator database."""
        env = {key: value for key, value in os.environ.items() if not key.startswith("BUTLER_")}
        env |= {"PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"}
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "sandbox",
            "--db",
            str(cwd / "sandbox.db"),
            *(["--fresh"] if fresh else []),
            *args,
            cwd=cwd,
            env=env,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return cls(process)

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            self.output += line.decode("utf-8")
            self._changed.set()

    async def expect(self, fragment: str, timeout: float = STEP) -> str:  # noqa: ASYNC109
        """Wait until the output since the last match has `fragment`; return it up to the end
        of that line, and look after it next time."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while (found := self.output.find(fragment, self._position)) < 0:
            remaining = deadline - loop.time()
            if remaining <= 0 or self._reader.done():
                raise AssertionError(
                    f"no {fragment!r} within {timeout} s; output since the last match:\n"
                    + self.output[self._position :]
                )
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)
        end = self.output.find("\n", found)
        end = len(self.output) if end < 0 else end + 1
        chunk = self.output[self._position : end]
        self._position = end
        return chunk

    async def send(self, line: str, then: str | None = None) -> str:
        """Type one line; with `then`, wait for that in the output."""
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode("utf-8") + b"\n")
        await self.process.stdin.drain()
        return await self.expect(then) if then is not None else ""

    async def close_input(self) -> None:
        """Ctrl-D: the end of standard input."""
        assert self.process.stdin is not None
        self.process.stdin.close()

    async def kill(self) -> None:
        """Stop the process if it still runs (a failed test)."""
        if self.process.returncode is None:
            self.process.kill()
            await self.process.wait()

    async def finish(self, timeout: float = STEP) -> tuple[int, str]:  # noqa: ASYNC109
        """Wait for the exit; return the status and what went to stderr."""
        try:
            status = await asyncio.wait_for(self.process.wait(), timeout)
        finally:
            await self.kill()
        await self._reader
        assert self.process.stderr is not None
        errors = (await self.process.stderr.read()).decode("utf-8", "replace")
        return status, errors


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    """A fresh sandbox in Chinese (the default), ready for input."""
    process = await Sandbox.start(tmp_path)
    try:
        first = await process.expect("\n", STARTUP)
        assert first.startswith("启动本地沙盒（Telegram 模拟器 127.0.0.1:")
        await process.expect("您现在是林芳（业主）", STARTUP)
        yield process
    finally:
        await process.kill()


async def file_repair(sandbox: Sandbox) -> None:
    """As the resident: report a leaking pipe with one photo, by numbers and text."""
    await sandbox.send(":tick", "⏱")  # the pushes due at start (overdue fees) go out first
    await sandbox.send("/repair", "请问需要维修什么")
    await sandbox.send("1", "（户内），还是在公共区域")
    await sandbox.send("1", "请简单描述问题")
    await sandbox.send("厨房水管漏水", "最多 5 张照片")
    await sandbox.send(":photo 漏水处", "[业主 林芳] 已收到第 1 张照片")
    await sandbox.send("1", "什么时间上门")
    await sandbox.send("1", "是否紧急")
    summary = await sandbox.send("2", "[1] ✅ 确认提交")
    assert "问题：厨房水管漏水" in summary and "照片：1 张" in summary
    await sandbox.send("1", "工单号 R-0001")
    await sandbox.expect("📨 王管家（管家）有")


async def test_a_repair_from_report_to_rating_and_the_digest(sandbox: Sandbox) -> None:
    await file_repair(sandbox)
    pushed = await sandbox.send(":as butler", "[1] ✋ 受理")
    assert "[管家 王管家] 🛠 报修 R-0001" in pushed and "报修人：林芳" in pushed
    await sandbox.send("1", "💬 您已受理 R-0001")
    await sandbox.send("1", "💬 R-0001 处理中")
    await sandbox.send("1", "完成 R-0001：请说明处理情况")
    await sandbox.send("更换了水管接头", "如有处理后的照片请发送")
    await sandbox.send("1", "R-0001 已完成，已请住户评分")
    news = await sandbox.send(":as resident", "[5] 5⭐")
    assert "已由王管家受理" in news and "处理结果：更换了水管接头" in news
    await sandbox.send("5", "感谢您的评价：R-0001 ★★★★★（5/5）")
    await sandbox.send(":as manager", "您现在是张经理（经理）")
    await sandbox.send(":time +1d", "⏰ 沙盒时间")
    digest = await sandbox.send("/digest", "仍未处理的上报")
    assert "新增工单：1" in digest and "· 报修 给排水：1" in digest
    assert "已关闭：1" in digest and "回访评分：1 个，平均 5" in digest
    await sandbox.send(":quit", "再见")
    status, errors = await sandbox.finish()
    assert status == 0
    assert "Traceback" not in errors


async def test_help_who_and_mistakes_are_answered_by_the_sandbox(sandbox: Sandbox) -> None:
    await sandbox.send(":help", ":time +30m | +2h | +1d")
    await sandbox.send(":who", "您现在是林芳（业主）。沙盒时间：")
    await sandbox.send(":as nobody", "要扮演谁？")
    await sandbox.send(":time soon", "请说明拨快多久")
    await sandbox.send(":jump", ":jump 不是沙盒命令")
    await sandbox.close_input()
    await sandbox.expect("再见")
    status, errors = await sandbox.finish()
    assert status == 0
    assert "Traceback" not in errors


async def test_a_first_start_cut_short_starts_over_and_ctrl_c_ends_cleanly(
    tmp_path: Path,
) -> None:
    cut = await Sandbox.start(tmp_path, "--lang", "en")
    try:
        await cut.expect("First start: making the demo estate", STARTUP)
        cut.process.send_signal(signal.SIGINT)
        status, errors = await cut.finish()
    finally:
        await cut.kill()
    assert (status, "Traceback" in errors) == (0, False)
    again = await Sandbox.start(tmp_path, "--lang", "en", fresh=False)
    try:
        await again.expect("held a half-made demo estate", STARTUP)
        await again.expect("You are now 林芳 (resident)", STARTUP)
        await again.send("/whoami", "🏠 湖畔花园 1-1-101 (owner)")
        again.process.send_signal(signal.SIGINT)
        await again.expect("Bye!")
        status, errors = await again.finish()
    finally:
        await again.kill()
    assert (status, "Traceback" in errors) == (0, False)
