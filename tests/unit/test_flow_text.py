"""Reading typed numbers and days the way residents type them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.scheduling.dates import parse_day
from handlers.flow.text import normalize, parse_number

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "decimals", "value"),
    [
        ("80", 0, Decimal(80)),
        (" 12.5 ", 2, Decimal("12.5")),
        ("12,5", 2, Decimal("12.5")),
        ("1,000", 0, Decimal(1000)),
        ("８９.５", 2, Decimal("89.5")),
        ("85 m²", 2, Decimal(85)),
        ("85平米", 2, Decimal(85)),
        ("3张", 0, Decimal(3)),
        ("0", 0, Decimal(0)),
    ],
)
def test_numbers_as_typed(text: str, decimals: int, value: Decimal) -> None:
    assert parse_number(text, decimals) == value


@pytest.mark.parametrize(
    ("text", "decimals"),
    [("-5", 0), ("abc", 0), ("1.234", 2), ("1e3", 0), ("", 0), ("1.5", 0), ("5 apples", 0)],
)
def test_what_is_not_a_number(text: str, decimals: int) -> None:
    assert parse_number(text, decimals) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-12-20", date(2026, 12, 20)),
        ("2026年1月5日", date(2026, 1, 5)),
        ("12-20", date(2026, 12, 20)),
        ("20/12", date(2026, 12, 20)),
        ("1-5", date(2027, 1, 5)),  # passed this year: next year's
        ("12月20日", date(2026, 12, 20)),
        ("20号", date(2026, 12, 20)),
        ("明天", date(2026, 12, 2)),
        ("Tomorrow", date(2026, 12, 2)),
        ("周五", date(2026, 12, 4)),
        ("Friday", date(2026, 12, 4)),
        ("下周五", date(2026, 12, 11)),
        ("next friday", date(2026, 12, 11)),
        ("月底", date(2026, 12, 31)),
        ("end of month", date(2026, 12, 31)),
        ("20 Dec", date(2026, 12, 20)),
        ("in 3 days", date(2026, 12, 4)),
        ("3天后", date(2026, 12, 4)),
    ],
)
def test_days_as_typed_in_both_languages(text: str, day: date) -> None:
    assert parse_day(text, TODAY) == day


@pytest.mark.parametrize("text", ["", "soon", "32/1", "2026-02-30", "下下周"])
def test_what_is_not_a_day(text: str) -> None:
    assert parse_day(text, TODAY) is None


def test_labels_compare_without_emoji_case_or_width() -> None:
    assert normalize("✅ Confirm") == normalize("confirm") == "confirm"
    assert normalize("完成！") == "完成"
