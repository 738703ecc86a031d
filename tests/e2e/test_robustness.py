"""Updates the bot must survive: unreadable ones, channel posts, no sender, inline buttons."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.repositories import inbox
from storage.repositories import outbox as outbox_repo
from tests.harness import Harness


async def test_an_unreadable_update_is_skipped_once_and_others_are_served(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    chat = bot.chat(7100, language_code="en")
    broken = {
        "message_id": 1,
        "date": "yesterday",
        "chat": {"id": 7100, "type": "private"},
        "from": {"id": 7100, "is_bot": False, "first_name": "Lin"},
        "text": "/help",
    }
    with caplog.at_level(logging.WARNING, logger="bot.workers"):
        bot.emu.inject("message", broken)
        bot.emu.inject("poll", {"id": "p1"})  # lacks what the library requires
        await chat.send("/help")
        await chat.expect("What I can do")
        await chat.send("/help")
        await chat.expect("What I can do")  # not deaf: the batch went on, and the next one
    skipped = [r for r in caplog.records if "cannot be parsed" in r.getMessage()]
    assert len(skipped) == 2  # each logged once, never fetched again
    assert bot.emu.pending_updates == []

    async def emptied(conn: AsyncConnection) -> bool:
        return (await inbox.waiting(conn))[0] == 0

    await bot.settled(emptied)


async def test_no_answer_where_none_is_due(bot: Harness) -> None:
    chat = bot.chat(7101, language_code="en")
    before = len(bot.emu.requests)
    bot.emu.inject(
        "channel_post",
        {"message_id": 5, "date": 1_796_000_000, "chat": {"id": -1001, "type": "channel"},
         "text": "/start"},
    )  # fmt: skip
    bot.emu.inject(
        "message",
        {
            "message_id": 6,
            "date": 1_796_000_000,
            "chat": {"id": 7101, "type": "private"},
            "text": "/help",
        },
    )  # fmt: skip: no sender
    await chat.send("/help")
    await chat.expect("What I can do")
    sends = [r for r in bot.emu.requests[before:] if r.method == "sendMessage"]
    assert [r.params["chat_id"] for r in sends] == [7101]  # only the real one


async def test_a_button_on_an_inline_message_gets_a_polite_alert(bot: Harness) -> None:
    bot.chat(7102, language_code="en")
    query = bot.emu.press_inline(7102, "1:menu:help")
    for _ in range(100):
        answers = [a for a in bot.emu.callback_answers if a.callback_query_id == query["id"]]
        if answers:
            break
        await bot.pause(0.05)
    assert answers and "only work in my private chat" in (answers[0].text or "")
    assert answers[0].show_alert


async def test_a_reply_that_meets_a_429_or_a_5xx_still_arrives(bot: Harness) -> None:
    chat = bot.chat(7103, language_code="en")
    bot.emu.fail_next("sendMessage", status=429, retry_after=1)
    await chat.send("/help")
    await chat.expect("What I can do")
    bot.emu.fail_next("sendMessage", status=502, count=2)
    await chat.send("/help")
    await chat.expect("What I can do")
    texts = [m.text or "" for m in bot.emu.bot_messages(7103)]
    assert not any("Something went wrong" in t for t in texts)


async def test_a_reply_telegram_keeps_refusing_goes_out_through_the_outbox(bot: Harness) -> None:
    chat = bot.chat(7104, language_code="en")
    bot.emu.fail_next("sendMessage", status=502, count=4)  # more than the retries
    await chat.send("/help")
    await chat.expect_nothing(0.5)

    async def queued(conn: AsyncConnection) -> bool:
        messages = await outbox_repo.of_account(conn, 1)
        return any(m.text_key == "literal-text" for m in messages)

    await bot.settled(queued)
    await bot.tick()
    await chat.expect("What I can do")
