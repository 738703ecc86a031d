"""Who votes for what: the roll of a vote, each unit's voting owner, an owner's weight."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.services.votes.counting import Cast, RollUnit, Tally, count
from storage.models import Unit, Vote, VoteBallot, VoteRollUnit
from storage.repositories import votes


class Weight(BaseModel):
    """What one owner's ballot carries: their units and area, counted as one person."""

    keys: list[str]
    units: list[str]
    area: int
    ballot: VoteBallot | None


def without_area(units: Iterable[Unit]) -> list[str]:
    """The codes of units whose registered area is not known (they block a vote)."""
    return [unit.code for unit in units if unit.area_centi_m2 <= 0]


def tally(vote: Vote, roll: list[VoteRollUnit], ballots: dict[str, VoteBallot]) -> Tally:
    """The vote's figures now."""
    return count(
        vote.kind,
        [RollUnit(r.unit_id, r.voter_key, r.area_centi_m2) for r in roll],
        {key: Cast(b.choice, b.source) for key, b in ballots.items()},
    )


async def voting_owners(conn: AsyncConnection, unit_ids: list[int]) -> dict[int, int]:
    """Each unit's voting owner: the bound owner marked so, else the one bound first."""
    found: dict[int, int] = {}
    marked: set[int] = set()
    for unit_id, account_id, voting, _at in await votes.owner_bindings(conn, unit_ids):
        if voting and unit_id not in marked:
            found[unit_id] = account_id
            marked.add(unit_id)
        else:
            found.setdefault(unit_id, account_id)
    return found


async def weight(
    conn: AsyncConnection,
    account_id: int,
    roll: list[VoteRollUnit],
    ballots: dict[str, VoteBallot],
) -> Weight | None:
    """The owner keys an account votes for (as a unit's voting owner), with their weight."""
    voters = await voting_owners(conn, [r.unit_id for r in roll])
    keys = sorted({r.voter_key for r in roll if voters.get(r.unit_id) == account_id})
    if not keys:
        return None
    mine = [r for r in roll if r.voter_key in keys]
    return Weight(
        keys=keys,
        units=[r.unit_code for r in mine],
        area=sum(r.area_centi_m2 for r in mine),
        ballot=next((ballots[k] for k in keys if k in ballots), None),
    )


async def silent(
    conn: AsyncConnection, roll: list[VoteRollUnit], ballots: dict[str, VoteBallot]
) -> list[int]:
    """The voting owners (accounts) of the units whose owner has not voted."""
    voters = await voting_owners(conn, [r.unit_id for r in roll])
    waiting = [r.unit_id for r in roll if r.voter_key not in ballots]
    return sorted({voters[u] for u in waiting if u in voters})
