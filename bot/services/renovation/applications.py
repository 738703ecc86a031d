"""Renovation applications (装修申报): apply, register workers, the owner's consent, review.

A resident applies from chat (the application is a draft until its workers are registered
and it is submitted); a tenant or family member attaches the owner's written authorisation
(委托书) and, when the owner is bound to the unit, the owner approves in chat. The reviewer
approves, or rejects with a reason per item; the resident fixes and resubmits. On approval
the fees of the estate's table become bills of the unit (see permits.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.notify.notifier import Notifier
from bot.services.people.access import MANAGER, Viewer
from bot.services.renovation import common
from bot.services.renovation.catalog import WALL_DEMOLITION, works_of
from bot.services.renovation.common import Loaded, button, record, tell
from bot.services.renovation.ids import valid_id_number, valid_licence
from bot.services.renovation.permits import Permits
from storage.db import Database
from storage.models import (
    Bill,
    EstateDocument,
    RenovationEvent,
    RenovationFile,
    RenovationWork,
    RenovationWorker,
    WorkItem,
)
from storage.repositories import estates, people, renovations

MAX_DAYS = 180  # a renovation's permit runs at most half a year
MAX_WORKERS = 60
FILE_KINDS = ("authorisation", "licence", "qualification", "drawing")
ITEM_CONTRACTOR, ITEM_DRAWINGS, ITEM_AUTHORISATION = "contractor", "drawings", "authorisation"


class ApplyInput(BaseModel):
    """A filled application form (装修申请表)."""

    unit_id: int
    start_date: date
    end_date: date
    usage: str
    works: list[str]
    wall_m2: Decimal = Decimal(0)
    debris_m2: Decimal
    second: bool
    contractor_name: str
    contractor_licence: str
    contractor_qualification: str
    licence_photos: list[str]
    qualification_photos: list[str]
    drawings: list[str]
    authorisation: list[str] = Field(default_factory=list)


class WorkerInput(BaseModel):
    """One line of the 施工人员登记表."""

    name: str
    id_number: str
    photo: str


class ApplyStart(BaseModel):
    """What the form starts from: the unit, the estate's works and documents, a fix."""

    unit_id: int
    unit_code: str
    relation: str
    usage: str | None
    area: Decimal | None
    works: list[WorkItem]
    documents: list[EstateDocument]
    fix: ApplyInput | None = None  # the rejected application being fixed
    renovation_id: int | None = None
    rejected: list[str] = Field(default_factory=list)  # items the reviewer objected to
    state: str | None = None  # of the application being fixed


class RenovationView(BaseModel):
    """Everything the card of an application shows, and what this viewer may do with it."""

    loaded: Loaded
    works: list[RenovationWork]
    items: dict[str, WorkItem]
    workers: list[RenovationWorker]
    files: list[RenovationFile]
    events: list[RenovationEvent]
    bills: list[Bill]
    names: dict[int, str]
    actions: list[str]
    wet: bool = False  # works of wet areas declared: the waterproof test is needed


class Applications:
    """Applications from the form to the reviewer's decision."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, permits: Permits) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._permits = permits

    async def start(
        self, viewer: Viewer, unit_id: int, renovation_id: int | None = None
    ) -> ApplyStart:
        """Check the viewer may apply for the unit (or fix their application); what it needs."""
        occupancy = next((o for o in viewer.occupancies if o.unit_id == unit_id), None)
        if occupancy is None:
            raise NotFound()
        async with self._db.read() as conn:
            unit = await estates.unit(conn, unit_id)
            assert unit is not None
            live = [r for r in await renovations.of_unit(conn, unit_id) if r.state not in _ENDED]
            fix: ApplyInput | None = None
            rejected: list[str] = []
            state = None
            if renovation_id is not None:
                loaded = await self._own(conn, viewer, renovation_id)
                common.require_state(loaded.renovation, "draft", "rejected")
                fix, rejected = await self._as_input(conn, loaded)
                state = loaded.renovation.state
            elif live:
                raise InvalidInput("renovation-already-open", number=live[0].number)
            works = works_of(await renovations.work_items(conn, unit.estate_id))
            documents = await renovations.documents(conn, unit.estate_id)
        area = Decimal(unit.area_centi_m2).scaleb(-2).normalize() if unit.area_centi_m2 else None
        return ApplyStart(
            unit_id=unit.id,
            unit_code=unit.code,
            relation=occupancy.relation,
            usage=unit.usage if unit.usage in ("residential", "office") else None,
            area=area,
            works=works,
            documents=documents,
            fix=fix,
            renovation_id=renovation_id,
            rejected=rejected,
            state=state,
        )

    async def document(self, viewer: Viewer, estate_id: int, kind: str) -> bytes | None:
        """A document's bytes, for its first upload."""
        if estate_id not in {o.estate_id for o in viewer.occupancies} | {
            s.estate_id for s in viewer.staff
        }:
            raise NotFound()
        async with self._db.read() as conn:
            return await renovations.document_content(conn, estate_id, kind)

    async def document_sent(self, estate_id: int, kind: str, file_id: str) -> None:
        """Remember Telegram's id of an uploaded document."""
        async with self._db.transaction() as conn:
            await renovations.set_document_file(conn, estate_id, kind, file_id)

    async def apply(
        self, viewer: Viewer, form: ApplyInput, token: str, renovation_id: int | None = None
    ) -> int:
        """Store the application as a draft (or the fixed one, resubmitted); return its id."""
        start = await self.start(viewer, form.unit_id, renovation_id)
        _check(form, start)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return int(earlier)
            unit = await estates.unit(conn, form.unit_id)
            assert unit is not None
            values = {
                "usage": form.usage,
                "start_date": form.start_date,
                "end_date": form.end_date,
                "second": form.second,
                "debris_centi_m2": int(form.debris_m2 * 100),
                "contractor_name": form.contractor_name.strip(),
                "contractor_licence": form.contractor_licence.strip().upper(),
                "contractor_qualification": form.contractor_qualification.strip(),
                "rules_read_at": now,
                "updated_at": now,
            }
            if renovation_id is None:
                year = now.year
                number = await common.next_number(conn, unit.estate_id, "ZX", year)
                renovation_id = await renovations.add(
                    conn,
                    values
                    | {
                        "estate_id": unit.estate_id,
                        "unit_id": unit.id,
                        "number": number,
                        "applicant_account_id": viewer.account.id,
                        "relation": start.relation,
                        "state": "draft",
                        "created_at": now,
                    },
                )
                await record(conn, renovation_id, now, viewer, "applied")
            else:
                await renovations.change(conn, renovation_id, values)
                await record(conn, renovation_id, now, viewer, "fixed")
            wall = int(form.wall_m2 * 100)
            await renovations.put_works(
                conn,
                renovation_id,
                [
                    {"code": c, "area_centi_m2": wall if c == WALL_DEMOLITION else 0}
                    for c in form.works
                ],
            )
            await renovations.drop_files(conn, renovation_id, FILE_KINDS)
            for kind, photos in (
                ("authorisation", form.authorisation),
                ("licence", form.licence_photos),
                ("qualification", form.qualification_photos),
                ("drawing", form.drawings),
            ):
                await renovations.add_files(conn, renovation_id, kind, photos)
            await flows.record(conn, viewer.account.id, token, str(renovation_id))
        return renovation_id

    async def add_worker(
        self, viewer: Viewer, renovation_id: int, worker: WorkerInput, token: str
    ) -> RenovationWorker:
        """Register a worker; after approval their pass is billed (and issued once paid)."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await renovations.worker(conn, int(earlier))
                assert found is not None
                return found
            loaded = await self._own(conn, viewer, renovation_id, lock=True)
            common.require_state(loaded.renovation, *ADDS_WORKERS)
            _check_worker(worker)
            present = await renovations.workers_of(conn, renovation_id)
            if len([w for w in present if w.state not in ("revoked", "returned")]) >= MAX_WORKERS:
                raise InvalidInput("renovation-too-many-workers", max=MAX_WORKERS)
            if any(
                w.id_number == worker.id_number.upper() and w.state != "removed" for w in present
            ):
                raise InvalidInput("renovation-worker-twice")
            worker_id = await renovations.add_worker(
                conn,
                {
                    "renovation_id": renovation_id,
                    "name": worker.name.strip(),
                    "id_number": worker.id_number.strip().upper(),
                    "photo_file_id": worker.photo,
                    "state": "listed",
                    "created_at": now,
                },
            )
            await record(conn, renovation_id, now, viewer, "worker_added", worker.name.strip())
            if loaded.renovation.state in common.LIVE:
                await self._permits.bill_pass(conn, loaded, worker_id)
            await flows.record(conn, viewer.account.id, token, str(worker_id))
            added = await renovations.worker(conn, worker_id)
        assert added is not None
        return added

    async def remove_worker(self, viewer: Viewer, worker_id: int) -> int:
        """Take a worker off an application not yet approved; return the application's id."""
        async with self._db.transaction() as conn:
            worker = await renovations.worker(conn, worker_id)
            if worker is None:
                raise NotFound()
            loaded = await self._own(conn, viewer, worker.renovation_id, lock=True)
            common.require_state(loaded.renovation, "draft", "rejected")
            await renovations.change_worker(conn, worker_id, {"state": "removed"})
            await record(
                conn,
                worker.renovation_id,
                self._clock.now(),
                viewer,
                "worker_removed",
                worker.name,
            )
        return worker.renovation_id

    async def submit(self, viewer: Viewer, renovation_id: int) -> str:
        """Send the application on: to the owner for consent, or to review; the new state."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await self._own(conn, viewer, renovation_id, lock=True)
            renovation = loaded.renovation
            common.require_state(renovation, "draft", "rejected")
            workers = [
                w for w in await renovations.workers_of(conn, renovation_id) if w.state == "listed"
            ]
            if not workers:
                raise InvalidInput("renovation-need-workers")
            for worker in workers:  # a reviewer's old objection is answered by resubmitting
                if worker.reason:
                    await renovations.change_worker(conn, worker.id, {"reason": ""})
            owners = [
                a
                for a in await people.owners_of_unit(conn, renovation.unit_id)
                if a != renovation.applicant_account_id
            ]
            consent = (
                renovation.relation != "owner" and owners and not renovation.owner_approved_by
            )
            state = "awaiting_owner" if consent else "submitted"
            await renovations.change(conn, renovation_id, {"state": state, "updated_at": now})
            event = await record(conn, renovation_id, now, viewer, state)
            loaded = await common.load(conn, renovation_id)
            if consent:
                await self._ask_owner(conn, loaded, owners, viewer.account.name, event)
            else:
                await self._ask_review(conn, loaded, event)
        return state

    async def owner_decides(self, viewer: Viewer, renovation_id: int, agree: bool) -> None:
        """The bound owner consents to a tenant's or family member's application, or not."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, renovation_id, lock=True)
            renovation = loaded.renovation
            if viewer.account.id not in await people.owners_of_unit(conn, renovation.unit_id):
                raise NotFound()
            common.require_state(renovation, "awaiting_owner")
            state = "submitted" if agree else "draft"
            values = {"state": state, "updated_at": now}
            if agree:
                values["owner_approved_by"] = viewer.account.id
            await renovations.change(conn, renovation_id, values)
            action = "owner_agreed" if agree else "owner_declined"
            event = await record(conn, renovation_id, now, viewer, action)
            loaded = await common.load(conn, renovation_id)
            applicant = (
                [renovation.applicant_account_id] if renovation.applicant_account_id else []
            )
            key = "renovation-owner-agreed" if agree else "renovation-owner-declined"
            await tell(
                conn, self._notifier, loaded, applicant, key, f"owner:{event}", resident=True
            )
            if agree:
                await self._ask_review(conn, loaded, event)

    async def cancel(self, viewer: Viewer, renovation_id: int) -> None:
        """The applicant withdraws an application not yet approved."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await self._own(conn, viewer, renovation_id, lock=True)
            common.require_state(
                loaded.renovation, "draft", "awaiting_owner", "submitted", "rejected"
            )
            await renovations.change(
                conn, renovation_id, {"state": "cancelled", "updated_at": now}
            )
            await record(conn, renovation_id, now, viewer, "cancelled")

    async def check_review(self, viewer: Viewer, renovation_id: int) -> RenovationView:
        """An application the viewer may review now."""
        view = await self.view(viewer, renovation_id)
        if "review" not in view.actions:
            common.require_state(view.loaded.renovation, "submitted")
            raise NotAllowed()
        return view

    async def review(
        self, viewer: Viewer, renovation_id: int, objections: dict[str, str], token: str
    ) -> str:
        """Approve (no objections: the fees are billed) or reject with a reason per item."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return earlier
            loaded = await common.load(conn, renovation_id, lock=True)
            if not await self._reviews(conn, viewer, loaded):
                raise NotAllowed()
            common.require_state(loaded.renovation, "submitted")
            works = {w.code for w in await renovations.works_of(conn, renovation_id)}
            workers = {
                f"w{w.id}": w
                for w in await renovations.workers_of(conn, renovation_id)
                if w.state == "listed"
            }
            for item, reason in objections.items():
                if item in works:
                    await renovations.set_verdict(conn, renovation_id, item, "rejected", reason)
                elif item in workers:
                    await renovations.change_worker(conn, workers[item].id, {"reason": reason})
            state = "rejected" if objections else "approved"
            await renovations.change(conn, renovation_id, {"state": state, "updated_at": now})
            event = await record(
                conn, renovation_id, now, viewer, state, data={"objections": objections}
            )
            loaded = await common.load(conn, renovation_id)
            if state == "approved":
                for code in works:
                    await renovations.set_verdict(conn, renovation_id, code, "ok", "")
                await self._permits.bill(conn, loaded)
            else:
                items = works_of(await renovations.work_items(conn, loaded.estate.id))
                reasons = [
                    {
                        "key": "renovation-reason-line",
                        "args": {"item": _item_text(item, items, workers), "reason": reason},
                    }
                    for item, reason in objections.items()
                ]
                household = await common.household(conn, loaded.renovation)
                await tell(
                    conn,
                    self._notifier,
                    loaded,
                    household,
                    "renovation-rejected",
                    f"rejected:{event}",
                    args={"reasons": reasons},
                    resident=True,
                )
            await flows.record(conn, viewer.account.id, token, state)
        return state

    async def view(self, viewer: Viewer, renovation_id: int) -> RenovationView:
        """The application's card for this viewer."""
        async with self._db.read() as conn:
            loaded = await common.load(conn, renovation_id)
            if not common.may_see(viewer, loaded):
                raise NotFound()
            events = await renovations.events_of(conn, renovation_id)
            items = {
                w.code: w for w in works_of(await renovations.work_items(conn, loaded.estate.id))
            }
            workers = [
                w
                for w in await renovations.workers_of(conn, renovation_id)
                if w.state != "removed"
            ]
            own_bills = await common.own_bills(conn, loaded.renovation)
            ids = [e.account_id for e in events if e.account_id]
            names = await people.names(conn, ids)
            owing = any(b.open_minor for b in own_bills)
            declared = await renovations.works_of(conn, renovation_id)
            declared.sort(key=lambda w: items[w.code].position if w.code in items else 99)
            wet = any(items[w.code].wet for w in declared if w.code in items)
            actions = await self._actions(conn, viewer, loaded, owing, wet)
            return RenovationView(
                loaded=loaded,
                works=declared,
                items=items,
                workers=workers,
                files=await renovations.files_of(conn, renovation_id),
                events=events,
                bills=own_bills,
                names=names,
                actions=actions,
                wet=wet,
            )

    async def listed(self, viewer: Viewer, renovation_id: int, id_number: str) -> bool:
        """Tell whether a worker with this ID number is on the viewer's application already."""
        async with self._db.read() as conn:
            loaded = await self._own(conn, viewer, renovation_id)
            workers = await renovations.workers_of(conn, loaded.renovation.id)
        return any(w.id_number == id_number and w.state != "removed" for w in workers)

    async def of_viewer(self, viewer: Viewer) -> list[Loaded]:
        """The viewer's applications (a resident's units), newest first."""
        found: list[Loaded] = []
        async with self._db.read() as conn:
            for occupancy in viewer.occupancies:
                for renovation in await renovations.of_unit(conn, occupancy.unit_id):
                    if renovation.state != "cancelled":
                        found.append(await common.load(conn, renovation.id))
        return found

    async def live(self, viewer: Viewer) -> list[Loaded]:
        """The applications in progress that a staff member looks after."""
        found: list[Loaded] = []
        async with self._db.read() as conn:
            for role in viewer.staff:
                grids = None if role.role in (MANAGER, "technician") else role.grid_ids
                for renovation in await renovations.live_of_estate(conn, role.estate_id, grids):
                    if renovation.state not in ("draft", "cancelled"):
                        found.append(await common.load(conn, renovation.id))
        return found

    async def _actions(
        self, conn: AsyncConnection, viewer: Viewer, loaded: Loaded, owing: bool, wet: bool
    ) -> list[str]:
        """What the viewer may do with the application now (the card's buttons)."""
        renovation, state = loaded.renovation, loaded.renovation.state
        found: list[str] = []
        if common.is_household(viewer, renovation):
            mine = renovation.applicant_account_id == viewer.account.id
            owner = viewer.account.id in await people.owners_of_unit(conn, renovation.unit_id)
            if state == "awaiting_owner" and owner and not mine:
                found += ["owner_ok", "owner_no"]
            if mine or owner:
                found += {
                    "draft": ["worker", "submit", "fix", "cancel"],
                    "rejected": ["fix", "worker", "submit", "cancel"],
                    "awaiting_owner": ["cancel"],
                    "submitted": ["cancel"],
                    "permitted": ["worker", "complete"],
                }.get(state, [])
                if owing:
                    found.append("pay")
        if common.is_site_staff(viewer, loaded):
            if state == "submitted" and await self._reviews(conn, viewer, loaded):
                found.append("review")
            if owing:
                found.append("counter")
            if state == "permitted":
                found.append("inspect")
                if wet and renovation.water_state in ("none", "failed"):
                    found.append("water_book")
                if renovation.water_state == "booked":
                    found.append("water_result")
            if state in ("completed", "fixing"):
                found.append("accept")
            if state in ("permitted", "completed", "fixing"):
                found.append("violation")  # 违章处理: a problem the household does not fix
        found.append("files")
        found.append("history")
        return list(dict.fromkeys(found))

    async def _reviews(self, conn: AsyncConnection, viewer: Viewer, loaded: Loaded) -> bool:
        """The estate's reviewers: its managers, or the role it names."""
        _days, role = await renovations.settings(conn, loaded.estate.id)
        return any(
            s.estate_id == loaded.estate.id and s.role in (role, MANAGER) for s in viewer.staff
        )

    async def _own(
        self, conn: AsyncConnection, viewer: Viewer, renovation_id: int, *, lock: bool = False
    ) -> Loaded:
        """An application the viewer applied for, or owns the unit of."""
        loaded = await common.load(conn, renovation_id, lock=lock)
        renovation = loaded.renovation
        mine = renovation.applicant_account_id == viewer.account.id
        owner = common.is_household(viewer, renovation) and any(
            o.unit_id == renovation.unit_id and o.relation == "owner" for o in viewer.occupancies
        )
        if not (mine or owner):
            raise NotFound()
        return loaded

    async def _as_input(
        self, conn: AsyncConnection, loaded: Loaded
    ) -> tuple[ApplyInput, list[str]]:
        """A stored application as the form (to fix it), and the items rejected."""
        renovation = loaded.renovation
        works = await renovations.works_of(conn, renovation.id)
        files = await renovations.files_of(conn, renovation.id)
        events = await renovations.events_of(conn, renovation.id)
        rejected = next(
            (
                list(e.data.get("objections", {}))
                for e in reversed(events)
                if e.action == "rejected"
            ),
            [],
        )
        wall = next((w.area_centi_m2 for w in works if w.code == WALL_DEMOLITION), 0)

        def photos(kind: str) -> list[str]:
            return [f.file_id for f in files if f.kind == kind]

        form = ApplyInput(
            unit_id=renovation.unit_id,
            start_date=renovation.start_date,
            end_date=renovation.end_date,
            usage=renovation.usage,
            works=[w.code for w in works],
            wall_m2=Decimal(wall).scaleb(-2),
            debris_m2=Decimal(renovation.debris_centi_m2).scaleb(-2),
            second=renovation.second,
            contractor_name=renovation.contractor_name,
            contractor_licence=renovation.contractor_licence,
            contractor_qualification=renovation.contractor_qualification,
            licence_photos=photos("licence"),
            qualification_photos=photos("qualification"),
            drawings=photos("drawing"),
            authorisation=photos("authorisation"),
        )
        return form, rejected

    async def _ask_owner(
        self, conn: AsyncConnection, loaded: Loaded, owners: list[int], applicant: str, event: int
    ) -> None:
        """Ask the bound owners to consent to the application."""
        rid = loaded.renovation.id
        await tell(
            conn,
            self._notifier,
            loaded,
            owners,
            "renovation-owner-ask",
            f"owner-ask:{event}",
            args={"applicant": applicant},
            buttons=[
                [
                    button("renovation-button-owner-ok", "owner_ok", rid),
                    button("renovation-button-owner-no", "owner_no", rid),
                ],
                [button("renovation-button-open", "view", rid)],
            ],
            resident=True,
        )

    async def _ask_review(self, conn: AsyncConnection, loaded: Loaded, event: int) -> None:
        """The application, to its reviewers."""
        _days, role = await renovations.settings(conn, loaded.estate.id)
        reviewers = set(await people.staff_accounts(conn, loaded.estate.id, role))
        reviewers |= set(await people.staff_accounts(conn, loaded.estate.id, MANAGER))
        rid = loaded.renovation.id
        await tell(
            conn,
            self._notifier,
            loaded,
            sorted(reviewers),
            "renovation-review-ask",
            f"review:{event}",
            buttons=common.with_open(rid, ("renovation-button-review", "review")),
        )


_ENDED = ("closed", "cancelled")
ADDS_WORKERS = ("draft", "rejected", "approved", "permitted")


def _item_text(item: str, works: list[WorkItem], workers: dict[str, RenovationWorker]) -> object:
    """An objected item as a text: a work's code, a worker's name, or a part of the form."""
    if item in workers:
        return workers[item].name
    keys = {
        ITEM_CONTRACTOR: "renovation-item-contractor",
        ITEM_DRAWINGS: "renovation-item-drawings",
        ITEM_AUTHORISATION: "renovation-item-authorisation",
    }
    if item in keys:
        return {"key": keys[item]}
    work = next((w for w in works if w.code == item), None)
    names = {"zh": work.name_zh, "en": work.name_en} if work else {"zh": item, "en": item}
    return {"key": "renovation-item-work", "args": names}


def _check(form: ApplyInput, start: ApplyStart) -> None:
    """What the form must hold before it is stored (the flow asks for each; this is the net)."""
    if form.end_date < form.start_date or (form.end_date - form.start_date).days > MAX_DAYS:
        raise InvalidInput("renovation-bad-dates", max=MAX_DAYS)
    known = {w.code for w in start.works}
    if not form.works or any(code not in known for code in form.works):
        raise InvalidInput("renovation-need-works")
    if not valid_licence(form.contractor_licence):
        raise InvalidInput("renovation-bad-licence")
    if not (form.licence_photos and form.qualification_photos and form.drawings):
        raise InvalidInput("renovation-need-papers")
    if start.relation != "owner" and not form.authorisation:
        raise InvalidInput("renovation-need-authorisation")


def _check_worker(worker: WorkerInput) -> None:
    """A worker needs a name, a valid ID number and a photo."""
    if not worker.name.strip() or not worker.photo:
        raise InvalidInput("renovation-bad-worker")
    if not valid_id_number(worker.id_number):
        raise InvalidInput("renovation-bad-id-number")
