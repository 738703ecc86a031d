"""Resolving a ticket: the butler writes what was done and may add after-photos."""

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
from bot.services.tickets.actions import MAX_NOTE
from bot.services.tickets.repairs import MAX_PHOTOS, rules
from handlers import callbacks, keyboards, util

DRAFT = "resolve"


class ResolveState(IntEnum):
    """Steps of resolving."""

    NOTE = 1
    PHOTOS = 2


def _done_keyboard(context: BotContext) -> keyboards.InlineKeyboardMarkup:
    label = context.t("resolve-photos-done")
    return keyboards.rows(
        [InlineKeyboardButton(label, callback_data=callbacks.make("rs", "done"))]
    )


async def start(update: Update, context: BotContext) -> ResolveState:
    """Check the ticket can be resolved and ask what was done."""
    query = update.callback_query
    assert query is not None and query.message is not None
    parsed = callbacks.parse(query.data)
    ticket_id = parsed.arg_int() if parsed else None
    if ticket_id is None:
        raise NotFound()
    viewer = context.require_viewer()
    ticket = await context.services.ticket_actions.check(viewer, ticket_id, rules.RESOLVE)
    await context.services.drafts.clear(viewer.account.id, DRAFT)
    await context.services.drafts.update(viewer.account.id, DRAFT, ticket_id=ticket.id, photos=[])
    await query.answer()
    await context.bot.send_message(
        query.message.chat.id, context.t("resolve-ask-note", code=ticket.code)
    )
    return ResolveState.NOTE


async def note(update: Update, context: BotContext) -> ResolveState:
    """Keep the note and ask for after-photos."""
    message = update.effective_message
    assert message is not None and message.text is not None
    text = message.text.strip()
    if not text or len(text) > MAX_NOTE:
        await message.reply_text(context.t("resolve-reask-note", limit=MAX_NOTE))
        return ResolveState.NOTE
    await context.services.drafts.update(context.require_account().id, DRAFT, note=text)
    await message.reply_text(context.t("resolve-ask-photos"), reply_markup=_done_keyboard(context))
    return ResolveState.PHOTOS


async def photo(update: Update, context: BotContext) -> ResolveState | int:
    """Collect an after-photo."""
    message = update.effective_message
    assert message is not None and message.photo
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    photos = [*draft.get("photos", []), message.photo[-1].file_id]
    await context.services.drafts.update(account_id, DRAFT, photos=photos)
    if len(photos) >= MAX_PHOTOS:
        return await finish(update, context)
    await message.reply_text(
        context.t("resolve-photo-received", count=len(photos), max=MAX_PHOTOS),
        reply_markup=_done_keyboard(context),
    )
    return ResolveState.PHOTOS


async def finish(update: Update, context: BotContext) -> int:
    """Resolve the ticket with the note and photos."""
    if update.callback_query:
        await update.callback_query.answer()
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    ticket = await context.services.ticket_actions.act(
        context.require_viewer(),
        int(draft.get("ticket_id", 0)),
        rules.RESOLVE,
        note=str(draft.get("note", "")),
        photos=list(draft.get("photos", [])),
    )
    await context.services.drafts.clear(account_id, DRAFT)
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id, context.t("resolve-done", code=ticket.code)
    )
    return ConversationHandler.END


def build_handlers() -> list[BaseHandler[Update, BotContext, Any]]:
    """The resolve conversation, entered from a ticket's Resolve button."""
    return [
        ConversationHandler(
            entry_points=[CallbackQueryHandler(start, pattern=r"^1:tk:res:")],
            states={
                ResolveState.NOTE: [MessageHandler(filters.TEXT & ~filters.COMMAND, note)],
                ResolveState.PHOTOS: [
                    MessageHandler(filters.PHOTO, photo),
                    CallbackQueryHandler(finish, pattern=r"^1:rs:done$"),
                ],
            },
            fallbacks=[
                CommandHandler("cancel", util.cancel(DRAFT)),
                MessageHandler(filters.ALL & ~filters.COMMAND, util.reask("resolve-reask")),
            ],
            name="resolve",
            persistent=True,
            allow_reentry=True,
        )
    ]
