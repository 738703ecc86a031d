"""What the fee services share: money in minor units, texts for amounts and fee types, days.

Amounts are integers of minor units everywhere; parsing and display go through Decimal.
Texts are returned as nested locale texts ({"key": …, "args": …}) so a push stored in the
outbox is rendered in its recipient's language when it is sent.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bot.services.estates.registry import CURRENCY_DIGITS
from bot.services.scheduling.calendar import at_local
from storage.models import Estate

Text = dict[str, Any]
FEE_TYPE_KEYS = {
    "property": "fee-type-property",
    "water": "fee-type-water",
    "electricity": "fee-type-electricity",
    "parking": "fee-type-parking",
    "garbage": "fee-type-garbage",
    "renovation_deposit": "fee-type-renovation-deposit",
    "renovation": "fee-type-renovation",
    "renovation_debris": "fee-type-renovation-debris",
    "renovation_debris2": "fee-type-renovation-debris-second",
    "renovation_wall": "fee-type-renovation-wall",
    "renovation_permit": "fee-type-renovation-permit",
    "renovation_pass": "fee-type-renovation-pass",
    "violation_loss": "fee-type-violation-loss",
}
CURRENCY_SYMBOL_KEYS = {
    "CNY": "fee-symbol-cny",
    "HKD": "fee-symbol-hkd",
    "USD": "fee-symbol-usd",
    "EUR": "fee-symbol-eur",
    "JPY": "fee-symbol-jpy",
    "TWD": "fee-symbol-twd",
    "SGD": "fee-symbol-sgd",
}
REMIND_AT = time(9, 0)
MAX_MAJOR = Decimal(100_000_000)
_AMOUNT = re.compile(r"^([+-]?)(\d+)(?:\.(\d*))?$")


def digits_of(currency: str) -> int:
    """Return how many decimals the currency has (2 for CNY)."""
    return CURRENCY_DIGITS.get(currency, 2)


def parse_money(text: str, digits: int) -> int:
    """Turn "1234.5" into minor units; ValueError names why not (a locale key)."""
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise ValueError("bill-bad-amount")
    sign, whole, fraction = match.groups()
    value = Decimal(f"{whole}.{fraction or '0'}")
    if sign == "-" and value != 0:
        raise ValueError("bill-negative-amount")
    if len((fraction or "").rstrip("0")) > digits:
        raise ValueError("bill-amount-decimals")
    if value > MAX_MAJOR:
        raise ValueError("bill-bad-amount")
    return int(value.scaleb(digits))


def to_major(minor: int, digits: int) -> Decimal:
    """Turn minor units into an exact Decimal amount: 123450 -> 1234.50."""
    return Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def grouped(minor: int, digits: int) -> str:
    """Print an amount with thousands separators: 123450 -> "1,234.50"."""
    return f"{to_major(minor, digits):,.{digits}f}"


def money(minor: int, currency: str) -> Text:
    """An amount as a text: "¥1,234.50"."""
    symbol: Text | str = (
        {"key": CURRENCY_SYMBOL_KEYS[currency]} if currency in CURRENCY_SYMBOL_KEYS else currency
    )
    return {
        "key": "fee-money",
        "args": {"symbol": symbol, "amount": grouped(minor, digits_of(currency))},
    }


def fee_type(code: str) -> Text | str:
    """A fee type as a text: known types by name, others as they are.

    A type may carry what it is for after a "#" (renovation_pass#12: the pass of worker 12).
    """
    key = FEE_TYPE_KEYS.get(code.partition("#")[0])
    return {"key": key} if key else code


def local_today(now: datetime, estate: Estate) -> date:
    """Return the estate's local date at a moment."""
    return now.astimezone(ZoneInfo(estate.timezone)).date()


def remind_time(day: date, estate: Estate) -> datetime:
    """Return 09:00 estate-local on a day, as a UTC moment."""
    return at_local(day, REMIND_AT, ZoneInfo(estate.timezone))


def current_period(now: datetime, estate: Estate) -> str:
    """Return the estate's current period, YYYY-MM."""
    return local_today(now, estate).strftime("%Y-%m")
