"""One ticket on the web desk: its card, full history and photos, and what may be done.

The card is the chat's staff card (the same text); the actions are the chat's, through
`TicketActions`, so a web click and a button press follow one set of rules.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from bot.errors import InvalidInput, NotFound
from bot.services.people.access import Viewer, may_manage
from bot.services.tickets import rules
from bot.services.tickets.actions import TicketActions
from bot.services.tickets.cards import HISTORY_LINES, CardView, history
from bot.services.tickets.repairs import TicketService
from storage.db import Database
from storage.models import Ticket
from storage.repositories import estates, tickets

PHASES = ("report", "resolve")
WEB_ACTIONS = (rules.ACCEPT, rules.START, rules.RESOLVE, rules.TRANSFER, rules.ESCALATE)


class TicketPage(BaseModel):
    """Everything the ticket's page shows."""

    ticket: Ticket
    card: CardView
    history: list[dict[str, Any]]  # every step, when the card shows only the latest
    photos: dict[str, int]  # phase -> how many
    actions: list[str]
    targets: dict[int, tuple[str, str]]  # whom it may be handed to: name, role


class WebTicket:
    """Reads a ticket for the desk and takes the desk's actions on it."""

    def __init__(self, db: Database, found: TicketService, actions: TicketActions) -> None:
        self._db = db
        self._tickets = found
        self._actions = actions

    async def page(self, viewer: Viewer, ticket_id: int) -> TicketPage:
        """The page of a ticket the viewer works; NotFound for any other."""
        card, _ = await self._tickets.card(viewer, ticket_id)
        ticket, events = await self._tickets.history(viewer, ticket_id)
        async with self._db.read() as conn:
            photos = {p: len(await tickets.photos(conn, ticket.id, p)) for p in PHASES}
            estate = await estates.estate(conn, ticket.estate_id)
        assert estate is not None
        actions = self.actions(viewer, ticket)
        targets = {}
        if rules.TRANSFER in actions:
            targets = await self._actions.transfer_targets(viewer, ticket.id)
        return TicketPage(
            ticket=ticket,
            card=card,
            history=history(ticket, events, estate.timezone, len(events))
            if len(events) > HISTORY_LINES
            else [],
            photos=photos,
            actions=actions,
            targets=targets,
        )

    def actions(self, viewer: Viewer, ticket: Ticket) -> list[str]:
        """The steps the ticket's state allows (a manager does not escalate to himself)."""
        if ticket.kind == "complaint":
            return []
        found = [a for a in rules.next_actions(ticket.status) if a in WEB_ACTIONS]
        if may_manage(viewer, ticket.estate_id):
            found = [a for a in found if a != rules.ESCALATE]
        return found

    async def photo(self, viewer: Viewer, ticket_id: int, phase: str, index: int) -> str:
        """The Telegram file id of one photo of a ticket the viewer works."""
        await self._tickets.card(viewer, ticket_id)  # NotFound unless the viewer works it
        if phase not in PHASES:
            raise NotFound()
        async with self._db.read() as conn:
            found = await tickets.photos(conn, ticket_id, phase)
        if not 0 <= index < len(found):
            raise NotFound()
        return found[index]

    async def act(
        self, viewer: Viewer, ticket_id: int, action: str, note: str, to_account: int | None
    ) -> Ticket:
        """Take one step from the desk, checked as the chat checks it."""
        if action not in WEB_ACTIONS:
            raise NotFound()
        if action == rules.RESOLVE and not note.strip():
            raise InvalidInput("web-note-needed")
        return await self._actions.act(
            viewer, ticket_id, action, note=note.strip(), to_account=to_account
        )
