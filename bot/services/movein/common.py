"""What the move-in's parts share: its steps in the material's order, loading it for staff or
its owner, the record, telling the other side."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import MoveInAct
from bot.errors import InvalidInput, NotFound
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import Viewer, may_work_grid
from bot.services.renovation.common import quiet_of
from storage.models import Bill, Estate, MoveIn, Unit
from storage.repositories import bills, estates, moveins

# 验明身份, 领取资料, 缴纳费用, 领取钥匙, 验房, 资料存档
STEPS = ("identity", "documents", "fees", "keys", "inspection", "archive")
STEP_KEYS = {
    "identity": "movein-step-identity",
    "documents": "movein-step-documents",
    "fees": "movein-step-fees",
    "keys": "movein-step-keys",
    "inspection": "movein-step-inspection",
    "archive": "movein-step-archive",
    "done": "movein-step-done",
}


class Loaded(BaseModel):
    """A move-in with its unit and estate."""

    movein: MoveIn
    unit: Unit
    estate: Estate


async def load(conn: AsyncConnection, movein_id: int, *, lock: bool = False) -> Loaded:
    """A move-in with its unit and estate."""
    movein = await moveins.get(conn, movein_id, lock=lock)
    unit = await estates.unit(conn, movein.unit_id) if movein else None
    estate = await estates.estate(conn, movein.estate_id) if movein else None
    if movein is None or unit is None or estate is None:
        raise NotFound()
    return Loaded(movein=movein, unit=unit, estate=estate)


def is_staff(viewer: Viewer, loaded: Loaded) -> bool:
    """The unit's butler or a manager of the estate."""
    return may_work_grid(viewer, loaded.estate.id, loaded.unit.grid_id)


def is_owner(viewer: Viewer, loaded: Loaded) -> bool:
    """The owner who joined the move-in with its code."""
    return loaded.movein.owner_account_id == viewer.account.id


def check_staff(viewer: Viewer, loaded: Loaded, step: str | None = None) -> None:
    """Staff of the unit only; at `step`, when given."""
    if not is_staff(viewer, loaded):
        raise NotFound()
    check_step(loaded, step)


def check_owner(viewer: Viewer, loaded: Loaded, step: str) -> None:
    """The joined owner only, at `step`."""
    if not is_owner(viewer, loaded):
        raise NotFound()
    check_step(loaded, step)


def check_step(loaded: Loaded, step: str | None) -> None:
    """Refuse an action of another step than the current one."""
    movein = loaded.movein
    if movein.state != "open":
        raise InvalidInput("movein-finished")
    if step is not None and movein.step != step:
        raise InvalidInput("movein-wrong-step", step={"key": STEP_KEYS[movein.step]})


async def record(
    conn: AsyncConnection,
    loaded: Loaded,
    at: datetime,
    viewer: Viewer,
    action: str,
    detail: str = "",
) -> None:
    """Write a step into the move-in's record."""
    await moveins.add_event(
        conn,
        {
            "movein_id": loaded.movein.id,
            "at": at,
            "account_id": viewer.account.id,
            "action": action,
            "detail": detail,
        },
    )


async def advance(conn: AsyncConnection, loaded: Loaded, step: str) -> None:
    """Move on to a step."""
    await moveins.change(conn, loaded.movein.id, {"step": step})


def open_button(movein_id: int) -> list[list[Button]]:
    """The button opening the move-in's card."""
    data = MoveInAct(action="open", movein_id=movein_id).pack()
    return [[Button(key="movein-button-open", data=data)]]


def args_of(loaded: Loaded) -> dict[str, object]:
    """What every push about a move-in names."""
    return {
        "unit": loaded.unit.code,
        "estate": loaded.estate.name,
        "owner": loaded.movein.owner_name,
    }


async def tell(
    conn: AsyncConnection,
    notifier: Notifier,
    loaded: Loaded,
    account_id: int | None,
    key: str,
    tag: str,
    *,
    buttons: list[list[Button]] | None = None,
    args: dict[str, object] | None = None,
) -> None:
    """Tell the owner or the butler of the move-in, with the button to its card."""
    if account_id is None:
        return
    await notifier.push(
        conn,
        account_id,
        key,
        args=args_of(loaded) | (args or {}),
        buttons=buttons or open_button(loaded.movein.id),
        quiet=quiet_of(loaded.estate),
        dedupe_key=f"movein:{loaded.movein.id}:{tag}:{account_id}",
    )


async def bills_of(conn: AsyncConnection, loaded: Loaded) -> list[Bill]:
    """The bills the move-in made (its prepaid months)."""
    wanted = set(loaded.movein.bill_ids)
    return [b for b in await bills.of_units(conn, [loaded.unit.id]) if b.id in wanted]
