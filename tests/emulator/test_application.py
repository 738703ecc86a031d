"""A real PTB Application polling the emulator, driven through the e2e ``Chat`` helper."""

from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.sandbox.emulator import BotApiEmulator
from tests.e2e.chat import Chat

from .conftest import ALICE, TOKEN


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    code = " ".join(context.args or []) or "none"
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("Pay 100", callback_data="pay:100")],
         [InlineKeyboardButton("Cancel", callback_data="cancel")]]
    )  # fmt: skip
    await update.effective_message.reply_text(f"Welcome! code={code}", reply_markup=keyboard)


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query
    if query.data not in ("pay:100", "cancel"):
        await query.answer("Invalid button", show_alert=True)
        return
    await query.answer("OK")
    await query.edit_message_text(f"Chosen: {query.data}")


async def photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    await update.effective_message.reply_text("Thanks for the photo")


@pytest.fixture
async def app(emu: BotApiEmulator) -> AsyncIterator[Application]:
    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(emu.base_url)
        .base_file_url(emu.base_file_url)
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(pressed))
    application.add_handler(MessageHandler(filters.PHOTO, photo))
    async with application:
        await application.start()
        assert application.updater
        await application.updater.start_polling(poll_interval=0, timeout=10)
        yield application
        await application.updater.stop()
        await application.stop()


async def test_conversation_through_application(
    emu: BotApiEmulator,
    app: Application,
) -> None:
    chat = Chat(emu, ALICE, timeout=3)
    await chat.send("/start ABC")
    welcome = await chat.expect("Welcome", "code=ABC")
    assert welcome.button_labels() == ["Pay 100", "Cancel"]
    await chat.press("Pay")
    edited = await chat.expect("Chosen: pay:100")
    assert edited.message_id == welcome.message_id and edited.edits == 1
    assert (await chat.expect_answer("OK")).show_alert is False
    await chat.press(data="pay:999999", message_id=welcome.message_id)
    assert (await chat.expect_answer("Invalid")).show_alert is True
    await chat.expect_nothing(0.2)
    await chat.send_photo("broken lamp")
    await chat.expect("Thanks for the photo")
    assert chat.last().text == "Thanks for the photo"
    await chat.send("plain text nobody handles")
    await chat.expect_nothing(0.2)
    with pytest.raises(AssertionError, match="code=none"):
        await chat.send("/start")
        await chat.expect("never said", timeout=0.3)
    assert [m.from_bot for m in chat.transcript][:2] == [False, True]
