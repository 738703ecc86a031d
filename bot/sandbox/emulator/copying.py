"""copyMessage and forwardMessage between the emulated private chats."""

from __future__ import annotations

import copy
from typing import Any

from .errors import bad_request
from .models import JsonDict, SentMessage
from .params import Params
from .registry import method
from .state import EmulatorState
from .validate import check_reply_markup, prepare_caption


def _source(state: EmulatorState, p: Params, verb: str) -> SentMessage:
    chat = state.chat(p.get("from_chat_id"))
    message_id = p.get("message_id")
    message = chat.by_id.get(message_id) if isinstance(message_id, int) else None
    if message is None or message.deleted:
        raise bad_request(f"message to {verb} not found")
    return message


def _content(source: SentMessage) -> JsonDict:
    """The content fields of a message, for a copy (album items become single messages)."""
    kind = source.kind
    if kind == "media_group":
        kind = "photo" if source.photo else "document"
    return {
        "kind": kind,
        "text": source.text,
        "entities": copy.deepcopy(source.entities),
        "photo": list(source.photo),
        "file_id": source.file_id,
        "file_name": source.file_name,
        "extra": copy.deepcopy(source.extra),
    }


@method("copyMessage")
async def copy_message(state: EmulatorState, p: Params) -> Any:
    target = state.chat(p.get("chat_id"))
    source = _source(state, p, "copy")
    fields = _content(source)
    fields["extra"].pop("forward_origin", None)
    if fields["kind"] != "text" and "caption" in p.values:
        fields["text"], fields["entities"] = prepare_caption(p)
    markup = check_reply_markup(p.get("reply_markup"))
    message = state.add_message(target.user.user_id, from_bot=True, reply_markup=markup, **fields)
    return {"message_id": message.message_id}


@method("forwardMessage")
async def forward_message(state: EmulatorState, p: Params) -> Any:
    target = state.chat(p.get("chat_id"))
    source = _source(state, p, "forward")
    fields = _content(source)
    if "forward_origin" not in fields["extra"]:
        sender = state.bot_user() if source.from_bot else state.chats[source.chat_id].user
        sender_api = sender if isinstance(sender, dict) else sender.to_api()
        origin = {"type": "user", "date": source.date, "sender_user": sender_api}
        fields["extra"]["forward_origin"] = origin
    message = state.add_message(target.user.user_id, from_bot=True, **fields)
    return state.message_api(message)
