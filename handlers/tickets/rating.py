"""The follow-up call: the resident rates a resolved repair, then may add a comment."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from telegram import InlineKeyboardButton, Update
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
from bot.services.tickets.followup import POOR_RATING
from handlers import callbacks, keyboards

DRAFT = "rating"


class RatingState(IntEnum):
    """After the stars: the optional comment."""

    COMMENT = 1


async def rate(update: Update, context: BotContext) -> RatingState:
    """Store the stars; a poor rating reopens the ticket."""
    query = update.callback_query
    assert query is not None and query.message is not None
    parsed = callbacks.parse(query.data)
    ticket_id = parsed.arg_int(0) if parsed else None
    score = parsed.arg_int(1) if parsed else None
    if ticket_id is None or score is None:
        raise NotFound()
    viewer = context.require_viewer()
    ticket = await context.services.ticket_followup.rate(viewer, ticket_id, score)
    await context.services.drafts.update(viewer.account.id, DRAFT, ticket_id=ticket.id)
    await query.answer()
    await query.edit_message_reply_markup(None)
    key = "rating-poor-thanks" if score <= POOR_RATING else "rating-thanks"
    buttons = [
        InlineKeyboardButton(
            context.t("rating-skip"), callback_data=callbacks.make("rate", "skip")
        )
    ]
    if score <= POOR_RATING:
        data = callbacks.make("cp", "fr", ticket.id)
        buttons.append(InlineKeyboardButton(context.t("rating-to-complaint"), callback_data=data))
    await context.bot.send_message(
        query.message.chat.id,
        context.t(key, code=ticket.code, rating=score),
        reply_markup=keyboards.rows(buttons),
    )
    return RatingState.COMMENT


async def comment(update: Update, context: BotContext) -> int:
    """Keep the comment."""
    message = update.effective_message
    assert message is not None and message.text is not None
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    ticket_id = int(draft.get("ticket_id", 0))
    await context.services.ticket_followup.comment(
        context.require_viewer(), ticket_id, message.text
    )
    await context.services.drafts.clear(account_id, DRAFT)
    await message.reply_text(context.t("rating-comment-saved"))
    return ConversationHandler.END


async def skip(update: Update, context: BotContext) -> int:
    """No comment."""
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    query = update.callback_query
    if query is not None:
        await query.answer()
        await query.edit_message_reply_markup(None)
    return ConversationHandler.END


async def reask(update: Update, context: BotContext) -> None:
    """Only text is taken as a comment."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(context.t("rating-reask-comment"))


def build_handlers() -> list[BaseHandler[Update, BotContext, Any]]:
    """The rating conversation, entered from the stars under a resolved repair."""
    return [
        ConversationHandler(
            entry_points=[CallbackQueryHandler(rate, pattern=r"^1:rate:star:\d+:\d$")],
            states={
                RatingState.COMMENT: [
                    MessageHandler(filters.TEXT & ~filters.COMMAND, comment),
                    CallbackQueryHandler(skip, pattern=r"^1:rate:skip$"),
                ]
            },
            fallbacks=[
                CommandHandler("cancel", skip),
                MessageHandler(filters.ALL & ~filters.COMMAND, reask),
            ],
            name="rating",
            persistent=True,
            allow_reentry=True,
        )
    ]
