"""What the violation services share: loading a case, who may do what, who hears of it.

Who handles (职责): general violations the customer-service head (客户服务部部长), serious ones
the office's head (管理处负责人), each a staff member the estate names — by default its
managers; any manager may step in. The grid's butlers assist (deliver a paper notice, follow
up); every staff member of the estate records a 劝导. The household of the unit sees the case
once a notice is issued, never who reported it; a resident reporter sees their report's
progress, never the household.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import ViolationAct
from bot.errors import InvalidInput, NotFound
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import MANAGER, Viewer, may_manage, may_work_grid
from bot.services.renovation.common import quiet_of
from bot.services.violations.catalog import STATE_KEYS
from storage.models import Estate, Unit, Violation
from storage.repositories import estates, people, violations


class Loaded(BaseModel):
    """A violation with its estate and unit (None: not known yet)."""

    violation: Violation
    estate: Estate
    unit: Unit | None


async def load(conn: AsyncConnection, violation_id: int, *, lock: bool = False) -> Loaded:
    """A violation, its estate and unit; NotFound when gone."""
    found = await violations.get(conn, violation_id, lock=lock)
    estate = await estates.estate(conn, found.estate_id) if found else None
    if found is None or estate is None:
        raise NotFound()
    unit = await estates.unit(conn, found.unit_id) if found.unit_id else None
    return Loaded(violation=found, estate=estate, unit=unit)


def is_staff(viewer: Viewer, estate_id: int) -> bool:
    """Any staff member of the estate (every one may record a 劝导)."""
    return any(s.estate_id == estate_id for s in viewer.staff)


def may_handle(viewer: Viewer, violation: Violation) -> bool:
    """The named handler, or a manager of the estate."""
    if may_manage(viewer, violation.estate_id):
        return True
    return violation.handler_account_id == viewer.account.id and is_staff(
        viewer, violation.estate_id
    )


def may_assist(viewer: Viewer, violation: Violation) -> bool:
    """The handler, a manager, or a butler of the case's grid (客服助理, 管家)."""
    if may_handle(viewer, violation):
        return True
    grid = violation.grid_id
    return grid is not None and may_work_grid(viewer, violation.estate_id, grid)


def is_household(viewer: Viewer, violation: Violation) -> bool:
    """Tell whether the viewer is bound to the case's unit."""
    return violation.unit_id is not None and any(
        o.unit_id == violation.unit_id for o in viewer.occupancies
    )


def is_reporter(viewer: Viewer, violation: Violation) -> bool:
    """Tell whether the viewer is the resident who reported it (违章举报)."""
    return violation.source == "resident" and violation.reporter_account_id == viewer.account.id


def may_see(viewer: Viewer, violation: Violation) -> bool:
    """Staff who work it or recorded it, the household once noticed, the resident reporter."""
    if may_assist(viewer, violation):
        return True
    if (
        is_staff(viewer, violation.estate_id)
        and violation.reporter_account_id == viewer.account.id
    ):
        return True
    if is_household(viewer, violation) and violation.notice_state != "none":
        return True
    return is_reporter(viewer, violation)


def require_open(violation: Violation) -> None:
    """Refuse a step on a closed case."""
    if violation.state != "open":
        raise InvalidInput(
            "violation-not-open", state={"key": STATE_KEYS.get(violation.state, "-")}
        )


async def handlers(conn: AsyncConnection, violation: Violation) -> list[int]:
    """Who handles it: the named head, or the estate's managers."""
    if violation.handler_account_id is not None:
        return [violation.handler_account_id]
    return await people.staff_accounts(conn, violation.estate_id, MANAGER)


async def assistants(conn: AsyncConnection, violation: Violation) -> list[int]:
    """The grid's butlers (none when the case has no grid)."""
    return await people.butlers_of_grid(conn, violation.grid_id) if violation.grid_id else []


async def household(conn: AsyncConnection, violation: Violation) -> list[int]:
    """Everyone bound to the unit (they receive the notice)."""
    return await people.residents_of_unit(conn, violation.unit_id) if violation.unit_id else []


def button(key: str, action: str, violation_id: int) -> Button:
    """A button acting on a violation."""
    return Button(key=key, data=ViolationAct(action=action, violation_id=violation_id).pack())


def with_open(violation_id: int, *actions: tuple[str, str]) -> list[list[Button]]:
    """A row per (label key, action), then the button opening the card."""
    rows = [[button(key, action, violation_id)] for key, action in actions]
    return [*rows, [button("violation-button-open", "view", violation_id)]]


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
    photos: list[str] | None = None,
    skip: int | None = None,
) -> None:
    """Push one text about a violation to some accounts (each at most once per tag)."""
    violation = loaded.violation
    base = {
        "number": violation.number,
        "unit": loaded.unit.code if loaded.unit else "-",
        "estate": loaded.estate.name,
    }
    for account_id in dict.fromkeys(account_ids):
        if account_id == skip:
            continue
        await notifier.push(
            conn,
            account_id,
            key,
            args=base | (args or {}),
            buttons=buttons if buttons is not None else with_open(violation.id),
            quiet=quiet_of(loaded.estate) if resident else None,
            photos=photos,
            dedupe_key=f"violation:{violation.id}:{tag}:{account_id}",
        )


async def record(
    conn: AsyncConnection,
    violation_id: int,
    at: datetime,
    viewer: Viewer | None,
    action: str,
    note: str = "",
    data: dict[str, Any] | None = None,
    photos: list[str] | None = None,
) -> int:
    """Write one step of the history, with its photos; return its id."""
    account_id = viewer.account.id if viewer is not None else None
    event = await violations.add_event(conn, violation_id, at, account_id, action, note, data)
    await violations.add_files(conn, violation_id, event, photos or [])
    return event
