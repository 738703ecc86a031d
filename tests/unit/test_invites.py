"""Invite codes: shape, normalising, and the lock after wrong codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.people.invites import (
    ALPHABET,
    CODE_LENGTH,
    code_hash,
    locked_until,
    new_code,
    normalize,
)

START = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


def test_codes_are_long_random_and_typed_forgivingly() -> None:
    codes = {new_code() for _ in range(1000)}
    assert len(codes) == 1000
    assert all(len(c) == CODE_LENGTH and set(c) <= set(ALPHABET) for c in codes)
    code = next(iter(codes))
    assert code_hash(f" {code[:5].lower()}-{code[5:]} ") == code_hash(code)
    assert normalize("ab-12 cd") == "AB12CD"


def test_the_lock_lasts_an_hour_from_the_fifth_wrong_code() -> None:
    spread = [START + timedelta(minutes=m) for m in (0, 10, 20, 30, 50)]
    assert locked_until(spread) == START + timedelta(minutes=110)
    assert locked_until(spread[:4]) is None
    too_slow = [START + timedelta(minutes=m) for m in (0, 20, 40, 60, 80)]
    assert locked_until(too_slow) is None
