"""SQL for intake offers: a resident's free text and what the bot guessed from it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import IntakeOffer
from storage.tables import intake_offers


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store an offer; return its id."""
    result = await conn.execute(intake_offers.insert().values(**values))
    assert result.inserted_primary_key is not None
    return int(result.inserted_primary_key[0])


async def get(conn: AsyncConnection, offer_id: int) -> IntakeOffer | None:
    """Return an offer."""
    row = (await conn.execute(select(intake_offers).where(intake_offers.c.id == offer_id))).first()
    return None if row is None else IntakeOffer.model_validate(row._mapping)
