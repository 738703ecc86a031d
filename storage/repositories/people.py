"""SQL for who belongs where: occupancies (residents) and staff memberships."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import Occupancy, StaffRole
from storage.repositories.sql import upsert
from storage.tables import accounts, buildings, estates, occupancies, staff, staff_grids, units


async def occupancies_of(conn: AsyncConnection, account_id: int) -> list[Occupancy]:
    """Return the units an account lives in, by code."""
    query = (
        select(
            occupancies.c.account_id,
            occupancies.c.unit_id,
            occupancies.c.relation,
            occupancies.c.voting,
            occupancies.c.lease_ends_on,
            occupancies.c.may_pay,
            occupancies.c.may_repair,
            units.c.estate_id,
            units.c.code.label("unit_code"),
            buildings.c.grid_id,
            estates.c.timezone,
        )
        .join(units, units.c.id == occupancies.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .join(estates, estates.c.id == units.c.estate_id)
        .where(occupancies.c.account_id == account_id)
        .order_by(units.c.code)
    )
    return [Occupancy.model_validate(row._mapping) for row in await conn.execute(query)]


async def residents_of_unit(conn: AsyncConnection, unit_id: int) -> list[int]:
    """Return the account ids bound to a unit."""
    query = (
        select(occupancies.c.account_id)
        .where(occupancies.c.unit_id == unit_id)
        .order_by(occupancies.c.account_id)
    )
    return [int(row[0]) for row in await conn.execute(query)]


async def payers_of_unit(conn: AsyncConnection, unit_id: int) -> list[int]:
    """Return the accounts bound to a unit who pay its bills: owners, and the others the
    owner lets pay."""
    query = (
        select(occupancies.c.account_id)
        .where(
            occupancies.c.unit_id == unit_id,
            (occupancies.c.relation == "owner") | occupancies.c.may_pay.is_(True),
        )
        .order_by(occupancies.c.account_id)
    )
    return [int(row[0]) for row in await conn.execute(query)]


async def add_occupancy(
    conn: AsyncConnection, account_id: int, unit_id: int, relation: str, now: datetime
) -> None:
    """Bind an account to a unit (again: the relation is updated)."""
    values = {"account_id": account_id, "unit_id": unit_id, "relation": relation}
    await upsert(conn, occupancies, values | {"created_at": now}, ["account_id", "unit_id"])


async def staff_roles_of(conn: AsyncConnection, account_id: int) -> list[StaffRole]:
    """Return the staff memberships of an account, with their grids."""
    rows = (
        await conn.execute(
            select(staff, estates.c.timezone)
            .join(estates, estates.c.id == staff.c.estate_id)
            .where(staff.c.account_id == account_id)
            .order_by(staff.c.estate_id)
        )
    ).all()
    roles = []
    for row in rows:
        grid_query = select(staff_grids.c.grid_id).where(staff_grids.c.staff_id == row.id)
        grid_ids = tuple(sorted(int(g[0]) for g in await conn.execute(grid_query)))
        roles.append(
            StaffRole(
                staff_id=row.id,
                account_id=row.account_id,
                estate_id=row.estate_id,
                role=row.role,
                grid_ids=grid_ids,
                timezone=row.timezone,
            )
        )
    return roles


async def set_staff(
    conn: AsyncConnection,
    account_id: int,
    estate_id: int,
    role: str,
    grid_ids: list[int],
    now: datetime,
) -> None:
    """Make an account staff of an estate with a role and grids (replacing what it had)."""
    row = await upsert(
        conn,
        staff,
        {"account_id": account_id, "estate_id": estate_id, "role": role, "created_at": now},
        ["account_id", "estate_id"],
        update=["role"],
        returning=[staff.c.id],
    )
    assert row is not None
    staff_id = int(row.id)
    await conn.execute(delete(staff_grids).where(staff_grids.c.staff_id == staff_id))
    for grid_id in sorted(set(grid_ids)):
        await conn.execute(staff_grids.insert().values(staff_id=staff_id, grid_id=grid_id))


async def staff_of_estate(conn: AsyncConnection, estate_id: int, role: str) -> list[StaffRole]:
    """Return the staff of an estate with one role."""
    query = (
        select(staff.c.account_id)
        .where(staff.c.estate_id == estate_id, staff.c.role == role)
        .order_by(staff.c.account_id)
    )
    found: list[StaffRole] = []
    for account_id in (await conn.execute(query)).scalars():
        found.extend(
            r for r in await staff_roles_of(conn, int(account_id)) if r.estate_id == estate_id
        )
    return found


async def resident_accounts(
    conn: AsyncConnection, estate_id: int, building_codes: list[str] | None = None
) -> list[int]:
    """Return the accounts bound to any unit of an estate (or of some of its buildings)."""
    query = (
        select(occupancies.c.account_id)
        .distinct()
        .join(units, units.c.id == occupancies.c.unit_id)
        .join(buildings, buildings.c.id == units.c.building_id)
        .where(units.c.estate_id == estate_id)
        .order_by(occupancies.c.account_id)
    )
    if building_codes:
        query = query.where(buildings.c.code.in_(building_codes))
    return [int(row[0]) for row in await conn.execute(query)]


async def butlers_of_grid(conn: AsyncConnection, grid_id: int) -> list[int]:
    """Return the accounts of the butlers in charge of a grid."""
    query = (
        select(staff.c.account_id)
        .join(staff_grids, staff_grids.c.staff_id == staff.c.id)
        .where(staff_grids.c.grid_id == grid_id, staff.c.role == "butler")
        .order_by(staff.c.account_id)
    )
    return [int(row[0]) for row in await conn.execute(query)]


async def staff_accounts(conn: AsyncConnection, estate_id: int, role: str) -> list[int]:
    """Return the accounts holding a staff role in an estate."""
    query = (
        select(staff.c.account_id)
        .where(staff.c.estate_id == estate_id, staff.c.role == role)
        .order_by(staff.c.account_id)
    )
    return [int(row[0]) for row in await conn.execute(query)]


async def names(conn: AsyncConnection, account_ids: list[int]) -> dict[int, str]:
    """Return the names of some accounts."""
    query = select(accounts.c.id, accounts.c.name).where(accounts.c.id.in_(account_ids))
    return {int(row.id): str(row.name) for row in await conn.execute(query)}


async def remove_occupancy(conn: AsyncConnection, account_id: int, unit_id: int) -> bool:
    """Unbind a person from a unit; False when they were not bound to it."""
    result = await conn.execute(
        delete(occupancies).where(
            occupancies.c.account_id == account_id, occupancies.c.unit_id == unit_id
        )
    )
    return result.rowcount == 1


async def remove_staff(conn: AsyncConnection, account_id: int, estate_id: int) -> bool:
    """End a person's staff role in an estate (their grids go with it)."""
    result = await conn.execute(
        delete(staff).where(staff.c.account_id == account_id, staff.c.estate_id == estate_id)
    )
    return result.rowcount == 1


async def owners_of_unit(conn: AsyncConnection, unit_id: int) -> list[int]:
    """Return the accounts bound to a unit as its owner."""
    query = (
        select(occupancies.c.account_id)
        .where(occupancies.c.unit_id == unit_id, occupancies.c.relation == "owner")
        .order_by(occupancies.c.account_id)
    )
    return [int(row[0]) for row in await conn.execute(query)]
