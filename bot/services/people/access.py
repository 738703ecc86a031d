"""Who may see or act on what: the one place that answers it.

A resident sees only the units they are bound to; a butler the units of their grids; a
manager everything in their estate. Every service that reads domain data asks here.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import NotAllowed, NotFound
from bot.services.complaints.rules import MANAGERS_ONLY
from storage.db import Database
from storage.models import Account, Estate, Occupancy, StaffRole, Ticket, Unit
from storage.repositories import estates, people

RESIDENT, BUTLER, MANAGER = "resident", "butler", "manager"
TECHNICIAN = "technician"  # 工程部/维修工: works the tickets handed to them
GUARD = "guard"  # 门岗/保安: checks passes and codes at the gate, holds items at the desk
ROLES = (RESIDENT, BUTLER, MANAGER, TECHNICIAN, GUARD)
ROLE_KEYS = {
    RESIDENT: "role-resident",
    BUTLER: "role-butler",
    MANAGER: "role-manager",
    TECHNICIAN: "role-technician",
    GUARD: "role-guard",
}


class Viewer(BaseModel):
    """An account with everything that decides what it may see."""

    model_config = ConfigDict(frozen=True)

    account: Account
    occupancies: tuple[Occupancy, ...] = ()
    staff: tuple[StaffRole, ...] = ()

    @property
    def roles(self) -> set[str]:
        """Every role this account holds somewhere."""
        found = {s.role for s in self.staff}
        if self.occupancies:
            found.add(RESIDENT)
        return found

    @property
    def main_role(self) -> str | None:
        """The role whose menu to show first: manager, then butler, then resident."""
        for role in (MANAGER, BUTLER, TECHNICIAN, GUARD, RESIDENT):
            if role in self.roles:
                return role
        return None

    def timezone(self, default: str) -> str:
        """The time zone of the viewer's (first) estate, for dates they type and read."""
        for role in self.staff:
            return role.timezone
        for occupancy in self.occupancies:
            return occupancy.timezone
        return default

    def managed_estates(self) -> set[int]:
        """Estates this account manages."""
        return {s.estate_id for s in self.staff if s.role == MANAGER}

    def butler_grids(self) -> set[tuple[int, int]]:
        """(estate, grid) pairs this account works as a butler."""
        return {(s.estate_id, g) for s in self.staff if s.role == BUTLER for g in s.grid_ids}


def may_see_unit(viewer: Viewer, estate_id: int, grid_id: int, unit_id: int) -> bool:
    """Tell whether the viewer may see a unit and what belongs to it."""
    if any(o.unit_id == unit_id for o in viewer.occupancies):
        return True
    return may_work_grid(viewer, estate_id, grid_id)


def may_work_grid(viewer: Viewer, estate_id: int, grid_id: int) -> bool:
    """Tell whether the viewer is staff in charge of a grid (its butler or the manager)."""
    return estate_id in viewer.managed_estates() or (estate_id, grid_id) in viewer.butler_grids()


def may_manage(viewer: Viewer, estate_id: int) -> bool:
    """Tell whether the viewer manages the estate."""
    return estate_id in viewer.managed_estates()


def may_see_ticket(viewer: Viewer, ticket: Ticket) -> bool:
    """The residents of its unit (now: an unbound reporter loses it) and its staff see a ticket.

    A ticket without a unit (a patrol's, internal) is its staff's only.
    """
    if ticket.unit_id is not None and any(o.unit_id == ticket.unit_id for o in viewer.occupancies):
        return True
    return may_work_ticket(viewer, ticket)


def may_act_as_reporter(viewer: Viewer, ticket: Ticket) -> bool:
    """The resident who filed a ticket, while still bound to its unit (withdraw, rate …)."""
    return ticket.reporter_account_id == viewer.account.id and may_see_ticket(viewer, ticket)


def may_work_ticket(viewer: Viewer, ticket: Ticket) -> bool:
    """The butlers of the ticket's grid, the estate's managers and its assignee work a ticket.

    A complaint about staff (service attitude) is for the managers alone.
    """
    if ticket.kind == "complaint" and ticket.category in MANAGERS_ONLY:
        return may_manage(viewer, ticket.estate_id)
    if may_work_grid(viewer, ticket.estate_id, ticket.grid_id):
        return True
    return is_assigned_staff(viewer, ticket)


def is_assigned_staff(viewer: Viewer, ticket: Ticket) -> bool:
    """The ticket was handed to this person, who is still staff of its estate (a technician)."""
    mine = ticket.assignee_account_id == viewer.account.id
    return mine and any(s.estate_id == ticket.estate_id for s in viewer.staff)


async def viewer_in(conn: AsyncConnection, account: Account) -> Viewer:
    """What an account is bound to, read in the caller's transaction."""
    occupancies = await people.occupancies_of(conn, account.id)
    staff = await people.staff_roles_of(conn, account.id)
    return Viewer(account=account, occupancies=tuple(occupancies), staff=tuple(staff))


async def managed_estate(db: Database, viewer: Viewer, refusal: str | None = None) -> Estate:
    """The (first) estate the viewer manages; NotAllowed (with `refusal`'s text) otherwise."""
    managed = sorted(viewer.managed_estates())
    if not managed:
        raise NotAllowed(refusal)
    async with db.read() as conn:
        found = await estates.estate(conn, managed[0])
    assert found is not None
    return found


class AccessService:
    """Loads viewers and checks objects against them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def viewer(self, account: Account) -> Viewer:
        """Load what an account is bound to."""
        async with self._db.read() as conn:
            return await viewer_in(conn, account)

    async def unit(self, viewer: Viewer, unit_id: int) -> Unit:
        """Return a unit the viewer may see; anything else is NotFound."""
        async with self._db.read() as conn:
            found = await estates.unit(conn, unit_id)
        if found is None or not may_see_unit(viewer, found.estate_id, found.grid_id, found.id):
            raise NotFound()
        return found
