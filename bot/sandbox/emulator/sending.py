"""The send* methods: text, photos, documents, stickers, voice, location, contact, albums."""

from __future__ import annotations

from typing import Any

from .errors import WRONG_FILE, ApiError, bad_request
from .files import StoredFile
from .models import JsonDict
from .params import Params, Upload
from .registry import method
from .state import ChatState, EmulatorState
from .validate import check_reply_markup, prepare_caption, prepare_text

MEDIA_GROUP_MIN, MEDIA_GROUP_MAX = 2, 10


def reply_target(chat: ChatState, p: Params) -> int | None:
    """The message this one replies to (reply_parameters or reply_to_message_id)."""
    reply = p.get("reply_parameters")
    reply = reply if isinstance(reply, dict) else {}
    target = reply.get("message_id", p.get("reply_to_message_id"))
    if target is None:
        return None
    replied = chat.by_id.get(target) if isinstance(target, int) else None
    if replied is None or replied.deleted:
        if reply.get("allow_sending_without_reply") or p.get("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    return replied.message_id


def _store_upload(state: EmulatorState, kind: str, upload: Upload) -> StoredFile:
    if not upload.data:
        raise bad_request("file must be non-empty")
    if kind == "photo":
        return state.files.add_photo(upload.data)
    return state.files.add(
        kind, upload.data, file_name=upload.filename, mime_type=upload.content_type
    )


def resolve_file(state: EmulatorState, p: Params, value: Any, part: str, kind: str) -> StoredFile:
    """A file given as an upload part, an ``attach://name`` reference or a file_id."""
    upload = p.uploads.get(part)
    if isinstance(value, str) and value.startswith("attach://"):
        upload = p.uploads.get(value.removeprefix("attach://"))
        if upload is None:
            raise bad_request("invalid file attach")
    if upload is not None:
        return _store_upload(state, kind, upload)
    if isinstance(value, str) and value:
        if value.startswith(("http://", "https://")):
            raise ApiError(400, WRONG_FILE)
        return state.files.existing(value, kind)
    raise bad_request(f"there is no {part} in the request")


def media_fields(state: EmulatorState, stored: StoredFile) -> JsonDict:
    """SentMessage fields for a message carrying this file."""
    if stored.kind == "photo":
        sizes = state.files.photo_sizes(stored)
        return {
            "photo": [size["file_id"] for size in sizes],
            "file_id": sizes[-1]["file_id"],
            "extra": {"photo": sizes},
        }
    return {
        "file_id": stored.file_id,
        "file_name": stored.file_name,
        "extra": {stored.kind: stored.to_api()},
    }


async def _send_file(state: EmulatorState, p: Params, kind: str) -> JsonDict:
    chat = state.chat(p.get("chat_id"))
    stored = resolve_file(state, p, p.get(kind), kind, kind)
    caption, entities = prepare_caption(p) if kind != "sticker" else (None, [])
    message = state.add_message(
        chat.user.user_id,
        from_bot=True,
        kind=kind,
        text=caption,
        entities=entities,
        parse_mode=p.get("parse_mode"),
        reply_markup=check_reply_markup(p.get("reply_markup")),
        reply_to_message_id=reply_target(chat, p),
        **media_fields(state, stored),
    )
    return state.message_api(message)


@method("sendMessage")
async def send_message(state: EmulatorState, p: Params) -> Any:
    chat = state.chat(p.get("chat_id"))
    text, entities = prepare_text(p)
    message = state.add_message(
        chat.user.user_id,
        from_bot=True,
        kind="text",
        text=text,
        entities=entities,
        parse_mode=p.get("parse_mode"),
        reply_markup=check_reply_markup(p.get("reply_markup")),
        reply_to_message_id=reply_target(chat, p),
    )
    return state.message_api(message)


@method("sendPhoto")
async def send_photo(state: EmulatorState, p: Params) -> Any:
    return await _send_file(state, p, "photo")


@method("sendDocument")
async def send_document(state: EmulatorState, p: Params) -> Any:
    return await _send_file(state, p, "document")


@method("sendSticker")
async def send_sticker(state: EmulatorState, p: Params) -> Any:
    return await _send_file(state, p, "sticker")


@method("sendVoice")
async def send_voice(state: EmulatorState, p: Params) -> Any:
    return await _send_file(state, p, "voice")


async def _send_extra(state: EmulatorState, p: Params, kind: str, extra: JsonDict) -> JsonDict:
    chat = state.chat(p.get("chat_id"))
    message = state.add_message(
        chat.user.user_id,
        from_bot=True,
        kind=kind,
        reply_markup=check_reply_markup(p.get("reply_markup")),
        reply_to_message_id=reply_target(chat, p),
        extra={kind: extra},
    )
    return state.message_api(message)


@method("sendLocation")
async def send_location(state: EmulatorState, p: Params) -> Any:
    lat, lon = p.get("latitude"), p.get("longitude")
    if not isinstance(lat, float) or not isinstance(lon, float):
        raise bad_request("wrong latitude or longitude specified")
    return await _send_extra(state, p, "location", {"latitude": lat, "longitude": lon})


@method("sendContact")
async def send_contact(state: EmulatorState, p: Params) -> Any:
    phone, first = p.get("phone_number"), p.get("first_name")
    if not phone or not first:
        raise bad_request("phone number and first name must be non-empty")
    return await _send_extra(state, p, "contact", {"phone_number": phone, "first_name": first})


def _album_item(state: EmulatorState, p: Params, item: Any) -> tuple[StoredFile, JsonDict]:
    if not isinstance(item, dict) or item.get("type") not in ("photo", "document"):
        raise bad_request("unsupported media type in the media group (emulator: photo, document)")
    stored = resolve_file(state, p, item.get("media"), "media", item["type"])
    caption, entities = prepare_caption(p, item)
    fields: JsonDict = {
        "text": caption,
        "entities": entities,
        "parse_mode": item.get("parse_mode"),
    }
    return stored, {**fields, **media_fields(state, stored)}


@method("sendMediaGroup")
async def send_media_group(state: EmulatorState, p: Params) -> Any:
    chat = state.chat(p.get("chat_id"))
    media = p.get("media")
    if not isinstance(media, list) or not MEDIA_GROUP_MIN <= len(media) <= MEDIA_GROUP_MAX:
        raise bad_request("wrong number of media: a media group must include 2-10 items")
    items = [_album_item(state, p, item) for item in media]
    reply_to = reply_target(chat, p)
    group_id = state.new_media_group_id()
    messages = [
        state.add_message(
            chat.user.user_id,
            from_bot=True,
            kind="media_group",
            media_group_id=group_id,
            reply_to_message_id=reply_to,
            **fields,
        )
        for _, fields in items
    ]
    return [state.message_api(message) for message in messages]
