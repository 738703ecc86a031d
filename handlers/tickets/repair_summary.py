"""The last step of /repair: confirm (file the ticket), change a field, or cancel."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, ConversationHandler

from bot.context import BotContext
from handlers import callbacks
from handlers.tickets.repair_steps import (
    DRAFT,
    EDITABLE,
    RepairState,
    ask,
    edit_keyboard,
    load,
    save,
)


async def confirm(update: Update, context: BotContext) -> int:
    """File the ticket and tell the resident its number and what happens next."""
    query = update.callback_query
    assert query is not None
    draft = await load(context)
    ticket = await context.services.tickets.file_repair(context.require_viewer(), draft)
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    await query.answer()
    await query.edit_message_reply_markup(None)
    assert query.message is not None
    await context.bot.send_message(
        query.message.chat.id, context.t("repair-filed", code=ticket.code)
    )
    return ConversationHandler.END


async def choose_field(update: Update, context: BotContext) -> RepairState:
    """Offer the fields that can be changed."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    await query.edit_message_reply_markup(edit_keyboard(context))
    return RepairState.CONFIRM


async def edit_field(update: Update, context: BotContext) -> RepairState:
    """Forget one answer so that its step is asked again, then come back here."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    field = parsed.args[0] if parsed and parsed.args else ""
    await query.answer()
    if field not in EDITABLE:
        return RepairState.CONFIRM
    draft = await load(context)
    if field == "photos":
        draft.photos, draft.photos_done = [], False
    elif field == "location":
        draft.location, draft.location_note = None, ""
    else:
        setattr(draft, field, None)
    await save(context, draft)
    await query.edit_message_reply_markup(None)
    return await ask(update, context, draft)


def build_confirm_handlers(
    steps: list[BaseHandler[Update, BotContext, Any]],
) -> list[BaseHandler[Update, BotContext, Any]]:
    """Handlers of the summary step (the step handlers also serve while editing)."""
    return [
        CallbackQueryHandler(confirm, pattern=r"^1:rp:ok$"),
        CallbackQueryHandler(choose_field, pattern=r"^1:rp:edit$"),
        CallbackQueryHandler(edit_field, pattern=r"^1:rp:ed:"),
        *steps,
    ]
