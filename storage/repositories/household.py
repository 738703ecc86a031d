"""SQL for the household card: what staff see about a unit when its people write in."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Member, Ticket, Unit, UnitNote
from storage.repositories.estates import units_query
from storage.repositories.sql import insert, insert_ignore
from storage.tables import (
    accounts,
    bills,
    buildings,
    occupancies,
    tickets,
    unit_notes,
    unit_tags,
    units,
)

MIN_PHONE_DIGITS = 4
OPEN_STATUSES = ("new", "accepted", "in_progress", "reopened", "transferred", "open")


async def card(
    conn: AsyncConnection, unit_id: int, today: date, exclude: int | None = None
) -> dict[str, object]:
    """Return the figures of a unit's card (`exclude`: the ticket it is shown with)."""
    names = await conn.execute(
        select(accounts.c.name)
        .join(occupancies, occupancies.c.account_id == accounts.c.id)
        .where(occupancies.c.unit_id == unit_id)
        .order_by(accounts.c.name)
    )
    others = tickets.c.id != (exclude or 0)
    open_tickets = select(func.count()).where(
        tickets.c.unit_id == unit_id, tickets.c.status.in_(OPEN_STATUSES), others
    )
    complaints = select(func.count()).where(
        tickets.c.unit_id == unit_id, tickets.c.kind == "complaint", others
    )
    overdue = select(func.coalesce(func.sum(bills.c.amount_minor - bills.c.paid_minor), 0)).where(
        bills.c.unit_id == unit_id,
        bills.c.paid_minor < bills.c.amount_minor,
        bills.c.written_off_at.is_(None),
        bills.c.due_date < today,
    )
    return {
        "residents": [str(row[0]) for row in names],
        "open_tickets": int((await conn.execute(open_tickets)).scalar_one()),
        "complaints": int((await conn.execute(complaints)).scalar_one()),
        "overdue_minor": int((await conn.execute(overdue)).scalar_one()),
    }


async def members(conn: AsyncConnection, unit_id: int) -> list[Member]:
    """The people bound to a unit: owners first, then by name."""
    adder = accounts.alias("adder")
    query = (
        select(
            accounts.c.id.label("account_id"),
            accounts.c.telegram_id,
            accounts.c.name,
            accounts.c.username,
            occupancies.c.relation,
            occupancies.c.lease_ends_on,
            occupancies.c.may_pay,
            occupancies.c.may_repair,
            adder.c.name.label("added_by_name"),
        )
        .join(occupancies, occupancies.c.account_id == accounts.c.id)
        .outerjoin(adder, adder.c.id == occupancies.c.added_by)
        .where(occupancies.c.unit_id == unit_id)
        .order_by(occupancies.c.relation != "owner", accounts.c.name, accounts.c.id)
    )
    return [Member.model_validate(row._mapping) for row in await conn.execute(query)]


async def tags(conn: AsyncConnection, unit_id: int) -> list[str]:
    """A unit's tags, in the order they were set."""
    query = (
        select(unit_tags.c.tag)
        .where(unit_tags.c.unit_id == unit_id)
        .order_by(unit_tags.c.created_at, unit_tags.c.tag)
    )
    return [str(row[0]) for row in await conn.execute(query)]


async def toggle_tag(conn: AsyncConnection, unit_id: int, tag: str, now: datetime) -> bool:
    """Set a tag, or take it off when it was set; return whether it is set now."""
    removed = await conn.execute(
        delete(unit_tags).where(unit_tags.c.unit_id == unit_id, unit_tags.c.tag == tag)
    )
    if removed.rowcount:
        return False
    values = {"unit_id": unit_id, "tag": tag, "created_at": now}
    await insert_ignore(conn, unit_tags, values, ["unit_id", "tag"])
    return True


async def add_note(
    conn: AsyncConnection, unit_id: int, author_id: int, text: str, now: datetime
) -> None:
    """Keep a staff note about a household."""
    values = {"unit_id": unit_id, "author_account_id": author_id, "text": text}
    await conn.execute(insert(conn, unit_notes).values(values | {"created_at": now}))


async def notes(conn: AsyncConnection, unit_id: int, limit: int) -> list[UnitNote]:
    """A household's latest notes, oldest of them first."""
    query = (
        select(unit_notes, accounts.c.name.label("author_name"))
        .outerjoin(accounts, accounts.c.id == unit_notes.c.author_account_id)
        .where(unit_notes.c.unit_id == unit_id)
        .order_by(unit_notes.c.created_at.desc(), unit_notes.c.id.desc())
        .limit(limit)
    )
    found = [UnitNote.model_validate(row._mapping) for row in await conn.execute(query)]
    return found[::-1]


async def recent_tickets(conn: AsyncConnection, unit_id: int, limit: int) -> list[Ticket]:
    """A unit's latest repairs and complaints, open ones first."""
    query = (
        select(tickets)
        .where(tickets.c.unit_id == unit_id)
        .order_by(tickets.c.status.not_in(OPEN_STATUSES), tickets.c.created_at.desc())
        .limit(limit)
    )
    return [Ticket.model_validate(row._mapping) for row in await conn.execute(query)]


async def search(
    conn: AsyncConnection, estate_ids: list[int], text: str, limit: int
) -> list[Unit]:
    """Units of some estates whose code, owner, owner's phone or a bound person matches."""
    # what people type is matched as text: % and _ are no wildcards
    matches = [units.c.code == text, units.c.owner_name.icontains(text, autoescape=True)]
    if text.isdigit() and len(text) >= MIN_PHONE_DIGITS:  # part of a number, not "1"
        matches.append(units.c.owner_phone.contains(text, autoescape=True))
    bound = (
        select(occupancies.c.unit_id)
        .join(accounts, accounts.c.id == occupancies.c.account_id)
        .where(accounts.c.name.icontains(text, autoescape=True))
    )
    query = (
        units_query()
        .where(
            units.c.estate_id.in_(estate_ids),
            or_(*matches, units.c.id.in_(bound)),
        )
        .order_by(units.c.code != text, buildings.c.code, units.c.code)
        .limit(limit)
    )
    return [Unit.model_validate(row._mapping) for row in await conn.execute(query)]
