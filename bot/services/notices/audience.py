"""Who a notice or an emergency reaches: the estate, some buildings, grids or units (all
residents or owners only), or the staff; who may address whom; the targets checked by name."""

from __future__ import annotations

import re
from typing import Protocol

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import InvalidInput, NotAllowed
from bot.services.people.access import Viewer, may_manage
from storage.models import Estate
from storage.repositories import estates, notices

SCOPES = ("estate", "buildings", "grids", "units", "staff")
NAMED = ("buildings", "grids", "units")  # scopes whose targets are typed codes
MAX_TARGETS = 50
NOUN_KEYS = {  # what an unknown code was meant to be, in an error
    "buildings": "notice-noun-buildings",
    "grids": "notice-noun-grids",
    "units": "notice-noun-units",
}
SCOPE_KEYS = {
    "estate": "notice-scope-estate",
    "buildings": "notice-scope-buildings",
    "grids": "notice-scope-grids",
    "units": "notice-scope-units",
    "staff": "notice-scope-staff",
}


class Audience(BaseModel):
    """An audience as the author chose it."""

    scope: str
    targets: list[str] = Field(default_factory=list)
    owners_only: bool = False


def parse_targets(text: str) -> list[str]:
    """Codes typed with commas, spaces or the Chinese comma: "1, 3、5" -> ["1", "3", "5"]."""
    return list(dict.fromkeys(p for p in re.split(r"[\s,，、;；]+", text.strip()) if p))


async def check(conn: AsyncConnection, viewer: Viewer, estate: Estate, audience: Audience) -> None:
    """Refuse an audience the viewer may not address or whose targets do not exist (named)."""
    if audience.scope not in SCOPES:
        raise InvalidInput()
    await check_codes(conn, estate, audience)
    if may_manage(viewer, estate.id):
        return
    mine = await _my_grid_codes(conn, viewer, estate.id)
    if audience.scope == "grids" and set(audience.targets) <= mine:
        return
    if audience.scope == "units":
        grid_codes = {g.id: g.code for g in await estates.grids_of(conn, estate.id)}
        for code in audience.targets:
            unit = await estates.unit_by_code(conn, estate.id, code)
            if unit is None or grid_codes.get(unit.grid_id) not in mine:
                raise NotAllowed("notice-not-your-grid", unit=code)
        return
    raise NotAllowed("notice-butler-grids")


async def check_codes(conn: AsyncConnection, estate: Estate, audience: Audience) -> None:
    """Refuse named targets that are missing or do not exist in the estate, naming them."""
    if audience.scope not in NAMED:
        return
    if not audience.targets or len(audience.targets) > MAX_TARGETS:
        raise InvalidInput("notice-need-targets", most=MAX_TARGETS)
    known = await notices.codes(conn, estate.id, audience.scope)
    unknown = [t for t in audience.targets if t not in known]
    if unknown:
        raise InvalidInput(
            "notice-unknown-targets",
            scope={"key": NOUN_KEYS[audience.scope]},
            names=", ".join(unknown[:10]),
        )


async def _my_grid_codes(conn: AsyncConnection, viewer: Viewer, estate_id: int) -> set[str]:
    grids = {g.id: g.code for g in await estates.grids_of(conn, estate_id)}
    return {grids[g] for e, g in viewer.butler_grids() if e == estate_id and g in grids}


async def people(
    conn: AsyncConnection, estate: Estate, audience: Audience
) -> list[tuple[int, int | None]]:
    """(account, unit) of everyone in the audience (staff: no unit)."""
    if audience.scope == "staff":
        return [(a, None) for a in await notices.staff_of(conn, estate.id)]
    found = await notices.residents(
        conn, estate.id, audience.scope, audience.targets, audience.owners_only
    )
    return [(a, u) for a, u in found]


class Addressed(Protocol):
    """Anything sent to an audience and kept with it (an event, an outage, a survey)."""

    @property
    def scope(self) -> str: ...

    @property
    def targets(self) -> list[str]: ...


async def reached(conn: AsyncConnection, estate: Estate, item: Addressed) -> dict[int, int | None]:
    """Who something addressed to an audience reaches now: account -> unit."""
    return dict(await people(conn, estate, Audience(scope=item.scope, targets=item.targets)))
