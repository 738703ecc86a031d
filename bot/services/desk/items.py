"""Items held at the front desk (客户物品的登记、交接、发放): registered by staff for a unit,
the household told with a pickup code, handed over against it; a reminder after three days."""

from __future__ import annotations

from pydantic import BaseModel

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.desk.common import Loaded, collector_button, item_args, load, local_time
from bot.services.desk.rules import (
    KINDS,
    MAX_DESCRIPTION,
    MAX_NAME,
    REMIND_AFTER,
    DeskScope,
    desk_scope,
    normalize_code,
)
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer
from bot.services.renovation.common import new_code, quiet_of
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import DeskItem, HeldItem, Unit
from storage.repositories import desk, estates, people

KIND = "desk.remind"


class ItemInput(BaseModel):
    """An item as the desk registers it."""

    unit_code: str
    kind: str
    description: str
    photo: str | None = None


class Registered(BaseModel):
    """A registered item: how many were told, and its code when nobody could be."""

    item_id: int
    told: int
    code: str | None


class Desk:
    """Register items, tell the household, hand them over, remind, list them."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    def scope(self, viewer: Viewer) -> DeskScope:
        """Where the viewer works the desk; residents and technicians are refused."""
        found = desk_scope(viewer)
        if found is None:
            raise NotAllowed("desk-staff-only")
        return found

    async def unit_for(self, viewer: Viewer, code: str) -> Unit:
        """A unit of the viewer's estate by its code; a butler's must be in their grids."""
        scope = self.scope(viewer)
        typed = code.strip()
        async with self._db.read() as conn:
            unit = await estates.unit_by_code(conn, scope.estate_id, typed)
        if unit is None:
            raise InvalidInput("desk-unknown-unit", unit=typed[:40])
        if not scope.covers(unit.grid_id):
            raise InvalidInput("desk-not-your-grid", unit=unit.code)
        return unit

    async def register(self, viewer: Viewer, form: ItemInput, token: str) -> Registered:
        """Hold an item for a unit; its household is told with the pickup code and the photo."""
        description = form.description.strip()
        if form.kind not in KINDS or not description or len(description) > MAX_DESCRIPTION:
            raise InvalidInput()
        unit = await self.unit_for(viewer, form.unit_code)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return Registered.model_validate_json(earlier)
            code = new_code()
            item_id = await desk.add(
                conn,
                {
                    "estate_id": unit.estate_id,
                    "unit_id": unit.id,
                    "kind": form.kind,
                    "description": description,
                    "photo": form.photo,
                    "code": code,
                    "state": "held",
                    "registered_by": viewer.account.id,
                    "created_at": now,
                },
            )
            loaded = await load(conn, item_id)
            household = await people.residents_of_unit(conn, unit.id)
            for account_id in household:
                await self._notifier.push(
                    conn,
                    account_id,
                    "desk-held",
                    args=item_args(loaded) | {"code": code},
                    photos=[form.photo] if form.photo else None,
                    buttons=collector_button(item_id),
                    quiet=quiet_of(loaded.estate),
                    dedupe_key=f"desk:{item_id}:held:{account_id}",
                )
            await self._timers.set(
                conn, KIND, str(item_id), now + REMIND_AFTER, dedupe_key=f"{KIND}:{item_id}"
            )
            found = Registered(
                item_id=item_id, told=len(household), code=None if household else code
            )
            await flows.record(conn, viewer.account.id, token, found.model_dump_json())
            return found

    async def held(self, viewer: Viewer) -> list[HeldItem]:
        """The items held that the viewer works, by grid, oldest first."""
        scope = self.scope(viewer)
        async with self._db.read() as conn:
            return await desk.held(conn, scope.estate_id, scope.grid_ids)

    def _staff_check(self, viewer: Viewer, loaded: Loaded) -> None:
        scope = self.scope(viewer)
        if loaded.item.estate_id != scope.estate_id or not scope.covers(loaded.unit.grid_id):
            raise NotFound()
        if loaded.item.state != "held":
            raise InvalidInput("desk-not-held")

    async def check_hand(self, viewer: Viewer, item_id: int) -> Loaded:
        """An item still held that the viewer may hand over (a flow's first check)."""
        async with self._db.read() as conn:
            loaded = await load(conn, item_id)
        self._staff_check(viewer, loaded)
        return loaded

    async def check_code(self, viewer: Viewer, item_id: int, typed: str) -> str:
        """The typed pickup code, normalized, when it is the item's; else say it is wrong."""
        loaded = await self.check_hand(viewer, item_id)
        code = normalize_code(typed)
        if code != loaded.item.code:
            raise InvalidInput("desk-wrong-code", code=code[:16] or "-")
        return code

    async def hand(
        self, viewer: Viewer, item_id: int, code: str, taker: str, token: str
    ) -> DeskItem:
        """Record the pickup against the code: who took it ("": the household); tell them."""
        taker = taker.strip()[:MAX_NAME]
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                found = await desk.get(conn, item_id)
                assert found is not None
                return found
            loaded = await load(conn, item_id, lock=True)
            self._staff_check(viewer, loaded)
            if normalize_code(code) != loaded.item.code:
                raise InvalidInput("desk-wrong-code", code=normalize_code(code)[:16] or "-")
            values = {"state": "handed", "handed_by": viewer.account.id, "handed_at": now}
            await desk.change(conn, item_id, values | {"handed_to": taker})
            at = local_time(now, loaded.estate)
            who = taker if taker else {"key": "desk-taker-household"}
            for account_id in await people.residents_of_unit(conn, loaded.unit.id):
                await self._notifier.push(
                    conn,
                    account_id,
                    "desk-handed",
                    args=item_args(loaded) | {"taker": who, "at": at},
                    quiet=quiet_of(loaded.estate),
                    dedupe_key=f"desk:{item_id}:handed:{account_id}",
                )
            await flows.record(conn, viewer.account.id, token, str(item_id))
            found = await desk.get(conn, item_id)
            assert found is not None
            return found
