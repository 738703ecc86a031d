"""物品放行: a resident asks to take items out on a day; a tenant's request goes to the unit's
owners first (two buttons in chat); an owner's or family member's is approved at once."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import ReleaseAct
from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services import flows
from bot.services.fees.common import local_today
from bot.services.gate import rules
from bot.services.gate.common import estate_of, occupancy, release_args, unique_code
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import Viewer
from bot.services.renovation.common import quiet_of
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import Estate, GoodsRelease, Timer
from storage.repositories import gate, people

TENANT = "tenant"
KIND = "gate.release"  # a tenant's request nobody answered by the end of its day


class ReleaseInput(BaseModel):
    """What to take out, from which unit, on which day."""

    unit_id: int
    items: str
    day: date


def decide_buttons(release_id: int) -> list[list[Button]]:
    """The owner's two buttons: approve, refuse."""
    return [
        [
            Button(
                key="gate-button-approve",
                data=ReleaseAct(action="ok", release_id=release_id).pack(),
            ),
            Button(
                key="gate-button-deny", data=ReleaseAct(action="no", release_id=release_id).pack()
            ),
        ]
    ]


class GoodsReleases:
    """Take release requests, let owners decide a tenant's, list and cancel them."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def request(self, viewer: Viewer, form: ReleaseInput, token: str) -> GoodsRelease:
        """File the request: approved at once, or sent to the owners for a tenant."""
        items = form.items.strip()
        if not items or len(items) > rules.MAX_ITEMS:
            raise InvalidInput("gate-bad-items", limit=rules.MAX_ITEMS)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await gate.get_release(conn, int(earlier))
                assert found is not None
                return found
            tie = occupancy(viewer, form.unit_id)
            estate = await estate_of(conn, tie.estate_id)
            today = local_today(now, estate)
            if not today <= form.day <= today + timedelta(days=rules.DAYS_AHEAD):
                raise InvalidInput("gate-bad-day", days=rules.DAYS_AHEAD)
            owners = await people.owners_of_unit(conn, tie.unit_id)
            tenant = tie.relation == TENANT
            if tenant and not owners:
                raise InvalidInput("gate-release-no-owner")
            release_id = await gate.add_release(
                conn,
                {
                    "estate_id": estate.id,
                    "unit_id": tie.unit_id,
                    "account_id": viewer.account.id,
                    "items": items,
                    "day": form.day,
                    "code": await unique_code(conn),
                    "state": "awaiting_owner" if tenant else "approved",
                    "decided_at": None if tenant else now,
                    "created_at": now,
                },
            )
            found = await gate.get_release(conn, release_id)
            assert found is not None
            if tenant:
                zone = ZoneInfo(estate.timezone)
                day_over = datetime.combine(form.day + timedelta(days=1), time(0), zone)
                await self._timers.set(conn, KIND, str(release_id), day_over)
                for owner in owners:
                    await self._notifier.push(
                        conn,
                        owner,
                        "gate-release-ask-owner",
                        args=release_args(found) | {"tenant": viewer.account.name},
                        buttons=decide_buttons(release_id),
                        quiet=quiet_of(estate),
                        dedupe_key=f"gate:release:{release_id}:ask:{owner}",
                    )
            await flows.record(conn, viewer.account.id, token, str(release_id))
            return found

    async def decide(self, viewer: Viewer, release_id: int, approve: bool) -> GoodsRelease:
        """An owner of the unit approves or refuses a tenant's request; the tenant is told."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            found = await gate.get_release(conn, release_id, lock=True)
            if found is None or viewer.account.id not in await people.owners_of_unit(
                conn, found.unit_id
            ):
                raise NotFound()
            estate = await estate_of(conn, found.estate_id)
            if found.state != "awaiting_owner":
                raise InvalidInput("gate-release-decided")
            if found.day < local_today(now, estate):
                raise InvalidInput("gate-release-too-late")
            state = "approved" if approve else "refused"
            values = {"state": state, "decided_by": viewer.account.id, "decided_at": now}
            await gate.change_release(conn, release_id, values)
            changed = await gate.get_release(conn, release_id)
            assert changed is not None
            if changed.account_id is not None:
                await self._tell(conn, estate, changed, changed.account_id, state)
            return changed

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """The day of a tenant's request is over and no owner answered: it lapses; told."""
        found = await gate.get_release(conn, int(timer.ref), lock=True)
        if found is None or found.state != "awaiting_owner":
            return
        await gate.change_release(conn, found.id, {"state": "expired"})
        estate = await estate_of(conn, found.estate_id)
        if found.account_id is not None:
            await self._tell(conn, estate, found, found.account_id, "expired")

    async def _tell(
        self,
        conn: AsyncConnection,
        estate: Estate,
        found: GoodsRelease,
        account_id: int,
        what: str,
    ) -> None:
        keys = {
            "approved": "gate-release-approved",
            "refused": "gate-release-refused",
            "used": "gate-release-let-out",
            "expired": "gate-release-unanswered",
        }
        await self._notifier.push(
            conn,
            account_id,
            keys[what],
            args=release_args(found),
            quiet=quiet_of(estate),
            dedupe_key=f"gate:release:{found.id}:{what}",
        )

    async def mine(self, viewer: Viewer) -> list[GoodsRelease]:
        """The viewer's requests from today on, soonest first."""
        units = [o.unit_id for o in viewer.occupancies]
        if not units:
            return []
        async with self._db.read() as conn:
            estate = await estate_of(conn, viewer.occupancies[0].estate_id)
            today = local_today(self._clock.now(), estate)
            found = await gate.releases_of_units(conn, units, today)
        return [r for r in found if r.account_id == viewer.account.id]

    async def cancel(self, viewer: Viewer, release_id: int) -> GoodsRelease:
        """The resident withdraws a request not let out yet."""
        async with self._db.transaction() as conn:
            found = await gate.get_release(conn, release_id, lock=True)
            if found is None or found.account_id != viewer.account.id:
                raise NotFound()
            occupancy(viewer, found.unit_id)
            if found.state not in ("awaiting_owner", "approved"):
                raise InvalidInput("gate-release-not-open")
            await gate.change_release(conn, release_id, {"state": "cancelled"})
            changed = await gate.get_release(conn, release_id)
        assert changed is not None
        return changed

    async def let_out(self, conn: AsyncConnection, found: GoodsRelease) -> None:
        """The guard let the items out: used once; the resident is told."""
        now = self._clock.now()
        await gate.change_release(conn, found.id, {"state": "used", "used_at": now})
        estate = await estate_of(conn, found.estate_id)
        if found.account_id is not None:
            await self._tell(conn, estate, found, found.account_id, "used")
