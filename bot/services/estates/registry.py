"""Estates: create them and read their settings."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from storage.db import Database
from storage.models import Estate
from storage.repositories import estates

CURRENCY_DIGITS = {"CNY": 2, "HKD": 2, "USD": 2, "EUR": 2, "JPY": 0, "TWD": 2, "SGD": 2}
MAX_NAME = 100  # an estate's name, as every list and push shows it


class EstateService:
    """Create estates and look them up."""

    def __init__(self, db: Database, clock: Clock, default_timezone: str) -> None:
        self._db = db
        self._clock = clock
        self.default_timezone = default_timezone

    async def add(self, name: str, timezone: str | None = None, currency: str = "CNY") -> Estate:
        """Create an estate; the name must be new, the zone and currency known."""
        name = name.strip()
        timezone = timezone or self.default_timezone
        currency = currency.upper()
        if not name:
            raise InvalidInput("estate-bad-name")
        if len(name) > MAX_NAME:
            raise InvalidInput("estate-name-too-long", limit=MAX_NAME)
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput("estate-bad-timezone", timezone=timezone) from None
        if currency not in CURRENCY_DIGITS:
            raise InvalidInput("estate-bad-currency", currency=currency)
        async with self._db.transaction() as conn:
            if await estates.estate_by_name(conn, name) is not None:
                raise InvalidInput("estate-exists", name=name)
            return await estates.add_estate(conn, name, timezone, currency, self._clock.now())

    async def by_name(self, name: str) -> Estate:
        """Return the estate of that name, or raise NotFound."""
        async with self._db.read() as conn:
            found = await estates.estate_by_name(conn, name.strip())
        if found is None:
            raise NotFound("estate-not-found", name=name)
        return found

    async def names(self) -> dict[int, str]:
        """Map every estate id to its name."""
        async with self._db.read() as conn:
            return {e.id: e.name for e in await estates.all_estates(conn)}
