"""What the renovation services share: loading an application, who hears of it, history."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import RenovationAct
from bot.errors import InvalidInput, NotFound
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import MANAGER, TECHNICIAN, Viewer, may_work_grid
from bot.services.renovation.catalog import STATE_KEYS, works_of
from bot.services.scheduling.calendar import QuietHours
from storage.models import Bill, Estate, Renovation, Unit
from storage.repositories import bills, estates, people, renovations, tickets

CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"  # no 0/O, 1/I/L, 2/Z, 5/S, 6/B, 8
CODE_LENGTH = 6
LIVE = ("approved", "permitted", "completed", "fixing")
ORDER = (  # the order of the fee table (装修管理收费标准)
    "renovation_deposit",
    "renovation_debris",
    "renovation_debris2",
    "renovation_wall",
    "renovation_permit",
    "renovation_pass",
)


class Loaded(BaseModel):
    """An application with its unit and estate."""

    renovation: Renovation
    unit: Unit
    estate: Estate


async def load(conn: AsyncConnection, renovation_id: int, *, lock: bool = False) -> Loaded:
    """An application, its unit and estate; NotFound when any is gone."""
    found = await renovations.get(conn, renovation_id, lock=lock)
    unit = await estates.unit(conn, found.unit_id) if found else None
    estate = await estates.estate(conn, found.estate_id) if found else None
    if found is None or unit is None or estate is None:
        raise NotFound()
    return Loaded(renovation=found, unit=unit, estate=estate)


def is_household(viewer: Viewer, renovation: Renovation) -> bool:
    """Tell whether the viewer lives in (or owns) the renovated unit."""
    return any(o.unit_id == renovation.unit_id for o in viewer.occupancies)


def is_site_staff(viewer: Viewer, loaded: Loaded) -> bool:
    """The grid's butler, a manager, or a technician of the estate (工程维修部)."""
    unit = loaded.unit
    if may_work_grid(viewer, unit.estate_id, unit.grid_id):
        return True
    return any(s.estate_id == unit.estate_id and s.role == TECHNICIAN for s in viewer.staff)


def may_see(viewer: Viewer, loaded: Loaded) -> bool:
    """The household, or staff of the unit."""
    return is_household(viewer, loaded.renovation) or is_site_staff(viewer, loaded)


def require_state(renovation: Renovation, *states: str) -> None:
    """Refuse an action the application's state does not allow."""
    if renovation.state not in states:
        raise InvalidInput("renovation-not-now", state={"key": state_key(renovation.state)})


def state_key(state: str) -> str:
    """The locale key of a state."""
    return STATE_KEYS.get(state, "renovation-state-draft")


def new_code() -> str:
    """A short code a guard types or reads off a pass: six letters and digits."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


async def next_number(conn: AsyncConnection, estate_id: int, prefix: str, year: int) -> str:
    """The estate's next number of a kind in a year: ZX-2026-0001, XK-2026-0001 …"""
    number = await tickets.next_number(conn, estate_id, f"{prefix.lower()}-{year}")
    return f"{prefix}-{year}-{number:04d}"


async def household(conn: AsyncConnection, renovation: Renovation) -> list[int]:
    """Who at the unit hears of the application: the applicant and the bound owners."""
    found = set(await people.owners_of_unit(conn, renovation.unit_id))
    if renovation.applicant_account_id is not None:
        found.add(renovation.applicant_account_id)
    return sorted(found)


async def grid_staff(conn: AsyncConnection, loaded: Loaded) -> list[int]:
    """The unit's grid butlers, or the managers when the grid has none."""
    found = await people.butlers_of_grid(conn, loaded.unit.grid_id)
    return found or await people.staff_accounts(conn, loaded.estate.id, MANAGER)


async def engineering(conn: AsyncConnection, loaded: Loaded) -> list[int]:
    """The estate's technicians (工程维修部), or the managers when it has none."""
    found = await people.staff_accounts(conn, loaded.estate.id, TECHNICIAN)
    return found or await people.staff_accounts(conn, loaded.estate.id, MANAGER)


def quiet_of(estate: Estate) -> QuietHours:
    """The estate's quiet hours, kept for residents' pushes."""
    return QuietHours.of(estate.quiet_start, estate.quiet_end, estate.timezone)


def open_button(renovation_id: int) -> list[list[Button]]:
    """One button opening the application's card."""
    data = RenovationAct(action="view", renovation_id=renovation_id).pack()
    return [[Button(key="renovation-button-open", data=data)]]


def with_open(renovation_id: int, *actions: tuple[str, str]) -> list[list[Button]]:
    """A row per (label key, action) on an application, then the button opening its card."""
    rows = [[button(key, action, renovation_id)] for key, action in actions]
    return [*rows, *open_button(renovation_id)]


def button(key: str, action: str, renovation_id: int) -> Button:
    """A button acting on an application."""
    return Button(key=key, data=RenovationAct(action=action, renovation_id=renovation_id).pack())


async def tell(
    conn: AsyncConnection,
    notifier: Notifier,
    loaded: Loaded,
    account_ids: list[int],
    key: str,
    tag: str,
    *,
    args: dict[str, Any] | None = None,
    buttons: list[list[Button]] | None = None,
    resident: bool = False,
    urgent: bool = False,
    photos: list[str] | None = None,
    skip: int | None = None,
) -> None:
    """Push one text about an application to some accounts (each at most once per tag)."""
    renovation = loaded.renovation
    base = {"number": renovation.number, "unit": loaded.unit.code, "estate": loaded.estate.name}
    for account_id in account_ids:
        if account_id == skip:
            continue
        await notifier.push(
            conn,
            account_id,
            key,
            args=base | (args or {}),
            buttons=buttons if buttons is not None else open_button(renovation.id),
            quiet=quiet_of(loaded.estate) if resident else None,
            urgent=urgent,
            photos=photos,
            dedupe_key=f"renovation:{renovation.id}:{tag}:{account_id}",
        )


async def record(
    conn: AsyncConnection,
    renovation_id: int,
    at: datetime,
    viewer: Viewer | None,
    action: str,
    note: str = "",
    data: dict[str, Any] | None = None,
) -> int:
    """Write one step of the history."""
    account_id = viewer.account.id if viewer is not None else None
    return await renovations.add_event(conn, renovation_id, at, account_id, action, note, data)


async def own_bills(conn: AsyncConnection, renovation: Renovation) -> list[Bill]:
    """The application's bills: its fees (renovation_<item>#<id>) and its workers' passes."""
    workers = {w.id for w in await renovations.workers_of(conn, renovation.id)}
    found = []
    for bill in await bills.of_units(conn, [renovation.unit_id]):
        kind, _, ref = bill.fee_type.partition("#")
        if not kind.startswith("renovation_") or not ref.isdigit():
            continue
        if (kind == "renovation_pass" and int(ref) in workers) or (
            kind != "renovation_pass" and int(ref) == renovation.id
        ):
            found.append(bill)
    return sorted(found, key=lambda b: (ORDER.index(b.fee_type.partition("#")[0]), b.id))


async def wet(conn: AsyncConnection, loaded: Loaded) -> bool:
    """Tell whether the application declares works of wet areas (the waterproof test)."""
    items = {w.code: w for w in works_of(await renovations.work_items(conn, loaded.estate.id))}
    works = await renovations.works_of(conn, loaded.renovation.id)
    return any(items[w.code].wet for w in works if w.code in items)
