"""Opening an owners' vote, and entering a paper ballot (书面表决), as flows."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from pydantic import BaseModel, Field

from bot.callbacks import VoteAct
from bot.context import BotContext
from bot.services.votes.closing import CHOICE_KEYS, area_text
from bot.services.votes.common import KIND_KEYS
from bot.services.votes.counting import CHOICES, KINDS, THREE_QUARTER_KINDS
from bot.services.votes.votes import MAX_BODY, MAX_FILES, MAX_TITLE, VoteInput
from handlers.flow import Choice, Confirm, Day, Entry, Flow, Option, Photos, Reply
from handlers.flow import Text as TextStep
from handlers.votes import text

CLOSES_AT = time(20, 0)  # a vote closes at 20:00 on its last day, the estate's time
KIND_OPTIONS = tuple(Option(k, KIND_KEYS[k]) for k in KINDS)
CHOICE_OPTIONS = tuple(Option(c, CHOICE_KEYS[c]) for c in CHOICES)


class VoteDraft(BaseModel):
    """A vote as it is opened."""

    title: str | None = None
    body: str | None = None
    kind: str | None = None
    files: list[str] = Field(default_factory=list)
    day: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> VoteDraft:
    """Managers only, and only when every unit has its registered area."""
    votes = context.services.votes
    await votes.check_roll(
        context.require_viewer(), await votes.estate_of(context.require_viewer())
    )
    return VoteDraft()


def _closes(context: BotContext, draft: VoteDraft) -> datetime:
    return datetime.combine(date.fromisoformat(draft.day or ""), CLOSES_AT, context.zone())


async def summary(context: BotContext, draft: VoteDraft) -> str:
    """The vote as owners will see it, with the roll it is counted on."""
    votes = context.services.votes
    viewer = context.require_viewer()
    units, owners, area = await votes.check_roll(viewer, await votes.estate_of(viewer))
    kind = draft.kind or "ordinary"
    return context.t(
        "vote-summary",
        title=draft.title or "-",
        body=draft.body or "-",
        kind=context.t(KIND_KEYS[kind]),
        rule=context.t(
            "vote-rule-three-quarters" if kind in THREE_QUARTER_KINDS else "vote-rule-half"
        ),
        files=len(draft.files),
        closes=_closes(context, draft).strftime("%Y-%m-%d %H:%M"),
        units=units,
        owners=owners,
        area=area_text(area),
    )


async def finish(context: BotContext, draft: VoteDraft, token: str) -> Reply:
    """Open it; the manager gets its card."""
    votes = context.services.votes
    viewer = context.require_viewer()
    form = VoteInput(
        title=draft.title or "",
        body=draft.body or "",
        kind=draft.kind or "ordinary",
        files=draft.files,
        closes_at=_closes(context, draft),
    )
    vote = await votes.open(viewer, await votes.estate_of(viewer), form, token)
    view = await votes.view(viewer, vote.id)
    body = f"{context.t('vote-opened-note')}\n\n{text.card(context.t, view, context.zone())}"
    return Reply(body, text.markup(context.t, view, manager=True))


NEW = Flow(
    name="vote_new",
    title="flow-title-vote",
    draft=VoteDraft,
    begin=begin,
    finish=finish,
    menu="vote_new",
    steps=[
        TextStep(field="title", prompt="vote-ask-title", max_length=MAX_TITLE),
        TextStep(field="body", prompt="vote-ask-body", max_length=MAX_BODY),
        Choice(field="kind", prompt="vote-ask-kind", options=KIND_OPTIONS, columns=1),
        Photos(field="files", prompt="vote-ask-files", max_count=MAX_FILES),
        Day(field="day", prompt="vote-ask-day", quick=("month_end",), days_ahead=90),
        Confirm(
            summary=summary,
            editable=[("title", "vote-field-title"), ("body", "vote-field-body")],
        ),
    ],
)


class PaperDraft(BaseModel):
    """A paper ballot as staff enter it."""

    vote_id: int
    unit: str | None = None
    choice: str | None = None
    photo: list[str] = Field(default_factory=list)


async def begin_paper(context: BotContext, args: dict[str, Any]) -> PaperDraft:
    """Staff of the vote's estate, while it is open."""
    vote = await context.services.paper_ballots.check(context.require_viewer(), args["vote_id"])
    return PaperDraft(vote_id=vote.id)


async def checked_unit(context: BotContext, draft: Any, value: str) -> str:
    """A unit on the roll, of the staff member's grids, whose owner did not vote online."""
    unit = await context.services.paper_ballots.unit(
        context.require_viewer(), draft.vote_id, value
    )
    return unit.unit_code


async def paper_summary(context: BotContext, draft: PaperDraft) -> str:
    """The ballot as it will be recorded."""
    return context.t(
        "vote-paper-summary",
        unit=draft.unit or "-",
        choice=context.t(CHOICE_KEYS.get(draft.choice or "", "vote-choice-abstain")),
    )


async def finish_paper(context: BotContext, draft: PaperDraft, token: str) -> Reply:
    """Record the paper ballot; back to the vote's card."""
    viewer = context.require_viewer()
    votes = context.services.votes
    unit = await context.services.paper_ballots.enter(
        viewer, draft.vote_id, draft.unit or "", draft.choice or "", draft.photo[0], token
    )
    view = await votes.view(viewer, draft.vote_id)
    note = context.t("vote-paper-recorded", unit=unit.unit_code)
    manager = view.vote.estate_id in viewer.managed_estates()
    body = f"{note}\n\n{text.card(context.t, view, context.zone())}"
    return Reply(body, text.markup(context.t, view, manager=manager))


PAPER = Flow(
    name="vote_paper",
    title="flow-title-vote-paper",
    draft=PaperDraft,
    begin=begin_paper,
    finish=finish_paper,
    entries=[
        Entry(VoteAct, lambda data: {"vote_id": data.vote_id}, when=lambda d: d.action == "paper")
    ],
    steps=[
        TextStep(field="unit", prompt="vote-ask-paper-unit", max_length=64, check=checked_unit),
        Choice(field="choice", prompt="vote-ask-paper-choice", options=CHOICE_OPTIONS, columns=3),
        Photos(field="photo", prompt="vote-ask-paper-photo", max_count=1, min_count=1),
        Confirm(summary=paper_summary),
    ],
)
FLOWS: list[Flow[Any]] = [NEW, PAPER]
