"""The on-duty rota (值班): who takes urgent tickets at night and at weekends, by date."""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotFound
from bot.services import flows
from bot.services.people.access import BUTLER, MANAGER, TECHNICIAN, Viewer, managed_estate
from storage.db import Database
from storage.models import Estate
from storage.repositories import accounts, duty, estates, people

ROTA_DAYS = 7  # what a list shows by default
STAFF_ROLES = (BUTLER, TECHNICIAN, MANAGER)


class DutyLine(BaseModel):
    """One person on duty on one date."""

    day: date
    account_id: int
    name: str


class DutyService:
    """Put staff on duty and take them off; list the rota."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def _estate(self, name: str) -> Estate:
        async with self._db.read() as conn:
            found = await estates.estate_by_name(conn, name)
        if found is None:
            raise NotFound("estate-not-found", name=name)
        return found

    async def set(self, estate_name: str, day: date, telegram_id: int, on: bool = True) -> str:
        """The operator puts a staff member on duty (or takes them off); their name."""
        estate = await self._estate(estate_name)
        async with self._db.transaction() as conn:
            account = await accounts.by_telegram_id(conn, telegram_id)
            staff_ids = await self._staff(conn, estate.id)
            if account is None or account.id not in staff_ids:
                raise NotFound("duty-not-staff", who=str(telegram_id), estate=estate.name)
            if on:
                await duty.add(conn, estate.id, day, account.id, self._clock.now())
            elif not await duty.remove(conn, estate.id, day, account.id):
                raise NotFound("duty-not-on", who=account.name, day=day.isoformat())
            return account.name

    async def rota(self, estate: Estate, start: date, days: int = ROTA_DAYS) -> list[DutyLine]:
        """Who is on duty from a date, for some days."""
        async with self._db.read() as conn:
            rows = await duty.between(conn, estate.id, start, start + timedelta(days=days - 1))
        return [
            DutyLine(day=r["local_date"], account_id=r["account_id"], name=r["name"]) for r in rows
        ]

    async def rota_named(self, estate_name: str, start: date, days: int) -> list[DutyLine]:
        """The rota of an estate given by name (for the command line)."""
        return await self.rota(await self._estate(estate_name), start, days)

    async def managed(self, viewer: Viewer) -> Estate:
        """The (first) estate the viewer manages."""
        return await managed_estate(self._db, viewer, "duty-managers-only")

    async def staff_choices(self, viewer: Viewer) -> dict[int, str]:
        """The staff of the manager's estate, by name."""
        estate = await self.managed(viewer)
        async with self._db.read() as conn:
            ids = await self._staff(conn, estate.id)
            names = await people.names(conn, ids)
        return dict(sorted(names.items(), key=lambda item: item[1]))

    async def put_on(self, viewer: Viewer, day: date, account_id: int, token: str) -> Estate:
        """A manager puts a staff member of the estate on duty (once per flow)."""
        estate = await self.managed(viewer)
        async with self._db.transaction() as conn:
            if account_id not in await self._staff(conn, estate.id):
                raise NotFound()
            if await flows.claim(conn, viewer.account.id, token, self._clock.now()) is None:
                await duty.add(conn, estate.id, day, account_id, self._clock.now())
                await flows.record(conn, viewer.account.id, token, f"duty:{day.isoformat()}")
        return estate

    async def _staff(self, conn: AsyncConnection, estate_id: int) -> list[int]:
        found: list[int] = []
        for role in STAFF_ROLES:
            found += await people.staff_accounts(conn, estate_id, role)
        return sorted(set(found))
