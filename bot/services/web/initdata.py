"""Telegram Mini App `initData`: checked with the bot token, and fresh.

Telegram signs the query string it hands a Mini App: every field but `hash`, sorted and
joined as `key=value` lines, HMAC-SHA256 under the key HMAC-SHA256("WebAppData", token).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode

from pydantic import BaseModel

MAX_AGE = timedelta(hours=1)  # initData older than this is refused: open the app again
MAX_LENGTH = 4096


class TelegramUser(BaseModel):
    """Who opened the Mini App, as Telegram says."""

    id: int
    first_name: str = ""
    language_code: str | None = None


def _secret(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()


def sign(fields: dict[str, str], bot_token: str) -> str:
    """The query string Telegram would hand the Mini App (for tests and the sandbox)."""
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    digest = hmac.new(_secret(bot_token), check.encode(), hashlib.sha256).hexdigest()
    return urlencode({**fields, "hash": digest})


def verify(init_data: str, bot_token: str, now: datetime) -> TelegramUser | None:
    """The user of a genuine, fresh initData; None for anything forged, stale or broken."""
    if not init_data or len(init_data) > MAX_LENGTH:
        return None
    try:
        fields = dict(parse_qsl(init_data, keep_blank_values=True, strict_parsing=True))
    except ValueError:
        return None
    given = fields.pop("hash", "")
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    expected = hmac.new(_secret(bot_token), check.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return None
    try:
        signed_at = datetime.fromtimestamp(int(fields.get("auth_date", "")), tz=now.tzinfo)
        user = TelegramUser.model_validate(json.loads(fields.get("user", "")))
    except (ValueError, TypeError):
        return None
    if not now - MAX_AGE <= signed_at <= now + timedelta(minutes=5):
        return None
    return user
