"""Checks of the numbers an application carries: ID numbers and business licences."""

from __future__ import annotations

import re

_ID = re.compile(r"^\d{17}[\dX]$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# 统一社会信用代码: 18 characters without I, O, S, V, Z; older licences: 15 digits.
_CREDIT_CODE = re.compile(r"^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$")
_OLD_LICENCE = re.compile(r"^\d{15}$")


def valid_id_number(text: str) -> bool:
    """Tell whether a text is a resident ID number (居民身份证号, its check digit right)."""
    number = text.strip().upper()
    if not _ID.match(number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == number[17]


def valid_licence(text: str) -> bool:
    """Tell whether a text is a business licence number (统一社会信用代码, or 15 digits)."""
    number = text.strip().upper()
    return bool(_CREDIT_CODE.match(number) or _OLD_LICENCE.match(number))


def masked(id_number: str) -> str:
    """An ID number as cards show it: the region and the last four, the birth date hidden."""
    return id_number[:6] + "*" * max(len(id_number) - 10, 0) + id_number[-4:]
