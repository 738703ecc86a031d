"""The start of a shift: what was held for someone off shift, as one summary of the tickets
as they stand now (each with a button that opens its live card)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import TicketAction
from bot.clock import Clock
from bot.services.notify.notifier import Button, Notifier
from bot.services.tickets.cards import key_arg, local_time, status_key
from bot.services.tickets.push import category_label_key
from storage.models import Timer
from storage.repositories import estates, outbox, tickets

BUTTONS_AT_MOST = 8


class ShiftSummary:
    """Sends each person's held pushes as one message when their shift starts."""

    def __init__(self, notifier: Notifier, clock: Clock) -> None:
        self._notifier = notifier
        self._clock = clock

    async def on_summary(self, conn: AsyncConnection, timer: Timer) -> None:
        """Merge what is held for the account into one summary, pushed now."""
        account_id, now = int(timer.ref), self._clock.now()
        held = await outbox.held_of(conn, account_id, now)
        if not held:
            return
        ticket_ids = list(
            dict.fromkeys(
                int(m.card_ref.split(":")[1])
                for m in held
                if m.card_ref and m.card_ref.startswith("ticket:")
            )
        )
        lines: list[Any] = []
        buttons: list[Button] = []
        for ticket_id in ticket_ids:
            ticket = await tickets.get(conn, ticket_id)
            estate = await estates.estate(conn, ticket.estate_id) if ticket else None
            if ticket is None or estate is None:
                continue
            lines.append(
                key_arg(
                    "ticket-line",
                    code=ticket.code,
                    urgent="yes" if ticket.urgent else "no",
                    category=key_arg(category_label_key(ticket)),
                    status=key_arg(status_key(ticket)),
                    created=local_time(ticket.created_at, estate.timezone),
                )
            )
            data = TicketAction(action="view", ticket_id=ticket.id).pack()
            buttons.append(Button(key="ticket-btn-open", args={"code": ticket.code}, data=data))
        lines += [  # news that is not a ticket's card (a comment on a rating, say)
            {"key": m.text_key, "args": m.args} for m in held if not m.card_ref
        ]
        await outbox.set_status(conn, [m.id for m in held], outbox.MERGED, now)
        rows = [buttons[i : i + 2] for i in range(0, min(len(buttons), BUTTONS_AT_MOST), 2)]
        await self._notifier.push(
            conn,
            account_id,
            "staff-shift-summary",
            args={"count": len(held), "lines": lines},
            buttons=rows or None,
            urgent=True,
            dedupe_key=f"staff.summary:{account_id}:{timer.due_at.isoformat()}",
        )
