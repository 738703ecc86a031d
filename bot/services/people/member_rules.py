"""Household members' rules: what a tenant or family member may do, when a lease ends."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.services.people.access import Viewer
from storage.models import Occupancy

OWNER, TENANT, FAMILY = "owner", "tenant", "family"
MEMBER_RELATIONS = (FAMILY, TENANT)
RIGHTS = ("pay", "repair")  # voting is never among them: owners only (业主表决)
REMIND_BEFORE = timedelta(days=7)
REMIND_AT = time(10, 0)


class Terms(BaseModel):
    """What an owner grants a family member or tenant, as kept on the invite."""

    lease_ends_on: date | None = None
    may_pay: bool = True
    may_repair: bool = True

    def stored(self) -> dict[str, object]:
        """The terms as the invite's JSON column keeps them."""
        day = self.lease_ends_on.isoformat() if self.lease_ends_on else None
        return {"lease_ends_on": day, "may_pay": self.may_pay, "may_repair": self.may_repair}


def occupancy_of(viewer: Viewer, unit_id: int) -> Occupancy | None:
    """The viewer's binding to a unit, if any."""
    return next((o for o in viewer.occupancies if o.unit_id == unit_id), None)


def is_owner_of(viewer: Viewer, unit_id: int) -> bool:
    """Tell whether the viewer is bound to the unit as its owner."""
    found = occupancy_of(viewer, unit_id)
    return found is not None and found.relation == OWNER


def may_pay(viewer: Viewer, unit_id: int) -> bool:
    """Owners pay; a tenant or family member if the owner allowed it (staff: not here)."""
    found = occupancy_of(viewer, unit_id)
    return found is None or found.relation == OWNER or found.may_pay


def may_repair(viewer: Viewer, unit_id: int) -> bool:
    """Owners report repairs; a tenant or family member if the owner allowed it."""
    found = occupancy_of(viewer, unit_id)
    return found is None or found.relation == OWNER or found.may_repair


def lease_times(day: date, timezone: str) -> tuple[datetime, datetime]:
    """When the owner is reminded (10:00 a week before) and when the binding ends (the end
    of the lease's last day, local midnight)."""
    zone = ZoneInfo(timezone)
    remind = datetime.combine(day - REMIND_BEFORE, REMIND_AT, zone)
    ends = datetime.combine(day + timedelta(days=1), time(0, 0), zone)
    return remind, ends
