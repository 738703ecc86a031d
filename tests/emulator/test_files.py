"""Uploads, file ids, getFile and downloads, media groups."""

import pytest
from telegram import Bot, InputMediaDocument, InputMediaPhoto
from telegram.error import BadRequest

from bot.sandbox.emulator import BotApiEmulator, make_png

from .conftest import ALICE, BOB


async def test_photo_upload_get_file_and_download(emu: BotApiEmulator, bot: Bot) -> None:
    png = make_png(320, 200)
    sent = await bot.send_photo(ALICE, png, caption="123")
    assert sent.caption == "123"
    assert [(p.width, p.height) for p in sent.photo] == [(90, 56), (320, 200)]
    stored = emu.bot_messages(ALICE)[0]
    assert stored.kind == "photo" and stored.photo == [p.file_id for p in sent.photo]
    file = await bot.get_file(sent.photo[-1].file_id)
    assert file.file_size == len(png)
    assert bytes(await file.download_as_bytearray()) == png
    assert emu.file_bytes(sent.photo[-1].file_id) == png


async def test_forward_user_photo_by_file_id(emu: BotApiEmulator, bot: Bot) -> None:
    await emu.send_photo(ALICE, "leaking pipe", content=make_png(40, 30))
    [update] = await bot.get_updates()
    assert update.message and update.message.caption == "leaking pipe"
    file_id = update.message.photo[-1].file_id
    forwarded = await bot.send_photo(BOB, file_id, caption="From Alice")
    assert forwarded.photo[-1].file_id == file_id
    assert emu.bot_messages(BOB)[0].file_id == file_id
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_photo(BOB, "AgACunknown")
    with pytest.raises(BadRequest, match=r"(?i)can't use file of type Photo"):
        await bot.send_document(BOB, file_id)


async def test_document_upload_and_user_document(emu: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_document(ALICE, b"a,b\n1,2\n", filename="report.csv", caption="Report")
    assert sent.document and sent.document.file_name == "report.csv"
    stored = emu.bot_messages(ALICE)[0]
    assert (stored.kind, stored.file_name, stored.text) == ("document", "report.csv", "Report")
    assert emu.file_bytes(stored.file_id or "") == b"a,b\n1,2\n"
    await emu.send_document(BOB, "lease.pdf", b"%PDF-1.4 lease")
    [update] = await bot.get_updates()
    assert update.message and update.message.document
    assert update.message.document.mime_type == "application/pdf"
    data = await (await update.message.document.get_file()).download_as_bytearray()
    assert bytes(data) == b"%PDF-1.4 lease"


async def test_media_group(emu: BotApiEmulator, bot: Bot) -> None:
    album = [InputMediaPhoto(make_png(10, 10), caption="first"), InputMediaPhoto(make_png(20, 20))]
    messages = await bot.send_media_group(ALICE, album)
    assert len(messages) == 2 and messages[0].caption == "first"
    assert messages[0].media_group_id == messages[1].media_group_id is not None
    stored = emu.bot_messages(ALICE)
    assert [m.kind for m in stored] == ["media_group", "media_group"]
    with pytest.raises(BadRequest):
        await bot.send_media_group(ALICE, [InputMediaPhoto(make_png())])
    docs = [InputMediaDocument(b"x", filename="a.txt"), InputMediaDocument(b"y", filename="b.txt")]
    assert len(await bot.send_media_group(ALICE, docs)) == 2


async def test_other_user_media_parse(emu: BotApiEmulator, bot: Bot) -> None:
    await emu.send_sticker(ALICE)
    await emu.send_voice(ALICE)
    await emu.send_contact(ALICE, "+8613800000000")
    await emu.send_location(ALICE, 31.23, 121.47)
    updates = await bot.get_updates()
    messages = [u.message for u in updates if u.message]
    assert messages[0].sticker and messages[1].voice
    assert messages[2].contact and messages[2].contact.user_id == ALICE
    assert messages[3].location and messages[3].location.latitude == pytest.approx(31.23)
    assert [m.kind for m in emu.transcript(ALICE)] == ["sticker", "voice", "contact", "location"]


async def test_copy_and_forward(emu: BotApiEmulator, bot: Bot) -> None:
    user_photo = await emu.send_photo(ALICE, "water leak")
    copied = await bot.copy_message(BOB, ALICE, user_photo["message_id"], caption="From Alice")
    copy = emu.bot_messages(BOB)[-1]
    assert copy.message_id == copied.message_id and copy.text == "From Alice"
    assert copy.kind == "photo" and copy.photo == [p["file_id"] for p in user_photo["photo"]]
    forwarded = await bot.forward_message(BOB, ALICE, user_photo["message_id"])
    assert forwarded.caption == "water leak" and forwarded.forward_origin is not None
    with pytest.raises(BadRequest, match=r"(?i)message to copy not found"):
        await bot.copy_message(BOB, ALICE, 999)
