"""The four complaint stages: closing them and the resident's follow-up answer."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import ComplaintAnswer
from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.complaints import rules
from bot.services.notify.notifier import Button
from bot.services.people.access import Viewer, may_act_as_reporter, may_work_ticket
from bot.services.scheduling.timers import Timers
from bot.services.tickets.actions import IllegalTransition
from bot.services.tickets.cards import key_arg, stage_buttons
from bot.services.tickets.push import TicketPush
from storage.db import Database
from storage.models import Ticket
from storage.repositories import people, tickets

MAX_NOTE = 1000
WARN_SHARE = 0.8
ANSWER_WAIT = timedelta(days=3)
WHICH = ("warn", "breach")


class ComplaintStages:
    """Move complaints through their stages and watch each stage's deadline."""

    def __init__(self, db: Database, clock: Clock, push: TicketPush, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._push = push
        self._timers = timers

    async def handlers_of(self, conn: AsyncConnection, ticket: Ticket) -> list[int]:
        """The grid's butlers; the managers for complaints about staff or with no butler."""
        if ticket.assignee_account_id:
            return [ticket.assignee_account_id]
        if ticket.category not in rules.MANAGERS_ONLY:
            butlers = await people.butlers_of_grid(conn, ticket.grid_id)
            if butlers:
                return butlers
        return await people.staff_accounts(conn, ticket.estate_id, "manager")

    async def start(self, conn: AsyncConnection, ticket: Ticket, photos: list[str]) -> list[int]:
        """Dispatch a new complaint and open its first stage; return its handlers."""
        handlers = await self.handlers_of(conn, ticket)
        await self._open_stage(conn, ticket, rules.ACKNOWLEDGE)
        fresh = await tickets.get(conn, ticket.id)
        assert fresh is not None
        await self._push.send_card(
            conn, handlers, fresh, photos=photos or None, dedupe=f"ticket:{ticket.id}:new"
        )
        return handlers

    async def _open_stage(self, conn: AsyncConnection, ticket: Ticket, stage: str) -> None:
        """Make a stage current with its deadline and its timers."""
        now = self._clock.now()
        minutes = await tickets.deadline_minutes(conn, ticket.estate_id)
        due = now + rules.stage_deadline(minutes, stage)
        await tickets.set_fields(conn, ticket.id, {"stage": stage, "stage_due_at": due})
        ref = str(ticket.id)
        payload = {"stage": stage, "due": due.isoformat()}
        await self._timers.set(
            conn, "complaint.stage.warn", ref, now + (due - now) * WARN_SHARE, payload=payload
        )
        await self._timers.set(conn, "complaint.stage.breach", ref, due, payload=payload)

    async def _close_timers(self, conn: AsyncConnection, ticket: Ticket) -> None:
        for which in WHICH:
            await self._timers.cancel(conn, f"complaint.stage.{which}", str(ticket.id))

    async def close_stage(
        self, viewer: Viewer, ticket_id: int, note: str, token: str | None = None
    ) -> Ticket:
        """Close the current stage with a note the resident sees (the last one asks them)."""
        note = note.strip()
        if not note or len(note) > MAX_NOTE:
            raise InvalidInput("complaint-bad-note", limit=MAX_NOTE)
        async with self._db.transaction() as conn:
            if token is not None and await flows.claim(
                conn, viewer.account.id, token, self._clock.now()
            ):
                found = await tickets.get(conn, ticket_id)
                assert found is not None
                return found
            ticket = await self.load_for_staff(conn, viewer, ticket_id)
            if await self.asked(conn, ticket):
                raise IllegalTransition(code=ticket.code)
            stage = ticket.stage or rules.ACKNOWLEDGE
            await self._close_timers(conn, ticket)
            values: dict[str, object] = {}
            if ticket.assignee_account_id is None:
                values["assignee_account_id"] = viewer.account.id
            if stage == rules.ACKNOWLEDGE:
                values["accepted_at"] = self._clock.now()
            if stage == rules.HANDLE:
                values["resolved_at"] = self._clock.now()
                values["resolution_note"] = note
            await tickets.set_fields(conn, ticket.id, values)
            await self.record(conn, ticket, viewer.account.id, f"stage_{stage}", note)
            following = rules.next_stage(stage)
            if following is not None:
                await self._open_stage(conn, ticket, following)
                await self._tell_resident(conn, ticket, stage, note, viewer.account.name)
            else:
                await self._ask_resident(conn, ticket, note)
            updated = await tickets.get(conn, ticket.id)
            assert updated is not None
            await self._push.refresh(conn, updated)
            if token is not None:
                await flows.record(conn, viewer.account.id, token, str(ticket.id))
        return updated

    async def load_for_staff(
        self, conn: AsyncConnection, viewer: Viewer, ticket_id: int
    ) -> Ticket:
        """Return an open complaint the viewer handles."""
        ticket = await tickets.get(conn, ticket_id)
        if ticket is None or ticket.kind != "complaint":
            raise NotFound()
        if not may_work_ticket(viewer, ticket):
            raise NotFound() if ticket.reporter_account_id != viewer.account.id else NotAllowed()
        if ticket.status != rules.OPEN:
            raise IllegalTransition(code=ticket.code)
        return ticket

    async def check(self, viewer: Viewer, ticket_id: int) -> Ticket:
        """Return the complaint if the viewer may close its current stage now."""
        async with self._db.read() as conn:
            ticket = await self.load_for_staff(conn, viewer, ticket_id)
            if await self.asked(conn, ticket):
                raise IllegalTransition(code=ticket.code)
        return ticket

    async def asked(self, conn: AsyncConnection, ticket: Ticket) -> bool:
        """Tell whether the resident has been asked at the follow-up and has not answered yet."""
        if ticket.stage != rules.FOLLOW_UP:
            return False
        history = await tickets.events(conn, ticket.id)
        return bool(history) and history[-1].action == "stage_follow_up"

    async def _tell_resident(
        self, conn: AsyncConnection, ticket: Ticket, stage: str, note: str, name: str
    ) -> None:
        await self._push.to_reporter(
            conn,
            ticket,
            "complaint-stage-resident",
            args={"stage": key_arg(rules.STAGE_KEYS[stage]), "note": note, "name": name},
            dedupe=None,
        )

    async def _ask_resident(self, conn: AsyncConnection, ticket: Ticket, note: str) -> None:
        buttons = [
            [
                Button(
                    key="complaint-btn-settled",
                    data=ComplaintAnswer(ticket_id=ticket.id, settled="y").pack(),
                ),
                Button(
                    key="complaint-btn-not-settled",
                    data=ComplaintAnswer(ticket_id=ticket.id, settled="n").pack(),
                ),
            ]
        ]
        await self._push.to_reporter(
            conn, ticket, "complaint-follow-up-question", args={"note": note}, buttons=buttons
        )
        await self._timers.set(
            conn, "complaint.answer.close", str(ticket.id), self._clock.now() + ANSWER_WAIT
        )

    async def answer(self, viewer: Viewer, ticket_id: int, settled: bool) -> Ticket:
        """The resident's follow-up answer: settled closes; not settled reopens the analysis."""
        async with self._db.transaction() as conn:
            ticket = await tickets.get(conn, ticket_id)
            if ticket is None or not may_act_as_reporter(viewer, ticket):
                raise NotFound()
            if ticket.status != rules.OPEN or not await self.asked(conn, ticket):
                raise IllegalTransition(code=ticket.code)
            await self._timers.cancel(conn, "complaint.answer.close", str(ticket.id))
            if settled:
                await tickets.set_fields(
                    conn, ticket.id, {"status": rules.CLOSED, "closed_at": self._clock.now()}
                )
                await self.record(conn, ticket, viewer.account.id, "settled")
            else:
                await self.record(conn, ticket, viewer.account.id, "not_settled")
                await self._open_stage(conn, ticket, rules.ANALYSE)
                reopened = await tickets.get(conn, ticket.id)
                assert reopened is not None
                managers = await people.staff_accounts(conn, ticket.estate_id, "manager")
                await self._push.to_staff(conn, managers, "complaint-not-settled-staff", reopened)
                handlers = [h for h in await self.handlers_of(conn, reopened) if h not in managers]
                await self._push.to_staff(
                    conn,
                    handlers,
                    "complaint-not-settled-staff",
                    reopened,
                    buttons=stage_buttons(reopened, asked=False),
                )
            updated = await tickets.get(conn, ticket.id)
            assert updated is not None
            await self._push.refresh(conn, updated)
        return updated

    async def record(
        self, conn: AsyncConnection, ticket: Ticket, actor: int | None, action: str, note: str = ""
    ) -> None:
        at = self._clock.now()
        await tickets.record(conn, ticket, at=at, actor=actor, action=action, note=note)
