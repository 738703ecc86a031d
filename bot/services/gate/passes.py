"""访客: a resident registers a visitor and gets a one-time pass code; lists and revokes it."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services import flows
from bot.services.gate import rules
from bot.services.gate.common import estate_of, occupancy, unique_code
from bot.services.people.access import Viewer
from storage.db import Database
from storage.models import VisitorPass
from storage.repositories import gate


class VisitorInput(BaseModel):
    """A visitor as the resident registers them."""

    unit_id: int
    name: str
    people: int
    plate: str = ""
    day: date
    start_hour: int
    end_hour: int
    notify: bool = True


class VisitorPasses:
    """Register visitors, list a resident's passes, revoke one."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def register(self, viewer: Viewer, form: VisitorInput, token: str) -> VisitorPass:
        """Issue a one-time pass for the visitor's window (repeated confirm: the same pass)."""
        name = form.name.strip()
        if not name or len(name) > 100:
            raise InvalidInput("gate-bad-name", limit=100)
        if not 1 <= form.people <= rules.MAX_PEOPLE:
            raise InvalidInput("gate-bad-people", max=rules.MAX_PEOPLE)
        plate = rules.checked_plate(form.plate) if form.plate.strip() else ""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await gate.get_pass(conn, int(earlier))
                assert found is not None
                return found
            tie = occupancy(viewer, form.unit_id)
            estate = await estate_of(conn, tie.estate_id)
            start, end = rules.window(
                form.day, form.start_hour, form.end_hour, ZoneInfo(estate.timezone)
            )
            if end <= now:
                raise InvalidInput("gate-window-past")
            pass_id = await gate.add_pass(
                conn,
                {
                    "estate_id": estate.id,
                    "unit_id": tie.unit_id,
                    "account_id": viewer.account.id,
                    "name": name,
                    "people": form.people,
                    "plate": plate,
                    "valid_from": start,
                    "valid_until": end,
                    "code": await unique_code(conn),
                    "state": "active",
                    "notify": form.notify,
                    "created_at": now,
                },
            )
            await flows.record(conn, viewer.account.id, token, str(pass_id))
            found = await gate.get_pass(conn, pass_id)
        assert found is not None
        return found

    async def mine(self, viewer: Viewer) -> list[VisitorPass]:
        """The passes the viewer registered whose window has not ended, soonest first."""
        units = [o.unit_id for o in viewer.occupancies]
        if not units:
            return []
        async with self._db.read() as conn:
            found = await gate.passes_of_units(conn, units, self._clock.now())
        return [p for p in found if p.account_id == viewer.account.id]

    async def own(self, viewer: Viewer, pass_id: int) -> VisitorPass:
        """One of the viewer's passes (while they still live in its unit)."""
        async with self._db.read() as conn:
            found = await gate.get_pass(conn, pass_id)
        if found is None or found.account_id != viewer.account.id:
            raise NotFound()
        occupancy(viewer, found.unit_id)
        return found

    async def revoke(self, viewer: Viewer, pass_id: int) -> VisitorPass:
        """Revoke an unused pass: the gate refuses it from now on."""
        async with self._db.transaction() as conn:
            found = await gate.get_pass(conn, pass_id, lock=True)
            if found is None or found.account_id != viewer.account.id:
                raise NotFound()
            occupancy(viewer, found.unit_id)
            if found.state != "active":
                raise InvalidInput("gate-pass-not-active")
            await gate.change_pass(conn, pass_id, {"state": "revoked"})
            changed = await gate.get_pass(conn, pass_id)
        assert changed is not None
        return changed
