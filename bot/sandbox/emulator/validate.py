"""Checks of message content and keyboards, with Telegram's error descriptions."""

from __future__ import annotations

import re
from typing import Any

from .entities import format_text
from .errors import bad_request
from .models import JsonDict
from .params import Params

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_BUTTONS = 100
_URL = re.compile(r"^(https?|tg)://\S+$", re.IGNORECASE)
_MARKUP_KEYS = ("inline_keyboard", "keyboard", "remove_keyboard", "force_reply")
_INLINE_ACTIONS = (
    "url", "callback_data", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)  # fmt: skip


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed")
    if not button["text"]:
        raise bad_request("BUTTON_TEXT_INVALID")
    if not any(key in button for key in _INLINE_ACTIONS):
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not (isinstance(button["url"], str) and _URL.match(button["url"])):
        raise bad_request("BUTTON_URL_INVALID")


def _check_reply_button(button: Any) -> None:
    if isinstance(button, str):
        return
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse keyboard button")


def _rows(markup: JsonDict, key: str) -> list[list[Any]]:
    rows = markup[key]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'field "{key}" of the reply markup must be an Array of Arrays')
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    return rows


def check_reply_markup(markup: Any, *, inline_only: bool = False) -> JsonDict | None:
    """Validate a decoded ``reply_markup``; return it (or None when absent)."""
    if markup is None:
        return None
    if not isinstance(markup, dict) or not any(key in markup for key in _MARKUP_KEYS):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        for row in _rows(markup, "inline_keyboard"):
            for button in row:
                _check_inline_button(button)
    elif inline_only:
        raise bad_request("inline keyboard expected")
    elif "keyboard" in markup:
        for row in _rows(markup, "keyboard"):
            for button in row:
                _check_reply_button(button)
    return markup


def _check_entities(entities: Any) -> list[JsonDict]:
    if entities is None:
        return []
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        raise bad_request("can't parse entities JSON object")
    return entities


def prepare_text(params: Params) -> tuple[str, list[JsonDict]]:
    """The (plain text, entities) of sendMessage / editMessageText."""
    raw = params.get("text")
    if not isinstance(raw, str) or not raw.strip():
        raise bad_request("message text is empty")
    text, entities = format_text(raw, params.get("parse_mode"))
    if not text.strip():
        raise bad_request("text must be non-empty")
    if len(text) > MAX_TEXT:
        raise bad_request("message is too long")
    return text, entities or _check_entities(params.get("entities"))


def prepare_caption(
    params: Params, item: JsonDict | None = None
) -> tuple[str | None, list[JsonDict]]:
    """The (caption, caption entities) of a media message; ``item`` is an InputMedia dict."""
    source: JsonDict = item if item is not None else params.values
    raw = source.get("caption")
    if raw is None or raw == "":
        return None, []
    if not isinstance(raw, str):
        raise bad_request("can't parse caption")
    caption, entities = format_text(raw, source.get("parse_mode"))
    if len(caption) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return caption, entities or _check_entities(source.get("caption_entities"))
