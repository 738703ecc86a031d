"""Helpers for the fee tests: bills from CSV-like lines, bound chats, unit ids."""

from __future__ import annotations

from bot.services.fees.bill_import import BillImportResult
from bot.services.people.access import Viewer
from bot.tabular import Row
from storage.models import Estate
from storage.repositories import accounts, estates
from tests.e2e.chat import Chat
from tests.factories import resident_code, staff_code
from tests.harness import Harness

COLUMNS = ("unit", "period", "fee_type", "amount", "due_date", "paid_amount", "paid_at")


async def import_bills(bot: Harness, estate: Estate, *lines: str) -> BillImportResult:
    """Import bills given as CSV lines without the header (unit,period,fee_type,…)."""
    rows = [
        Row(number, dict(zip(COLUMNS, line.split(","), strict=True)))
        for number, line in enumerate(lines, start=2)
    ]
    return await bot.services.fees.import_bills(estate, rows)


async def unit_id(bot: Harness, estate: Estate, code: str) -> int:
    """Return the id of a unit by its code."""
    async with bot.services.db.read() as conn:
        found = await estates.unit_by_code(conn, estate.id, code)
    assert found is not None
    return found.id


async def resident(
    bot: Harness, estate: Estate, user_id: int, *units: str, language: str = "en"
) -> Chat:
    """A chat of a resident bound to some units, past the welcome menu."""
    chat = bot.chat(user_id, language_code=language)
    for unit in units:
        await chat.send(f"/start {await resident_code(bot.services, estate, unit)}")
        await chat.expect("业主菜单" if language.startswith("zh") else "Resident menu")
    return chat


async def staff(
    bot: Harness, estate: Estate, user_id: int, role: str, grids: list[str], language: str = "en"
) -> Chat:
    """A chat of a butler or manager, past the welcome menu."""
    chat = bot.chat(user_id, language_code=language)
    await chat.send(f"/start {await staff_code(bot.services, estate, role, grids)}")
    await chat.expect("菜单" if language.startswith("zh") else "menu")
    return chat


async def viewer(bot: Harness, telegram_id: int) -> Viewer:
    """Load the viewer of a Telegram user already known to the bot."""
    async with bot.services.db.read() as conn:
        account = await accounts.by_telegram_id(conn, telegram_id)
    assert account is not None
    return await bot.services.access.viewer(account)


def texts(bot: Harness, user_id: int, fragment: str) -> list[str]:
    """Every bot message to a user that contains a fragment."""
    return [m.text or "" for m in bot.emu.bot_messages(user_id) if fragment in (m.text or "")]
