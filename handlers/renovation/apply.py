"""装修申报: the application form and the workers' registration, as flows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from telegram import InputFile

from bot.callbacks import RenovationAct, RenovationApply
from bot.context import BotContext
from bot.errors import InvalidInput
from bot.services.renovation.applications import MAX_DAYS, ApplyInput, WorkerInput
from bot.services.renovation.catalog import DOCUMENT_KEYS, DOCUMENTS, WALL_DEMOLITION, work_name
from bot.services.renovation.estimate import MAX_AREA
from bot.services.renovation.ids import masked, valid_id_number, valid_licence
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Number, Option, Photos, Pick, Reply
from handlers.flow import Text as TextStep
from handlers.flow.common import YES_NO, resident_unit
from handlers.renovation import text
from handlers.renovation.estimate import USAGES
from storage.models import EstateDocument

READ = (Option("1", "renovation-read-accept"),)


class ApplyDraft(BaseModel):
    """The application form as it is filled in."""

    unit_id: int | None = None
    renovation_id: int | None = None
    relations: dict[str, str] = Field(default_factory=dict)  # unit id -> owner | tenant | family
    works_offered: list[list[str]] = Field(default_factory=list)  # [code, name, measured]
    area: str | None = None
    documents: list[str] = Field(default_factory=list)
    authorisation: list[str] = Field(default_factory=list)
    read: str | None = None
    usage: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    works: list[str] = Field(default_factory=list)
    wall_m2: str | None = None
    debris_m2: str | None = None
    second: bool | None = None
    contractor_name: str | None = None
    contractor_licence: str | None = None
    contractor_qualification: str | None = None
    licence_photos: list[str] = Field(default_factory=list)
    qualification_photos: list[str] = Field(default_factory=list)
    drawings: list[str] = Field(default_factory=list)
    rejected: list[str] = Field(default_factory=list)
    resubmit: bool = False  # a rejected application: sent on again once fixed

    def relation(self) -> str:
        """The applicant's tie to the chosen unit."""
        return self.relations.get(str(self.unit_id), "owner")


async def begin_apply(context: BotContext, args: dict[str, Any]) -> ApplyDraft:
    """A resident of the unit with no application open; the documents to read come first."""
    viewer = context.require_viewer()
    renovation_id = args.get("renovation_id")
    if renovation_id is not None:
        found = await context.services.renovations.view(viewer, renovation_id)
        unit_id: int | None = found.loaded.unit.id
    else:
        unit_id = args.get("unit_id") or resident_unit(context)
    if unit_id is None:
        raise InvalidInput("renovation-pick-unit")
    draft = ApplyDraft(
        unit_id=unit_id,
        renovation_id=renovation_id,
        relations={str(o.unit_id): o.relation for o in viewer.occupancies},
    )
    await _fill(context, draft, unit_id)
    return draft


async def _fill(context: BotContext, draft: ApplyDraft, unit_id: int) -> None:
    """What the unit's estate offers, the unit's record, and a rejected form's answers."""
    start = await context.services.renovations.start(
        context.require_viewer(), unit_id, draft.renovation_id
    )
    draft.works_offered = [
        [w.code, work_name(w, context.language), "1" if w.measured else ""] for w in start.works
    ]
    draft.area = f"{start.area:f}" if start.area is not None else None
    draft.usage = draft.usage or start.usage
    draft.documents = [d.kind for d in start.documents]
    if start.fix is not None:
        form = start.fix
        draft.read = "1"
        draft.usage = form.usage
        draft.start_date, draft.end_date = form.start_date.isoformat(), form.end_date.isoformat()
        draft.works = form.works
        draft.wall_m2 = f"{form.wall_m2.normalize():f}" if WALL_DEMOLITION in form.works else None
        draft.debris_m2 = f"{form.debris_m2.normalize():f}"
        draft.second = form.second
        draft.contractor_name = form.contractor_name
        draft.contractor_licence = form.contractor_licence
        draft.contractor_qualification = form.contractor_qualification
        draft.licence_photos = form.licence_photos
        draft.qualification_photos = form.qualification_photos
        draft.drawings = form.drawings
        draft.authorisation = form.authorisation
        draft.rejected = start.rejected
        draft.resubmit = start.state == "rejected"
    else:
        await send_documents(context, start.documents)


async def send_documents(context: BotContext, documents: list[EstateDocument]) -> None:
    """Send the estate's documents (uploaded once, then by Telegram's id)."""
    viewer = context.require_viewer()
    chat = viewer.account.telegram_id
    by_kind = {d.kind: d for d in documents}
    for kind in DOCUMENTS:
        document = by_kind.get(kind)
        if document is None:
            continue
        estate_id = document.estate_id
        caption = context.t(DOCUMENT_KEYS[kind])
        if document.file_id:
            await context.bot.send_document(chat, document.file_id, caption=caption)
            continue
        content = await context.services.renovations.document(viewer, estate_id, kind)
        if content is None:
            continue
        sent = await context.bot.send_document(
            chat, InputFile(content, filename=document.filename), caption=caption
        )
        if sent.document is not None:
            await context.services.renovations.document_sent(
                estate_id, kind, sent.document.file_id
            )


def prefilled(draft: ApplyDraft) -> list[str]:
    """A form being fixed: every answer stands except what the reviewer objected to."""
    if draft.renovation_id is None:
        return []
    asked = set()
    if "contractor" in draft.rejected:
        asked |= {"contractor_name", "contractor_licence", "contractor_qualification"}
        asked |= {"licence_photos", "qualification_photos"}
    if "drawings" in draft.rejected:
        asked.add("drawings")
    if "authorisation" in draft.rejected:
        asked.add("authorisation")
    if any(code in draft.rejected for code, _name, _m in draft.works_offered):
        asked |= {"works", "wall_m2"}
    fields = [
        "read", "usage", "start_date", "end_date", "works", "wall_m2", "debris_m2",
        "second", "contractor_name", "contractor_licence", "contractor_qualification",
        "licence_photos", "qualification_photos", "drawings", "authorisation",
    ]  # fmt: skip
    return [f for f in fields if f not in asked]


async def work_options(context: BotContext, draft: ApplyDraft) -> list[Option]:
    """The estate's works."""
    return [Option(code, name, literal=True) for code, name, _m in draft.works_offered]


async def area_options(context: BotContext, draft: ApplyDraft) -> list[Option]:
    """The unit's registered area, one tap away."""
    if draft.area is None:
        return []
    return [Option(draft.area, "renovation-use-unit-area", {"area": draft.area})]


async def checked_licence(context: BotContext, draft: ApplyDraft, value: str) -> str:
    """A business licence number (统一社会信用代码), or re-ask."""
    if not valid_licence(value):
        raise InvalidInput("renovation-bad-licence")
    return value.strip().upper()


async def checked_id(context: BotContext, draft: WorkerDraft, value: str) -> str:
    """A resident ID number with a right check digit, not on the list already, or re-ask."""
    if not valid_id_number(value):
        raise InvalidInput("renovation-bad-id-number")
    number = value.strip().upper()
    viewer = context.require_viewer()
    if await context.services.renovations.listed(viewer, draft.renovation_id, number):
        raise InvalidInput("renovation-worker-twice")
    return number


def _measured(draft: ApplyDraft) -> bool:
    return any(code in draft.works and m for code, _n, m in draft.works_offered)


async def summary(context: BotContext, draft: ApplyDraft) -> str:
    """The form as the resident confirms it."""
    names = {code: name for code, name, _m in draft.works_offered}
    return context.t(
        "renovation-apply-summary",
        unit=text_unit(context, draft),
        start=draft.start_date or "-",
        end=draft.end_date or "-",
        works=context.t("flow-list-separator").join(names.get(c, c) for c in draft.works),
        wall=draft.wall_m2 or "0",
        debris=draft.debris_m2 or "-",
        second=1 if draft.second else 0,
        contractor=draft.contractor_name or "-",
        licence=draft.contractor_licence or "-",
        qualification=draft.contractor_qualification or "-",
        photos=len(draft.licence_photos) + len(draft.qualification_photos),
        drawings=len(draft.drawings),
        authorisation=len(draft.authorisation),
        owner=1 if draft.relation() == "owner" else 0,
    )


def text_unit(context: BotContext, draft: ApplyDraft) -> str:
    """The chosen unit's code."""
    codes = {o.unit_id: o.unit_code for o in context.require_viewer().occupancies}
    return codes.get(draft.unit_id or 0, "-")


async def finish_apply(context: BotContext, draft: ApplyDraft, token: str) -> Reply:
    """Store the form; the card offers to register the workers and submit."""
    assert draft.unit_id is not None
    form = ApplyInput(
        unit_id=draft.unit_id,
        start_date=date.fromisoformat(draft.start_date or ""),
        end_date=date.fromisoformat(draft.end_date or ""),
        usage=draft.usage or "residential",
        works=draft.works,
        wall_m2=Decimal(draft.wall_m2 or "0") if WALL_DEMOLITION in draft.works else Decimal(0),
        debris_m2=Decimal(draft.debris_m2 or "0"),
        second=bool(draft.second),
        contractor_name=draft.contractor_name or "",
        contractor_licence=draft.contractor_licence or "",
        contractor_qualification=draft.contractor_qualification or "",
        licence_photos=draft.licence_photos,
        qualification_photos=draft.qualification_photos,
        drawings=draft.drawings,
        authorisation=draft.authorisation if draft.relation() != "owner" else [],
    )
    viewer = context.require_viewer()
    renovation_id = await context.services.renovations.apply(
        viewer, form, token, draft.renovation_id
    )
    key = "renovation-applied"
    if draft.renovation_id is not None:
        key = "renovation-fixed"
    if draft.resubmit:  # a rejected application, fixed: sent on again at once when it can be
        try:
            state = await context.services.renovations.submit(viewer, renovation_id)
            key = "renovation-resubmitted" if state == "submitted" else "renovation-fixed-owner"
        except InvalidInput:
            pass  # no worker left on the list: the card says to add one
    view = await context.services.renovations.view(viewer, renovation_id)
    body = context.t(key, number=view.loaded.renovation.number)
    card = text.card(context.t, context.language, view)
    return Reply(f"{body}\n\n{card}", text.card_markup(context.t, view))


APPLY = Flow(
    name="renovation_apply",
    title="flow-title-renovation-apply",
    draft=ApplyDraft,
    begin=begin_apply,
    finish=finish_apply,
    menu="reno_apply",
    keep_draft=True,
    prefilled=prefilled,
    prompt_args=lambda context, draft: {
        "unit": text_unit(context, draft),
        "documents": len(draft.documents),
        "days": MAX_DAYS,
    },
    entries=[
        Entry(
            RenovationAct,
            lambda data: {"renovation_id": data.renovation_id},
            when=lambda data: data.action == "fix",
        ),
        Entry(RenovationApply, lambda data: {"unit_id": data.unit_id}),
    ],
    steps=[
        Photos(
            field="authorisation",
            prompt="renovation-ask-authorisation",
            min_count=1,
            max_count=3,
            when=lambda d: d.relation() != "owner",
        ),
        Choice(field="read", prompt="renovation-ask-read", options=READ, columns=1),
        Choice(
            field="usage",
            prompt="renovation-apply-usage",
            options=USAGES,
            when=lambda d: d.usage is None,
        ),
        Day(field="start_date", prompt="renovation-ask-start", days_ahead=90),
        Day(field="end_date", prompt="renovation-ask-end", days_ahead=MAX_DAYS + 90),
        Pick(field="works", prompt="renovation-ask-works", options=work_options),
        Number(
            field="wall_m2",
            prompt="renovation-ask-wall-area",
            minimum=Decimal("0.1"),
            maximum=MAX_AREA,
            decimals=2,
            when=_measured,
        ),
        Number(
            field="debris_m2",
            prompt="renovation-apply-debris",
            minimum=Decimal(1),
            maximum=MAX_AREA,
            decimals=2,
            options=area_options,
        ),
        Choice(
            field="second",
            prompt="renovation-apply-second",
            options=YES_NO,
            parse=lambda v: v == "1",
        ),
        TextStep(
            field="contractor_name",
            prompt="renovation-ask-contractor",
            min_length=2,
            max_length=100,
        ),
        TextStep(
            field="contractor_licence",
            prompt="renovation-ask-licence",
            min_length=1,
            max_length=32,
            check=checked_licence,
        ),
        TextStep(
            field="contractor_qualification",
            prompt="renovation-ask-qualification",
            min_length=2,
            max_length=200,
        ),
        Photos(
            field="licence_photos", prompt="renovation-ask-licence-photo", min_count=1, max_count=3
        ),
        Photos(
            field="qualification_photos",
            prompt="renovation-ask-qualification-photo",
            min_count=1,
            max_count=3,
        ),
        Photos(field="drawings", prompt="renovation-ask-drawings", min_count=1, max_count=10),
        Confirm(
            summary=summary,
            editable=[
                ("start_date", "renovation-field-start"),
                ("end_date", "renovation-field-end"),
                ("works", "renovation-field-works"),
                ("wall_m2", "renovation-field-wall"),
                ("debris_m2", "renovation-field-debris"),
                ("second", "renovation-field-second"),
                ("contractor_name", "renovation-field-contractor"),
                ("contractor_licence", "renovation-field-licence"),
                ("contractor_qualification", "renovation-field-qualification"),
                ("licence_photos", "renovation-field-licence-photo"),
                ("qualification_photos", "renovation-field-qualification-photo"),
                ("drawings", "renovation-field-drawings"),
                ("authorisation", "renovation-field-authorisation"),
            ],
        ),
    ],
)


class WorkerDraft(BaseModel):
    """One worker for the 施工人员登记表."""

    renovation_id: int
    number: str = ""
    name: str | None = None
    id_number: str | None = None
    photo: list[str] = Field(default_factory=list)


async def begin_worker(context: BotContext, args: dict[str, Any]) -> WorkerDraft:
    """Only the household, while workers may be added."""
    view = await context.services.renovations.view(context.require_viewer(), args["renovation_id"])
    if "worker" not in view.actions:
        raise InvalidInput("renovation-worker-not-now")
    return WorkerDraft(
        renovation_id=view.loaded.renovation.id, number=view.loaded.renovation.number
    )


async def worker_summary(context: BotContext, draft: WorkerDraft) -> str:
    """The worker as registered."""
    return context.t(
        "renovation-worker-summary", name=draft.name or "-", id=masked(draft.id_number or "")
    )


async def finish_worker(context: BotContext, draft: WorkerDraft, token: str) -> Reply:
    """Register the worker; the card again, with what is next."""
    viewer = context.require_viewer()
    worker = WorkerInput(
        name=draft.name or "", id_number=draft.id_number or "", photo=draft.photo[0]
    )
    added = await context.services.renovations.add_worker(
        viewer, draft.renovation_id, worker, token
    )
    view = await context.services.renovations.view(viewer, draft.renovation_id)
    body = context.t(
        "renovation-worker-added", name=added.name, billed=1 if added.state == "unpaid" else 0
    )
    return Reply(
        f"{body}\n\n{text.card(context.t, context.language, view)}",
        text.card_markup(context.t, view),
    )


WORKER = Flow(
    name="renovation_worker",
    title="flow-title-renovation-worker",
    draft=WorkerDraft,
    begin=begin_worker,
    finish=finish_worker,
    prompt_args=lambda context, draft: {"number": draft.number},
    entries=[
        Entry(
            RenovationAct,
            lambda data: {"renovation_id": data.renovation_id},
            when=lambda data: data.action == "worker",
        )
    ],
    steps=[
        TextStep(field="name", prompt="renovation-ask-worker-name", min_length=2, max_length=32),
        TextStep(
            field="id_number",
            prompt="renovation-ask-worker-id",
            max_length=40,
            check=checked_id,
        ),
        Photos(field="photo", prompt="renovation-ask-worker-photo", min_count=1, max_count=1),
        Confirm(
            summary=worker_summary,
            editable=[
                ("name", "renovation-field-worker-name"),
                ("id_number", "renovation-field-worker-id"),
                ("photo", "renovation-field-worker-photo"),
            ],
        ),
    ],
)
FLOWS: list[Flow[Any]] = [APPLY, WORKER]
