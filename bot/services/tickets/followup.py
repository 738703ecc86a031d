"""After the work: the resident's rating, deadline warnings and escalations."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.people.access import Viewer, may_act_as_reporter
from bot.services.scheduling.timers import Timers
from bot.services.tickets import rules
from bot.services.tickets.actions import IllegalTransition
from bot.services.tickets.announce import rating_buttons
from bot.services.tickets.cards import staff_buttons
from bot.services.tickets.push import TicketPush
from storage.db import Database
from storage.models import Ticket, Timer
from storage.repositories import tickets

POOR_RATING = 2
NORMAL_AGAIN = timedelta(days=1)  # an unaccepted normal repair is escalated again daily
MAX_AGAIN = 48  # steps of the ladder at most (a day for an urgent one)
WARNING_KEYS = {"ack": "ticket-ack-warning", "resolve": "ticket-resolve-warning"}
BREACH_KEYS = {"ack": "ticket-ack-breach", "resolve": "ticket-resolve-breach"}
MAX_COMMENT = 500


class TicketFollowUp:
    """Ratings, comments, reminders, auto-close, deadline warnings and breaches."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        push: TicketPush,
        timers: Timers,
        urgent_again: timedelta = timedelta(minutes=30),
    ) -> None:
        self._db = db
        self._clock = clock
        self._push = push
        self._timers = timers
        self._urgent_again = urgent_again

    async def rate(self, viewer: Viewer, ticket_id: int, score: int) -> Ticket:
        """Store the resident's rating: a good one closes, a poor one reopens and alerts."""
        if not 1 <= score <= 5:
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ticket = await tickets.get(conn, ticket_id)
            if ticket is None or not may_act_as_reporter(viewer, ticket):
                raise NotFound()
            if ticket.status != rules.RESOLVED or ticket.rating is not None:
                raise IllegalTransition(code=ticket.code)
            poor = score <= POOR_RATING
            status = rules.REOPENED if poor else rules.CLOSED
            values = {"rating": score, "status": status, "closed_at": None if poor else now}
            if not await tickets.change(conn, ticket.id, [rules.RESOLVED], values):
                raise IllegalTransition(code=ticket.code)
            await self._event(conn, ticket, viewer.account.id, "rate", status, str(score))
            updated = await tickets.get(conn, ticket.id)
            assert updated is not None
            if poor:
                await self._alert_poor_rating(conn, updated)
            await self._push.refresh(conn, updated)
        return updated

    async def _alert_poor_rating(self, conn: AsyncConnection, ticket: Ticket) -> None:
        managers = await self._push.managers(conn, ticket)
        args = {"rating": ticket.rating or 0}
        await self._push.to_staff(
            conn,
            managers,
            "ticket-poor-rating-staff",
            ticket,
            buttons=staff_buttons(ticket),
            extra=args,
        )
        if ticket.assignee_account_id and ticket.assignee_account_id not in managers:
            await self._push.to_staff(
                conn,
                [ticket.assignee_account_id],
                "ticket-reopened-staff",
                ticket,
                buttons=staff_buttons(ticket),
            )

    async def comment(
        self, viewer: Viewer, ticket_id: int, text: str, token: str | None = None
    ) -> Ticket:
        """Add the resident's comment to their rating; after a poor one, staff read it too."""
        text = text.strip()
        if not text or len(text) > MAX_COMMENT:
            raise InvalidInput("rating-comment-too-long", limit=MAX_COMMENT)
        async with self._db.transaction() as conn:
            ticket = await tickets.get(conn, ticket_id)
            if ticket is None or not may_act_as_reporter(viewer, ticket):
                raise NotFound()
            if ticket.rating is None:
                raise NotAllowed()
            if token is not None and await flows.claim(
                conn, viewer.account.id, token, self._clock.now()
            ):
                return ticket
            await tickets.set_fields(conn, ticket.id, {"rating_comment": text})
            await self._event(conn, ticket, viewer.account.id, "comment", ticket.status, text)
            updated = await tickets.get(conn, ticket.id)
            assert updated is not None
            if ticket.rating <= POOR_RATING:
                staff = await self._push.managers(conn, updated)
                if updated.assignee_account_id and updated.assignee_account_id not in staff:
                    staff.append(updated.assignee_account_id)
                extra = {"rating": ticket.rating, "comment": text}
                await self._push.to_staff(
                    conn, staff, "ticket-rating-comment-staff", updated, extra=extra, card=None
                )
            await self._push.refresh(conn, updated)
            if token is not None:
                await flows.record(conn, viewer.account.id, token, str(ticket.id))
        return updated

    async def _event(
        self,
        conn: AsyncConnection,
        ticket: Ticket,
        actor: int | None,
        action: str,
        status: str,
        note: str = "",
    ) -> None:
        at = self._clock.now()
        await tickets.record(
            conn, ticket, at=at, actor=actor, action=action, to_status=status, note=note
        )

    async def _timer_ticket(self, conn: AsyncConnection, timer: Timer) -> tuple[Ticket, str]:
        ticket = await tickets.get(conn, int(timer.ref))
        if ticket is None:
            raise LookupError(f"ticket {timer.ref} is gone")
        return ticket, timer.kind.split(".")[1]  # repair.<step>.<what>

    def _still_due(self, ticket: Ticket, step: str) -> bool:
        if step == "ack":
            return ticket.status in (rules.NEW, rules.TRANSFERRED)
        return ticket.status not in rules.FINISHED

    async def on_warn(self, conn: AsyncConnection, timer: Timer) -> None:
        """At 80 % of a deadline, warn whoever holds the ticket."""
        ticket, step = await self._timer_ticket(conn, timer)
        if not self._still_due(ticket, step):
            return
        staff = await self._push.staff_for(conn, ticket)
        due = ticket.ack_due_at if step == "ack" else ticket.resolve_due_at
        assert due is not None
        minutes = int((due - self._clock.now()).total_seconds() // 60)
        if minutes < 1:  # late (the bot was down): the breach comes instead
            return
        await self._push.to_staff(
            conn,
            staff,
            WARNING_KEYS[step],
            ticket,
            buttons=staff_buttons(ticket),
            extra={"minutes": minutes},
            dedupe=f"ticket:{ticket.id}:{step}-warn",
        )

    async def on_breach(self, conn: AsyncConnection, timer: Timer) -> None:
        """At a deadline, escalate to the managers and record the breach."""
        ticket, step = await self._timer_ticket(conn, timer)
        if not self._still_due(ticket, step):
            return
        await self._event(conn, ticket, None, f"breach_{step}", ticket.status)
        await tickets.set_fields(conn, ticket.id, {"escalated": True})
        managers = await self._push.managers(conn, ticket)
        await self._push.to_staff(
            conn,
            managers,
            BREACH_KEYS[step],
            ticket,
            buttons=staff_buttons(ticket),
            dedupe=f"ticket:{ticket.id}:{step}-breach",
        )
        await self._push.refresh(conn, ticket)
        if step == "ack":
            await self._again_later(conn, ticket, 1)

    async def on_again(self, conn: AsyncConnection, timer: Timer) -> None:
        """Nobody accepted since the breach: escalate again, to the grid's staff and managers.

        Each step is pushed once (its dedupe key holds the step), and the next is set until
        someone accepts (accepting cancels it) or the ladder's last step.
        """
        ticket, _ = await self._timer_ticket(conn, timer)
        if not self._still_due(ticket, "ack"):
            return
        step = int(timer.payload.get("step", 1)) + 1
        staff = await self._push.staff_for(conn, ticket)
        staff += [m for m in await self._push.managers(conn, ticket) if m not in staff]
        waited = int((self._clock.now() - ticket.created_at).total_seconds() // 60)
        await self._push.to_staff(
            conn,
            staff,
            "ticket-ack-again",
            ticket,
            buttons=staff_buttons(ticket),
            extra={"minutes": waited, "step": step},
            dedupe=f"ticket:{ticket.id}:ack-again-{step}",
        )
        await self._again_later(conn, ticket, step)

    async def _again_later(self, conn: AsyncConnection, ticket: Ticket, step: int) -> None:
        if step >= MAX_AGAIN:
            return
        every = self._urgent_again if ticket.urgent else NORMAL_AGAIN
        await self._timers.set(
            conn,
            "repair.ack.again",
            str(ticket.id),
            self._clock.now() + every,
            payload={"step": step},
            dedupe_key=f"repair.ack.again:{ticket.id}:{step}",
        )

    async def on_rating_remind(self, conn: AsyncConnection, timer: Timer) -> None:
        """A day after resolving, remind the resident to rate."""
        ticket, _ = await self._timer_ticket(conn, timer)
        if ticket.status != rules.RESOLVED or ticket.rating is not None:
            return
        await self._push.to_reporter(
            conn,
            ticket,
            "rating-reminder",
            buttons=rating_buttons(ticket),
            dedupe=f"ticket:{ticket.id}:rating-remind",
        )

    async def on_rating_close(self, conn: AsyncConnection, timer: Timer) -> None:
        """Three days after resolving without a rating, close as unrated."""
        ticket, _ = await self._timer_ticket(conn, timer)
        if ticket.status != rules.RESOLVED or ticket.rating is not None:
            return
        values = {"status": rules.CLOSED, "closed_at": self._clock.now()}
        if await tickets.change(conn, ticket.id, [rules.RESOLVED], values):
            await self._event(conn, ticket, None, "auto_close", rules.CLOSED)
            closed = await tickets.get(conn, ticket.id)
            assert closed is not None
            await self._push.refresh(conn, closed)
