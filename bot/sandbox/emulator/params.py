"""Decoding Bot API request parameters by their Bot API types.

PTB sends form data (url-encoded, or multipart when uploading): string parameters raw, all
others JSON-encoded. So a ``text`` of ``"123"`` must stay a string while ``chat_id`` becomes an
int and ``reply_markup`` a JSON object. JSON bodies and query strings are accepted too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .errors import ApiError, bad_request
from .models import JsonDict

STRING = frozenset(
    {
        "text", "caption", "parse_mode", "callback_query_id", "url", "action", "file_id",
        "description", "short_description", "name", "language_code", "phone_number",
        "first_name", "last_name", "vcard", "emoji", "title", "inline_message_id",
        "business_connection_id", "message_effect_id", "secret_token", "ip_address",
        "payload", "provider_token", "currency", "start_parameter", "photo_url",
        "error_message", "pre_checkout_query_id", "telegram_payment_charge_id",
    }
)  # fmt: skip
INTEGER = frozenset(
    {
        "chat_id", "message_id", "from_chat_id", "offset", "limit", "reply_to_message_id",
        "message_thread_id", "user_id", "cache_time", "max_connections", "duration",
        "width", "height", "live_period", "heading", "proximity_alert_radius",
        "photo_size", "photo_width", "photo_height", "max_tip_amount",
    }
)  # fmt: skip
FLOAT = frozenset({"timeout", "latitude", "longitude", "horizontal_accuracy"})
BOOLEAN = frozenset(
    {
        "disable_notification", "protect_content", "show_alert", "drop_pending_updates",
        "disable_web_page_preview", "allow_sending_without_reply", "has_spoiler",
        "disable_content_type_detection", "show_caption_above_media", "allow_paid_broadcast",
        "ok", "need_name", "need_phone_number", "need_email", "need_shipping_address",
        "is_flexible", "send_phone_number_to_provider", "send_email_to_provider",
    }
)  # fmt: skip
JSON_ERRORS = {
    "reply_markup": "can't parse reply keyboard markup JSON object",
    "entities": "can't parse entities JSON object",
    "caption_entities": "can't parse entities JSON object",
    "media": "can't parse InputMedia JSON object",
    "commands": "can't parse commands JSON object",
    "scope": "can't parse BotCommandScope JSON object",
    "allowed_updates": "can't parse allowed updates JSON object",
    "link_preview_options": "can't parse link preview options JSON object",
    "reply_parameters": "can't parse reply parameters JSON object",
    "menu_button": "can't parse menu button JSON object",
    "rights": "can't parse chat administrator rights JSON object",
    "prices": "can't parse prices JSON object",
    "suggested_tip_amounts": "can't parse suggested tip amounts JSON object",
}


@dataclass
class Upload:
    """A file part of a multipart request."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Params:
    """Decoded parameters plus the uploaded file parts (by part name)."""

    values: JsonDict = field(default_factory=dict)
    uploads: dict[str, Upload] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def log_view(self) -> JsonDict:
        """Values plus a short placeholder per upload, for the request log."""
        view = dict(self.values)
        for name, upload in self.uploads.items():
            view.setdefault(name, f"<upload {upload.filename!r}, {len(upload.data)} bytes>")
        return view


def _decode_int(name: str, raw: Any) -> int | str:
    if isinstance(raw, bool):
        raise bad_request(f"invalid {name} specified")
    if isinstance(raw, int):
        return raw
    text = str(raw).strip()
    try:
        return int(text)
    except ValueError:
        if name == "chat_id" and text.startswith("@"):
            return text
        if name == "chat_id":
            raise bad_request("chat not found") from None
        raise bad_request(f"invalid {name} specified") from None


def _decode_bool(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0", ""):
        return False
    raise bad_request(f"invalid {name} specified")


def decode_value(name: str, raw: Any) -> Any:
    """Convert one raw parameter (form string or JSON value) to its Bot API type."""
    if name in INTEGER:
        return _decode_int(name, raw)
    if name in BOOLEAN:
        return _decode_bool(name, raw)
    if name in FLOAT:
        try:
            return float(raw)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None
    if name in JSON_ERRORS:
        if not isinstance(raw, str):
            return raw
        try:
            return json.loads(raw)
        except ValueError:
            raise bad_request(JSON_ERRORS[name]) from None
    if name in STRING and not isinstance(raw, str):
        return raw if raw is None else (json.dumps(raw) if isinstance(raw, bool) else str(raw))
    return raw


async def _read_body(request: web.Request, raw: JsonDict, uploads: dict[str, Upload]) -> None:
    ctype = request.content_type
    if ctype == "application/json":
        body = json.loads(await request.text() or "{}")
        if not isinstance(body, dict):
            raise bad_request("JSON body must be an object")
        raw.update(body)
    elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                data = value.file.read()
                uploads[key] = Upload(key, value.filename, value.content_type, data)
            else:
                raw[key] = value if isinstance(value, str) else bytes(value).decode()


async def read_params(request: web.Request) -> Params:
    """Read query string and body of a bot request; malformed input is a 400."""
    raw: JsonDict = dict(request.query)
    uploads: dict[str, Upload] = {}
    if request.can_read_body:
        try:
            await _read_body(request, raw, uploads)
        except ApiError:
            raise
        except (ValueError, UnicodeDecodeError) as exc:
            raise bad_request(f"can't parse request body: {exc}") from None
    values = {name: decode_value(name, value) for name, value in raw.items()}
    return Params(values, uploads)
