"""The sandbox's pure parts: typed lines, clock jumps, and how bot messages are printed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.sandbox.commands import Kind, Line, parse_duration, parse_line
from bot.sandbox.emulator import SentMessage
from bot.sandbox.render import Style, body_lines, button_lines, group_albums, styled_text
from bot.sandbox.seed import until_daytime

PLAIN = Style(colour=False)


def test_typed_lines() -> None:
    assert parse_line("  /repair \n") == Line(Kind.TEXT, "/repair")
    assert parse_line("3") == Line(Kind.NUMBER, "3")
    assert parse_line("\\3") == Line(Kind.TEXT, "3")
    assert parse_line(":photo 漏水处") == Line(Kind.PHOTO, "漏水处")
    assert parse_line(":photo") == Line(Kind.PHOTO, "")
    assert parse_line(":AS butler") == Line(Kind.AS, "butler")
    assert parse_line(":time +2h") == Line(Kind.TIME, "+2h")
    assert parse_line(":q") == Line(Kind.QUIT)
    assert parse_line(":dance now") == Line(Kind.UNKNOWN, ":dance")
    assert parse_line("   ") == Line(Kind.EMPTY)


def test_clock_jumps() -> None:
    assert parse_duration("+2h") == timedelta(hours=2)
    assert parse_duration("+1d") == timedelta(days=1)
    assert parse_duration("30m") == timedelta(minutes=30)
    assert parse_duration("+1d 2h") == timedelta(days=1, hours=2)
    for bad in ("", "+", "-2h", "+0m", "2 hours", "+400d"):
        assert parse_duration(bad) is None, bad


def test_a_new_sandbox_starts_in_office_hours() -> None:
    night = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)  # 00:00 in Shanghai
    assert until_daytime(night, "Asia/Shanghai") == timedelta(hours=9)
    day = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)  # 11:00 in Shanghai
    assert until_daytime(day, "Asia/Shanghai") == timedelta(0)


def _message(kind: str = "text", **fields: Any) -> SentMessage:
    return SentMessage(1, 5, True, kind, 0, **fields)


def test_buttons_are_numbered_across_rows() -> None:
    markup = {
        "inline_keyboard": [
            [{"text": "✋ 受理", "callback_data": "a"}, {"text": "↪️ 转派", "callback_data": "b"}],
            [{"text": "Docs", "url": "https://example.org"}],
        ]
    }
    lines = button_lines(_message(text="x", reply_markup=markup), PLAIN)
    assert lines == ["[1] ✋ 受理  [2] ↪️ 转派", "[3] Docs ↗ https://example.org"]


def test_bold_is_shown_on_a_terminal_and_dropped_in_a_pipe() -> None:
    text = "😀 R-0001 done"  # the emoji is two UTF-16 units
    entities = [{"type": "bold", "offset": 3, "length": 6}]
    assert styled_text(text, entities, PLAIN) == text
    assert styled_text(text, entities, Style(colour=True)) == "😀 \033[1mR-0001\033[0m done"


def test_photos_and_albums_are_placeholder_lines() -> None:
    photo = _message(kind="photo", text="漏水处")
    assert body_lines([photo], PLAIN) == ["[photo] 漏水处"]
    album = [_message(kind="media_group", media_group_id="9") for _ in range(2)]
    assert group_albums([*album, photo]) == [album, [photo]]
    assert body_lines(album, PLAIN) == ["[photo ×2]"]
