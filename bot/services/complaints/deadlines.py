"""Complaint deadlines: a warning at 80 %, an escalation at breach, follow-up timeouts."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.complaints import rules
from bot.services.complaints.stages import ComplaintStages
from bot.services.tickets.cards import key_arg, stage_buttons
from bot.services.tickets.push import TicketPush
from storage.models import Ticket, Timer
from storage.repositories import people, tickets


class ComplaintDeadlines:
    """The timer handlers of complaint stages."""

    def __init__(self, clock: Clock, push: TicketPush, stages: ComplaintStages) -> None:
        self._clock = clock
        self._push = push
        self._stages = stages

    async def _timer_ticket(self, conn: AsyncConnection, timer: Timer) -> Ticket | None:
        ticket = await tickets.get(conn, int(timer.ref))
        if ticket is None or ticket.status != rules.OPEN:
            return None
        if "stage" in timer.payload and ticket.stage != timer.payload["stage"]:
            return None
        return ticket

    async def on_warn(self, conn: AsyncConnection, timer: Timer) -> None:
        """At 80 % of a stage's time, warn the handler."""
        ticket = await self._timer_ticket(conn, timer)
        if ticket is None or await self._stages.asked(conn, ticket):
            return
        await self._push.to_staff(
            conn,
            await self._stages.handlers_of(conn, ticket),
            "complaint-stage-warning",
            ticket,
            buttons=stage_buttons(ticket, asked=False),
            extra={"stage": key_arg(rules.STAGE_KEYS[ticket.stage or rules.ACKNOWLEDGE])},
        )

    async def on_breach(self, conn: AsyncConnection, timer: Timer) -> None:
        """At a stage's deadline, escalate to the managers and record the breach."""
        ticket = await self._timer_ticket(conn, timer)
        if ticket is None or await self._stages.asked(conn, ticket):
            return
        stage = ticket.stage or rules.ACKNOWLEDGE
        await self._stages.record(conn, ticket, None, f"breach_{stage}")
        await tickets.set_fields(conn, ticket.id, {"escalated": True})
        managers = await people.staff_accounts(conn, ticket.estate_id, "manager")
        await self._push.to_staff(
            conn,
            managers,
            "complaint-stage-breach",
            ticket,
            buttons=stage_buttons(ticket, asked=False),
            extra={"stage": key_arg(rules.STAGE_KEYS[stage])},
        )
        await self._push.refresh(conn, ticket)

    async def on_answer_timeout(self, conn: AsyncConnection, timer: Timer) -> None:
        """No answer to the follow-up within three days: close as unconfirmed."""
        ticket = await self._timer_ticket(conn, timer)
        if ticket is None or not await self._stages.asked(conn, ticket):
            return
        await tickets.set_fields(
            conn, ticket.id, {"status": rules.CLOSED, "closed_at": self._clock.now()}
        )
        await self._stages.record(conn, ticket, None, "auto_close")
        closed = await tickets.get(conn, ticket.id)
        assert closed is not None
        await self._push.refresh(conn, closed)
