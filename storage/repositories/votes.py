"""SQL for owners' votes: the vote, its roll, the ballots and their record."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Vote, VoteBallot, VoteEvent, VoteRollUnit
from storage.repositories.sql import upsert
from storage.tables import buildings, occupancies, units, vote_ballots, vote_events, vote_roll
from storage.tables import votes as table


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a vote; return its id."""
    result = await conn.execute(table.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, vote_id: int, *, lock: bool = False) -> Vote | None:
    """One vote (locked: its ballots are written one at a time)."""
    query = select(table).where(table.c.id == vote_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return Vote.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, vote_id: int, values: dict[str, Any]) -> None:
    """Update a vote."""
    await conn.execute(update(table).where(table.c.id == vote_id).values(**values))


async def of_estates(conn: AsyncConnection, estate_ids: list[int], limit: int) -> list[Vote]:
    """The latest votes of some estates, open ones first."""
    query = (
        select(table)
        .where(table.c.estate_id.in_(estate_ids))
        .order_by(table.c.state.desc(), table.c.closes_at.desc())
        .limit(limit)
    )
    return [Vote.model_validate(row._mapping) for row in await conn.execute(query)]


async def closed_between(
    conn: AsyncConnection, estate_id: int, start: datetime, end: datetime
) -> list[Vote]:
    """Votes of an estate closed in a period."""
    query = select(table).where(
        table.c.estate_id == estate_id,
        table.c.state == "closed",
        table.c.closed_at >= start,
        table.c.closed_at < end,
    )
    return [Vote.model_validate(row._mapping) for row in await conn.execute(query)]


async def open_of(conn: AsyncConnection, estate_id: int) -> list[Vote]:
    """The open votes of an estate."""
    query = select(table).where(table.c.estate_id == estate_id, table.c.state == "open")
    return [Vote.model_validate(row._mapping) for row in await conn.execute(query)]


async def add_roll(conn: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """Write a vote's roll."""
    if rows:
        await conn.execute(vote_roll.insert(), rows)


async def roll(conn: AsyncConnection, vote_id: int) -> list[VoteRollUnit]:
    """A vote's roll with each unit's code and grid, by code."""
    query = (
        select(vote_roll, units.c.code.label("unit_code"), buildings.c.grid_id)
        .join(units, units.c.id == vote_roll.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .where(vote_roll.c.vote_id == vote_id)
        .order_by(units.c.code)
    )
    return [VoteRollUnit.model_validate(row._mapping) for row in await conn.execute(query)]


async def ballots(conn: AsyncConnection, vote_id: int) -> dict[str, VoteBallot]:
    """Every owner's current ballot, by owner key."""
    query = select(vote_ballots).where(vote_ballots.c.vote_id == vote_id)
    rows = [VoteBallot.model_validate(row._mapping) for row in await conn.execute(query)]
    return {row.voter_key: row for row in rows}


async def put_ballot(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Write an owner's ballot (again: it replaces theirs)."""
    await upsert(conn, vote_ballots, values, ["vote_id", "voter_key"])


async def add_event(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Record a ballot cast, changed or replaced."""
    await conn.execute(vote_events.insert().values(**values))


async def events(conn: AsyncConnection, vote_id: int) -> list[VoteEvent]:
    """A vote's record of ballots, oldest first."""
    query = (
        select(vote_events)
        .where(vote_events.c.vote_id == vote_id)
        .order_by(vote_events.c.at, vote_events.c.id)
    )
    return [VoteEvent.model_validate(row._mapping) for row in await conn.execute(query)]


async def owner_bindings(
    conn: AsyncConnection, unit_ids: list[int]
) -> list[tuple[int, int, bool, datetime]]:
    """(unit, account, marked as voting, bound at) of every owner bound to some units."""
    query = (
        select(
            occupancies.c.unit_id,
            occupancies.c.account_id,
            occupancies.c.voting,
            occupancies.c.created_at,
        )
        .where(occupancies.c.unit_id.in_(unit_ids), occupancies.c.relation == "owner")
        .order_by(occupancies.c.created_at, occupancies.c.account_id)
    )
    return [(r[0], r[1], bool(r[2]), r[3]) for r in await conn.execute(query)]


async def mark_voting(conn: AsyncConnection, unit_id: int, account_id: int) -> bool:
    """Make a bound owner the unit's voting owner (the others lose the mark)."""
    found = await conn.execute(
        update(occupancies)
        .where(
            occupancies.c.unit_id == unit_id,
            occupancies.c.account_id == account_id,
            occupancies.c.relation == "owner",
        )
        .values(voting=True)
    )
    if found.rowcount != 1:
        return False
    await conn.execute(
        update(occupancies)
        .where(occupancies.c.unit_id == unit_id, occupancies.c.account_id != account_id)
        .values(voting=False)
    )
    return True
