"""Exports for the weekly meeting: tickets, complaints, arrears, collections, patrols."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.i18n import Translator
from bot.services.exports import sheets
from bot.services.exports.sheets import KINDS, Sheet
from bot.services.exports.workbook import write
from bot.services.fees.common import local_today
from bot.services.people.access import Viewer, managed_estate
from storage.db import Database
from storage.models import Estate
from storage.repositories import (
    desk,
    estates,
    exports,
    gate,
    moveins,
    people,
    surveys,
    violations,
)

MAX_DAYS = 366
PERIODS = ("last7", "month", "lastmonth", "last30")


def period(name: str, today: date) -> tuple[date, date]:
    """The first and last day of a named period, seen from today."""
    if name == "month":
        return today.replace(day=1), today
    if name == "lastmonth":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    days = 7 if name == "last7" else 30
    return today - timedelta(days=days - 1), today


class Export(BaseModel):
    """A written workbook and what it holds."""

    data: bytes
    filename: str
    start: date
    end: date
    rows: int


async def _butlers(conn: AsyncConnection, estate: Estate) -> dict[int, list[str]]:
    """The names of each grid's butlers."""
    found: dict[int, list[str]] = {}
    for grid in await estates.grids_of(conn, estate.id):
        accounts = await people.butlers_of_grid(conn, grid.id)
        names = await people.names(conn, accounts)
        found[grid.id] = [names[a] for a in accounts if a in names]
    return found


class ExportService:
    """Collect the rows of a period and write them as a workbook."""

    def __init__(self, db: Database, translator: Translator, clock: Clock) -> None:
        self._db = db
        self._translator = translator
        self._clock = clock

    async def estate_of(self, viewer: Viewer) -> Estate:
        """The estate a manager exports (the first they manage)."""
        return await managed_estate(self._db, viewer, "export-managers-only")

    async def periods_for(self, viewer: Viewer) -> dict[str, tuple[date, date]]:
        """The days each named period covers today, for a manager's estate."""
        today = local_today(self._clock.now(), await self.estate_of(viewer))
        return {name: period(name, today) for name in PERIODS}

    async def estate_named(self, name: str) -> Estate:
        """An estate by name, for the operator."""
        async with self._db.read() as conn:
            estate = await estates.estate_by_name(conn, name)
        if estate is None:
            raise NotFound("estate-not-found", name=name)
        return estate

    async def sheets(
        self, estate: Estate, kinds: list[str], start: date, end: date
    ) -> list[Sheet]:
        """The sheets of some kinds ("all": every one) for the days start … end (both included)."""
        kinds = list(KINDS) if "all" in kinds else kinds
        if not kinds or any(kind not in KINDS for kind in kinds):
            raise InvalidInput("export-bad-kind", kinds=", ".join(KINDS))
        if end < start or (end - start).days >= MAX_DAYS:
            raise InvalidInput("export-bad-period", days=MAX_DAYS)
        zone = ZoneInfo(estate.timezone)
        since = datetime.combine(start, time(0), zone)
        until = datetime.combine(end + timedelta(days=1), time(0), zone)
        found: list[Sheet] = []
        async with self._db.read() as conn:
            for kind in dict.fromkeys(kinds):
                if kind in ("tickets", "complaints"):
                    ticket_kind = "repair" if kind == "tickets" else "complaint"
                    rows = await exports.tickets_between(
                        conn, estate.id, ticket_kind, since, until
                    )
                    make = sheets.tickets_sheet if kind == "tickets" else sheets.complaints_sheet
                    found.append(make(estate, rows))
                elif kind == "arrears":
                    rows = await exports.arrears_on(conn, estate.id, end + timedelta(days=1))
                    found.append(sheets.arrears_sheet(estate, rows))
                elif kind == "collections":
                    rows = await exports.collections_between(conn, estate.id, since, until)
                    found.append(sheets.collections_sheet(estate, rows))
                elif kind == "emergencies":
                    rows = await exports.emergencies_between(conn, estate.id, since, until)
                    found.append(sheets.emergencies_sheet(estate, rows))
                elif kind == "surveys":
                    rows = await surveys.answer_rows(conn, estate.id, since, until)
                    found.append(sheets.surveys_sheet(estate, rows, await _butlers(conn, estate)))
                elif kind == "gate":
                    rows = await gate.checks_between(conn, estate.id, since, until)
                    found.append(sheets.gate_sheet(estate, rows))
                elif kind == "moveins":
                    rows = await moveins.rows_between(conn, estate.id, since, until)
                    found.append(sheets.moveins_sheet(estate, rows))
                elif kind == "desk":
                    rows = await desk.rows_between(conn, estate.id, since, until)
                    found.append(sheets.desk_sheet(estate, rows, self._clock.now()))
                elif kind == "violations":
                    rows = await exports.violations_between(conn, estate.id, since, until)
                    stored = await violations.kinds(conn, estate.id)
                    found.append(sheets.violations_sheet(estate, rows, stored))
                else:
                    rows = await exports.patrols_between(
                        conn, estate.id, start, end + timedelta(days=1)
                    )
                    found.append(sheets.patrols_sheet(estate, rows))
        return found

    async def workbook(self, found: list[Sheet], language: str) -> bytes:
        """The sheets as XLSX in a language (written in a thread: it is CPU work)."""
        return await asyncio.to_thread(write, found, self._translator.bind(language))

    async def for_manager(self, viewer: Viewer, kind: str, named: str, language: str) -> Export:
        """A manager's workbook of one kind (or all) for a named period of their estate."""
        estate = await self.estate_of(viewer)
        start, end = period(named, local_today(self._clock.now(), estate))
        found = await self.sheets(estate, [kind], start, end)
        name = f"{estate.name}-{kind}-{start.isoformat()}-{end.isoformat()}.xlsx"
        rows = sum(len(sheet.rows) for sheet in found)
        data = await self.workbook(found, language)
        return Export(data=data, filename=name, start=start, end=end, rows=rows)
