"""How owners' decisions are counted (PRC Civil Code art. 278; the Supreme People's Court's
interpretation on building ownership, art. 8–9): by registered floor area and by headcount.

At least two thirds of the area and two thirds of the owners must take part. An ordinary
matter passes with more than half of the participating area and more than half of the
participating owners (exactly half fails); raising the maintenance fund, rebuilding, and
changing the use of common parts need at least three quarters of both. One owner of several
units is one person with all their areas; the developer's unsold units are one person.
Abstentions take part but do not agree. All in integers: no rounding decides a vote.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pydantic import BaseModel

from bot.errors import InvalidInput

KINDS = ("ordinary", "fund_raise", "rebuild", "common_use")
THREE_QUARTER_KINDS = frozenset({"fund_raise", "rebuild", "common_use"})
CHOICES = ("agree", "disagree", "abstain")
DEVELOPER_KEY = "developer"


@dataclass(frozen=True)
class RollUnit:
    """One unit on a vote's roll: its owner (a key) and its registered area in 0.01 m²."""

    unit_id: int
    voter_key: str
    area: int


@dataclass(frozen=True)
class Cast:
    """A ballot as it stands: the choice and whether it came online or on paper."""

    choice: str
    source: str  # online | paper


class Tally(BaseModel):
    """Every figure of a vote, and what they decide."""

    kind: str
    total_area: int
    total_owners: int
    voted_area: int
    voted_owners: int
    agree_area: int
    agree_owners: int
    disagree_area: int
    disagree_owners: int
    abstain_area: int
    abstain_owners: int
    paper: int  # owners whose ballot is on paper

    @property
    def quorum(self) -> bool:
        """At least two thirds of the area and of the owners took part."""
        return (
            self.total_owners > 0
            and self.voted_area * 3 >= self.total_area * 2
            and self.voted_owners * 3 >= self.total_owners * 2
        )

    @property
    def agreed(self) -> bool:
        """The participants agreed by the rule of the matter's kind."""
        if self.voted_owners == 0:
            return False
        if self.kind in THREE_QUARTER_KINDS:
            return (
                self.agree_area * 4 >= self.voted_area * 3
                and self.agree_owners * 4 >= self.voted_owners * 3
            )
        return self.agree_area * 2 > self.voted_area and self.agree_owners * 2 > self.voted_owners

    @property
    def passed(self) -> bool:
        """Quorum reached and agreed."""
        return self.quorum and self.agreed


def voter_key(unit_id: int, owner_name: str, owner_phone: str, developer: bool) -> str:
    """Who owns a unit, for the headcount: the developer, else the owner's phone, else their
    name, else the unit itself (an owner nobody recorded is one person per unit)."""
    if developer:
        return DEVELOPER_KEY
    if owner_phone:
        return f"phone:{owner_phone}"
    if owner_name.strip():
        return f"name:{owner_name.strip()}"
    return f"unit:{unit_id}"


def count(kind: str, roll: Iterable[RollUnit], ballots: Mapping[str, Cast]) -> Tally:
    """The figures of a vote from its roll and each owner's ballot."""
    if kind not in KINDS:
        raise InvalidInput()
    areas: dict[str, int] = {}
    for unit in roll:
        areas[unit.voter_key] = areas.get(unit.voter_key, 0) + unit.area
    by_choice = {choice: (0, 0) for choice in CHOICES}
    paper = 0
    for key, cast in ballots.items():
        if key not in areas or cast.choice not in by_choice:
            continue  # not on the roll: an owner who sold up counts nowhere
        area, owners = by_choice[cast.choice]
        by_choice[cast.choice] = (area + areas[key], owners + 1)
        paper += cast.source == "paper"
    voted = [by_choice[c] for c in CHOICES]
    return Tally(
        kind=kind,
        total_area=sum(areas.values()),
        total_owners=len(areas),
        voted_area=sum(a for a, _o in voted),
        voted_owners=sum(o for _a, o in voted),
        agree_area=by_choice["agree"][0],
        agree_owners=by_choice["agree"][1],
        disagree_area=by_choice["disagree"][0],
        disagree_owners=by_choice["disagree"][1],
        abstain_area=by_choice["abstain"][0],
        abstain_owners=by_choice["abstain"][1],
        paper=paper,
    )


def replaces_paper(current: str | None, new_source: str) -> bool:
    """Whether a new ballot takes the place of a paper one (`current`: the source of the
    ballot standing, if any). The owner's own online vote replaces anything (a paper one too:
    the record says so); staff may correct a paper ballot but never overwrite what the owner
    voted online."""
    if new_source == "paper" and current == "online":
        raise InvalidInput("vote-paper-after-online")
    return new_source == "online" and current == "paper"


def percent(part: int, whole: int) -> str:
    """A share to two decimals, for display only ("66.67")."""
    if whole <= 0:
        return "0.00"
    hundredths = (part * 10000 * 2 + whole) // (whole * 2)  # half up
    return f"{hundredths // 100}.{hundredths % 100:02d}"
