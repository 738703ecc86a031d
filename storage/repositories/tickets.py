"""SQL for tickets, their photos and their history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Ticket, TicketEvent
from storage.repositories.sql import upsert
from storage.tables import (
    accounts,
    deadline_rules,
    ticket_counters,
    ticket_events,
    ticket_photos,
    tickets,
)


async def next_number(conn: AsyncConnection, estate_id: int, kind: str) -> int:
    """Take the next readable number of a kind in an estate (atomically, the first one too)."""
    table = ticket_counters
    row = await upsert(
        conn,
        table,
        {"estate_id": estate_id, "kind": kind, "last_number": 1},
        ["estate_id", "kind"],
        update={"last_number": table.c.last_number + 1},
        returning=[table.c.last_number],
    )
    assert row is not None
    return int(row.last_number)


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store a new ticket; return its id."""
    result = await conn.execute(tickets.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(conn: AsyncConnection, ticket_id: int) -> Ticket | None:
    """Return a ticket by id."""
    row = (await conn.execute(select(tickets).where(tickets.c.id == ticket_id))).first()
    return Ticket.model_validate(row._mapping) if row else None


async def change(
    conn: AsyncConnection, ticket_id: int, expected_status: Sequence[str], values: dict[str, Any]
) -> bool:
    """Update a ticket only if its status is one of those expected; True when it was."""
    result = await conn.execute(
        update(tickets)
        .where(tickets.c.id == ticket_id, tickets.c.status.in_(list(expected_status)))
        .values(**values)
    )
    return result.rowcount == 1


async def set_fields(conn: AsyncConnection, ticket_id: int, values: dict[str, Any]) -> None:
    """Update fields of a ticket whatever its status."""
    if not values:
        return
    await conn.execute(update(tickets).where(tickets.c.id == ticket_id).values(**values))


async def add_event(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Append a step to a ticket's history."""
    await conn.execute(ticket_events.insert().values(**values))


async def record(
    conn: AsyncConnection,
    ticket: Ticket,
    *,
    at: datetime,
    actor: int | None,
    action: str,
    to_status: str | None = None,
    note: str = "",
) -> None:
    """Append a step taken on a ticket (from its current status) to its history."""
    await add_event(
        conn,
        {
            "ticket_id": ticket.id,
            "at": at,
            "actor_account_id": actor,
            "action": action,
            "from_status": ticket.status,
            "to_status": to_status or ticket.status,
            "note": note,
        },
    )


async def events(conn: AsyncConnection, ticket_id: int) -> list[TicketEvent]:
    """Return a ticket's history, oldest first, with the actors' names."""
    query = (
        select(ticket_events, accounts.c.name.label("actor_name"))
        .outerjoin(accounts, accounts.c.id == ticket_events.c.actor_account_id)
        .where(ticket_events.c.ticket_id == ticket_id)
        .order_by(ticket_events.c.at, ticket_events.c.id)
    )
    return [TicketEvent.model_validate(row._mapping) for row in await conn.execute(query)]


async def add_photos(
    conn: AsyncConnection, ticket_id: int, phase: str, file_ids: list[str]
) -> None:
    """Attach photos to a ticket."""
    for file_id in file_ids:
        await conn.execute(
            ticket_photos.insert().values(ticket_id=ticket_id, phase=phase, file_id=file_id)
        )


async def photos(conn: AsyncConnection, ticket_id: int, phase: str) -> list[str]:
    """Return the file ids of a ticket's photos of one phase."""
    query = (
        select(ticket_photos.c.file_id)
        .where(ticket_photos.c.ticket_id == ticket_id, ticket_photos.c.phase == phase)
        .order_by(ticket_photos.c.id)
    )
    return [str(row[0]) for row in await conn.execute(query)]


async def open_in_grids(
    conn: AsyncConnection, grid_ids: Sequence[int], closed: Sequence[str], limit: int
) -> list[Ticket]:
    """Return open tickets of some grids: urgent first, then oldest."""
    query = (
        select(tickets)
        .where(tickets.c.grid_id.in_(list(grid_ids)), tickets.c.status.not_in(list(closed)))
        .order_by(tickets.c.urgent.desc(), tickets.c.created_at, tickets.c.id)
        .limit(limit)
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


async def open_assigned(
    conn: AsyncConnection, account_id: int, closed: Sequence[str], limit: int
) -> list[Ticket]:
    """Open tickets handed to one person: urgent first, then oldest."""
    query = (
        select(tickets)
        .where(tickets.c.assignee_account_id == account_id, tickets.c.status.not_in(list(closed)))
        .order_by(tickets.c.urgent.desc(), tickets.c.created_at, tickets.c.id)
        .limit(limit)
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


async def of_units(
    conn: AsyncConnection, unit_ids: Sequence[int], reporter_id: int, limit: int
) -> list[Ticket]:
    """Return the tickets of some units (or filed by the reporter), newest first."""
    query = (
        select(tickets)
        .where(
            or_(
                tickets.c.unit_id.in_(list(unit_ids)),
                tickets.c.reporter_account_id == reporter_id,
            ),
            tickets.c.source == "resident",
        )
        .order_by(tickets.c.created_at.desc(), tickets.c.id.desc())
        .limit(limit)
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


async def count_for_unit(
    conn: AsyncConnection, unit_id: int, kind: str, statuses: Sequence[str] | None = None
) -> int:
    """Count a unit's tickets of a kind (optionally only in some statuses)."""
    query = (
        select(func.count())
        .select_from(tickets)
        .where(tickets.c.unit_id == unit_id, tickets.c.kind == kind)
    )
    if statuses is not None:
        query = query.where(tickets.c.status.in_(list(statuses)))
    return int((await conn.execute(query)).scalar_one())


async def deadline_minutes(conn: AsyncConnection, estate_id: int) -> dict[str, int]:
    """Return an estate's own deadline settings, by rule name."""
    query = select(deadline_rules.c.name, deadline_rules.c.minutes).where(
        deadline_rules.c.estate_id == estate_id
    )
    return {row.name: int(row.minutes) for row in await conn.execute(query)}


async def set_deadline(conn: AsyncConnection, estate_id: int, name: str, minutes: int) -> None:
    """Store an estate's own deadline for a rule."""
    values = {"estate_id": estate_id, "name": name, "minutes": minutes}
    await upsert(conn, deadline_rules, values, ["estate_id", "name"])
