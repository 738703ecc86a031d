"""Complaint stages in chat: the handler closes a stage with a note; the resident answers."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.context import BotContext
from bot.errors import NotFound
from bot.services.complaints.rules import STAGE_KEYS
from handlers import callbacks, util

DRAFT = "complaint_stage"


class StageState(IntEnum):
    """Writing the note that closes a stage."""

    NOTE = 1


def _ids(update: Update) -> tuple[int, str]:
    assert update.callback_query is not None
    parsed = callbacks.parse(update.callback_query.data)
    ticket_id = parsed.arg_int(0) if parsed else None
    if parsed is None or ticket_id is None:
        raise NotFound()
    return ticket_id, parsed.args[1] if len(parsed.args) > 1 else ""


async def start(update: Update, context: BotContext) -> StageState:
    """Ask for the note that closes the current stage."""
    query = update.callback_query
    assert query is not None and query.message is not None
    ticket_id, _ = _ids(update)
    viewer = context.require_viewer()
    ticket = await context.services.complaint_stages.check(viewer, ticket_id)
    await context.services.drafts.update(viewer.account.id, DRAFT, ticket_id=ticket.id)
    await query.answer()
    stage = context.t(STAGE_KEYS[ticket.stage or "acknowledge"])
    await context.bot.send_message(
        query.message.chat.id, context.t("complaint-ask-note", code=ticket.code, stage=stage)
    )
    return StageState.NOTE


async def note(update: Update, context: BotContext) -> int:
    """Close the stage with this note."""
    message = update.effective_message
    assert message is not None and message.text is not None
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    before = await context.services.tickets.get(
        context.require_viewer(), int(draft.get("ticket_id", 0))
    )
    ticket = await context.services.complaint_stages.close_stage(
        context.require_viewer(), before.id, message.text
    )
    await context.services.drafts.clear(account_id, DRAFT)
    stage = context.t(STAGE_KEYS[before.stage or "acknowledge"])
    await message.reply_text(context.t("complaint-stage-closed", code=ticket.code, stage=stage))
    return ConversationHandler.END


async def answer(update: Update, context: BotContext) -> None:
    """The resident says whether the complaint is settled."""
    query = update.callback_query
    assert query is not None and query.message is not None
    ticket_id, choice = _ids(update)
    if choice not in ("y", "n"):
        raise NotFound()
    ticket = await context.services.complaint_stages.answer(
        context.require_viewer(), ticket_id, choice == "y"
    )
    await query.answer()
    await query.edit_message_reply_markup(None)
    key = "complaint-settled-thanks" if choice == "y" else "complaint-not-settled-thanks"
    await context.bot.send_message(query.message.chat.id, context.t(key, code=ticket.code))


async def from_repair(update: Update, context: BotContext) -> None:
    """Turn a poorly rated repair into a complaint with one tap."""
    query = update.callback_query
    assert query is not None and query.message is not None
    repair_id, _ = _ids(update)
    ticket, handlers = await context.services.complaints.from_repair(
        context.require_viewer(), repair_id
    )
    await query.answer()
    await query.edit_message_reply_markup(None)
    await context.bot.send_message(
        query.message.chat.id,
        context.t("complain-filed", code=ticket.code, handlers=", ".join(handlers) or "-"),
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, Any]]:
    """The stage-closing conversation and the residents' buttons."""
    return [
        ConversationHandler(
            entry_points=[CallbackQueryHandler(start, pattern=r"^1:cp:st:")],
            states={StageState.NOTE: [MessageHandler(filters.TEXT & ~filters.COMMAND, note)]},
            fallbacks=[
                CommandHandler("cancel", util.cancel(DRAFT)),
                MessageHandler(filters.ALL & ~filters.COMMAND, util.reask("complaint-reask-note")),
            ],
            name="complaint_stage",
            persistent=True,
            allow_reentry=True,
        ),
        CallbackQueryHandler(answer, pattern=r"^1:cp:fu:"),
        CallbackQueryHandler(from_repair, pattern=r"^1:cp:fr:"),
    ]
