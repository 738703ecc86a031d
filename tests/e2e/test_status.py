"""`butler status` against a running bot: healthy once it ticks, unhealthy when pushes lag."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import Any

import pytest

from bot.cli import main
from storage.repositories import accounts
from tests.harness import Harness


@pytest.fixture(autouse=True)
def _operator(monkeypatch: pytest.MonkeyPatch, cli_database: str) -> None:
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "en")
    monkeypatch.setenv("BUTLER_LOG_LEVEL", "WARNING")


async def _status(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    code = await asyncio.to_thread(main, ["status", *extra])
    return code, capsys.readouterr().out


async def _json(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out = await _status(capsys, "--json")
    return code, json.loads(out)


async def test_healthy_once_the_scheduler_ticks_in_both_languages(
    bot: Harness, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, found = await _json(capsys)
    assert (code, found["healthy"], found["problems"]) == (1, False, ["status-no-tick"])
    assert found["reachable"] is True and found["revision"] == found["head"]
    await bot.tick()
    code, found = await _json(capsys)
    assert (code, found["healthy"], found["due_pushes"]) == (0, True, 0)
    assert found["tick_age_s"] < 60
    code, out = await _status(capsys)
    assert code == 0 and "Last scheduler tick:" in out and out.strip().endswith("Healthy.")
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "zh-Hans")
    code, out = await _status(capsys)
    assert code == 0 and "调度器最近运行" in out and out.strip().endswith("运行正常。")


async def test_a_push_waiting_too_long_makes_it_unhealthy(
    bot: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    now = bot.clock.now()
    async with bot.services.db.transaction() as conn:
        account = await accounts.upsert_seen(
            conn, telegram_id=8800, name="Lin", username=None, telegram_language="en", now=now
        )
        for minutes in (0, 18):
            await bot.services.notifier.push(
                conn, account.id, "error-generic", at=now + timedelta(minutes=minutes)
            )
        later = now + timedelta(hours=8)
        await bot.services.notifier.push(conn, account.id, "error-generic", at=later)
    bot.clock.advance(timedelta(minutes=20))
    await bot.services.health.beat()  # the scheduler runs, the sending has stalled
    code, found = await _json(capsys)
    assert (code, found["problems"], found["due_pushes"]) == (1, ["status-pushes-late"], 2)
    assert 20 * 60 <= found["oldest_push_age_s"] < 21 * 60  # on the bot's clock, not the wall's
    code, out = await _status(capsys)
    assert "Pushes due and not sent: 2" in out and "pushes wait longer than they should" in out
    await bot.tick()
    code, found = await _json(capsys)
    assert (code, found["due_pushes"]) == (0, 0)
