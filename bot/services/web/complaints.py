"""The web desk's complaints: the open ones a staff member works, by stage, with deadlines.

The scope is the board's (a butler's grids, a manager's estate, anything handed to them),
checked complaint by complaint with the chat's rule (`may_work_ticket`): a complaint about
staff attitude reaches the managers alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel

from bot.clock import Clock
from bot.services.complaints import rules
from bot.services.complaints.stages import ComplaintStages
from bot.services.people.access import Viewer, may_work_ticket
from bot.services.web.board import WebBoard
from storage.db import Database
from storage.models import BoardTicket
from storage.repositories import complaint_desk, people

CLOSED_WITHIN = timedelta(days=7)


class ComplaintCard(BaseModel):
    """One open complaint with who handles it and its stage's clock."""

    ticket: BoardTicket
    type_key: str
    handlers: list[str]
    due_at: datetime | None
    asked: bool  # the follow-up question is with the resident: no stage clock runs
    overdue: bool
    minutes_left: int | None


class StageGroup(BaseModel):
    """A stage and its complaints."""

    stage: str
    title_key: str
    cards: list[ComplaintCard]


class ComplaintsPage(BaseModel):
    """The open complaints by stage, and how many were closed lately."""

    stages: list[StageGroup]
    closed_recently: int
    closed_days: int
    timezone: str


class WebComplaints:
    """Reads the complaints of the viewer's scope; stages close in the chat."""

    def __init__(
        self, db: Database, clock: Clock, board: WebBoard, stages: ComplaintStages
    ) -> None:
        self._db = db
        self._clock = clock
        self._board = board
        self._stages = stages

    async def page(self, viewer: Viewer) -> ComplaintsPage:
        """The viewer's open complaints by stage, and those closed in the last 7 days."""
        grids, timezone = await self._board.scope(viewer)
        grid_ids = [g.id for g in grids]
        now = self._clock.now()
        cards: list[ComplaintCard] = []
        async with self._db.read() as conn:
            found = await complaint_desk.open_of(conn, grid_ids, viewer.account.id)
            mine = [t for t in found if may_work_ticket(viewer, t)]
            for ticket in mine:
                handlers = await self._stages.handlers_of(conn, ticket)
                names = await people.names(conn, handlers)
                asked = await self._stages.asked(conn, ticket)
                cards.append(_card(ticket, [names[h] for h in handlers if h in names], asked, now))
            closed = await complaint_desk.closed_since(
                conn, grid_ids, viewer.account.id, now - CLOSED_WITHIN
            )
        groups = [
            StageGroup(
                stage=stage,
                title_key=rules.STAGE_KEYS[stage],
                cards=[c for c in cards if (c.ticket.stage or rules.ACKNOWLEDGE) == stage],
            )
            for stage in rules.STAGES
        ]
        return ComplaintsPage(
            stages=groups,
            closed_recently=sum(1 for t in closed if may_work_ticket(viewer, t)),
            closed_days=CLOSED_WITHIN.days,
            timezone=timezone,
        )


def _card(ticket: BoardTicket, handlers: list[str], asked: bool, now: datetime) -> ComplaintCard:
    """A complaint's line: its type, handlers and the clock of its stage."""
    due = None if asked else ticket.stage_due_at
    left = int((due - now).total_seconds() // 60) if due else None
    return ComplaintCard(
        ticket=ticket,
        type_key=rules.COMPLAINT_TYPE_KEYS.get(ticket.category, "complaint-type-other"),
        handlers=handlers,
        due_at=due,
        asked=asked,
        overdue=left is not None and left < 0,
        minutes_left=left,
    )
