"""Complaint stages in chat: the handler closes a stage with a note; the resident answers."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from telegram import Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import ComplaintAnswer, ComplaintStage
from bot.context import BotContext
from bot.messages import edit_or_send
from bot.services.complaints.rules import STAGE_KEYS
from bot.services.complaints.stages import MAX_NOTE
from handlers.flow import Entry, Flow, Reply, Text


class StageDraft(BaseModel):
    """The note that closes a stage."""

    ticket_id: int
    code: str
    stage: str
    note: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> StageDraft:
    """Only the complaint's handlers, and only while its stage is open."""
    viewer = context.require_viewer()
    ticket = await context.services.complaint_stages.check(viewer, args["ticket_id"])
    return StageDraft(ticket_id=ticket.id, code=ticket.code, stage=ticket.stage or "acknowledge")


async def finish(context: BotContext, draft: StageDraft, token: str) -> Reply:
    """Close the stage; the resident reads the note."""
    ticket = await context.services.complaint_stages.close_stage(
        context.require_viewer(), draft.ticket_id, draft.note or "", token
    )
    stage = context.t(STAGE_KEYS.get(draft.stage, "stage-acknowledge"))
    return Reply(context.t("complaint-stage-closed", code=ticket.code, stage=stage))


def _args(context: BotContext, draft: StageDraft) -> dict[str, Any]:
    return {
        "code": draft.code,
        "stage": context.t(STAGE_KEYS.get(draft.stage, "stage-acknowledge")),
    }


STAGE_NOTE = Flow(
    name="complaint_stage",
    title="flow-title-stage-note",
    draft=StageDraft,
    begin=begin,
    finish=finish,
    prompt_args=_args,
    entries=[Entry(ComplaintStage, lambda data: {"ticket_id": data.ticket_id})],
    steps=[Text(field="note", prompt="complaint-ask-note", max_length=MAX_NOTE)],
)
FLOWS = [STAGE_NOTE]


async def answer(update: Update, context: BotContext) -> None:
    """The resident says whether the complaint is settled; the question shows the answer."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data = ComplaintAnswer.unpack(query.data)
    assert data is not None
    settled = data.settled == "y"
    ticket = await context.services.complaint_stages.answer(
        context.require_viewer(), data.ticket_id, settled
    )
    key = "complaint-settled-thanks" if settled else "complaint-not-settled-thanks"
    asked = query.message.text if isinstance(query.message, Message) else None
    text = (asked or "") + "\n\n" + context.t(key, code=ticket.code)
    await edit_or_send(context.bot, query.message.chat.id, query.message.message_id, text, None)
    await query.answer()


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The residents' answer buttons."""
    return [CallbackQueryHandler(answer, pattern=ComplaintAnswer.matches)]
