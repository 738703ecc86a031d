"""Paper ballots (书面表决) entered by grid staff with a photo, and the units whose owner has
not voted yet, for the butler's visits."""

from __future__ import annotations

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.people.access import Viewer, may_work_grid
from bot.services.votes import common
from bot.services.votes.counting import CHOICES, replaces_paper
from storage.db import Database
from storage.models import Unit, Vote, VoteBallot, VoteRollUnit
from storage.repositories import estates, votes


class PaperBallots:
    """Staff's side of a vote: ballots on paper, the owners to visit."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def check(self, viewer: Viewer, vote_id: int) -> Vote:
        """An open vote of an estate the viewer works in (the paper flow's first check)."""
        async with self._db.read() as conn:
            vote = await votes.get(conn, vote_id)
        if vote is None or not any(s.estate_id == vote.estate_id for s in viewer.staff):
            raise NotFound()
        common.check_open(vote, self._clock.now())
        return vote

    async def unit(self, viewer: Viewer, vote_id: int, code: str) -> VoteRollUnit:
        """A unit on the roll whose paper ballot this staff member may enter (a flow's check)."""
        async with self._db.read() as conn:
            vote, roll, ballots = await common.load(conn, vote_id)
            return self._unit(viewer, vote, roll, ballots, code)

    def _unit(
        self,
        viewer: Viewer,
        vote: Vote,
        roll: list[VoteRollUnit],
        ballots: dict[str, VoteBallot],
        code: str,
    ) -> VoteRollUnit:
        common.check_open(vote, self._clock.now())
        unit = next((r for r in roll if r.unit_code == code.strip()), None)
        if unit is None:
            raise InvalidInput("vote-unit-not-on-roll", unit=code.strip()[:64])
        if not may_work_grid(viewer, vote.estate_id, unit.grid_id):
            raise NotAllowed("vote-not-your-grid", unit=unit.unit_code)
        current = ballots.get(unit.voter_key)
        replaces_paper(current.source if current else None, "paper")  # never over an online one
        return unit

    async def enter(
        self, viewer: Viewer, vote_id: int, code: str, choice: str, photo: str, token: str
    ) -> VoteRollUnit:
        """Enter a paper ballot with its photo, for the unit's owner (all their units)."""
        if choice not in CHOICES or not photo:
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            vote, roll, ballots = await common.load(conn, vote_id, lock=True)
            unit = self._unit(viewer, vote, roll, ballots, code)
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return unit
            current = ballots.get(unit.voter_key)
            await common.put(
                conn, vote, unit.voter_key, choice, "paper", current, viewer.account.id, now, photo
            )
            await flows.record(conn, viewer.account.id, token, unit.unit_code)
            return unit

    async def silent_units(self, viewer: Viewer, vote_id: int) -> list[Unit]:
        """Staff: the units (of their grids) whose owner has not voted: whom to visit."""
        async with self._db.read() as conn:
            vote, roll, ballots = await common.load(conn, vote_id)
            if not any(s.estate_id == vote.estate_id for s in viewer.staff):
                raise NotFound()
            found = []
            for row in roll:
                if row.voter_key in ballots:
                    continue
                if not may_work_grid(viewer, vote.estate_id, row.grid_id):
                    continue
                unit = await estates.unit(conn, row.unit_id)
                if unit is not None:
                    found.append(unit)
            return found
