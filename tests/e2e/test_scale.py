"""Many chats at once, races that really race, a second worker, webhooks, a crash mid-batch."""

from __future__ import annotations

import asyncio
import socket
from contextlib import AsyncExitStack

import httpx
from sqlalchemy import func, select

from bot.app import build_application, running
from bot.errors import AppError
from bot.jobs import tick_once
from bot.services.inbox import Inbox
from bot.services.tickets import rules
from bot.services.tickets.repairs import RepairDraft
from storage.db import Database
from storage.repositories import tickets
from storage.tables import tickets as tickets_table
from tests.e2e.estate import populate
from tests.e2e.test_repair import file_repair
from tests.engines import postgresql_only
from tests.harness import Harness


async def _viewer(bot: Harness, telegram_id: int):  # type: ignore[no-untyped-def]
    account = await bot.services.accounts.seen(telegram_id, "x", None, "en")
    return await bot.services.access.viewer(account)


async def test_racing_staff_and_residents_each_get_one_winner(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    butler, butler2 = await _viewer(bot, 5002), await _viewer(bot, 5003)
    results = await asyncio.gather(
        bot.services.ticket_actions.act(butler, 1, rules.ACCEPT),
        bot.services.ticket_actions.act(butler2, 1, rules.ACCEPT),
        return_exceptions=True,
    )
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert sum(isinstance(r, AppError) and r.key == "ticket-taken" for r in results) == 1
    await file_repair(people.resident)  # R-0002: the resident withdraws as the butler accepts
    resident = await _viewer(bot, 5000)
    results = await asyncio.gather(
        bot.services.ticket_actions.cancel(resident, 2),
        bot.services.ticket_actions.act(butler, 2, rules.ACCEPT),
        return_exceptions=True,
    )
    winners = [r for r in results if not isinstance(r, BaseException)]
    assert len(winners) == 1 and winners[0].status in ("cancelled", "accepted")
    async with bot.services.db.read() as conn:
        history = [e.action for e in await tickets.events(conn, 2)]
    assert history.count("cancel") + history.count("accept") == 1


async def test_a_doubled_confirm_files_one_ticket(bot: Harness) -> None:
    people = await populate(bot)
    chat = people.resident
    await chat.send("/repair")
    await chat.expect("What needs repairing?")
    resident = await _viewer(bot, 5000)
    state = await bot.services.flows.load(resident.account.id)
    assert state is not None
    draft = RepairDraft(
        unit_id=resident.occupancies[0].unit_id,
        category="water",
        location="unit",
        description="Leak",
        visit_time="asap",
        urgent=False,
    )
    filing = bot.services.tickets.file_repair
    first, second = await asyncio.gather(
        filing(resident, draft, state.token), filing(resident, draft, state.token)
    )
    assert first.id == second.id
    async with bot.services.db.read() as conn:
        count = (await conn.execute(select(func.count()).select_from(tickets_table))).scalar()
    assert count == 1


async def test_updates_stored_before_a_crash_are_handled_after_it(bot: Harness) -> None:
    people = await populate(bot)
    await bot.stop()  # as if killed right after the poller stored a batch
    updates = [
        {
            "update_id": 900_000 + n,
            "message": {
                "message_id": 900_000 + n,
                "date": 1_796_000_000,
                "chat": {"id": 5000, "type": "private"},
                "from": {
                    "id": 5000,
                    "is_bot": False,
                    "first_name": "Lin Fang",
                    "language_code": "en",
                },
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }
        for n in range(3)
    ]
    database = Database(bot.settings.database_url)
    try:
        assert len(await Inbox(database).store(updates)) == 3
    finally:
        await database.dispose()
    await bot.start()
    await people.resident.expect_count(3)
    helps = [m for m in bot.emu.bot_messages(5000) if "What I can do" in (m.text or "")]
    assert len(helps) == 3, [m.summary() for m in bot.emu.bot_messages(5000)][-4:]


@postgresql_only("several workers share one PostgreSQL")
async def test_two_workers_answer_each_update_once_and_send_each_push_once(
    bot: Harness,
) -> None:
    people = await populate(bot)
    chats = [people.resident, people.neighbour, people.butler, people.manager]
    async with AsyncExitStack() as stack:
        second = build_application(bot.settings, clock=bot.clock)
        await stack.enter_async_context(running(second, receive=False))
        await asyncio.gather(*(chat.send("/help") for chat in chats for _ in range(5)))
        for chat in chats:
            await chat.expect_count(5)
        async with bot.services.db.transaction() as conn:
            for chat in chats:
                account = await bot.services.accounts.seen(chat.user_id, "x", None, "en")
                for n in range(10):
                    await bot.services.notifier.push(
                        conn,
                        account.id,
                        "ticket-done-accept",
                        args={"code": f"P-{n}"},
                        urgent=True,
                    )
        for _ in range(3):
            await asyncio.gather(tick_once(bot.app), tick_once(second))
    for chat in chats:
        texts = [m.text or "" for m in bot.emu.bot_messages(chat.user_id)]
        assert sum("What I can do" in t for t in texts) == 5
        pushed = [t for t in texts if t.startswith("You accepted P-")]
        assert sorted(pushed) == sorted(f"You accepted P-{n}." for n in range(10))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_mode_takes_updates_with_the_secret_only(bot: Harness) -> None:
    await bot.stop()
    port = _free_port()
    bot.settings = bot.settings.model_copy(
        update={
            "webhook_url": f"http://127.0.0.1:{port}/butler/hook",
            "webhook_listen": "127.0.0.1",
            "webhook_port": port,
        }
    )
    await bot.start()
    chat = bot.chat(6100, language_code="en")
    await chat.send("/help")
    await chat.expect("What I can do")
    assert bot.emu.state.webhook_secret == bot.settings.webhook_token()
    async with httpx.AsyncClient() as client:
        refused = await client.post(
            f"http://127.0.0.1:{port}/butler/hook", json={"update_id": 1, "message": {}}
        )
        forged = await client.post(
            f"http://127.0.0.1:{port}/butler/hook",
            json={"update_id": 2},
            headers={"X-Telegram-Bot-Api-Secret-Token": "guess"},
        )
        health = await client.get(f"http://127.0.0.1:{port}/health")
    assert (refused.status_code, forged.status_code) == (403, 403)
    assert health.status_code == 200 and health.json()["ok"] is True
    bot.emu.delay_next("sendMessage", 1.0)
    await chat.send("/help")
    for _ in range(200):  # until handling has begun: the answer waits on Telegram
        if not bot.emu.faults.delay_rules:
            break
        await asyncio.sleep(0.02)
    await bot.stop()  # a graceful stop finishes it first
    helps = [m for m in bot.emu.bot_messages(6100) if "What I can do" in (m.text or "")]
    assert len(helps) == 2
