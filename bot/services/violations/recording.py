"""Recording violations: staff on the spot (劝导), from a patrol or an inspection, residents'
reports (违章举报); the case card and the lists."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.common import local_today
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer, may_manage, may_work_grid
from bot.services.renovation.common import next_number
from bot.services.violations import common
from bot.services.violations.catalog import PERSUASION, kind_text, kinds_of
from bot.services.violations.common import Loaded, tell
from bot.services.violations.reminders import ViolationReminders
from storage.db import Database
from storage.models import Estate, ViolationEvent, ViolationKind
from storage.repositories import estates, patrols, people, renovations, violations

MAX_PLACE, MAX_FACTS, MAX_PHOTOS = 200, 1000, 5
LIST_AT_MOST = 30


class StaffRecord(BaseModel):
    """A violation a staff member records: what, where, the 劝导's result."""

    estate_id: int
    kind: str
    unit_id: int | None = None
    place: str
    facts: str
    photos: list[str] = Field(default_factory=list)
    persuasion: str  # complied | refused | absent
    serious: bool = False
    source: str = "staff"  # staff | patrol | renovation
    renovation_id: int | None = None
    task_id: int | None = None
    position: int | None = None


class ResidentReport(BaseModel):
    """A resident's report (违章举报): what, where, photos; never shown to the household."""

    unit_id: int  # the reporter's own unit: the estate and grid that look into it
    kind: str
    place: str
    facts: str
    photos: list[str]


class ViolationView(BaseModel):
    """A case as its viewer may see it."""

    loaded: Loaded
    kinds: list[ViolationKind]
    events: list[ViolationEvent]
    files: list[tuple[int | None, str]]
    names: dict[int, str]  # who did each step (staff only: residents see no names)
    role: str  # handler | assist | staff | household | reporter
    today: date
    may_confirm: bool
    renovation: str | None  # the linked renovation's number

    @property
    def staff(self) -> bool:
        """Tell whether the viewer sees it as staff."""
        return self.role in ("handler", "assist", "staff")

    @property
    def overdue(self) -> bool:
        """An open case past its deadline."""
        v = self.loaded.violation
        return v.state == "open" and v.deadline is not None and v.deadline < self.today


class Listed(BaseModel):
    """One line of a list: a case with its unit's code."""

    loaded: Loaded
    today: date

    @property
    def overdue(self) -> bool:
        """An open case past its deadline."""
        v = self.loaded.violation
        return v.state == "open" and v.deadline is not None and v.deadline < self.today


def may_confirm(viewer: Viewer, loaded: Loaded, managers: list[int]) -> bool:
    """A manager other than the one who asked (the asker only when the estate has no other)."""
    pending = loaded.violation.pending
    if not pending or not may_manage(viewer, loaded.estate.id):
        return False
    asker = pending.get("by")
    others = [m for m in managers if m != asker]
    return viewer.account.id != asker or not others


class Recording:
    """Open a case, show it, list them."""

    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, reminders: ViolationReminders
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._reminders = reminders

    async def kinds(self, estate_id: int) -> list[ViolationKind]:
        """The estate's active kinds."""
        async with self._db.read() as conn:
            return kinds_of(await violations.kinds(conn, estate_id))

    def staff_estate(self, viewer: Viewer) -> int:
        """The estate a staff member records for (their first); residents are refused."""
        if not viewer.staff:
            raise NotAllowed("violation-staff-only")
        return viewer.staff[0].estate_id

    async def unit_by_code(self, viewer: Viewer, estate_id: int, code: str) -> int:
        """A unit of the estate by its code, for a staff member typing it."""
        if not common.is_staff(viewer, estate_id):
            raise NotAllowed("violation-staff-only")
        async with self._db.read() as conn:
            unit = await estates.unit_by_code(conn, estate_id, code.strip())
        if unit is None:
            raise InvalidInput("violation-unknown-unit", unit=code.strip()[:40])
        return unit.id

    async def source_of(
        self, viewer: Viewer, source: str, ref: int, position: int = 0
    ) -> dict[str, Any]:
        """What a patrol problem or a renovation inspection brings to a new case."""
        async with self._db.read() as conn:
            if source == "patrol":
                task = await patrols.task(conn, ref)
                if task is None or not may_work_grid(viewer, task.estate_id, task.grid_id):
                    raise NotFound()
                found = {r.position: r for r in await patrols.results(conn, task.id)}
                result = found.get(position)
                if result is None or result.ok:
                    raise NotFound()
                return {
                    "estate_id": task.estate_id,
                    "facts": result.note,
                    "photos": [result.photo_file_id] if result.photo_file_id else [],
                }
            renovation = await renovations.get(conn, ref)
            unit = await estates.unit(conn, renovation.unit_id) if renovation else None
            if renovation is None or unit is None or not common.is_staff(viewer, unit.estate_id):
                raise NotFound()
            events = await renovations.events_of(conn, renovation.id)
            files = await renovations.files_of(conn, renovation.id)
        inspected = [e for e in events if e.action == "inspected_problem"]
        last = inspected[-1] if inspected else None
        photos = [f.file_id for f in files if last is not None and f.event_id == last.id]
        return {
            "estate_id": unit.estate_id,
            "unit_id": unit.id,
            "unit_code": unit.code,
            "facts": last.note if last else "",
            "photos": photos[:MAX_PHOTOS],
            "renovation": renovation.number,
        }

    async def record(self, viewer: Viewer, form: StaffRecord, token: str) -> Loaded:
        """Record a violation; unless the 劝导 worked, its handler is told."""
        if not common.is_staff(viewer, form.estate_id):
            raise NotAllowed("violation-staff-only")
        _check_texts(form.place, form.facts, form.photos)
        if form.persuasion not in PERSUASION:
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return await common.load(conn, int(earlier))
            estate = await _estate(conn, form.estate_id)
            kind = await _kind(conn, estate, form.kind)
            grid_id, unit_id = await self._place_of(conn, viewer, form)
            general, serious = await violations.heads(conn, estate.id)
            complied = form.persuasion == "complied"
            vid = await violations.add(
                conn,
                {
                    "estate_id": estate.id,
                    "grid_id": grid_id,
                    "unit_id": unit_id,
                    "number": await _number(conn, estate, now),
                    "kind": kind.code,
                    "category": kind.category,
                    "serious": form.serious,
                    "source": form.source,
                    "renovation_id": form.renovation_id,
                    "reporter_account_id": viewer.account.id,
                    "handler_account_id": serious if form.serious else general,
                    "place": form.place.strip(),
                    "facts": form.facts.strip(),
                    "state": "closed" if complied else "open",
                    "step": "persuaded" if form.persuasion != "absent" else "reported",
                    "outcome": "complied" if complied else "",
                    "created_at": now,
                    "updated_at": now,
                    "closed_at": now if complied else None,
                },
            )
            data: dict[str, Any] = {"source": form.source, "persuasion": form.persuasion}
            if form.task_id is not None:
                data |= {"task_id": form.task_id, "position": form.position}
            await common.record(
                conn, vid, now, viewer, "recorded", form.facts.strip(), data, form.photos
            )
            loaded = await common.load(conn, vid)
            if not complied:
                await self._tell_handlers(conn, loaded, viewer, "violation-new-staff")
            await flows.record(conn, viewer.account.id, token, str(vid))
            return loaded

    async def report(self, viewer: Viewer, form: ResidentReport, token: str) -> Loaded:
        """A resident's report: the handler and the grid's butlers are told, not the household."""
        occupancy = next((o for o in viewer.occupancies if o.unit_id == form.unit_id), None)
        if occupancy is None:
            raise NotAllowed("violation-residents-only")
        _check_texts(form.place, form.facts, form.photos)
        if not form.photos:
            raise InvalidInput("violation-need-photos")
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return await common.load(conn, int(earlier))
            unit = await estates.unit(conn, form.unit_id)
            if unit is None:
                raise NotFound()
            estate = await _estate(conn, unit.estate_id)
            kind = await _kind(conn, estate, form.kind)
            general, _serious = await violations.heads(conn, estate.id)
            vid = await violations.add(
                conn,
                {
                    "estate_id": estate.id,
                    "grid_id": unit.grid_id,
                    "unit_id": None,  # the reported household is found by staff, not named
                    "number": await _number(conn, estate, now),
                    "kind": kind.code,
                    "category": kind.category,
                    "serious": False,
                    "source": "resident",
                    "reporter_account_id": viewer.account.id,
                    "handler_account_id": general,
                    "place": form.place.strip(),
                    "facts": form.facts.strip(),
                    "state": "open",
                    "step": "reported",
                    "created_at": now,
                    "updated_at": now,
                },
            )
            await common.record(
                conn, vid, now, viewer, "reported", form.facts.strip(), {}, form.photos
            )
            loaded = await common.load(conn, vid)
            await self._tell_handlers(conn, loaded, viewer, "violation-new-report")
            await flows.record(conn, viewer.account.id, token, str(vid))
            return loaded

    async def _tell_handlers(
        self, conn: AsyncConnection, loaded: Loaded, viewer: Viewer, key: str
    ) -> None:
        violation = loaded.violation
        targets = await common.handlers(conn, violation) + await common.assistants(conn, violation)
        files = await violations.files_of(conn, violation.id)
        await tell(
            conn,
            self._notifier,
            loaded,
            targets,
            key,
            "new",
            args={
                "kind": kind_text(
                    await violations.kinds(conn, violation.estate_id), violation.kind
                ),
                "place": violation.place,
                "facts": violation.facts or "-",
                "by": viewer.account.name,
            },
            photos=[f for _e, f in files][:1],
            skip=viewer.account.id,
        )

    async def _place_of(
        self, conn: AsyncConnection, viewer: Viewer, form: StaffRecord
    ) -> tuple[int | None, int | None]:
        """The case's (grid, unit): from its unit, patrol task, or the recorder's grid."""
        unit_id = form.unit_id
        if form.renovation_id is not None:
            renovation = await renovations.get(conn, form.renovation_id)
            if renovation is None or renovation.estate_id != form.estate_id:
                raise NotFound()
            unit_id = renovation.unit_id
        if unit_id is not None:
            unit = await estates.unit(conn, unit_id)
            if unit is None or unit.estate_id != form.estate_id:
                raise NotFound()
            return unit.grid_id, unit.id
        if form.task_id is not None:
            task = await patrols.task(conn, form.task_id)
            if task is None or not may_work_grid(viewer, task.estate_id, task.grid_id):
                raise NotFound()
            return task.grid_id, None
        grids = sorted(g for e, g in viewer.butler_grids() if e == form.estate_id)
        return (grids[0] if grids else None), None

    async def view(self, viewer: Viewer, violation_id: int) -> ViolationView:
        """A case the viewer may see, as they may see it."""
        async with self._db.read() as conn:
            loaded = await common.load(conn, violation_id)
            violation = loaded.violation
            if not common.may_see(viewer, violation):
                raise NotFound()
            if common.may_handle(viewer, violation):
                role = "handler"
            elif common.may_assist(viewer, violation):
                role = "assist"
            elif common.is_staff(viewer, violation.estate_id):
                role = "staff"
            elif common.is_household(viewer, violation) and violation.notice_state != "none":
                role = "household"
            else:
                role = "reporter"
            events = await violations.events_of(conn, violation.id)
            staff = role in ("handler", "assist", "staff")
            ids = {e.account_id for e in events if e.account_id is not None}
            ids |= {a for a in (violation.handler_account_id, violation.reporter_account_id) if a}
            names = await people.names(conn, sorted(ids)) if staff else {}
            managers = await people.staff_accounts(conn, loaded.estate.id, "manager")
            renovation = (
                await renovations.get(conn, violation.renovation_id)
                if violation.renovation_id
                else None
            )
            return ViolationView(
                loaded=loaded,
                kinds=kinds_of(await violations.kinds(conn, loaded.estate.id)),
                events=events,
                files=await violations.files_of(conn, violation.id) if staff else [],
                names=names,
                role=role,
                today=local_today(self._clock.now(), loaded.estate),
                may_confirm=may_confirm(viewer, loaded, managers),
                renovation=renovation.number if renovation and staff else None,
            )

    async def listed(self, viewer: Viewer) -> list[Listed]:
        """Open cases the viewer works, overdue first, then by deadline and age."""
        if not viewer.staff:
            raise NotAllowed("violation-staff-only")
        found: list[Listed] = []
        async with self._db.read() as conn:
            for estate_id in sorted({s.estate_id for s in viewer.staff}):
                estate = await _estate(conn, estate_id)
                today = local_today(self._clock.now(), estate)
                for violation in await violations.open_of_estate(conn, estate_id):
                    if common.may_assist(viewer, violation) or (
                        violation.reporter_account_id == viewer.account.id
                    ):
                        unit = (
                            await estates.unit(conn, violation.unit_id)
                            if violation.unit_id
                            else None
                        )
                        loaded = Loaded(violation=violation, estate=estate, unit=unit)
                        found.append(Listed(loaded=loaded, today=today))
        far = date.max
        found.sort(
            key=lambda x: (
                not x.overdue,
                x.loaded.violation.deadline or far,
                x.loaded.violation.id,
            )
        )
        return found

    async def of_resident(self, viewer: Viewer) -> tuple[list[Listed], list[Listed]]:
        """(notices to the viewer's households, the viewer's own reports), newest first."""
        if not viewer.occupancies:
            raise NotAllowed("violation-residents-only")
        async with self._db.read() as conn:
            units = [o.unit_id for o in viewer.occupancies]
            noticed = await violations.noticed_to_units(conn, units)
            reported = await violations.reported_by(conn, viewer.account.id, "resident")
            out: tuple[list[Listed], list[Listed]] = ([], [])
            for bucket, items in zip(out, (noticed, reported), strict=True):
                for violation in items[:LIST_AT_MOST]:
                    estate = await _estate(conn, violation.estate_id)
                    # a reporter never learns the household; the household sees its own unit
                    unit = (
                        await estates.unit(conn, violation.unit_id)
                        if violation.unit_id and bucket is out[0]
                        else None
                    )
                    today = local_today(self._clock.now(), estate)
                    bucket.append(
                        Listed(
                            loaded=Loaded(violation=violation, estate=estate, unit=unit),
                            today=today,
                        )
                    )
            return out


def _check_texts(place: str, facts: str, photos: list[str]) -> None:
    if not place.strip() or len(place) > MAX_PLACE:
        raise InvalidInput("violation-bad-place", limit=MAX_PLACE)
    if len(facts) > MAX_FACTS:
        raise InvalidInput("violation-bad-facts", limit=MAX_FACTS)
    if len(photos) > MAX_PHOTOS:
        raise InvalidInput("violation-too-many-photos", limit=MAX_PHOTOS)


async def _estate(conn: AsyncConnection, estate_id: int) -> Estate:
    estate = await estates.estate(conn, estate_id)
    if estate is None:
        raise NotFound()
    return estate


async def _kind(conn: AsyncConnection, estate: Estate, code: str) -> ViolationKind:
    found = next(
        (k for k in kinds_of(await violations.kinds(conn, estate.id)) if k.code == code), None
    )
    if found is None:
        raise InvalidInput("violation-unknown-kind")
    return found


async def _number(conn: AsyncConnection, estate: Estate, now: datetime) -> str:
    return await next_number(conn, estate.id, "WZ", local_today(now, estate).year)
