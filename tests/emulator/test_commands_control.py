"""Bot commands per scope and language, misc methods, and the HTTP control API."""

from datetime import UTC, datetime
from typing import Any

import aiohttp
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)

from bot.sandbox.emulator import BotApiEmulator

from .conftest import ALICE, BOB, TOKEN


async def test_commands_per_scope_and_language(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "开始")], language_code="zh")
    await bot.set_my_commands(
        [BotCommand("admin", "Admin")], scope=BotCommandScopeChat(ALICE), language_code="en"
    )
    await bot.set_my_commands([BotCommand("menu", "Menu")], scope=BotCommandScopeAllPrivateChats())
    assert [c["command"] for c in emu.commands()] == ["start", "help"]
    assert emu.commands(language_code="zh") == [{"command": "start", "description": "开始"}]
    assert emu.commands({"type": "chat", "chat_id": ALICE}, "en")[0]["command"] == "admin"
    assert emu.commands({"type": "chat", "chat_id": ALICE}) == []
    assert emu.commands({"type": "all_private_chats"})[0]["command"] == "menu"
    got = await bot.get_my_commands(scope=BotCommandScopeChat(ALICE), language_code="en")
    assert [c.command for c in got] == ["admin"]
    await bot.delete_my_commands(language_code="zh")
    assert emu.commands(language_code="zh") == []


async def test_misc_methods(emu: BotApiEmulator, bot: Bot) -> None:
    assert await bot.set_my_description("Estate butler")
    assert emu.state.bot_settings["setMyDescription"]["description"] == "Estate butler"
    chat = await bot.get_chat(BOB)
    assert chat.first_name == "Bob" and chat.type == "private"
    assert await bot.log_out() and await bot.close()


async def test_clock_sets_message_dates() -> None:
    moment = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)
    async with BotApiEmulator(clock=lambda: moment) as emu:
        emu.add_user(ALICE)
        await emu.send_text(ALICE, "hi")
        async with Bot(TOKEN, base_url=emu.base_url) as bot:
            [update] = await bot.get_updates()
            assert update.message and update.message.date == moment
            sent = await bot.send_message(ALICE, "hello")
            assert sent.date == moment and emu.transcript(ALICE)[1].date == int(moment.timestamp())


async def call(http: aiohttp.ClientSession, verb: str, url: str, body: Any = None) -> Any:
    async with http.request(verb, url, json=body) as resp:
        payload = await resp.json()
        return resp.status, payload


async def test_http_control_api(emu: BotApiEmulator, bot: Bot) -> None:
    base = emu.control_url
    async with aiohttp.ClientSession() as http:
        status, user = await call(
            http, "POST", f"{base}/users", {"user_id": 7, "first_name": "Zoe"}
        )
        assert status == 200 and user["user_id"] == 7
        status, sent = await call(http, "POST", f"{base}/users/7/send", {"text": "/start"})
        assert status == 200 and sent["entities"][0]["type"] == "bot_command"
        await call(http, "POST", f"{base}/users/7/send", {"photo": True, "caption": "pic"})
        [first, second] = await bot.get_updates()
        assert first.message and first.message.text == "/start"
        assert second.message and second.message.photo
        button = InlineKeyboardButton("OK", callback_data="ok")
        await bot.send_message(7, "Confirm?", reply_markup=InlineKeyboardMarkup([[button]]))
        status, query = await call(http, "POST", f"{base}/users/7/press", {"label": "OK"})
        assert status == 200 and query["data"] == "ok"
        status, error = await call(http, "POST", f"{base}/users/7/press", {"label": "Nope"})
        assert status == 404 and "available buttons" in error["error"]
        status, transcript = await call(http, "GET", f"{base}/chats/7/transcript")
        texts = [m["text"] for m in transcript["messages"]]
        assert texts == ["/start", "pic", "Confirm?"]
        assert transcript["messages"][2]["buttons"] == [[["OK", "ok"]]]
        status, _ = await call(http, "POST", f"{base}/faults", {"type": "block", "user_id": 7})
        assert status == 200 and 7 in emu.faults.blocked
        await call(http, "POST", f"{base}/faults", {"method": "getMe", "status": 503})
        assert emu.faults.fail_rules[0].status == 503
        status, events = await call(http, "GET", f"{base}/events?after=0&timeout=0")
        assert len(events["messages"]) == 3 and events["mark"] == emu.mark()
        status, _ = await call(http, "POST", f"{base}/users/99/send", {"text": "x"})
        assert status == 404
        status, _ = await call(http, "POST", f"{base}/users/7/send", {"nothing": 1})
        assert status == 400
