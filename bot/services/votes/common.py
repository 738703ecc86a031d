"""What every part of a vote shares: loading it with its roll and ballots, the open check,
writing one owner's ballot with its record, and how a vote's push reads."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import VoteAct
from bot.errors import InvalidInput, NotFound
from bot.services.notify.notifier import Button
from bot.services.votes.counting import replaces_paper
from storage.models import Estate, Vote, VoteBallot, VoteRollUnit
from storage.repositories import votes

KIND_KEYS = {
    "ordinary": "vote-kind-ordinary",
    "fund_raise": "vote-kind-fund-raise",
    "rebuild": "vote-kind-rebuild",
    "common_use": "vote-kind-common-use",
}


async def load(
    conn: AsyncConnection, vote_id: int, *, lock: bool = False
) -> tuple[Vote, list[VoteRollUnit], dict[str, VoteBallot]]:
    """A vote with its roll and ballots (locked: ballots are written one at a time)."""
    vote = await votes.get(conn, vote_id, lock=lock)
    if vote is None:
        raise NotFound()
    return vote, await votes.roll(conn, vote.id), await votes.ballots(conn, vote.id)


def check_open(vote: Vote, now: datetime) -> None:
    """Refuse a ballot once the vote has closed (its time passed, closed or not yet)."""
    if vote.state != "open" or vote.closes_at <= now:
        raise InvalidInput("vote-closed")


async def put(
    conn: AsyncConnection,
    vote: Vote,
    key: str,
    choice: str,
    source: str,
    current: VoteBallot | None,
    account_id: int,
    now: datetime,
    photo: str | None = None,
) -> None:
    """Write one owner's ballot (online: theirs; paper: entered by `account_id`) and its
    record: cast, changed, or an online vote replacing a paper one."""
    replaced = replaces_paper(current.source if current else None, source)
    action = "replaced" if replaced else "changed" if current else source
    await votes.put_ballot(
        conn,
        {
            "vote_id": vote.id,
            "voter_key": key,
            "choice": choice,
            "source": source,
            "account_id": account_id if source == "online" else None,
            "entered_by": account_id if source == "paper" else None,
            "photo": photo,
            "replaced_paper": replaced or bool(current and current.replaced_paper),
            "cast_at": now,
            "changes": (current.changes + 1) if current else 0,
        },
    )
    await votes.add_event(
        conn,
        {
            "vote_id": vote.id,
            "voter_key": key,
            "action": action,
            "choice": choice,
            "account_id": account_id,
            "at": now,
        },
    )


def open_button(vote_id: int) -> list[list[Button]]:
    """The button that opens a vote's card."""
    return [[Button(key="vote-button-open", data=VoteAct(action="open", vote_id=vote_id).pack())]]


def vote_args(vote: Vote, estate: Estate) -> dict[str, object]:
    """What a vote's push says."""
    return {
        "estate": estate.name,
        "number": vote.number,
        "title": vote.title,
        "kind": {"key": KIND_KEYS[vote.kind]},
        "closes": vote.closes_at.astimezone(ZoneInfo(estate.timezone)).strftime("%Y-%m-%d %H:%M"),
    }
