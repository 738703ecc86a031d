"""The one notifier: every push is written to the outbox in the caller's transaction.

A push is a text key with arguments (rendered in the recipient's language when it is
sent), optional buttons and photos, a time, and a dedupe key that is never sent twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.services.scheduling.calendar import QuietHours
from storage.repositories import cards, outbox


class Button(BaseModel):
    """A button of a push: a label key (with arguments) and callback data or a URL."""

    key: str
    args: dict[str, Any] = {}
    data: str | None = None
    url: str | None = None


CARD, BUTTONS = "card", "buttons"


class CardOf(BaseModel):
    """A push that is a live card of an object: `card` (text and buttons) or `buttons`."""

    ref: str
    role: str = CARD


def _dump(buttons: list[list[Button]] | None) -> list[list[dict[str, Any]]] | None:
    """Buttons as stored in the outbox."""
    return [[b.model_dump() for b in row] for row in buttons] if buttons else None


class Notifier:
    """Queue pushes and cancel them; the dispatcher job sends them."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    async def push(
        self,
        conn: AsyncConnection,
        account_id: int,
        key: str,
        *,
        args: dict[str, Any] | None = None,
        buttons: list[list[Button]] | None = None,
        photos: list[str] | None = None,
        at: datetime | None = None,
        urgent: bool = False,
        quiet: QuietHours | None = None,
        dedupe_key: str | None = None,
        broadcast_id: int | None = None,
        card: CardOf | None = None,
        held_until: datetime | None = None,
        pin: bool = False,
    ) -> bool:
        """Queue a push; `quiet` (for residents) moves a non-urgent one out of the night.

        With `pin`, the sent message is pinned in the chat (an important notice).

        With `card`, the sent message is remembered as a live card of that object (its text
        and buttons, or only its buttons) and edited by `refresh` when the object changes.
        With `held_until`, the push waits (held) for a summary at that moment instead.
        """
        now = self._clock.now()
        due = max(at or now, now)
        if quiet is not None and not urgent:
            due = quiet.defer(due)
        held = {"status": outbox.HELD, "due_at": held_until} if held_until else {}
        return await outbox.add(
            conn,
            {
                "account_id": account_id,
                "text_key": key,
                "args": args or {},
                "buttons": _dump(buttons),
                "photos": photos or None,
                "urgent": urgent,
                "due_at": due,
                "dedupe_key": dedupe_key,
                "broadcast_id": broadcast_id,
                "card_ref": card.ref if card else None,
                "card_role": card.role if card else None,
                "pin": pin,
                "created_at": now,
            }
            | held,
        )

    async def refresh(
        self,
        conn: AsyncConnection,
        ref: str,
        key: str,
        *,
        args: dict[str, Any],
        buttons: list[list[Button]] | None,
        skip: tuple[int, int] | None = None,
        buttons_for: Callable[[int, str], list[list[Button]]] | None = None,
    ) -> int:
        """Edit every card of an object to its new state; a newer state replaces older edits.

        `skip` is (account, message) of a card the caller edits itself (the one pressed);
        `buttons_for(account, role)` gives one reader's buttons when they differ by reader.
        """
        count = 0
        for card in await cards.of_ref(conn, ref):
            if (card.account_id, card.message_id) == skip:
                continue
            await outbox.cancel_card_edits(conn, card.id)
            await outbox.add(
                conn,
                {
                    "account_id": card.account_id,
                    "text_key": key if card.role == CARD else "",
                    "args": args if card.role == CARD else {},
                    "buttons": _dump(
                        buttons_for(card.account_id, card.role) if buttons_for else buttons
                    ),
                    "urgent": True,
                    "due_at": self._clock.now(),
                    "action": "edit" if card.role == CARD else "markup",
                    "target_message_id": card.message_id,
                    "card_id": card.id,
                    "created_at": self._clock.now(),
                },
            )
            count += 1
        return count

    async def drop_buttons(self, conn: AsyncConnection, account_id: int, message_id: int) -> None:
        """Take the buttons off a message the person still has (an ended conversation's card)."""
        await outbox.add(
            conn,
            {
                "account_id": account_id,
                "text_key": "",
                "args": {},
                "urgent": True,
                "due_at": self._clock.now(),
                "action": "markup",
                "target_message_id": message_id,
                "created_at": self._clock.now(),
            },
        )

    async def cancel(self, conn: AsyncConnection, *dedupe_keys: str) -> int:
        """Cancel pushes not sent yet, by dedupe key."""
        return await outbox.cancel(conn, list(dedupe_keys))

    async def cancel_prefix(self, conn: AsyncConnection, prefix: str) -> int:
        """Cancel pushes not sent yet whose dedupe key starts with a prefix."""
        return await outbox.cancel_prefix(conn, prefix)
