"""The owners' vote counting rule (Civil Code art. 278) at every boundary."""

from __future__ import annotations

import pytest

from bot.errors import InvalidInput
from bot.services.votes.counting import (
    DEVELOPER_KEY,
    Cast,
    RollUnit,
    count,
    percent,
    replaces_paper,
    voter_key,
)


def _roll(*areas: int) -> list[RollUnit]:
    """One owner per unit: u1, u2, … with the given areas."""
    return [RollUnit(i, f"u{i}", area) for i, area in enumerate(areas, start=1)]


def _ballots(**choices: str) -> dict[str, Cast]:
    return {key: Cast(choice, "online") for key, choice in choices.items()}


def test_exactly_two_thirds_of_area_and_owners_is_a_quorum() -> None:
    roll = _roll(100, 100, 100)
    tally = count("ordinary", roll, _ballots(u1="agree", u2="agree"))
    assert (tally.voted_area, tally.total_area) == (200, 300)
    assert (tally.voted_owners, tally.total_owners) == (2, 3)
    assert tally.quorum and tally.passed


def test_just_under_two_thirds_of_the_area_is_no_quorum() -> None:
    roll = _roll(100, 100, 101)  # two owners take part but hold 200 of 301
    tally = count("ordinary", roll, _ballots(u1="agree", u2="agree"))
    assert not tally.quorum and tally.agreed and not tally.passed


def test_two_thirds_of_the_area_without_two_thirds_of_the_owners_is_no_quorum() -> None:
    roll = _roll(500, 10, 10, 10)  # one big owner: 500/530 of the area, 1/4 of the owners
    tally = count("ordinary", roll, _ballots(u1="agree"))
    assert tally.voted_area * 3 >= tally.total_area * 2
    assert not tally.quorum


def test_exactly_half_of_the_participating_area_fails() -> None:
    roll = _roll(150, 50, 50, 50)
    tally = count("ordinary", roll, _ballots(u1="disagree", u2="agree", u3="agree", u4="agree"))
    assert (tally.agree_area, tally.voted_area) == (150, 300)
    assert tally.agree_owners * 2 > tally.voted_owners  # 3 of 4 owners agree
    assert tally.quorum and not tally.agreed and not tally.passed


def test_exactly_half_of_the_participating_owners_fails() -> None:
    roll = _roll(200, 200, 50, 50)
    tally = count("ordinary", roll, _ballots(u1="agree", u2="agree", u3="disagree", u4="abstain"))
    assert tally.agree_area * 2 > tally.voted_area  # 400 of 500
    assert (tally.agree_owners, tally.voted_owners) == (2, 4)
    assert not tally.passed


def test_more_than_half_of_both_passes_an_ordinary_matter() -> None:
    roll = _roll(100, 100, 100, 100, 100)
    tally = count("ordinary", roll, _ballots(u1="agree", u2="agree", u3="agree", u4="disagree"))
    assert tally.passed


def test_abstentions_take_part_but_do_not_agree() -> None:
    roll = _roll(100, 100, 100)
    tally = count("ordinary", roll, _ballots(u1="agree", u2="abstain", u3="abstain"))
    assert tally.quorum and (tally.abstain_owners, tally.abstain_area) == (2, 200)
    assert not tally.passed


@pytest.mark.parametrize("kind", ["fund_raise", "rebuild", "common_use"])
def test_exactly_three_quarters_passes_a_three_quarter_matter(kind: str) -> None:
    roll = _roll(100, 100, 100, 100)
    tally = count(kind, roll, _ballots(u1="agree", u2="agree", u3="agree", u4="disagree"))
    assert (tally.agree_owners, tally.voted_owners) == (3, 4)
    assert (tally.agree_area, tally.voted_area) == (300, 400)
    assert tally.passed


def test_just_under_three_quarters_fails_where_half_would_pass() -> None:
    roll = _roll(100, 100, 100, 101)
    ballots = _ballots(u1="agree", u2="agree", u3="agree", u4="disagree")
    assert not count("fund_raise", roll, ballots).passed  # 300 of 401 m²
    assert count("ordinary", roll, ballots).passed


def test_an_owner_of_several_units_is_one_person_with_every_area() -> None:
    roll = [RollUnit(1, "phone:1", 100), RollUnit(2, "phone:1", 100), RollUnit(3, "phone:1", 90)]
    roll += [RollUnit(4, "phone:2", 90), RollUnit(5, "phone:3", 90)]
    tally = count("ordinary", roll, _ballots(**{"phone:1": "agree", "phone:2": "disagree"}))
    assert (tally.total_owners, tally.total_area) == (3, 470)
    assert (tally.agree_owners, tally.agree_area) == (1, 290)
    assert (tally.voted_owners, tally.voted_area) == (2, 380)
    assert not tally.passed  # 1 of 2 owners is exactly half


def test_the_developers_unsold_units_are_one_owner() -> None:
    keys = [voter_key(i, "开发商", "13800000000", True) for i in range(1, 4)]
    assert keys == [DEVELOPER_KEY] * 3
    roll = [RollUnit(i, key, 100) for i, key in enumerate(keys, start=1)]
    roll.append(RollUnit(9, voter_key(9, "林芳", "13554124031", False), 100))
    assert count("ordinary", roll, {}).total_owners == 2


def test_a_unit_with_two_owners_counts_once() -> None:
    # Both owners are on record for the unit; the unit is one roll entry with one key, so
    # whichever of them votes, the unit and its owner count once (the last vote stands).
    key = voter_key(7, "王伟、李娜", "13900000001", False)
    roll = [RollUnit(7, key, 120), RollUnit(8, "u8", 120)]
    tally = count("ordinary", roll, {key: Cast("agree", "online")})
    assert (tally.total_owners, tally.voted_owners, tally.voted_area) == (2, 1, 120)


def test_owners_without_phone_or_name_count_per_unit() -> None:
    assert voter_key(3, "", "", False) == "unit:3"
    assert voter_key(3, " 林芳 ", "", False) == "name:林芳"
    assert voter_key(3, "林芳", "13554124031", False) == "phone:13554124031"


def test_a_paper_ballot_is_replaced_by_the_owners_online_vote() -> None:
    assert replaces_paper("paper", "online") is True
    assert replaces_paper(None, "online") is False
    assert replaces_paper("online", "online") is False
    assert replaces_paper("paper", "paper") is False  # staff correct a paper ballot
    with pytest.raises(InvalidInput):
        replaces_paper("online", "paper")
    roll = _roll(100, 100, 100)
    tally = count("ordinary", roll, {"u1": Cast("agree", "paper"), "u2": Cast("agree", "online")})
    assert tally.paper == 1


def test_ballots_off_the_roll_count_nowhere() -> None:
    tally = count("ordinary", _roll(100), _ballots(u1="agree", stranger="disagree"))
    assert (tally.voted_owners, tally.disagree_owners) == (1, 0)


def test_percent_is_shown_to_two_decimals_rounded_half_up() -> None:
    assert percent(2, 3) == "66.67"
    assert percent(1, 8) == "12.50"
    assert percent(1, 0) == "0.00"
