"""Household members (#21): an owner invites family and tenants with a one-time code, sees
who is bound to the unit, removes them; a tenant's binding ends with the lease, the owner
being reminded a week before (and able to extend it)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import MemberAct
from bot.clock import Clock
from bot.errors import AppError, InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.common import local_today
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import RESIDENT, Viewer
from bot.services.people.invites import DEFAULT_TTL, Issued, code_hash, new_code
from bot.services.people.member_rules import (
    MEMBER_RELATIONS,
    OWNER,
    TENANT,
    Terms,
    lease_times,
)
from bot.services.renovation.common import quiet_of
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import Account, Estate, Invite, Member, Timer, Unit
from storage.repositories import estates, household, invites, members, people

KIND = "member.lease"
RELATION_KEYS = {
    "owner": "relation-owner",
    "tenant": "relation-tenant",
    "family": "relation-family",
}


class UnitHousehold(BaseModel):
    """One of the viewer's units with the people bound to it, as the viewer may see them."""

    unit: Unit
    estate: Estate
    relation: str  # the viewer's own
    members: list[Member]  # an owner: everyone; anyone else: only themselves

    @property
    def is_owner(self) -> bool:
        """Whether the viewer may invite and remove here."""
        return self.relation == OWNER


def _ref(unit_id: int, account_id: int) -> str:
    return f"{unit_id}:{account_id}"


class Members:
    """Invite, list, remove and end the bindings of an owner's family and tenants."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def households(self, viewer: Viewer) -> list[UnitHousehold]:
        """Each unit of the viewer with the people bound to it."""
        found = []
        async with self._db.read() as conn:
            for occupancy in viewer.occupancies:
                unit = await estates.unit(conn, occupancy.unit_id)
                estate = await estates.estate(conn, occupancy.estate_id)
                assert unit is not None and estate is not None
                bound = await household.members(conn, unit.id)
                if occupancy.relation != OWNER:
                    bound = [m for m in bound if m.account_id == viewer.account.id]
                found.append(
                    UnitHousehold(
                        unit=unit, estate=estate, relation=occupancy.relation, members=bound
                    )
                )
        return found

    def owner_units(self, viewer: Viewer, unit_id: int | None = None) -> list[int]:
        """The units the viewer owns (or the one asked for); NotAllowed for anyone else."""
        owned = [o.unit_id for o in viewer.occupancies if o.relation == OWNER]
        if unit_id is not None:
            owned = [u for u in owned if u == unit_id]
        if not owned:
            raise NotAllowed("members-owners-only")
        return owned

    async def invite(
        self, viewer: Viewer, unit_id: int, relation: str, terms: Terms, token: str
    ) -> Issued | None:
        """Issue a one-time code for a family member or tenant (None: issued already)."""
        self.owner_units(viewer, unit_id)
        if relation not in MEMBER_RELATIONS:
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            unit = await estates.unit(conn, unit_id)
            estate = await estates.estate(conn, unit.estate_id) if unit else None
            assert unit is not None and estate is not None
            if relation == TENANT and (
                terms.lease_ends_on is None or terms.lease_ends_on < local_today(now, estate)
            ):
                raise InvalidInput("members-lease-needed")
            if relation != TENANT:
                terms = terms.model_copy(update={"lease_ends_on": None})
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return None
            code = new_code()
            invite_id = await invites.add(
                conn,
                code_hash(code),
                {
                    "kind": RESIDENT,
                    "estate_id": estate.id,
                    "unit_id": unit.id,
                    "relation": relation,
                    "terms": terms.stored(),
                    "created_by": viewer.account.id,
                    "created_at": now,
                    "expires_at": now + DEFAULT_TTL,
                },
            )
            await flows.record(conn, viewer.account.id, token, str(invite_id))
        return Issued(
            code=code, kind=RESIDENT, estate=estate.name, unit=unit.code, relation=relation
        )

    async def bind(self, conn: AsyncConnection, account: Account, invite: Invite) -> None:
        """Redeem an owner's code: bind with its terms, plan the lease's end, tell the owner."""
        assert invite.unit_id is not None and invite.relation is not None
        now = self._clock.now()
        terms = Terms.model_validate(invite.terms or {})
        owners = await people.owners_of_unit(conn, invite.unit_id)
        if account.id in owners:
            raise AppError("members-already-owner")
        if invite.created_by not in owners:
            raise AppError("members-inviter-gone")
        unit = await estates.unit(conn, invite.unit_id)
        estate = await estates.estate(conn, invite.estate_id)
        assert unit is not None and estate is not None
        if terms.lease_ends_on is not None and terms.lease_ends_on < local_today(now, estate):
            raise AppError("members-lease-over")
        values = terms.model_dump() | {"relation": invite.relation, "added_by": invite.created_by}
        await members.put(conn, account.id, unit.id, values, now)
        await self._plan(conn, unit.id, account.id, terms.lease_ends_on, estate)
        await self._notifier.push(
            conn,
            invite.created_by,
            "members-joined",
            args={
                "name": account.name,
                "unit": unit.code,
                "relation": {"key": RELATION_KEYS[invite.relation]},
            },
            quiet=quiet_of(estate),
            dedupe_key=f"members:joined:{invite.id}",
        )

    async def _plan(
        self,
        conn: AsyncConnection,
        unit_id: int,
        account_id: int,
        day: date | None,
        estate: Estate,
    ) -> None:
        """(Re)set the lease's reminder and end; nothing without a lease."""
        ref = _ref(unit_id, account_id)
        await self._timers.cancel(conn, KIND, ref)
        if day is None:
            return
        remind, ends = lease_times(day, estate.timezone)
        stamp = self._clock.now().isoformat()
        for what, at in (("remind", remind), ("end", ends)):
            if what == "remind" and at <= self._clock.now():
                continue  # a lease ending within the week: no reminder
            await self._timers.set(
                conn,
                KIND,
                ref,
                at,
                payload={"what": what, "day": day.isoformat()},
                dedupe_key=f"{KIND}:{ref}:{what}:{day.isoformat()}:{stamp}",
            )

    async def member(self, viewer: Viewer, unit_id: int, account_id: int) -> Member:
        """A person bound to a unit the viewer owns (before removing or extending)."""
        self.owner_units(viewer, unit_id)
        async with self._db.read() as conn:
            bound = await household.members(conn, unit_id)
        found = next((m for m in bound if m.account_id == account_id), None)
        if found is None:
            raise NotFound("household-member-gone")
        if found.relation == OWNER:
            raise NotAllowed("members-cannot-remove-owner")
        return found

    async def remove(self, viewer: Viewer, unit_id: int, account_id: int) -> str:
        """The owner ends a family member's or tenant's binding; they are told at once."""
        found = await self.member(viewer, unit_id, account_id)
        async with self._db.transaction() as conn:
            unit = await estates.unit(conn, unit_id)
            estate = await estates.estate(conn, unit.estate_id) if unit else None
            assert unit is not None and estate is not None
            if not await people.remove_occupancy(conn, account_id, unit_id):
                raise NotFound("household-member-gone")
            await self._timers.cancel(conn, KIND, _ref(unit_id, account_id))
            await self._notifier.push(
                conn,
                account_id,
                "members-removed-you",
                args={"unit": unit.code, "estate": estate.name},
                quiet=quiet_of(estate),
                dedupe_key=f"members:removed:{unit_id}:{account_id}:{self._clock.now().isoformat()}",
            )
        return found.name

    async def check_extend(self, viewer: Viewer, unit_id: int, account_id: int) -> Member:
        """A tenant of the viewer's unit whose lease may be moved."""
        found = await self.member(viewer, unit_id, account_id)
        if found.relation != TENANT:
            raise InvalidInput("members-no-lease")
        return found

    async def extend(
        self, viewer: Viewer, unit_id: int, account_id: int, day: date, token: str
    ) -> Member:
        """Move a tenant's lease end to a new day; the reminder and end move with it."""
        await self.check_extend(viewer, unit_id, account_id)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            unit = await estates.unit(conn, unit_id)
            estate = await estates.estate(conn, unit.estate_id) if unit else None
            assert unit is not None and estate is not None
            if day < local_today(now, estate):
                raise InvalidInput("members-lease-needed")
            if await flows.claim(conn, viewer.account.id, token, now) is None:
                if not await members.set_lease(conn, account_id, unit_id, day):
                    raise NotFound("household-member-gone")
                await self._plan(conn, unit_id, account_id, day, estate)
                await self._notifier.push(
                    conn,
                    account_id,
                    "members-lease-extended-you",
                    args={"unit": unit.code, "day": day.isoformat()},
                    quiet=quiet_of(estate),
                    dedupe_key=f"members:extended:{token}",
                )
                await flows.record(conn, viewer.account.id, token, day.isoformat())
        return await self.member(viewer, unit_id, account_id)

    async def was_removed(self, viewer: Viewer) -> bool:
        """Tell whether someone who once bound with a code has no binding left."""
        if viewer.occupancies or viewer.staff:
            return False
        async with self._db.read() as conn:
            return await members.ever_redeemed(conn, viewer.account.id)

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """A week before: remind the owners; at the end: unbind the tenant, tell everyone."""
        unit_id, account_id = (int(part) for part in timer.ref.split(":"))
        day = str(timer.payload.get("day"))
        lease = await members.lease_of(conn, account_id, unit_id)
        unit = await estates.unit(conn, unit_id)
        estate = await estates.estate(conn, unit.estate_id) if unit else None
        if lease is None or lease.isoformat() != day or unit is None or estate is None:
            return  # removed meanwhile, or the lease was moved (its own timers are set)
        name = (await people.names(conn, [account_id])).get(account_id, "-")
        args = {"name": name, "unit": unit.code, "day": day, "estate": estate.name}
        owners = await people.owners_of_unit(conn, unit_id)
        if timer.payload.get("what") == "remind":
            data = MemberAct(action="ext", unit_id=unit_id, account_id=account_id).pack()
            for owner in owners:
                await self._notifier.push(
                    conn,
                    owner,
                    "members-lease-remind",
                    args=args,
                    buttons=[[Button(key="members-button-extend", data=data)]],
                    quiet=quiet_of(estate),
                    dedupe_key=f"members:timer:{timer.id}:{owner}",
                )
            return
        await people.remove_occupancy(conn, account_id, unit_id)
        await self._notifier.push(
            conn,
            account_id,
            "members-lease-ended-you",
            args=args,
            quiet=quiet_of(estate),
            dedupe_key=f"members:timer:{timer.id}:{account_id}",
        )
        for owner in owners:
            await self._notifier.push(
                conn,
                owner,
                "members-lease-ended",
                args=args,
                quiet=quiet_of(estate),
                dedupe_key=f"members:timer:{timer.id}:{owner}",
            )
