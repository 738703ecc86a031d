"""Phone numbers as estates record them: mainland mobiles and landlines (or none)."""

from __future__ import annotations

import re
import unicodedata

_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")
# Area codes: 010 and 020–029 have three digits (Beijing, Shanghai, Guangzhou …), others four.
_LANDLINE = re.compile(r"^(0[12]\d|0[3-9]\d{2})(\d{7,8})(?:[#*x](\d{1,6}))?$")


def normalize_phone(text: str) -> str | None:
    """A phone number in one form (13812345678, 021-62345678, 021-62345678-123), "" for
    none, or None when it is not a mainland mobile or landline number."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return ""
    digits = re.sub(r"[\s\-()（）]", "", cleaned).replace("转", "#").lower()
    if mobile := _MOBILE.match(digits):
        return mobile.group(1)
    if landline := _LANDLINE.match(digits):
        area, number, extension = landline.groups()
        return f"{area}-{number}" + (f"-{extension}" if extension else "")
    return None


_SERVICE = re.compile(r"^(?:(400|800)(\d{3})(\d{4})|(\d{3,6}))$")


def normalize_hotline(text: str) -> str | None:
    """A 24-hour number as a phone, a 400/800 number (400-123-4567) or a short service number
    (96345), "" for none, or None when it is none of these."""
    phone = normalize_phone(text)
    if phone is not None:
        return phone
    digits = re.sub(r"[\s\-()（）]", "", unicodedata.normalize("NFKC", text).strip())
    found = _SERVICE.match(digits)
    if found is None:
        return None
    if found.group(1):
        return "-".join(found.group(1, 2, 3))
    return found.group(4)
