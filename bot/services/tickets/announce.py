"""Who hears what after a ticket changes: the resident, the new assignee, the managers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import RateStar
from bot.clock import Clock
from bot.services.notify.notifier import Button
from bot.services.scheduling.timers import Timers
from bot.services.tickets import rules
from bot.services.tickets.cards import staff_buttons
from bot.services.tickets.push import TicketPush
from storage.models import Ticket
from storage.repositories import people, tickets

RATING_REMIND_AFTER = timedelta(days=1)
RATING_CLOSE_AFTER = timedelta(days=3)
DEADLINE_TIMERS = ("warn", "breach", "again")


def rating_buttons(ticket: Ticket) -> list[list[Button]]:
    """Five buttons, 1 to 5 stars."""
    return [
        [
            Button(
                key="rating-star",
                args={"n": n},
                data=RateStar(ticket_id=ticket.id, stars=n).pack(),
            )
            for n in range(1, 6)
        ]
    ]


class Announcer:
    """Pushes and timers that follow a ticket's step."""

    def __init__(self, clock: Clock, push: TicketPush, timers: Timers) -> None:
        self._clock = clock
        self._push = push
        self._timers = timers

    async def after(
        self,
        conn: AsyncConnection,
        ticket: Ticket,
        action: str,
        name: str,
        note: str,
        photos: list[str],
    ) -> None:
        """Tell whoever must hear of the step, and move the deadline timers."""
        ref = str(ticket.id)
        if action == rules.ACCEPT:
            await self.cancel_timers(conn, ref, "ack")
            await self._push.to_reporter(
                conn, ticket, "ticket-accepted-resident", args={"name": name}
            )
        elif action == rules.START:
            await self._push.to_reporter(
                conn, ticket, "ticket-started-resident", args={"name": name}
            )
        elif action == rules.RESOLVE:
            await self._resolved(conn, ticket, photos)
        elif action == rules.TRANSFER:
            assert ticket.assignee_account_id is not None
            await self._push.to_staff(
                conn,
                [ticket.assignee_account_id],
                "ticket-transferred-staff",
                ticket,
                buttons=staff_buttons(ticket),
                extra={"name": name, "reason": note or "-"},
            )
            await self._tell_new_handler(conn, ticket)
        elif action == rules.ESCALATE:
            managers = await self._push.managers(conn, ticket)
            await self._push.to_staff(
                conn,
                managers,
                "ticket-escalated-staff",
                ticket,
                buttons=staff_buttons(ticket),
                extra={"name": name, "reason": note or "-"},
            )

    async def _tell_new_handler(self, conn: AsyncConnection, ticket: Ticket) -> None:
        """The resident hears who follows their repair now (not why it was handed over)."""
        assert ticket.assignee_account_id is not None
        names = await people.names(conn, [ticket.assignee_account_id])
        await self._push.to_reporter(
            conn,
            ticket,
            "ticket-transferred-resident",
            args={"name": names.get(ticket.assignee_account_id, "-")},
        )

    async def _resolved(self, conn: AsyncConnection, ticket: Ticket, photos: list[str]) -> None:
        ref = str(ticket.id)
        await self.cancel_timers(conn, ref, "ack", "resolve")
        if ticket.source != "resident":  # an internal ticket: nobody to rate it
            closed = {"status": rules.CLOSED, "closed_at": self._clock.now()}
            await tickets.change(conn, ticket.id, [rules.RESOLVED], closed)
            return
        await self._push.to_reporter(
            conn,
            ticket,
            "ticket-resolved-resident",
            args={"note": ticket.resolution_note or "-"},
            buttons=rating_buttons(ticket),
            photos=photos or None,
        )
        now = self._clock.now()
        await self._timers.set(conn, "repair.rating.remind", ref, now + RATING_REMIND_AFTER)
        await self._timers.set(conn, "repair.rating.close", ref, now + RATING_CLOSE_AFTER)

    async def cancel_timers(self, conn: AsyncConnection, ref: str, *steps: str) -> None:
        """Cancel the deadline timers of some steps (ack, resolve) of a repair."""
        for step in steps:
            for which in DEADLINE_TIMERS:
                await self._timers.cancel(conn, f"repair.{step}.{which}", ref)
