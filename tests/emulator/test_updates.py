"""getUpdates long polling, offsets, and user actions (texts, presses)."""

import asyncio

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity
from telegram.error import BadRequest, Conflict

from bot.sandbox.emulator import BotApiEmulator

from .conftest import ALICE, BOB, TOKEN


def menu() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("📋 My requests", callback_data="req:list")],
            [
                InlineKeyboardButton("New request", callback_data="req:new"),
                InlineKeyboardButton("Help", url="https://example.org/help"),
            ],
        ]
    )


async def test_long_poll_returns_early_on_user_text(emu: BotApiEmulator, bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    assert not poll.done()
    await emu.send_text(ALICE, "/start CODE42")
    [update] = await poll
    assert loop.time() - started < 2
    assert update.message and update.message.text == "/start CODE42"
    assert update.message.from_user and update.message.from_user.username == "alice"
    assert update.message.entities == (MessageEntity("bot_command", 0, 6),)


async def test_command_with_bot_username(emu: BotApiEmulator, bot: Bot) -> None:
    await emu.send_text(BOB, "/help@butler_test_bot")
    [update] = await bot.get_updates()
    assert update.message and update.message.parse_entity(update.message.entities[0]) == (
        "/help@butler_test_bot"
    )
    assert update.message.from_user and update.message.from_user.language_code == "zh-hans"


async def test_offset_confirmation_drops_old_updates(emu: BotApiEmulator, bot: Bot) -> None:
    for text in ("one", "two", "three"):
        await emu.send_text(ALICE, text)
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first if u.message] == ["one", "two"]
    again = await bot.get_updates()
    assert len(again) == 3  # nothing confirmed yet
    rest = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["three"]
    assert await bot.get_updates(offset=rest[-1].update_id + 1, timeout=0) == ()
    assert emu.pending_updates == []


async def test_allowed_updates_filter(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.send_message(ALICE, "menu", reply_markup=menu())
    await emu.send_text(ALICE, "text")
    await emu.press(ALICE, label="New request")
    updates = await bot.get_updates(allowed_updates=["callback_query"])
    assert [u.callback_query.data for u in updates if u.callback_query] == ["req:new"]
    assert all(u.message is None for u in updates)


async def test_press_by_label_row_col_and_forged(emu: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(ALICE, "Menu", reply_markup=menu())
    query = await emu.press(ALICE, label="My requests")  # unique substring
    assert query["data"] == "req:list" and query["message"]["message_id"] == sent.message_id
    assert (await emu.press(ALICE, row=1, col=0))["data"] == "req:new"
    assert (await emu.press(ALICE, data="req:delete:999"))["data"] == "req:delete:999"
    updates = await bot.get_updates()
    queries = [u.callback_query for u in updates if u.callback_query]
    assert [q.data for q in queries] == ["req:list", "req:new", "req:delete:999"]
    assert queries[0].message and queries[0].message.message_id == sent.message_id
    assert queries[0].from_user.id == ALICE
    assert await bot.answer_callback_query(queries[0].id, "Done", show_alert=True)
    answer = emu.callback_answers[0]
    assert (answer.callback_query_id, answer.text, answer.show_alert) == (
        queries[0].id,
        "Done",
        True,
    )
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(queries[0].id)  # answered twice
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("424242")


async def test_press_errors_list_labels(emu: BotApiEmulator, bot: Bot) -> None:
    with pytest.raises(LookupError, match="no bot message with an inline keyboard"):
        await emu.press(ALICE, label="x")
    await bot.send_message(ALICE, "Menu", reply_markup=menu())
    with pytest.raises(LookupError, match=r"available buttons: \['📋 My requests'"):
        await emu.press(ALICE, label="Nope")
    with pytest.raises(LookupError, match="several buttons"):
        await emu.press(ALICE, label="e")
    with pytest.raises(LookupError, match="no callback data"):
        await emu.press(ALICE, label="Help")
    with pytest.raises(LookupError, match="unknown user"):
        await emu.press(4242, label="Help")


async def test_wait_for_bot_messages(emu: BotApiEmulator, bot: Bot) -> None:
    mark = emu.mark(ALICE)

    async def later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(ALICE, "one")
        await bot.send_message(ALICE, "two")

    task = asyncio.create_task(later())
    messages = await emu.wait_for_bot_messages(ALICE, 2, after=mark, timeout=2)
    await task
    assert [m.text for m in messages] == ["one", "two"]
    with pytest.raises(TimeoutError, match="#2 bot text: 'two'"):
        await emu.wait_for_bot_messages(ALICE, 1, after=emu.mark(ALICE), timeout=0.1)


async def test_concurrent_polls_conflict_and_webhook(emu: BotApiEmulator, bot: Bot) -> None:
    async with Bot(TOKEN, base_url=emu.base_url) as other:  # a second bot instance
        first = asyncio.create_task(other.get_updates(timeout=5))
        await asyncio.sleep(0.1)
        assert await bot.get_updates() == ()
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            await first
    assert await bot.set_webhook("https://example.org/hook")
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    await emu.send_text(ALICE, "queued")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


async def test_stop_during_long_poll_is_clean(bot: Bot) -> None:
    emu = BotApiEmulator()
    await emu.start()
    async with Bot(TOKEN, base_url=emu.base_url) as client:
        poll = asyncio.create_task(client.get_updates(timeout=30))
        await asyncio.sleep(0.1)
        started = asyncio.get_running_loop().time()
        await emu.stop()
        assert await poll == ()
        assert asyncio.get_running_loop().time() - started < 1.5
