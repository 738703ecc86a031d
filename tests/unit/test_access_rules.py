"""The access rules against an oracle, over many generated estates, people and tickets.

The oracle does not look at a Viewer: it works from the raw facts the generator drew
(who is bound to which unit, who is butler of which grid or manager of which estate).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.people.access import (
    BUTLER,
    MANAGER,
    TECHNICIAN,
    Viewer,
    may_manage,
    may_see_ticket,
    may_see_unit,
    may_work_grid,
    may_work_ticket,
)
from storage.models import Account, Occupancy, StaffRole, Ticket

NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
MAX_GRIDS = 3
# Grid ids are numbered 1..MAX_GRIDS inside each estate, so the same grid id exists in
# several estates: a rule that forgot the estate would leak across estates and fail here.
GRID_IDS = st.integers(1, MAX_GRIDS + 1)


@dataclass(frozen=True)
class Place:
    """A generated unit and where it sits."""

    estate_id: int
    grid_id: int
    unit_id: int


@dataclass
class World:
    """Generated estates, viewers and tickets, plus the facts the oracle reads."""

    estates: list[int]
    grids: list[tuple[int, int]]
    units: list[Place]
    viewers: list[Viewer] = field(default_factory=list)
    tickets: list[Ticket] = field(default_factory=list)
    bound: set[tuple[int, int]] = field(default_factory=set)  # (account, unit)
    butler_of: set[tuple[int, int, int]] = field(default_factory=set)  # (account, estate, grid)
    manager_of: set[tuple[int, int]] = field(default_factory=set)  # (account, estate)
    staff_in: set[tuple[int, int]] = field(default_factory=set)  # (account, estate): any role

    def in_charge(self, account_id: int, estate_id: int, grid_id: int) -> bool:
        """Oracle: the account is butler of the grid or manager of its estate."""
        butler = (account_id, estate_id, grid_id) in self.butler_of
        return butler or (account_id, estate_id) in self.manager_of

    def may_see(self, account_id: int, place: Place) -> bool:
        """Oracle: the account lives in the unit or is in charge of its grid."""
        lives_there = (account_id, place.unit_id) in self.bound
        return lives_there or self.in_charge(account_id, place.estate_id, place.grid_id)


def account(account_id: int) -> Account:
    """Build an account."""
    return Account(
        id=account_id,
        telegram_id=1000 + account_id,
        name=f"A{account_id}",
        username=None,
        language=None,
        telegram_language="en",
        unreachable=False,
        created_at=NOW,
    )


def ticket(
    ticket_id: int,
    estate_id: int,
    grid_id: int,
    unit_id: int | None,
    reporter: int | None,
    assignee: int | None = None,
) -> Ticket:
    """Build a ticket of an estate's grid, of a unit or of a common area."""
    return Ticket(
        id=ticket_id, estate_id=estate_id, kind="repair", number=ticket_id, unit_id=unit_id,
        grid_id=grid_id, source="resident", category="plumbing",
        location="unit" if unit_id else "common", location_note="", description="leak",
        visit_time="", urgent=False, status="new", stage=None, stage_due_at=None, callback=None,
        reporter_account_id=reporter, assignee_account_id=assignee, escalated=False,
        linked_ticket_id=None, resolution_note=None, rating=None, rating_comment=None,
        ack_due_at=None, resolve_due_at=None, created_at=NOW, accepted_at=None,
        resolved_at=None, closed_at=None,
    )  # fmt: skip


ROLES = st.sampled_from([None, BUTLER, MANAGER, TECHNICIAN])
RELATIONS = st.sampled_from(["owner", "tenant", "family"])
# per estate, per grid: how many units (0-3); at least one unit in all is ensured below
SHAPES = st.lists(
    st.lists(st.integers(0, 3), min_size=1, max_size=MAX_GRIDS), min_size=1, max_size=3
)
STAFF = st.tuples(ROLES, st.frozensets(GRID_IDS, max_size=MAX_GRIDS))


def estates_and_units(shape: list[list[int]]) -> World:
    """Lay out estates of grids of units, numbering units across the whole world."""
    world = World(estates=[], grids=[], units=[])
    for estate_id, grid_sizes in enumerate(shape, start=1):
        world.estates.append(estate_id)
        for grid_id, size in enumerate(grid_sizes, start=1):
            world.grids.append((estate_id, grid_id))
            for _ in range(size):
                world.units.append(Place(estate_id, grid_id, len(world.units) + 1))
    if not world.units:
        world.units.append(Place(1, 1, 1))
    return world


def viewer_of(account_id: int, homes: list[tuple[Place, str]], staff: list[StaffRole]) -> Viewer:
    """Build the viewer of an account living in some units with some staff roles."""
    occupancies = tuple(
        Occupancy(account_id=account_id, unit_id=h.unit_id, estate_id=h.estate_id,
                  grid_id=h.grid_id, unit_code=f"U{h.unit_id}", relation=relation)
        for h, relation in homes
    )  # fmt: skip
    return Viewer(account=account(account_id), occupancies=occupancies, staff=tuple(staff))


@st.composite
def worlds(draw: st.DrawFn) -> World:
    """Draw estates, then accounts with occupancies and staff roles, then tickets."""
    world = estates_and_units(draw(SHAPES))
    people = draw(st.integers(1, 4))
    places = st.sampled_from(world.units)
    for account_id in range(1, people + 1):
        homes = draw(st.lists(st.tuples(places, RELATIONS), max_size=3, unique_by=lambda h: h[0]))
        world.bound |= {(account_id, home.unit_id) for home, _ in homes}
        # at most one role per estate, as in the database; a manager's grids change nothing
        staff = draw(st.lists(STAFF, min_size=len(world.estates), max_size=len(world.estates)))
        roles = [
            StaffRole(staff_id=estate_id, account_id=account_id, estate_id=estate_id,
                      role=role, grid_ids=tuple(sorted(grid_ids)))
            for estate_id, (role, grid_ids) in enumerate(staff, start=1)
            if role is not None
        ]  # fmt: skip
        world.butler_of |= {
            (account_id, r.estate_id, g) for r in roles if r.role == BUTLER for g in r.grid_ids
        }
        world.manager_of |= {(account_id, r.estate_id) for r in roles if r.role == MANAGER}
        world.staff_in |= {(account_id, r.estate_id) for r in roles}
        world.viewers.append(viewer_of(account_id, homes, roles))
    reporters = st.none() | st.integers(1, people + 1)
    common = st.sampled_from(world.grids)
    for ticket_id in range(1, draw(st.integers(0, 6)) + 1):
        if draw(st.booleans()):
            place = draw(places)
            where: tuple[int, int, int | None] = (place.estate_id, place.grid_id, place.unit_id)
        else:
            where = (*draw(common), None)
        world.tickets.append(
            ticket(ticket_id, *where, reporter=draw(reporters), assignee=draw(reporters))
        )
    return world


def check_units(world: World, viewer: Viewer) -> None:
    """The viewer sees exactly the units it lives in or is in charge of."""
    me = viewer.account.id
    seen = {
        u.unit_id for u in world.units if may_see_unit(viewer, u.estate_id, u.grid_id, u.unit_id)
    }
    expected = {u.unit_id for u in world.units if world.may_see(me, u)}
    assert seen - expected == set(), f"account {me} sees units it may not"
    assert expected - seen == set(), f"account {me} is refused units it may see"


def check_outsiders(world: World, viewer: Viewer) -> None:
    """A resident elsewhere, a butler of other grids, a manager of another estate: no unit."""
    me = viewer.account.id
    for u in world.units:
        lives_there = (me, u.unit_id) in world.bound
        butler_here = (me, u.estate_id, u.grid_id) in world.butler_of
        manager_here = (me, u.estate_id) in world.manager_of
        if not (lives_there or butler_here or manager_here):
            assert not may_see_unit(viewer, u.estate_id, u.grid_id, u.unit_id), (me, u)


def check_grids(world: World, viewer: Viewer) -> None:
    """Only a grid's butlers and its estate's managers are in charge; only managers manage."""
    me = viewer.account.id
    for estate_id in [*world.estates, 99]:
        assert may_manage(viewer, estate_id) == ((me, estate_id) in world.manager_of)
        for grid_id in range(1, MAX_GRIDS + 2):
            expected = world.in_charge(me, estate_id, grid_id)
            assert may_work_grid(viewer, estate_id, grid_id) == expected, (me, estate_id, grid_id)


def check_tickets(world: World, viewer: Viewer) -> None:
    """Residents of the unit (the reporter too, while still bound) and the grid's staff see a
    ticket; staff work it, and so does staff of the estate it was handed to. A reporter
    unbound from the unit no longer sees it."""
    me = viewer.account.id
    for found in world.tickets:
        in_charge = world.in_charge(me, found.estate_id, found.grid_id)
        handed = found.assignee_account_id == me and (me, found.estate_id) in world.staff_in
        works = in_charge or handed  # a technician works what was handed to them
        lives_there = found.unit_id is not None and (me, found.unit_id) in world.bound
        assert may_work_ticket(viewer, found) == works, (me, found.id)
        assert may_see_ticket(viewer, found) == (lives_there or works), (me, found.id)


@settings(max_examples=200, deadline=None)
@given(worlds())
def test_access_rules_match_the_oracle(world: World) -> None:
    for viewer in world.viewers:
        check_units(world, viewer)
        check_outsiders(world, viewer)
        check_grids(world, viewer)
        check_tickets(world, viewer)
