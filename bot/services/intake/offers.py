"""What the bot offers when a resident writes outside any flow: the guess, kept until answered."""

from __future__ import annotations

from typing import Any

from bot.clock import Clock
from bot.errors import NotFound
from bot.services.intake.classifier import Guess, classify
from bot.services.people.access import Viewer
from storage.db import Database
from storage.models import IntakeOffer
from storage.repositories import intake

MAX_TEXT = 4000


class IntakeService:
    """Classify a resident's free text and keep the offer for their answer."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def offer(self, viewer: Viewer, text: str) -> tuple[int, Guess] | None:
        """Guess what a resident means; None when it is nothing to offer (or not a resident)."""
        if not viewer.occupancies:
            return None
        guess = classify(text)
        if guess.intent == "unknown":
            return None
        values: dict[str, Any] = {
            "account_id": viewer.account.id,
            "text": text[:MAX_TEXT],
            "guess": {
                "intent": guess.intent,
                "category": guess.category,
                "location": guess.location,
            },
            "created_at": self._clock.now(),
        }
        async with self._db.transaction() as conn:
            offer_id = await intake.add(conn, values)
        return offer_id, guess

    async def get(self, viewer: Viewer, offer_id: int) -> IntakeOffer:
        """The viewer's own offer."""
        async with self._db.read() as conn:
            found = await intake.get(conn, offer_id)
        if found is None or found.account_id != viewer.account.id:
            raise NotFound()
        return found
