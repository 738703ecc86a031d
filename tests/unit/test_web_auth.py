"""The desk's ways in, alone: Telegram's initData signature and freshness, signed cookies."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot.services.web import initdata, session

TOKEN = "123456:TEST-token"
NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
USER = json.dumps({"id": 42, "first_name": "Wang"})


def _signed(at: datetime = NOW, user: str = USER, token: str = TOKEN) -> str:
    return initdata.sign({"auth_date": str(int(at.timestamp())), "user": user}, token)


def test_genuine_fresh_initdata_names_its_user() -> None:
    found = initdata.verify(_signed(), TOKEN, NOW + timedelta(minutes=59))
    assert found is not None and found.id == 42 and found.first_name == "Wang"


def test_initdata_signed_otherwise_tampered_stale_or_broken_is_refused() -> None:
    tampered = _signed().replace("Wang", "Zhao")
    other_bot = _signed(token="999:OTHER")
    stale = _signed(at=NOW - timedelta(hours=1, seconds=1))
    future = _signed(at=NOW + timedelta(hours=1))
    no_user = initdata.sign({"auth_date": str(int(NOW.timestamp()))}, TOKEN)
    bad_user = _signed(user="not json")
    for given in (tampered, other_bot, stale, future, no_user, bad_user, "", "a=%", "x" * 5000):
        assert initdata.verify(given, TOKEN, NOW) is None, given[:40]


def test_a_cookie_holds_until_it_expires_and_not_once_altered() -> None:
    cookie, made = session.issue("secret", 7, NOW, "link")
    assert session.read("secret", cookie, NOW + timedelta(hours=11)) == made
    assert session.read("secret", cookie, NOW + session.LIFETIME) is None
    assert session.read("other", cookie, NOW) is None
    forged = cookie.replace("7.", "8.", 1)
    assert session.read("secret", forged, NOW) is None
    assert session.read("secret", "7.1.2.link", NOW) is None
    assert session.csrf_ok("secret", made, session.csrf_token("secret", made))
    assert not session.csrf_ok("secret", made, "guess")
