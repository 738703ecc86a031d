"""审核: the reviewer approves an application, or rejects it with a reason per item."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from bot.callbacks import RenovationAct
from bot.context import BotContext
from bot.services.renovation.applications import (
    ITEM_AUTHORISATION,
    ITEM_CONTRACTOR,
    ITEM_DRAWINGS,
)
from bot.services.renovation.catalog import work_name
from handlers.flow import Confirm, Entry, Flow, Option, Pick, Reply
from handlers.flow import Text as TextStep
from handlers.renovation import text

MAX_REASONS = 1000


class ReviewDraft(BaseModel):
    """The items objected to, and why."""

    renovation_id: int
    number: str = ""
    items: list[list[str]] = Field(default_factory=list)  # [value, label]
    objections: list[str] = Field(default_factory=list)
    reasons: str | None = None

    def paired(self) -> dict[str, str]:
        """One reason per objected item: a line each, or the same text for all."""
        lines = [line.strip() for line in (self.reasons or "").splitlines() if line.strip()]
        if len(lines) != len(self.objections):
            lines = [(self.reasons or "").strip()] * len(self.objections)
        return dict(zip(self.objections, lines, strict=True))


async def begin_review(context: BotContext, args: dict[str, Any]) -> ReviewDraft:
    """Only a reviewer, only while the application waits for review."""
    view = await context.services.renovations.check_review(
        context.require_viewer(), args["renovation_id"]
    )
    items = []
    for work in view.works:
        item = view.items.get(work.code)
        items.append([work.code, work_name(item, context.language) if item else work.code])
    items.append([ITEM_CONTRACTOR, context.t("renovation-item-contractor")])
    items.append([ITEM_DRAWINGS, context.t("renovation-item-drawings")])
    if any(f.kind == "authorisation" for f in view.files):
        items.append([ITEM_AUTHORISATION, context.t("renovation-item-authorisation")])
    items += [[f"w{w.id}", w.name] for w in view.workers if w.state == "listed"]
    return ReviewDraft(
        renovation_id=view.loaded.renovation.id, number=view.loaded.renovation.number, items=items
    )


async def item_options(context: BotContext, draft: ReviewDraft) -> list[Option]:
    """Every part of the application, to mark the ones objected to."""
    return [Option(value, label, literal=True) for value, label in draft.items]


def _labels(draft: ReviewDraft) -> dict[str, str]:
    return {value: label for value, label in draft.items}


async def review_summary(context: BotContext, draft: ReviewDraft) -> str:
    """Approve with the fees, or reject with these reasons."""
    if not draft.objections:
        return context.t("renovation-review-approve-summary", number=draft.number)
    labels = _labels(draft)
    lines = [
        context.t("renovation-review-reason-line", item=labels.get(item, item), reason=reason)
        for item, reason in draft.paired().items()
    ]
    return context.t(
        "renovation-review-reject-summary", number=draft.number, lines="\n".join(lines)
    )


async def finish_review(context: BotContext, draft: ReviewDraft, token: str) -> Reply:
    """Decide; the household is told, the fees billed on approval."""
    viewer = context.require_viewer()
    state = await context.services.renovations.review(
        viewer, draft.renovation_id, draft.paired(), token
    )
    view = await context.services.renovations.view(viewer, draft.renovation_id)
    key = "renovation-reviewed-approved" if state == "approved" else "renovation-reviewed-rejected"
    body = context.t(key, number=draft.number)
    return Reply(
        f"{body}\n\n{text.card(context.t, context.language, view)}",
        text.card_markup(context.t, view),
    )


def reasons_prompt_args(context: BotContext, draft: ReviewDraft) -> dict[str, Any]:
    """The number, and the objected items numbered for the reasons."""
    labels = _labels(draft)
    listed = "\n".join(f"{i}. {labels.get(o, o)}" for i, o in enumerate(draft.objections, 1))
    return {"number": draft.number, "items": listed, "objected": len(draft.objections)}


REVIEW = Flow(
    name="renovation_review",
    title="flow-title-renovation-review",
    draft=ReviewDraft,
    begin=begin_review,
    finish=finish_review,
    prompt_args=reasons_prompt_args,
    entries=[
        Entry(
            RenovationAct,
            lambda data: {"renovation_id": data.renovation_id},
            when=lambda data: data.action == "review",
        )
    ],
    steps=[
        Pick(
            field="objections",
            prompt="renovation-ask-objections",
            options=item_options,
            min_count=0,
            columns=1,
        ),
        TextStep(
            field="reasons",
            prompt="renovation-ask-reasons",
            max_length=MAX_REASONS,
            when=lambda d: bool(d.objections),
        ),
        Confirm(
            summary=review_summary,
            editable=[
                ("objections", "renovation-field-objections"),
                ("reasons", "renovation-field-reasons"),
            ],
        ),
    ],
)
FLOWS: list[Flow[Any]] = [REVIEW]
