"""Money in minor units through Decimal, and nested texts rendered in either language."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.i18n import Translator
from bot.services.fees.common import fee_type, grouped, money, parse_money, remind_time, to_major
from storage.models import Estate

ESTATE = Estate(
    id=1,
    name="湖畔花园",
    timezone="Asia/Shanghai",
    currency="CNY",
    quiet_start="21:00",
    quiet_end="08:00",
)


@pytest.mark.parametrize(
    ("text", "minor"),
    [("402.75", 40275), ("300.00", 30000), ("0", 0), ("1234.5", 123450), ("80.220", 8022)],
)
def test_amounts_parse_to_minor_units(text: str, minor: int) -> None:
    assert parse_money(text, 2) == minor


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("-1", "bill-negative-amount"),
        ("1.234", "bill-amount-decimals"),
        ("1,234.50", "bill-bad-amount"),
        ("1e3", "bill-bad-amount"),
        ("abc", "bill-bad-amount"),
        ("", "bill-bad-amount"),
    ],
)
def test_bad_amounts_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_money(text, 2)


def test_amounts_print_exactly() -> None:
    assert to_major(40275, 2) == Decimal("402.75")
    assert grouped(123450, 2) == "1,234.50"
    assert grouped(5, 2) == "0.05"
    assert grouped(2000, 0) == "2,000"


def test_money_and_fee_types_render_in_both_languages() -> None:
    translator = Translator()
    amount = money(123450, "CNY")
    assert translator.t("en", "fee-money", **amount["args"]) == "¥1,234.50"
    line = {"period": "2026-09", "type": fee_type("property"), "amount": amount}
    assert translator.t("en", "fee-reminder-line", **line) == "• 2026-09 Property fee: ¥1,234.50"
    assert translator.t("zh-Hans", "fee-reminder-line", **line) == "• 2026-09 物业费：¥1,234.50"
    assert fee_type("heating") == "heating"


def test_reminders_are_at_nine_local() -> None:
    assert remind_time(date(2026, 12, 3), ESTATE) == datetime(2026, 12, 3, 1, 0, tzinfo=UTC)
