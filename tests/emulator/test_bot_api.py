"""Sending, editing and rejecting through the real PTB ``Bot`` client."""

import json

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken
from telegram.request import HTTPXRequest

from bot.sandbox.emulator import BotApiEmulator

from .conftest import ALICE, BOB, TOKEN


def keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(lb, callback_data=lb)] for lb in labels])


async def test_get_me_and_send_message_roundtrip(emu: BotApiEmulator, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.first_name, me.is_bot) == (
        123456,
        "butler_test_bot",
        "Butler",
        True,
    )
    sent = await bot.send_message(ALICE, "Hello", reply_markup=keyboard("Yes", "No"))
    assert sent.chat.id == ALICE and sent.from_user and sent.from_user.id == 123456
    assert sent.text == "Hello" and sent.reply_markup == keyboard("Yes", "No")
    [stored] = emu.bot_messages(ALICE)
    assert (stored.message_id, stored.kind, stored.text) == (sent.message_id, "text", "Hello")
    assert stored.buttons() == [[("Yes", "Yes")], [("No", "No")]]
    assert stored.button_labels() == ["Yes", "No"]
    assert emu.requests[-1].method == "sendMessage"
    assert emu.stats["sent"] == 1


async def test_numeric_text_stays_a_string(emu: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(ALICE, "123")
    assert sent.text == "123"
    assert emu.bot_messages(ALICE)[0].text == "123"
    assert emu.requests[-1].params["text"] == "123"
    assert emu.requests[-1].params["chat_id"] == ALICE


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"chat_id": ALICE, "text": " "}, "message text is empty"),
        ({"chat_id": ALICE, "text": "x" * 4097}, "message is too long"),
        ({"chat_id": 999, "text": "hi"}, "chat not found"),
        ({"chat_id": ALICE, "text": "<b>x</i>", "parse_mode": ParseMode.HTML}, "can't parse"),
        ({"chat_id": ALICE, "text": "<blink>x</blink>", "parse_mode": "HTML"}, "Unsupported"),
        ({"chat_id": ALICE, "text": "a < b", "parse_mode": "HTML"}, "can't parse entities"),
        (
            {"chat_id": ALICE, "text": "x", "reply_markup": keyboard("é" * 33)},
            "BUTTON_DATA_INVALID",
        ),
    ],
)
async def test_send_rejections(bot: Bot, kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(BadRequest, match=rf"(?i){fragment}"):
        await bot.send_message(**kwargs)  # type: ignore[arg-type]


async def test_html_is_parsed_into_entities(emu: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(
        ALICE, "Hi <b>&lt;Ann&gt;</b> 🏠 <a href='https://x.y'>go</a>", parse_mode="HTML"
    )
    assert sent.text == "Hi <Ann> 🏠 go"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        ("bold", 3, 5),
        ("text_link", 12, 2),
    ]
    assert sent.text_html == 'Hi <b>&lt;Ann&gt;</b> 🏠 <a href="https://x.y">go</a>'


async def test_edit_and_delete(emu: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(ALICE, "Pick", reply_markup=keyboard("A"))
    edited = await bot.edit_message_text("Picked A", ALICE, sent.message_id)
    assert isinstance(edited, object) and emu.bot_messages(ALICE)[0].text == "Picked A"
    message = emu.transcript(ALICE)[0]
    assert message.edits == 1 and message.reply_markup is None  # an edit drops the keyboard
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Picked A", ALICE, sent.message_id)
    await bot.edit_message_reply_markup(ALICE, sent.message_id, reply_markup=keyboard("B"))
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(ALICE, sent.message_id, reply_markup=keyboard("B"))
    with pytest.raises(BadRequest, match=r"(?i)Message to edit not found"):
        await bot.edit_message_text("x", ALICE, 999)
    assert await bot.delete_message(ALICE, sent.message_id)
    assert emu.transcript(ALICE)[0].deleted and emu.bot_messages(ALICE) == []
    with pytest.raises(BadRequest, match=r"(?i)Message to delete not found"):
        await bot.delete_message(ALICE, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)Message to edit not found"):
        await bot.edit_message_text("again", ALICE, sent.message_id)


async def test_user_messages_cannot_be_edited_and_captions(emu: BotApiEmulator, bot: Bot) -> None:
    user_message = await emu.send_text(ALICE, "hi")
    with pytest.raises(BadRequest, match=r"(?i)can't be edited"):
        await bot.edit_message_text("x", ALICE, user_message["message_id"])
    sent = await bot.send_message(ALICE, "text")
    with pytest.raises(BadRequest, match=r"(?i)no caption"):
        await bot.edit_message_caption(ALICE, sent.message_id, caption="c")


async def test_reply_keyboard_and_chat_action(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.send_message(BOB, "Share?", reply_markup=ReplyKeyboardMarkup([["Yes", "No"]]))
    assert emu.reply_keyboard(BOB) == [["Yes", "No"]]
    assert emu.bot_messages(BOB)[0].buttons() == [[("Yes", None), ("No", None)]]
    assert await bot.send_chat_action(BOB, "typing")
    assert emu.chat_actions == [(BOB, "typing")]


async def test_unauthorized_and_unknown_method(emu: BotApiEmulator) -> None:
    request = HTTPXRequest()
    with pytest.raises(InvalidToken):
        await Bot("not-a-token", base_url=emu.base_url, request=request).get_me()
    await request.shutdown()
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{emu.base_url}{TOKEN}/sendTelepathy") as resp:
            assert resp.status == 404
            assert (await resp.json())["description"] == "Not Found: method not found"
        # case-insensitive method names; a JSON body works too
        body = {"chat_id": str(ALICE), "text": 42}
        async with http.post(f"{emu.base_url}{TOKEN}/SENDMESSAGE", json=body) as resp:
            assert (await resp.json())["result"]["text"] == "42"


async def test_bad_json_in_reply_markup_is_a_400(emu: BotApiEmulator) -> None:
    async with aiohttp.ClientSession() as http:
        form = {"chat_id": str(ALICE), "text": "x", "reply_markup": "{not json"}
        async with http.post(f"{emu.base_url}{TOKEN}/sendMessage", data=form) as resp:
            assert resp.status == 400
            body = await resp.json()
            assert body["ok"] is False and body["error_code"] == 400
        form["reply_markup"] = json.dumps({"inline_keyboard": "nope"})
        async with http.post(f"{emu.base_url}{TOKEN}/sendMessage", data=form) as resp:
            assert resp.status == 400
        async with http.post(
            f"{emu.base_url}{TOKEN}/sendMessage",
            data=b"\xff\xfe",
            headers={"Content-Type": "application/json"},
        ) as resp:
            assert resp.status == 400
    assert emu.stats["5xx"] == 0
