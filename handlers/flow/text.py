"""Reading what people type: labels compared loosely, numbers in the forms people use."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

_EMOJI_AND_MARKS = re.compile(r"[\W_]+", re.UNICODE)
_NUMBER = re.compile(r"^[+]?(\d+(?:[.,]\d+)?)")
UNIT_WORDS = ("平方米", "平米", "平方", "平", "㎡", "m²", "m2", "sqm")
COUNT_WORDS = ("张", "份", "个", "人", "次")


def normalize(text: str) -> str:
    """Lower-case, full-width to half-width, no spaces, emoji or punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _EMOJI_AND_MARKS.sub("", folded)


def parse_number(text: str, decimals: int = 0) -> Decimal | None:
    """A number as typed ("12", "12.5", "12,5", "１２", "12 m²", "3张"); None if it is none."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    for word in UNIT_WORDS + COUNT_WORDS:
        if cleaned.endswith(word):
            cleaned = cleaned[: -len(word)]
            break
    match = _NUMBER.match(cleaned)
    if match is None or match.end() != len(cleaned):
        return None
    digits = match.group(1)
    whole, _, tail = digits.partition(",")
    digits = whole + tail if len(tail) == 3 and decimals == 0 else digits.replace(",", ".")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    if value != value.quantize(Decimal(1).scaleb(-decimals)):
        return None
    return value
