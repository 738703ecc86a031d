"""Fill (nearly) every table through the real services: what a migration must keep."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from bot.clock import FrozenClock
from bot.services import Services
from bot.services.complaints.filing import ComplaintDraft
from bot.services.flows import new_token
from bot.services.notify.notifier import CardOf
from bot.services.tickets.repairs import RepairDraft
from bot.settings import Settings
from bot.tabular import Row
from storage.db import Database
from storage.models import FlowState
from storage.repositories import household
from storage.tables import metadata
from tests.factories import make_estate, resident_code, staff_code

NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
BILLS = [
    "unit,period,fee_type,amount,paid,due_date",
    "3-2-301,2026-11,property,120.50,0,2026-11-15",
]


async def fill(db: Database) -> Services:
    """An estate with people, a repair, a complaint, bills, patrols, pushes, a flow."""
    clock = FrozenClock(NOW)
    services = Services.build(Settings(_env_file=None, database_url=db.url), db, clock)
    estate = await make_estate(db)
    resident = await services.accounts.seen(7001, "Lin", None, "en")
    butler = await services.accounts.seen(7002, "Wang", None, "en")
    await services.invites.redeem(resident, await resident_code(services, estate, "3-2-301"))
    await services.invites.redeem(butler, await staff_code(services, estate, "butler", ["B"]))
    viewer = await services.access.viewer(resident)
    unit = viewer.occupancies[0].unit_id
    await services.tickets.file_repair(
        viewer,
        RepairDraft(unit_id=unit, category="water", location="unit", description="Leak",
                    visit_time="asap", urgent=True, photos=["photo-1"]),
    )  # fmt: skip
    await services.complaints.file(
        viewer,
        ComplaintDraft(unit_id=unit, category="noise", description="Loud", callback="no"),
    )
    rows = [Row(n, dict(zip(BILLS[0].split(","), line.split(","), strict=True)))
            for n, line in enumerate(BILLS[1:], start=2)]  # fmt: skip
    await services.fees.import_bills(estate, rows)
    await services.patrols.ensure_defaults()
    await services.digest.ensure_schedules()
    await services.fee_reminders.set_enabled(resident.id, False)
    async with db.transaction() as conn:
        await services.notifier.push(conn, butler.id, "error-generic", card=CardOf(ref="ticket:1"))
        await household.add_note(conn, unit, butler.id, "Lives alone", NOW)
    await services.households.toggle_tag(await services.access.viewer(butler), unit, "pets")
    await services.flows.save(
        FlowState(account_id=resident.id, name="repair", token=new_token(),
                  title_key="flow-title-repair", started_at=NOW, updated_at=NOW),
    )  # fmt: skip
    return services


async def counts(db: Database) -> dict[str, int]:
    """Rows per table."""
    found = {}
    async with db.read() as conn:
        for name, table in metadata.tables.items():
            found[name] = int(
                (await conn.execute(select(func.count()).select_from(table))).scalar_one()
            )
    return found
