"""editMessageText / editMessageCaption / editMessageReplyMarkup / deleteMessage."""

from __future__ import annotations

from typing import Any

from .errors import NOT_MODIFIED, ApiError, bad_request
from .models import JsonDict, SentMessage
from .params import Params
from .registry import method
from .state import EmulatorState
from .validate import check_reply_markup, prepare_caption, prepare_text


def _target(state: EmulatorState, p: Params, verb: str) -> SentMessage:
    if p.get("inline_message_id"):
        raise bad_request("inline messages are not supported by the emulator")
    chat = state.chat(p.get("chat_id"))
    message_id = p.get("message_id")
    message = chat.by_id.get(message_id) if isinstance(message_id, int) else None
    if message is None or message.deleted:
        raise bad_request(f"message to {verb} not found")
    return message


def _editable(state: EmulatorState, p: Params) -> SentMessage:
    message = _target(state, p, "edit")
    if not message.from_bot:
        raise bad_request("message can't be edited")
    return message


def _current_markup(message: SentMessage) -> JsonDict | None:
    return message.reply_markup if message.has_inline_keyboard() else None


def _apply(state: EmulatorState, message: SentMessage, changes: JsonDict) -> JsonDict:
    """Apply the edit, or 400 "message is not modified" when nothing changes."""
    compared = [key for key in changes if key != "parse_mode"]
    current = {
        key: _current_markup(message) if key == "reply_markup" else getattr(message, key)
        for key in compared
    }
    if all(changes[key] == current[key] for key in compared):
        raise ApiError(400, NOT_MODIFIED)
    for key, value in changes.items():
        setattr(message, key, value)
    message.edits += 1
    message.edit_date = state.now()
    state.bump(message)
    return state.message_api(message)


@method("editMessageText")
async def edit_message_text(state: EmulatorState, p: Params) -> Any:
    message = _editable(state, p)
    if message.kind != "text":
        raise bad_request("there is no text in the message to edit")
    text, entities = prepare_text(p)
    markup = check_reply_markup(p.get("reply_markup"), inline_only=True)
    changes = {"text": text, "entities": entities, "reply_markup": markup}
    return _apply(state, message, {**changes, "parse_mode": p.get("parse_mode")})


@method("editMessageCaption")
async def edit_message_caption(state: EmulatorState, p: Params) -> Any:
    message = _editable(state, p)
    if message.kind in ("text", "invoice"):
        raise bad_request("there is no caption in the message to edit")
    caption, entities = prepare_caption(p)
    markup = check_reply_markup(p.get("reply_markup"), inline_only=True)
    changes = {"text": caption, "entities": entities, "reply_markup": markup}
    return _apply(state, message, {**changes, "parse_mode": p.get("parse_mode")})


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(state: EmulatorState, p: Params) -> Any:
    message = _editable(state, p)
    markup = check_reply_markup(p.get("reply_markup"), inline_only=True)
    return _apply(state, message, {"reply_markup": markup})


@method("deleteMessage")
async def delete_message(state: EmulatorState, p: Params) -> Any:
    message = _target(state, p, "delete")
    message.deleted = True
    state.bump(message)
    return True


@method("pinChatMessage")
async def pin_chat_message(state: EmulatorState, p: Params) -> Any:
    message = _target(state, p, "pin")
    message.extra["pinned"] = True
    state.bump(message)
    return True
