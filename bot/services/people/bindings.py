"""Taking access away: a resident unbound from a unit, a staff member removed from an estate.

Access is read from the bindings on every update, so what is removed here stops working at
once: old buttons of the person then answer that the object is not theirs to see.
"""

from __future__ import annotations

from bot.errors import NotFound
from storage.db import Database
from storage.repositories import accounts, estates, people


class BindingService:
    """Remove residents and staff (the operator, or a manager)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def remove_resident(self, estate_name: str, unit_code: str, telegram_id: int) -> str:
        """Unbind a Telegram user from a unit of an estate; return their name."""
        async with self._db.transaction() as conn:
            estate = await estates.estate_by_name(conn, estate_name)
            if estate is None:
                raise NotFound("estate-not-found", name=estate_name)
            unit = await estates.unit_by_code(conn, estate.id, unit_code.strip())
            if unit is None:
                raise NotFound("invite-unknown-unit", unit=unit_code)
            account = await accounts.by_telegram_id(conn, telegram_id)
            if account is None or not await people.remove_occupancy(conn, account.id, unit.id):
                raise NotFound("binding-not-found", who=str(telegram_id), where=unit.code)
            return account.name

    async def remove_staff(self, estate_name: str, telegram_id: int) -> str:
        """End a Telegram user's staff role in an estate; return their name."""
        async with self._db.transaction() as conn:
            estate = await estates.estate_by_name(conn, estate_name)
            if estate is None:
                raise NotFound("estate-not-found", name=estate_name)
            account = await accounts.by_telegram_id(conn, telegram_id)
            if account is None or not await people.remove_staff(conn, account.id, estate.id):
                raise NotFound("binding-not-found", who=str(telegram_id), where=estate.name)
            return account.name
