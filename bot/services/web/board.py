"""The web desk's ticket board: a staff member's open repairs in columns by state.

A butler sees the repairs of their grids (and any handed to them), a manager every grid of
their estate: the same scope as the chat's queue, checked ticket by ticket with the same
rule (`may_work_ticket`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.people.access import Viewer, may_work_ticket
from bot.services.tickets import rules
from bot.services.tickets.cards import status_key
from bot.services.tickets.push import CATEGORY_KEYS
from storage.db import Database
from storage.models import BoardTicket, Grid
from storage.repositories import board, estates, people

COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("todo", (rules.NEW, rules.TRANSFERRED, rules.REOPENED)),
    ("accepted", (rules.ACCEPTED,)),
    ("working", (rules.IN_PROGRESS,)),
    ("resolved", (rules.RESOLVED,)),
)
COLUMN_KEYS = {
    "todo": "web-col-todo",
    "accepted": "web-col-accepted",
    "working": "web-col-working",
    "resolved": "web-col-resolved",
}
WAITING_ACCEPT = (rules.NEW, rules.TRANSFERRED, rules.REOPENED)


class BoardFilters(BaseModel):
    """What the board is narrowed to (None: everything)."""

    grid: int | None = None
    category: str | None = None
    urgency: Literal["urgent", "normal"] | None = None
    assignee: int | None = None  # 0: nobody yet


class BoardCard(BaseModel):
    """One ticket on the board, with its SLA clock."""

    ticket: BoardTicket
    category_key: str
    status_key: str
    due_at: datetime | None  # the deadline now running: accepting it, else resolving it
    overdue: bool
    minutes_left: int | None


class BoardColumn(BaseModel):
    """A state and its tickets."""

    key: str
    title_key: str
    cards: list[BoardCard]


class Board(BaseModel):
    """The whole board with what its filters offer."""

    columns: list[BoardColumn]
    grids: list[Grid]
    assignees: dict[int, str]
    categories: dict[str, str]
    filters: BoardFilters
    timezone: str
    stamp: str


def staff_timezone(viewer: Viewer) -> str:
    """The time zone a desk user works in: their (first) estate's (they are staff)."""
    return viewer.staff[0].timezone


def _due(ticket: BoardTicket) -> datetime | None:
    if ticket.status in WAITING_ACCEPT:
        return ticket.ack_due_at
    if ticket.status in (rules.ACCEPTED, rules.IN_PROGRESS):
        return ticket.resolve_due_at
    return None


def card(ticket: BoardTicket, now: datetime) -> BoardCard:
    """A ticket's place on the board."""
    due = _due(ticket)
    left = int((due - now).total_seconds() // 60) if due else None
    return BoardCard(
        ticket=ticket,
        category_key=CATEGORY_KEYS.get(ticket.category, "category-other"),
        status_key=status_key(ticket),
        due_at=due,
        overdue=left is not None and left < 0,
        minutes_left=left,
    )


class WebBoard:
    """Reads the board; the actions go through `TicketActions` like the chat's buttons."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def scope(self, viewer: Viewer) -> tuple[list[Grid], str]:
        """The grids the viewer works (all of a managed estate's), and their time zone."""
        found: dict[int, Grid] = {}
        mine = viewer.butler_grids()
        async with self._db.read() as conn:
            for estate_id in sorted({s.estate_id for s in viewer.staff}):
                for grid in await estates.grids_of(conn, estate_id):
                    if estate_id in viewer.managed_estates() or (estate_id, grid.id) in mine:
                        found[grid.id] = grid
        return list(found.values()), staff_timezone(viewer)

    async def board(self, viewer: Viewer, filters: BoardFilters) -> Board:
        """The viewer's open repairs by state, narrowed by the filters."""
        grids, timezone = await self.scope(viewer)
        grid_ids = [g.id for g in grids]
        if filters.grid is not None:
            grid_ids = [g for g in grid_ids if g == filters.grid]
        urgent = None if filters.urgency is None else filters.urgency == "urgent"
        statuses = [s for _, group in COLUMNS for s in group]
        async with self._db.read() as conn:
            found = await board.tickets_of(
                conn,
                grid_ids,
                viewer.account.id,
                statuses,
                category=filters.category,
                urgent=urgent,
                assignee=filters.assignee,
            )
            stamp = self._stamp(await board.last_event(conn))
            staff = await self._staff(conn, viewer)
        if filters.grid is not None:
            found = [t for t in found if t.grid_id == filters.grid]
        now = self._clock.now()
        mine = [card(t, now) for t in found if may_work_ticket(viewer, t)]
        columns = [
            BoardColumn(
                key=key,
                title_key=COLUMN_KEYS[key],
                cards=[c for c in mine if c.ticket.status in group],
            )
            for key, group in COLUMNS
        ]
        return Board(
            columns=columns,
            grids=grids,
            assignees=staff,
            categories=CATEGORY_KEYS,
            filters=filters,
            timezone=timezone,
            stamp=stamp,
        )

    async def stamp(self) -> str:
        """What changes when a ticket changes (any of the database's: a board re-read is
        cheap), and once a minute, so the SLA clocks move."""
        async with self._db.read() as conn:
            return self._stamp(await board.last_event(conn))

    def _stamp(self, last_event: int) -> str:
        return f"{last_event}-{int(self._clock.now().timestamp() // 60)}"

    async def _staff(self, conn: AsyncConnection, viewer: Viewer) -> dict[int, str]:
        """Butlers and technicians of the viewer's estates, for the assignee filter."""
        ids: set[int] = set()
        for estate_id in {s.estate_id for s in viewer.staff}:
            for role in ("butler", "technician"):
                ids |= set(await people.staff_accounts(conn, estate_id, role))
        return await people.names(conn, sorted(ids))
