"""Household members' rules: who may pay and report repairs, when a lease is reminded and ends."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.services.people.access import Viewer
from bot.services.people.member_rules import Terms, lease_times, may_pay, may_repair
from storage.models import Account, Occupancy

ACCOUNT = Account(
    id=7,
    telegram_id=70,
    name="Mei",
    username=None,
    language="en",
    telegram_language=None,
    unreachable=False,
    created_at=datetime(2026, 11, 1, tzinfo=UTC),
)


def _viewer(relation: str, *, pay: bool, repair: bool) -> Viewer:
    occupancy = Occupancy(
        account_id=7,
        unit_id=3,
        estate_id=1,
        grid_id=1,
        unit_code="3-2-301",
        relation=relation,
        may_pay=pay,
        may_repair=repair,
    )
    return Viewer(account=ACCOUNT, occupancies=(occupancy,))


def test_a_family_member_or_tenant_does_what_the_owner_allowed() -> None:
    family = _viewer("family", pay=False, repair=True)
    assert not may_pay(family, 3) and may_repair(family, 3)
    tenant = _viewer("tenant", pay=True, repair=False)
    assert may_pay(tenant, 3) and not may_repair(tenant, 3)


def test_an_owner_always_may_and_another_unit_is_not_decided_here() -> None:
    owner = _viewer("owner", pay=False, repair=False)  # the flags do not bind owners
    assert may_pay(owner, 3) and may_repair(owner, 3)
    assert may_pay(_viewer("family", pay=False, repair=False), 99)  # not theirs: NotFound later


def test_the_lease_is_reminded_a_week_before_and_ends_after_its_last_day() -> None:
    remind, ends = lease_times(date(2026, 12, 20), "Asia/Shanghai")
    assert remind.astimezone(UTC) == datetime(2026, 12, 13, 2, 0, tzinfo=UTC)  # 10:00 local
    assert ends.astimezone(UTC) == datetime(2026, 12, 20, 16, 0, tzinfo=UTC)  # midnight local


def test_terms_are_stored_as_json_values() -> None:
    terms = Terms(lease_ends_on=date(2027, 6, 30), may_pay=False, may_repair=True)
    assert terms.stored() == {"lease_ends_on": "2027-06-30", "may_pay": False, "may_repair": True}
    assert Terms.model_validate(terms.stored()) == terms
    assert Terms().stored() == {"lease_ends_on": None, "may_pay": True, "may_repair": True}
