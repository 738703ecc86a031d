"""The follow-up call (回访): stars in one tap, then an optional comment as a short flow."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import ComplaintFromRepair, RateComment, RateStar
from bot.context import BotContext
from bot.messages import edit_or_send
from bot.services.tickets.followup import MAX_COMMENT, POOR_RATING
from handlers.flow import Entry, Flow, Reply, Text


async def rate(update: Update, context: BotContext) -> None:
    """Store the stars; the rating message then shows them, with what can follow."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data = RateStar.unpack(query.data)
    assert data is not None
    ticket = await context.services.ticket_followup.rate(
        context.require_viewer(), data.ticket_id, data.stars
    )
    poor = data.stars <= POOR_RATING
    key = "rating-poor-thanks" if poor else "rating-thanks"
    stars = "★" * data.stars + "☆" * (5 - data.stars)
    text = context.t(key, code=ticket.code, rating=data.stars, stars=stars)
    buttons = [
        InlineKeyboardButton(
            context.t("rating-btn-comment"),
            callback_data=RateComment(ticket_id=ticket.id).pack(),
        )
    ]
    if poor:
        buttons.append(
            InlineKeyboardButton(
                context.t("rating-to-complaint"),
                callback_data=ComplaintFromRepair(ticket_id=ticket.id).pack(),
            )
        )
    markup = InlineKeyboardMarkup([[b] for b in buttons])
    await edit_or_send(context.bot, query.message.chat.id, query.message.message_id, text, markup)
    await query.answer()


class CommentDraft(BaseModel):
    """The comment on a rating."""

    ticket_id: int
    code: str
    comment: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> CommentDraft:
    """Only the resident who rated the ticket."""
    ticket = await context.services.tickets.get(context.require_viewer(), args["ticket_id"])
    return CommentDraft(ticket_id=ticket.id, code=ticket.code)


async def finish(context: BotContext, draft: CommentDraft, token: str) -> Reply:
    """Save the comment (staff read it after a poor rating)."""
    await context.services.ticket_followup.comment(
        context.require_viewer(), draft.ticket_id, draft.comment or "", token
    )
    return Reply(context.t("rating-comment-saved"))


COMMENT = Flow(
    name="rating_comment",
    title="flow-title-comment",
    draft=CommentDraft,
    begin=begin,
    finish=finish,
    prompt_args=lambda context, draft: {"code": draft.code},
    entries=[Entry(RateComment, lambda data: {"ticket_id": data.ticket_id})],
    steps=[Text(field="comment", prompt="rating-ask-comment", max_length=MAX_COMMENT)],
)
FLOWS = [COMMENT]


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The star buttons under a resolved repair."""
    return [CallbackQueryHandler(rate, pattern=RateStar.matches)]
