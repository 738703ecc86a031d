"""`butler broadcast` queues a notice; the running bot delivers it; --status counts it."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import UTC, datetime, timedelta

from tests.factories import make_estate, resident_code
from tests.harness import Harness


async def _butler(db_url: str, *args: str) -> tuple[int, str]:
    env = os.environ | {"BUTLER_DATABASE_URL": db_url}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    assert process.returncode == 0 or out, err.decode()
    return process.returncode, out.decode()


async def test_broadcast_reaches_the_residents_of_the_chosen_buildings(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    chats = {}
    for user_id, unit in ((4001, "3-1-101"), (4002, "3-2-301"), (4003, "1-1-101")):
        chat = bot.chat(user_id, language_code="zh-hans")
        await chat.send(f"/start {await resident_code(bot.services, estate, unit)}")
        await chat.expect("业主菜单")
        chats[user_id] = chat
    bot.emu.block(4002)
    url = bot.settings.database_url
    code, out = await _butler(
        url,
        "broadcast",
        "--estate",
        "湖畔花园",
        "--building",
        "3",
        "--urgent",
        "--json",
        "明早停水",
    )
    assert code == 0, out
    queued = json.loads(out)
    assert (queued["total"], queued["pending"]) == (2, 2)
    bot.clock.set(datetime.now(UTC) + timedelta(minutes=1))  # the CLI queued on real time
    await bot.tick()
    await chats[4001].expect("紧急通知", "明早停水")
    await chats[4003].expect_nothing()
    code, out = await _butler(url, "broadcast", "--status", str(queued["id"]), "--json")
    status = json.loads(out)
    assert (status["sent"], status["unreachable"], status["pending"]) == (1, 1, 0)


async def test_broadcast_to_an_unknown_estate_says_so(bot: Harness) -> None:
    code, out = await _butler(bot.settings.database_url, "broadcast", "--estate", "Nowhere", "hi")
    assert code == 1
    assert "Nowhere" in out


async def test_a_broadcast_to_a_building_that_does_not_exist_or_nobody_is_refused(
    bot: Harness,
) -> None:
    await make_estate(bot.services.db)
    url = bot.settings.database_url
    code, out = await _butler(url, "broadcast", "--estate", "湖畔花园", "--building", "9", "hi")
    assert code == 1 and out.startswith("本小区没有以下楼栋：9。")
    code, out = await _butler(url, "broadcast", "--estate", "湖畔花园", "--building", "3", "hi")
    assert code == 1 and "没有人能收到" in out
