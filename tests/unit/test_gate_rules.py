"""The gate's rules: plates as stored, visit windows in the estate's zone, refusal reasons."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.errors import InvalidInput
from bot.services.gate import rules
from storage.models import GoodsRelease, VisitorPass

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def test_plates_are_stored_in_upper_case_without_separators() -> None:
    assert rules.normalize_plate(" 粤b·12345 ") == "粤B12345"
    assert rules.normalize_plate("京Ａ-８８８８８") == "京A88888"  # full-width folded
    assert rules.checked_plate("沪ad 12345") == "沪AD12345"  # a new-energy plate
    assert rules.looks_like_plate("粤B12345") and rules.looks_like_plate("粤b 1234学")
    assert not rules.looks_like_plate("ACD347")  # a pass code
    for bad in ("A", "粤B 12345 67890", "粤B/123"):
        with pytest.raises(InvalidInput):
            rules.checked_plate(bad)


def test_a_window_is_the_estates_wall_clock_and_may_end_at_midnight() -> None:
    start, end = rules.window(date(2026, 12, 1), 9, 24, SHANGHAI)
    assert start == datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    assert end == datetime(2026, 12, 1, 16, 0, tzinfo=UTC)  # 24:00 local = next day 00:00
    for hours in ((12, 12), (14, 10), (5, 8), (20, 25)):
        with pytest.raises(InvalidInput):
            rules.window(date(2026, 12, 1), *hours, SHANGHAI)


def _pass(state: str = "active") -> VisitorPass:
    start, end = rules.window(date(2026, 12, 1), 10, 12, SHANGHAI)
    return VisitorPass(
        id=1, estate_id=1, unit_id=1, account_id=1, name="Chen", people=1, plate="",
        valid_from=start, valid_until=end, code="ACD347", state=state, notify=True,
        used_at=None, created_at=NOW,
    )  # fmt: skip


def test_a_visitor_pass_lets_in_within_its_window_only_while_active() -> None:
    found = _pass()
    assert rules.visitor_refusal(found, NOW) is None  # 10:00 sharp: valid
    assert rules.visitor_refusal(found, NOW - timedelta(seconds=1)) == "early"
    assert rules.visitor_refusal(found, NOW + timedelta(hours=2)) == "expired"  # 12:00: ended
    assert rules.visitor_refusal(_pass("used"), NOW) == "used"
    assert rules.visitor_refusal(_pass("revoked"), NOW + timedelta(hours=5)) == "revoked"


def test_a_release_lets_out_on_its_day_once_approved() -> None:
    def release(state: str) -> GoodsRelease:
        return GoodsRelease(
            id=1, estate_id=1, unit_id=1, account_id=1, items="sofa", day=date(2026, 12, 1),
            code="ACD347", state=state, decided_by=None, decided_at=None, used_at=None,
            created_at=NOW,
        )  # fmt: skip

    day = date(2026, 12, 1)
    assert rules.release_refusal(release("approved"), day) is None
    assert rules.release_refusal(release("approved"), day - timedelta(days=1)) == "early"
    assert rules.release_refusal(release("approved"), day + timedelta(days=1)) == "expired"
    assert rules.release_refusal(release("awaiting_owner"), day) == "awaiting_owner"
    assert rules.release_refusal(release("refused"), day) == "owner_refused"
    assert rules.release_refusal(release("used"), day) == "used"
    assert rules.release_refusal(release("cancelled"), day) == "cancelled"
