"""The base: greeting and help in both languages, persisted conversations, the error handler."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import BotContext
from tests.harness import Harness


async def test_start_and_help_in_chinese_for_a_zh_hans_user(bot: Harness) -> None:
    chat = bot.chat(1001, language_code="zh-hans", first_name="林芳")
    await chat.send("/start")
    await chat.expect("林芳，您好")
    await chat.send("/help")
    await chat.expect("我能为您做这些", "/language")


async def test_start_and_help_in_english_for_an_en_user(bot: Harness) -> None:
    chat = bot.chat(1002, language_code="en", first_name="Amy")
    await chat.send("/start")
    await chat.expect("Hello, Amy")
    await chat.send("/help")
    await chat.expect("What I can do", "/language")


async def test_unknown_text_gets_an_answer(bot: Harness) -> None:
    chat = bot.chat(1003, language_code="en")
    await chat.send("what is this")
    await chat.expect("did not understand")
    await chat.send_sticker()
    await chat.expect("did not understand")


async def test_a_conversation_resumes_after_restart(bot: Harness) -> None:
    chat = bot.chat(1004, language_code="en")
    await chat.send("/language")
    await chat.expect("Choose your language")
    await bot.restart()
    await chat.send("hello?")
    await chat.expect("Please choose one of the buttons below.", "Choose your language")
    await chat.press("简体中文")
    await chat.expect("简体中文与您交流")
    await chat.send("/help")
    await chat.expect("我能为您做这些")


async def test_the_chosen_language_is_stored(bot: Harness) -> None:
    chat = bot.chat(1005, language_code="zh-hans")
    await chat.send("/language")
    await chat.expect("请选择语言")
    await chat.press("English")
    await chat.expect("speak English")
    async with bot.services.db.read() as conn:
        from storage.repositories import accounts

        account = await accounts.by_telegram_id(conn, 1005)
    assert account is not None and account.language == "en"


async def test_a_crash_in_a_handler_is_answered_and_logged(bot: Harness, caplog: object) -> None:
    async def boom(update: Update, context: BotContext) -> None:
        raise RuntimeError("kaboom")

    bot.app.add_handler(CommandHandler("boom", boom), group=-1)
    chat = bot.chat(1006, language_code="en")
    await chat.send("/boom")
    message = await chat.expect("Something went wrong")
    assert "kaboom" not in (message.text or "")


async def test_forged_button_gets_a_clear_answer(bot: Harness) -> None:
    chat = bot.chat(1007, language_code="en")
    await chat.send("/start")
    await chat.expect("Hello")
    await chat.press(data="1:lang:set:xx")
    await chat.expect_answer("This button is no longer active.")


async def test_command_lists_are_published_per_language(bot: Harness) -> None:
    zh = bot.emu.commands(language_code="zh")
    en = bot.emu.commands(language_code="en")
    assert [c["command"] for c in zh] == [c["command"] for c in en]
    assert zh != en
    assert any("切换语言" in c["description"] for c in zh)


def _group_update(bot: Harness, text: str, update_id: int) -> Update:
    data = {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1796000000,
            "chat": {"id": -100123, "type": "supergroup", "title": "Building 3"},
            "from": {"id": 1008, "is_bot": False, "first_name": "Amy", "language_code": "en"},
            "text": text,
            **(
                {"entities": [{"type": "bot_command", "offset": 0, "length": len(text)}]}
                if text.startswith("/")
                else {}
            ),
        },
    }
    return Update.de_json(data, bot.app.bot)


async def test_groups_get_a_pointer_for_commands_and_nothing_else(bot: Harness) -> None:
    before = len(bot.emu.requests)
    await bot.app.process_update(_group_update(bot, "hello everyone", 900001))
    sent = [r for r in list(bot.emu.requests)[before:] if r.method == "sendMessage"]
    assert sent == []
    await bot.app.process_update(_group_update(bot, "/repair", 900002))
    sent = [r for r in list(bot.emu.requests)[before:] if r.method == "sendMessage"]
    # The emulator knows no groups, so it refuses the reply; Telegram would deliver it.
    assert sent[0].params["text"] == "I only work in private chats: please write to me directly."
    assert not any("What needs repairing" in str(r.params.get("text")) for r in sent)
