"""The renovation estimate against totals computed by hand from the fee table."""

from __future__ import annotations

from decimal import Decimal

from bot.services.renovation.estimate import (
    RenovationInput,
    estimate,
    rates_for,
)

DEFAULTS = rates_for({}, "CNY")


def _answers(
    usage: str = "residential",
    debris: str = "0",
    second: bool = False,
    wall: str = "0",
    permits: int = 0,
    passes: int = 0,
) -> RenovationInput:
    return RenovationInput(
        usage=usage,
        debris_m2=Decimal(debris),
        second=second,
        wall_m2=Decimal(wall),
        permits=permits,
        passes=passes,
    )


def test_the_default_table_is_the_training_materials() -> None:
    assert DEFAULTS == {
        "deposit_office": 200000,
        "deposit_residential": 100000,
        "debris": 500,
        "debris_second": 1000,
        "wall_debris": 2000,
        "works_permit": 5000,
        "worker_pass": 2000,
    }


def test_residential_first_renovation_without_walls() -> None:
    # 1000 deposit + 80 m² × 5 + 1 permit × 50 + 5 passes × 20 = 1550, of which 1000 refundable.
    result = estimate(DEFAULTS, _answers(debris="80", permits=1, passes=5), "CNY")
    assert [(i.item, i.total_minor, i.refundable) for i in result.items] == [
        ("deposit_residential", 100000, True),
        ("debris", 40000, False),
        ("works_permit", 5000, False),
        ("worker_pass", 10000, False),
    ]
    assert (result.total_minor, result.refundable_minor) == (155000, 100000)


def test_office_second_renovation_with_walls() -> None:
    # 2000 deposit + 120.5 m² × 10 + 6.25 m² wall × 20 + 2 × 50 + 10 × 20
    # = 2000 + 1205 + 125 + 100 + 200 = 3630.
    answers = _answers("office", "120.5", True, "6.25", permits=2, passes=10)
    result = estimate(DEFAULTS, answers, "CNY")
    assert [i.item for i in result.items] == [
        "deposit_office",
        "debris_second",
        "wall_debris",
        "works_permit",
        "worker_pass",
    ]
    assert (result.total_minor, result.refundable_minor) == (363000, 200000)


def test_zero_everything_leaves_only_the_deposit() -> None:
    result = estimate(DEFAULTS, _answers("office"), "CNY")
    assert [(i.item, i.total_minor) for i in result.items] == [("deposit_office", 200000)]


def test_an_estates_own_rates_replace_the_defaults_and_round_half_up() -> None:
    rates = rates_for({"debris": 650, "worker_pass": 1500, "unknown": 1}, "CNY")
    assert "unknown" not in rates
    # 33.33 m² × 6.50 = 216.645 -> 216.65; 1000 deposit; 3 passes × 15 = 45 -> 1261.65.
    result = estimate(rates, _answers(debris="33.33", passes=3), "CNY")
    assert [(i.item, i.total_minor) for i in result.items] == [
        ("deposit_residential", 100000),
        ("debris", 21665),
        ("worker_pass", 4500),
    ]
    assert result.total_minor == 126165


def test_a_currency_without_decimals_scales_the_defaults() -> None:
    assert rates_for({}, "JPY")["deposit_office"] == 2000
