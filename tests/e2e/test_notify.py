"""The outbox, the dispatcher, timers, schedules and quiet hours, through the emulator."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncConnection

from bot import jobs
from bot.services.scheduling.calendar import QuietHours
from storage.models import Account, OutboxMessage, Schedule, Timer
from storage.repositories import outbox
from tests.engines import sqlite_only
from tests.harness import Harness


async def _account(bot: Harness, user_id: int, language: str = "en") -> Account:
    bot.emu.add_user(user_id, "Lin", language_code=language)
    return await bot.services.accounts.seen(user_id, "Lin", None, language)


async def _push(bot: Harness, account: Account, text: str, **kwargs: object) -> None:
    async with bot.services.db.transaction() as conn:
        await bot.services.notifier.push(
            conn,
            account.id,
            "notice-push",
            args={"estate": "湖畔花园", "text": text, "level": 0},
            **kwargs,  # type: ignore[arg-type]
        )


def _texts(bot: Harness, user_id: int) -> list[str]:
    return [m.text or "" for m in bot.emu.bot_messages(user_id)]


async def test_a_push_in_a_rolled_back_transaction_is_never_sent(bot: Harness) -> None:
    account = await _account(bot, 3001)
    with pytest.raises(RuntimeError):
        async with bot.services.db.transaction() as conn:
            await bot.services.notifier.push(
                conn, account.id, "notice-push", args={"estate": "E", "text": "ghost", "level": 0}
            )
            raise RuntimeError("the domain change failed")
    stats = await bot.tick()
    assert stats.sent == 0 and _texts(bot, 3001) == []


async def test_a_due_push_is_sent_once_across_a_restart(bot: Harness) -> None:
    account = await _account(bot, 3002)
    await _push(bot, account, "water cut", dedupe_key="once:1")
    await _push(bot, account, "water cut", dedupe_key="once:1")  # same key: ignored
    await bot.restart()
    assert (await bot.tick()).sent == 1
    await bot.restart()
    assert (await bot.tick()).sent == 0
    assert _texts(bot, 3002) == ["📢 Notice from 湖畔花园 management office:\nwater cut"]


async def test_the_text_renders_in_the_recipients_language_at_send_time(bot: Harness) -> None:
    account = await _account(bot, 3003, language="en")
    await _push(bot, account, "停水通知")
    await bot.services.accounts.set_language(account, "zh-Hans")
    await bot.tick()
    assert _texts(bot, 3003) == ["📢 湖畔花园管理处通知：\n停水通知"]


async def test_a_cancelled_push_is_not_sent(bot: Harness) -> None:
    account = await _account(bot, 3004)
    later = bot.clock.now() + timedelta(hours=1)
    await _push(bot, account, "reminder", at=later, dedupe_key="bill:7:due")
    async with bot.services.db.transaction() as conn:
        assert await bot.services.notifier.cancel(conn, "bill:7:due") == 1
    bot.clock.advance(timedelta(hours=2))
    assert (await bot.tick()).sent == 0
    assert _texts(bot, 3004) == []


async def test_a_429_delays_then_delivers(bot: Harness) -> None:
    account = await _account(bot, 3005)
    await _push(bot, account, "lift out of order")
    bot.emu.fail_next("sendMessage", status=429, retry_after=5)
    first = await bot.tick()
    assert (first.sent, first.rate_limited) == (0, 1)
    assert (await bot.tick()).sent == 0  # not before retry_after has passed
    bot.clock.advance(timedelta(seconds=6))
    assert (await bot.tick()).sent == 1
    assert len(_texts(bot, 3005)) == 1


async def test_a_network_error_is_retried_with_backoff(bot: Harness) -> None:
    account = await _account(bot, 3006)
    await _push(bot, account, "gas check")
    bot.emu.fail_next("sendMessage", status=502)
    assert (await bot.tick()).retried == 1
    bot.clock.advance(timedelta(seconds=3))
    assert (await bot.tick()).sent == 1


async def test_a_403_marks_the_account_unreachable(bot: Harness) -> None:
    account = await _account(bot, 3007)
    bot.emu.block(3007)
    await _push(bot, account, "one")
    assert (await bot.tick()).unreachable == 1
    await _push(bot, account, "two")
    assert (await bot.tick()).unreachable == 1
    async with bot.services.db.read() as conn:
        rows = await outbox.of_account(conn, account.id)
    assert [r.status for r in rows] == ["unreachable", "unreachable"]
    assert (await bot.services.accounts.seen(3007, "Lin", None, "en")).unreachable is False


async def test_a_night_push_to_a_resident_waits_for_the_morning(bot: Harness) -> None:
    account = await _account(bot, 3008)
    quiet = QuietHours.of("21:00", "08:00", "Asia/Shanghai")
    bot.clock.set(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))  # 23:00 in Shanghai
    await _push(bot, account, "bill reminder", quiet=quiet)
    await _push(bot, account, "pipe burst", quiet=quiet, urgent=True)
    await bot.tick()
    assert [t.split("\n")[1] for t in _texts(bot, 3008)] == ["pipe burst"]
    bot.clock.set(datetime(2026, 11, 30, 23, 59, tzinfo=UTC))  # 07:59 local
    assert (await bot.tick()).sent == 0
    bot.clock.set(datetime(2026, 12, 1, 0, 0, tzinfo=UTC))  # 08:00 local
    assert (await bot.tick()).sent == 1
    assert _texts(bot, 3008)[-1].endswith("bill reminder")


async def test_timers_fire_once_and_a_failing_one_is_retried(bot: Harness) -> None:
    fired: list[str] = []

    async def on_check(conn: AsyncConnection, timer: Timer) -> None:
        if timer.payload.get("fail") and timer.attempts == 0:
            raise RuntimeError("first run fails")
        fired.append(timer.ref)

    bot.services.timers.on_timer("test-check", on_check)
    at = bot.clock.now() + timedelta(minutes=10)
    async with bot.services.db.transaction() as conn:
        await bot.services.timers.set(conn, "test-check", "a", at)
        await bot.services.timers.set(conn, "test-check", "a", at)  # duplicate: ignored
        await bot.services.timers.set(conn, "test-check", "b", at, payload={"fail": True})
        await bot.services.timers.set(conn, "test-check", "c", at)
        await bot.services.timers.cancel(conn, "test-check", "c")
    await bot.tick()
    assert fired == []
    bot.clock.advance(timedelta(minutes=10))
    await bot.tick()
    assert fired == ["a"]
    bot.clock.advance(timedelta(minutes=2))
    await bot.tick()
    await bot.tick()
    assert fired == ["a", "b"]


async def test_a_daily_run_missed_during_two_days_of_downtime_runs_once(bot: Harness) -> None:
    runs: list[datetime] = []

    async def on_daily(conn: AsyncConnection, schedule: Schedule) -> None:
        runs.append(bot.clock.now())

    bot.services.timers.on_schedule("test-daily", on_daily)
    async with bot.services.db.transaction() as conn:
        await bot.services.timers.put_schedule(
            conn,
            name="test-daily:1",
            kind="test-daily",
            ref="1",
            timezone="Asia/Shanghai",
            at_time="08:00",
        )
    await bot.tick()
    assert runs == []  # 10:00 now: the next run is tomorrow 08:00
    await bot.stop()
    bot.clock.advance(timedelta(days=2, hours=1))
    await bot.start()
    bot.services.timers.on_schedule("test-daily", on_daily)
    await bot.tick()
    await bot.tick()
    assert len(runs) == 1
    bot.clock.advance(timedelta(days=1))
    await bot.tick()
    assert len(runs) == 2


async def test_a_push_that_cannot_be_prepared_is_retried_then_failed(bot: Harness) -> None:
    account = await _account(bot, 3009)
    async with bot.services.db.transaction() as conn:
        await bot.services.notifier.push(
            conn,
            account.id,
            "notice-push",
            args={"estate": "E", "text": "chart", "level": 0},
            photos=["file:/nonexistent/chart.png"],
        )
    await _push(bot, account, "still delivered")
    stats = await bot.tick()
    assert (stats.retried, stats.sent) == (1, 1)
    for _ in range(8):
        bot.clock.advance(timedelta(minutes=10))
        await bot.tick()
    async with bot.services.db.read() as conn:
        rows = await outbox.of_account(conn, account.id)
    assert [r.status for r in rows] == ["failed", "sent"]


async def test_a_push_whose_text_fails_is_retried_without_its_photos_again(
    bot: Harness,
) -> None:
    account = await _account(bot, 3011)
    photo = bot.emu.state.files.add_photo(b"\x89PNG fake").file_id
    await _push(bot, account, "new ticket", photos=[photo, photo], urgent=True)
    bot.emu.fail_next("sendMessage", status=502)
    assert (await bot.tick()).retried == 1
    bot.clock.advance(timedelta(seconds=3))
    assert (await bot.tick()).sent == 1
    albums = [m for m in bot.emu.bot_messages(3011) if m.kind != "text"]
    assert len(albums) == 2  # one album of two: never sent again
    assert _texts(bot, 3011)[-1].endswith("new ticket")


async def test_a_photo_telegram_no_longer_knows_does_not_drop_the_push(bot: Harness) -> None:
    account = await _account(bot, 3012)
    await _push(bot, account, "card reader broken", photos=["AgACAgStale-file-id"], urgent=True)
    stats = await bot.tick()
    assert (stats.sent, stats.failed) == (1, 0)
    text = _texts(bot, 3012)[-1]
    assert "A photo could not be attached" in text and "card reader broken" in text


async def test_a_stopping_sender_gives_back_what_it_has_not_begun(bot: Harness) -> None:
    account = await _account(bot, 3030)
    for n in range(8):
        await _push(bot, account, f"notice {n}")
    sending = asyncio.create_task(bot.tick())  # one chat: 3 at once, then 1 a second
    await asyncio.sleep(1.2)
    jobs.dispatcher_of(bot.app).halt()  # as a stop does: no waiting for the whole batch
    stats = await asyncio.wait_for(sending, 3)
    assert 3 <= stats.sent < 8
    async with bot.services.db.read() as conn:
        statuses = [m.status for m in await outbox.of_account(conn, account.id)]
    assert statuses.count("pending") == 8 - stats.sent  # given back, not left leased
    await bot.restart()
    for _ in range(10):
        if len(_texts(bot, 3030)) == 8:
            break
        await bot.tick()
    assert sorted(_texts(bot, 3030)) == sorted(
        f"📢 Notice from 湖畔花园 management office:\nnotice {n}" for n in range(8)
    )


@sqlite_only("one process alone on SQLite takes back what its killed predecessor leased")
async def test_pushes_a_killed_run_had_leased_go_out_right_after_the_restart(
    bot: Harness,
) -> None:
    account = await _account(bot, 3031)
    await _push(bot, account, "lift stopped")
    leased, _ = await bot.services.outbox.claim("killed-worker", 10)  # then kill -9
    assert len(leased) == 1
    await bot.restart()
    assert (await bot.tick()).sent == 1  # not two minutes later, when the lease ran out
    assert _texts(bot, 3031) == ["📢 Notice from 湖畔花园 management office:\nlift stopped"]


async def test_a_press_answered_already_is_no_error(bot: Harness) -> None:
    bot.emu.add_user(3032, "Lin")
    assert await bot.app.bot.answer_callback_query("answered-or-too-old") is False


def test_chats_take_turns_in_a_batch_each_in_its_own_order() -> None:
    from bot.delivery import _by_turns

    made = [
        OutboxMessage.model_validate(
            {
                "id": n,
                "account_id": chat,
                "text_key": "k",
                "args": {},
                "buttons": None,
                "photos": None,
                "urgent": True,
                "due_at": datetime(2026, 12, 1, tzinfo=UTC),
                "dedupe_key": None,
                "status": "sending",
                "attempts": 0,
                "broadcast_id": None,
            }
        )
        for n, chat in enumerate([1, 1, 1, 1, 2, 3, 3], start=1)
    ]
    assert [m.id for m in _by_turns(made)] == [1, 5, 6, 2, 7, 3, 4]
