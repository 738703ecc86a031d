"""The household's side of an item held at the desk: who collects it, and the reminder of
an item not collected after three days (to them, and to the grid's butler)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services import flows
from bot.services.desk.common import Loaded, hand_button, item_args, load
from bot.services.desk.rules import MAX_NAME, days_held
from bot.services.notify.notifier import Notifier
from bot.services.people.access import MANAGER, Viewer
from bot.services.renovation.common import quiet_of
from storage.db import Database
from storage.models import Timer
from storage.repositories import desk, people


class DeskHousehold:
    """Name a collector for an item; remind an uncollected one once."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier

    async def check_household(self, viewer: Viewer, item_id: int) -> Loaded:
        """An item still held for one of the viewer's units (a flow's first check)."""
        async with self._db.read() as conn:
            loaded = await load(conn, item_id)
        if not any(o.unit_id == loaded.item.unit_id for o in viewer.occupancies):
            raise NotFound()
        if loaded.item.state != "held":
            raise InvalidInput("desk-not-held")
        return loaded

    async def name_collector(self, viewer: Viewer, item_id: int, name: str, token: str) -> str:
        """Say who will collect the item for the household; the desk sees it at the handover."""
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise InvalidInput()
        await self.check_household(viewer, item_id)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return earlier
            loaded = await load(conn, item_id, lock=True)
            if loaded.item.state != "held":
                raise InvalidInput("desk-not-held")
            await desk.change(conn, item_id, {"collector": name})
            await flows.record(conn, viewer.account.id, token, name)
            return name

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """Three days held: remind the household (with the code) and tell the grid's butler."""
        try:
            loaded = await load(conn, int(timer.ref), lock=True)
        except NotFound:
            return
        item = loaded.item
        if item.state != "held" or item.reminded_at is not None:
            return
        now = self._clock.now()
        await desk.change(conn, item.id, {"reminded_at": now})
        args = item_args(loaded) | {"days": days_held(item.created_at, now)}
        for account_id in await people.residents_of_unit(conn, item.unit_id):
            await self._notifier.push(
                conn,
                account_id,
                "desk-remind",
                args=args | {"code": item.code},
                quiet=quiet_of(loaded.estate),
                dedupe_key=f"desk:{item.id}:remind:{account_id}",
            )
        staff = await people.butlers_of_grid(conn, loaded.unit.grid_id)
        staff = staff or await people.staff_accounts(conn, loaded.estate.id, MANAGER)
        for account_id in staff:
            await self._notifier.push(
                conn,
                account_id,
                "desk-remind-staff",
                args=args,
                buttons=hand_button(item.id),
                dedupe_key=f"desk:{item.id}:late:{account_id}",
            )
