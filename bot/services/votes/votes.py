"""Owners' votes (业主表决) in chat: a manager opens one for the owners' committee; each owner
of record votes (and may change it) until the close, with their weight shown; turnout at any
time; staff see who voted, never how, until the close (paper ballots: `paper.py`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.common import local_today
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer, may_manage
from bot.services.renovation.common import next_number, quiet_of
from bot.services.scheduling.timers import Timers
from bot.services.votes import common
from bot.services.votes import roll as rolls
from bot.services.votes.common import open_button, vote_args
from bot.services.votes.counting import CHOICES, KINDS, Tally, voter_key
from bot.services.votes.roll import Weight
from storage.db import Database
from storage.models import Estate, Unit, Vote, VoteBallot, VoteRollUnit
from storage.repositories import estates, votes

KIND = "vote.timer"
MAX_TITLE = 200
MAX_BODY = 3000
MAX_FILES = 5
REMIND_BEFORE = timedelta(days=2)
LIST_AT_MOST = 10


class VoteInput(BaseModel):
    """A vote as the manager opens it."""

    title: str
    body: str
    kind: str
    files: list[str] = Field(default_factory=list)  # photos of the quote, the plan …
    closes_at: datetime


class VoteView(BaseModel):
    """A vote as one viewer sees it: the figures they may see, their own weight."""

    vote: Vote
    tally: Tally
    mine: Weight | None
    staff: bool
    co_owner: bool  # an owner of a unit on the roll whose vote another owner casts
    voted_units: int  # staff: how many units' owners voted (never how, on the card)
    roll_units: int  # staff: the units on the roll


class Votes:
    """Open votes, take ballots online and on paper, show turnout and each owner's weight."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def check_roll(self, viewer: Viewer, estate: Estate) -> tuple[int, int, int]:
        """Managers only; every unit needs its area: (units, owners, area) of the roll."""
        if not may_manage(viewer, estate.id):
            raise NotAllowed("vote-managers-only")
        async with self._db.read() as conn:
            units = await self._units(conn, estate)
        keys = {voter_key(u.id, u.owner_name, u.owner_phone, u.developer) for u in units}
        return len(units), len(keys), sum(u.area_centi_m2 for u in units)

    async def _units(self, conn: AsyncConnection, estate: Estate) -> list[Unit]:
        units = await estates.units_of(conn, estate.id)
        if not units:
            raise InvalidInput("vote-no-units")
        missing = rolls.without_area(units)
        if missing:
            raise InvalidInput(
                "vote-units-without-area", count=len(missing), units=", ".join(missing[:10])
            )
        return units

    async def open(self, viewer: Viewer, estate: Estate, form: VoteInput, token: str) -> Vote:
        """Open the vote: the roll is frozen now; every voting owner is told."""
        if not may_manage(viewer, estate.id):
            raise NotAllowed("vote-managers-only")
        title, body = form.title.strip(), form.body.strip()
        if not title or len(title) > MAX_TITLE or len(body) > MAX_BODY:
            raise InvalidInput("vote-bad-text", limit=MAX_BODY)
        if form.kind not in KINDS or len(form.files) > MAX_FILES:
            raise InvalidInput()
        now = self._clock.now()
        if form.closes_at <= now + timedelta(hours=1):
            raise InvalidInput("vote-closes-too-soon")
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await votes.get(conn, int(earlier))
                assert found is not None
                return found
            units = await self._units(conn, estate)
            year = local_today(now, estate).year
            vote_id = await votes.add(
                conn,
                {
                    "estate_id": estate.id,
                    "number": await next_number(conn, estate.id, "BJ", year),
                    "author_account_id": viewer.account.id,
                    "title": title,
                    "body": body,
                    "kind": form.kind,
                    "files": [{"file_id": f, "kind": "photo"} for f in form.files],
                    "state": "open",
                    "secret": estate.vote_secret,
                    "opens_at": now,
                    "closes_at": form.closes_at,
                    "created_at": now,
                },
            )
            await votes.add_roll(
                conn,
                [
                    {
                        "vote_id": vote_id,
                        "unit_id": u.id,
                        "voter_key": voter_key(u.id, u.owner_name, u.owner_phone, u.developer),
                        "area_centi_m2": u.area_centi_m2,
                    }
                    for u in units
                ],
            )
            vote = await votes.get(conn, vote_id)
            assert vote is not None
            for account_id in sorted(
                set((await rolls.voting_owners(conn, [u.id for u in units])).values())
            ):
                await self._tell(conn, vote, estate, account_id, "vote-opened", form.files)
            remind = max(vote.closes_at - REMIND_BEFORE, now + (vote.closes_at - now) / 2)
            await self._set(conn, vote, "remind", remind)
            await self._set(conn, vote, "close", vote.closes_at)
            await flows.record(conn, viewer.account.id, token, str(vote_id))
            return vote

    async def _set(self, conn: AsyncConnection, vote: Vote, what: str, at: datetime) -> None:
        await self._timers.set(
            conn,
            KIND,
            str(vote.id),
            at,
            payload={"what": what},
            dedupe_key=f"{KIND}:{vote.id}:{what}",
        )

    async def _tell(
        self,
        conn: AsyncConnection,
        vote: Vote,
        estate: Estate,
        account_id: int,
        key: str,
        photos: list[str] | None = None,
    ) -> None:
        await self._notifier.push(
            conn,
            account_id,
            key,
            args=vote_args(vote, estate),
            buttons=open_button(vote.id),
            photos=photos or None,
            quiet=quiet_of(estate),
            dedupe_key=f"vote:{vote.id}:{key}:{account_id}",
        )

    async def view(self, viewer: Viewer, vote_id: int) -> VoteView:
        """The vote for a resident of its estate or its staff."""
        async with self._db.read() as conn:
            vote, roll, ballots = await common.load(conn, vote_id)
            return await self._view(conn, viewer, vote, roll, ballots)

    async def _view(
        self,
        conn: AsyncConnection,
        viewer: Viewer,
        vote: Vote,
        roll: list[VoteRollUnit],
        ballots: dict[str, VoteBallot],
    ) -> VoteView:
        staff = any(s.estate_id == vote.estate_id for s in viewer.staff)
        if not staff and not any(o.estate_id == vote.estate_id for o in viewer.occupancies):
            raise NotFound()
        voted = sum(r.voter_key in ballots for r in roll) if staff else 0
        on_roll = {r.unit_id for r in roll}
        return VoteView(
            vote=vote,
            tally=rolls.tally(vote, roll, ballots),
            mine=await rolls.weight(conn, viewer.account.id, roll, ballots),
            staff=staff,
            co_owner=any(
                o.relation == "owner" and o.unit_id in on_roll for o in viewer.occupancies
            ),
            voted_units=voted,
            roll_units=len(roll) if staff else 0,
        )

    async def cast(self, viewer: Viewer, vote_id: int, choice: str) -> VoteView:
        """The owner's own vote, for all their units; again: it is changed."""
        if choice not in CHOICES:
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            vote, roll, ballots = await common.load(conn, vote_id, lock=True)
            common.check_open(vote, now)
            mine = await rolls.weight(conn, viewer.account.id, roll, ballots)
            if mine is None:
                view = await self._view(conn, viewer, vote, roll, ballots)
                raise NotAllowed("vote-co-owner" if view.co_owner else "vote-owners-only")
            for key in mine.keys:
                await common.put(
                    conn, vote, key, choice, "online", ballots.get(key), viewer.account.id, now
                )
            return await self._view(conn, viewer, vote, roll, await votes.ballots(conn, vote.id))

    async def listed(self, viewer: Viewer) -> list[Vote]:
        """The latest votes of the viewer's estates (/votes)."""
        estate_ids = sorted(
            {s.estate_id for s in viewer.staff} | {o.estate_id for o in viewer.occupancies}
        )
        async with self._db.read() as conn:
            return await votes.of_estates(conn, estate_ids, LIST_AT_MOST)

    async def estate_of(self, viewer: Viewer) -> Estate:
        """The estate a manager opens votes in (the first they manage)."""
        managed = sorted(viewer.managed_estates())
        if not managed:
            raise NotAllowed("vote-managers-only")
        async with self._db.read() as conn:
            estate = await estates.estate(conn, managed[0])
        assert estate is not None
        return estate
