"""The demo estate, made as in production: imports by the services, people bound by /start CODE.

Seeding runs once per sandbox database; a flag in the key-value table says it finished. The
same table keeps the sandbox clock's offset between runs.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.app import services_of
from bot.context import ButlerApp
from bot.sandbox.emulator import BotApiEmulator
from bot.sandbox.emulator.files import make_png
from bot.sandbox.feed import settle
from bot.sandbox.personas import (
    BILLS_FILE,
    BUTLER,
    ESTATE,
    GRID,
    GUARD,
    MANAGER,
    PERSONAS,
    RENOVATION_DOCUMENTS,
    RESIDENT,
    RESIDENT_UNIT,
    SAMPLES,
    UNITS_FILE,
    Persona,
)
from bot.services.estates.unit_import import import_units
from bot.services.estates.unit_rows import REQUIRED_COLUMNS as UNIT_COLUMNS
from bot.services.fees.bill_rows import REQUIRED_COLUMNS as BILL_COLUMNS
from bot.services.fees.payment_admin import PaymentAdmin
from bot.services.renovation.admin import RenovationAdmin
from bot.services.scheduling.calendar import ALL_WEEKDAYS, next_run
from bot.tabular import read_table
from storage.db import Database
from storage.repositories import meta

SEEDED_KEY = "sandbox_seeded"
OFFSET_KEY = "sandbox_clock_offset"
BIND_TIMEOUT = 15.0
DAY_START = time(9)  # a new sandbox starts in office hours, when every push goes out
DAY_END = time(19)


SANDBOX_PROVIDER_TOKEN = "284685063:TEST:sandbox"  # a test token: nothing is charged
SANDBOX_TRANSFER = "中国工商银行 6222 0200 0000 0000 · 湖畔花园物业服务中心 (demo account)"


@dataclass(frozen=True)
class Seeded:
    """What seeding made."""

    units: int
    bills: int


class SeedFailed(Exception):
    """A persona could not be bound; the message says which."""


def add_personas(emu: BotApiEmulator, language_code: str) -> None:
    """Register the personas' Telegram clients with the emulator."""
    for persona in PERSONAS:
        emu.add_user(persona.user_id, persona.name, language_code=language_code)


async def is_seeded(db: Database) -> bool:
    """Tell whether seeding finished in this database."""
    async with db.read() as conn:
        return bool(await meta.get(conn, SEEDED_KEY))


async def seed(app: ButlerApp, emu: BotApiEmulator) -> Seeded:
    """Create the estate, import units and bills, and bind the three personas by chat."""
    services = services_of(app)
    estate = await services.estates.add(ESTATE)
    unit_rows = await asyncio.to_thread(read_table, UNITS_FILE, UNIT_COLUMNS)
    units = await import_units(services.db, estate, unit_rows)
    bill_rows = await asyncio.to_thread(read_table, BILLS_FILE, BILL_COLUMNS)
    bills = await services.fees.import_bills(estate, bill_rows)
    await PaymentAdmin(services.db, services.clock).configure(  # the emulator takes any token
        estate,
        provider_token=SANDBOX_PROVIDER_TOKEN,
        instructions=SANDBOX_TRANSFER,
        qr_image=make_png(240, 240),
    )
    admin = RenovationAdmin(services.db, services.clock)
    for kind, name in RENOVATION_DOCUMENTS.items():
        content = await asyncio.to_thread((SAMPLES / "renovation" / f"{kind}.txt").read_bytes)
        await admin.put_document(estate, kind, name, content)
    codes = {
        RESIDENT: (await services.invites.issue_resident(estate, RESIDENT_UNIT))[0].code,
        BUTLER: (await services.invites.issue_staff(estate, "butler", [GRID])).code,
        MANAGER: (await services.invites.issue_staff(estate, "manager", [])).code,
        GUARD: (await services.invites.issue_staff(estate, "guard", [])).code,
    }
    for persona, code in codes.items():
        await _bind(emu, persona, code)
    async with services.db.transaction() as conn:
        await meta.put(conn, SEEDED_KEY, "1")
    return Seeded(units=units.units, bills=bills.bills)


async def _bind(emu: BotApiEmulator, persona: Persona, code: str) -> None:
    """Send `/start CODE` as the persona and wait for the welcome and the menu."""
    mark = emu.mark()
    await emu.send_text(persona.user_id, f"/start {code}")
    try:
        await emu.wait_for_bot_messages(persona.user_id, 2, after=mark, timeout=BIND_TIMEOUT)
    except TimeoutError as exc:
        raise SeedFailed(f"{persona.key} was not bound: {exc}") from None
    await settle(emu)


async def load_offset(db: Database) -> timedelta:
    """The sandbox clock's offset from real time, as left by the last run."""
    async with db.read() as conn:
        stored = await meta.get(conn, OFFSET_KEY)
    return timedelta(seconds=float(stored)) if stored else timedelta(0)


async def save_offset(db: Database, offset: timedelta) -> None:
    """Keep the sandbox clock's offset for the next run."""
    async with db.transaction() as conn:
        await meta.put(conn, OFFSET_KEY, str(offset.total_seconds()))


def until_daytime(now: datetime, timezone: str) -> timedelta:
    """How far to move a new sandbox's clock so that it starts in office hours."""
    zone = ZoneInfo(timezone)
    if DAY_START <= now.astimezone(zone).time() < DAY_END:
        return timedelta(0)
    return next_run(now, DAY_START, ALL_WEEKDAYS, zone) - now
