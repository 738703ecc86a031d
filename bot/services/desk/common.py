"""What the desk's services share: loading an item, its push arguments, its buttons."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import DeskAct
from bot.errors import NotFound
from bot.services.desk.rules import KIND_KEYS
from bot.services.notify.notifier import Button
from storage.models import DeskItem, Estate, Unit
from storage.repositories import desk, estates


class Loaded(BaseModel):
    """An item with its unit and estate."""

    item: DeskItem
    unit: Unit
    estate: Estate


async def load(conn: AsyncConnection, item_id: int, *, lock: bool = False) -> Loaded:
    """An item, its unit and estate; NotFound when any is gone."""
    item = await desk.get(conn, item_id, lock=lock)
    unit = await estates.unit(conn, item.unit_id) if item else None
    estate = await estates.estate(conn, item.estate_id) if item else None
    if item is None or unit is None or estate is None:
        raise NotFound()
    return Loaded(item=item, unit=unit, estate=estate)


def local_time(moment: datetime, estate: Estate) -> str:
    """A moment at the estate's wall clock."""
    return moment.astimezone(ZoneInfo(estate.timezone)).strftime("%Y-%m-%d %H:%M")


def item_args(loaded: Loaded) -> dict[str, object]:
    """An item as push arguments."""
    item = loaded.item
    return {
        "estate": loaded.estate.name,
        "unit": loaded.unit.code,
        "kind": {"key": KIND_KEYS.get(item.kind, KIND_KEYS["other"])},
        "description": item.description,
        "number": item.id,
    }


def hand_button(item_id: int) -> list[list[Button]]:
    """Staff: hand the item over."""
    return [[Button(key="desk-button-hand", data=DeskAct(action="hand", item_id=item_id).pack())]]


def collector_button(item_id: int) -> list[list[Button]]:
    """The household: name who collects it for them."""
    data = DeskAct(action="who", item_id=item_id).pack()
    return [[Button(key="desk-button-collector", data=data)]]
