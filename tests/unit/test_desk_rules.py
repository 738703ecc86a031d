"""The front desk's rules: who works which items, typed codes, days held, the reminder's age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.desk.rules import days_held, desk_scope, is_overdue, normalize_code
from bot.services.people.access import Viewer
from storage.models import Account, StaffRole

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


def _viewer(*roles: tuple[str, int, tuple[int, ...]]) -> Viewer:
    account = Account(
        id=1,
        telegram_id=1001,
        name="A",
        username=None,
        language=None,
        telegram_language="en",
        unreachable=False,
        created_at=NOW,
    )
    staff = tuple(
        StaffRole(staff_id=n, account_id=1, estate_id=estate, role=role, grid_ids=grids)
        for n, (role, estate, grids) in enumerate(roles, start=1)
    )
    return Viewer(account=account, staff=staff)


def test_a_guard_and_a_manager_work_the_estate_a_butler_their_grids() -> None:
    guard = desk_scope(_viewer(("guard", 7, ())))
    assert guard is not None and guard.estate_id == 7 and guard.covers(99)
    butler = desk_scope(_viewer(("butler", 3, (1, 2))))
    assert butler is not None and butler.covers(2) and not butler.covers(4)
    both = desk_scope(_viewer(("butler", 3, (1,)), ("manager", 5, ())))
    assert both is not None and both.estate_id == 5 and both.grid_ids is None


def test_residents_and_technicians_have_no_desk() -> None:
    assert desk_scope(_viewer()) is None
    assert desk_scope(_viewer(("technician", 3, ()))) is None


def test_a_typed_code_is_folded_to_the_stored_form() -> None:
    assert normalize_code(" kx7-3qa ") == "KX73QA"
    assert normalize_code("ＫＸ７３ＱＡ") == "KX73QA"  # full-width, from a Chinese keyboard
    assert normalize_code("") == ""


def test_days_held_and_the_three_day_mark() -> None:
    assert days_held(NOW, NOW + timedelta(hours=23)) == 0
    assert days_held(NOW, NOW + timedelta(days=3, hours=5)) == 3
    assert days_held(NOW, NOW - timedelta(hours=1)) == 0
    assert not is_overdue(NOW, NOW + timedelta(days=2, hours=23))
    assert is_overdue(NOW, NOW + timedelta(days=3))
