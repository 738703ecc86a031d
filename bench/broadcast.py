"""Benchmark one urgent broadcast to many residents: outbox + limiter vs the raw HTTP path.

Run by hand: `.venv/bin/python -m bench.broadcast [--accounts 2000]`. The emulator answers
429 beyond Telegram's limits (30 sends a second overall; per chat a burst of 3, then 1/s).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncConnection
from telegram.warnings import PTBUserWarning

from bot.app import build_application, running, services_of
from bot.clock import Clock
from bot.context import ButlerApp
from bot.jobs import SEND_JOB, TIMERS_JOB, tick_once
from bot.sandbox.emulator import BotApiEmulator
from bot.services.notices.audience import Audience
from bot.services.notices.notices import NoticeInput, push_args
from bot.settings import Settings
from storage.models import Estate
from storage.repositories import accounts, estates, people

TELEGRAM_ID_BASE = 7_000_000
GIVE_UP_SECONDS = 300.0
TARGET_RATE = 27.0  # 90 % of Telegram's 30 messages a second
TEXT = "明早 8:00-12:00 停水，请提前储水。"


@dataclass
class Run:
    """What draining the outbox did."""

    sent: int
    seconds: float
    pending: int

    @property
    def rate(self) -> float:
        """Messages a second."""
        return self.sent / self.seconds if self.seconds else 0.0


def unit_code(index: int) -> tuple[str, str]:
    """Lay units out as 100 per building, 4 entrances of 25; 5 buildings a grid."""
    building = index // 100 + 1
    code = f"{building}-{index // 25 % 4 + 1}-{101 + index % 25}"
    return code, f"G{(building - 1) // 5 + 1}"


async def add_units(conn: AsyncConnection, estate: Estate, count: int) -> dict[str, int]:
    """Create `count` units through the repositories; return their ids by code."""
    grid_ids: dict[str, int] = {}
    building_ids: dict[str, int] = {}
    for index in range(count):
        code, grid = unit_code(index)
        building, entrance, room = code.split("-")
        if grid not in grid_ids:
            grid_ids[grid] = await estates.ensure_grid(conn, estate.id, grid)
        if building not in building_ids:
            building_ids[building] = await estates.ensure_building(
                conn, estate.id, building, grid_ids[grid]
            )
        values = {"code": code, "building_id": building_ids[building]}
        values |= {"entrance": entrance, "room": room, "area_centi_m2": 8950}
        values |= {"usage": "residential", "owner_name": "", "owner_phone": ""}
        await estates.upsert_unit(conn, estate.id, values)
    return {u.code: u.id for u in await estates.units_of(conn, estate.id)}


async def populate(app: ButlerApp, emu: BotApiEmulator, count: int) -> tuple[Estate, list[int]]:
    """Create an estate with `count` units and one resident bound to each, in one transaction."""
    now = datetime.now(UTC)
    telegram_ids = [TELEGRAM_ID_BASE + i for i in range(count)]
    async with services_of(app).db.transaction() as conn:
        estate = await estates.add_estate(conn, "Bench Gardens", "Asia/Shanghai", "CNY", now)
        unit_ids = await add_units(conn, estate, count)
        for index, telegram_id in enumerate(telegram_ids):
            name = f"R{index}"
            account = await accounts.upsert_seen(
                conn,
                telegram_id=telegram_id,
                name=name,
                username=None,
                telegram_language="zh-hans",
                now=now,
            )
            unit_id = unit_ids[unit_code(index)[0]]
            await people.add_occupancy(conn, account.id, unit_id, "owner", now)
            emu.add_user(telegram_id, name, language_code="zh-hans")
    return estate, telegram_ids


async def drain(app: ButlerApp, broadcast_id: int) -> Run:
    """Tick until the broadcast has nothing pending (or GIVE_UP_SECONDS have passed)."""
    broadcasts = services_of(app).broadcasts
    start = time.monotonic()
    status = await broadcasts.status(broadcast_id)
    while status.pending and time.monotonic() - start < GIVE_UP_SECONDS:
        stats = await tick_once(app)
        if not stats.sent:
            await asyncio.sleep(0.05)  # everything due is waiting out a retry_after
        status = await broadcasts.status(broadcast_id)
    return Run(status.sent, time.monotonic() - start, status.pending)


async def baseline(app: ButlerApp, telegram_ids: list[int], text: str) -> Run:
    """Send the same messages straight through `bot.send_message`, one after another."""
    start = time.monotonic()
    for telegram_id in telegram_ids:
        await app.bot.send_message(telegram_id, text)
    return Run(len(telegram_ids), time.monotonic() - start, 0)


def received(emu: BotApiEmulator, telegram_ids: list[int]) -> Counter[int]:
    """Count the bot's messages in each chat."""
    return Counter({chat: len(emu.bot_messages(chat)) for chat in telegram_ids})


async def bench(count: int) -> None:
    """Run the outbox pass with flood limits on, then the raw baseline with them off."""
    emu = BotApiEmulator(bot_username="butler_bench_bot")
    await emu.start(host="127.0.0.1", port=0)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None,
            bot_token="123456:BENCH-token",
            database_url=f"sqlite+aiosqlite:///{Path(tmp) / 'butler.db'}",
            api_base_url=emu.base_url,
            api_file_url=emu.base_file_url,
            tick_seconds=60,
        )
        try:
            async with running(build_application(settings, clock=Clock()), poll_timeout=1) as app:
                assert app.job_queue is not None
                for name in (TIMERS_JOB, SEND_JOB):
                    for job in app.job_queue.get_jobs_by_name(name):
                        job.schedule_removal()  # this benchmark ticks by hand
                await report(app, emu, count)
        finally:
            await emu.stop()


async def report(app: ButlerApp, emu: BotApiEmulator, count: int) -> None:
    """Queue the broadcast, drain it, run the baseline and print the figures."""
    started = time.monotonic()
    estate, telegram_ids = await populate(app, emu, count)
    print(f"setup: {count} units and residents in {time.monotonic() - started:.1f} s")
    emu.set_flood_limits(True, overall_per_second=30, per_chat_per_second=1, per_chat_burst=3)
    form = NoticeInput(audience=Audience(scope="estate"), texts={"zh-Hans": TEXT}, urgent=True)
    notice = await services_of(app).notices.send_operator(estate, form)
    assert notice.broadcast_id is not None
    run = await drain(app, notice.broadcast_id)
    got = received(emu, telegram_ids)
    lost = sum(1 for n in got.values() if n == 0)
    twice = sum(1 for n in got.values() if n > 1)
    answers_429, accepted = emu.stats["429"], emu.stats["sent"]
    emu.set_flood_limits(False)
    text = services_of(app).translator.t("zh-Hans", "notice-push", **push_args(notice, estate))
    raw = await baseline(app, telegram_ids, text)
    met = run.rate >= TARGET_RATE and not lost and not twice and not run.pending
    print(f"outbox: {run.sent} sent in {run.seconds:.1f} s = {run.rate:.2f} msg/s")
    print(f"        emulator accepted {accepted}, answered 429 {answers_429} times")
    print(f"        lost {lost}, sent twice {twice}, still pending {run.pending}")
    print(f"raw:    {raw.sent} sent in {raw.seconds:.1f} s = {raw.rate:.1f} msg/s (no limits)")
    print(f"ratio:  outbox / raw = {run.rate / raw.rate:.3f}")
    verdict = "met" if met else "NOT met"
    print(f"target: >= {TARGET_RATE:.0f} msg/s, none lost, none twice: {verdict}")


def main() -> None:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m bench.broadcast", description=__doc__)
    parser.add_argument("--accounts", type=int, default=2000, help="residents (and units)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    asyncio.run(bench(args.accounts))


if __name__ == "__main__":
    main()
