"""Log a promise to pay (with its date) or a note for an overdue unit: a short conversation."""

from __future__ import annotations

from enum import IntEnum

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
from bot.errors import InvalidInput
from bot.services.fees.arrears import MAX_NOTE
from handlers import callbacks

DRAFT = "arrears"


class ArrearsLogState(IntEnum):
    """Steps of the contact-log conversation."""

    DATE = 1
    NOTE = 2


async def start(update: Update, context: BotContext) -> ArrearsLogState:
    """Check the unit and ask the promised date or the note."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    parsed = callbacks.parse(query.data)
    unit_id = (parsed.arg_int() if parsed else None) or 0
    found = await context.services.arrears.check_unit(context.require_viewer(), unit_id)
    await query.answer()
    await context.services.drafts.update(context.require_account().id, DRAFT, unit_id=found.id)
    if parsed and parsed.action == "promise":
        text, state = context.t("arrears-ask-date", unit=found.code), ArrearsLogState.DATE
    else:
        text, state = (
            context.t("arrears-ask-note", unit=found.code, max=MAX_NOTE),
            ArrearsLogState.NOTE,
        )
    await context.bot.send_message(update.effective_chat.id, text)
    return state


async def take_date(update: Update, context: BotContext) -> ArrearsLogState | int:
    """Log the promise and plan the reminder; re-ask a bad or past date."""
    message = update.effective_message
    assert message is not None and message.text is not None
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    try:
        unit, day = await context.services.arrears.promise(
            context.require_viewer(), int(draft.get("unit_id", 0)), message.text
        )
    except InvalidInput as error:
        await message.reply_text(context.t(error.key, **error.args_for_text))
        return ArrearsLogState.DATE
    await context.services.drafts.clear(account_id, DRAFT)
    await message.reply_text(
        context.t("arrears-promise-logged", unit=unit.code, date=day.isoformat())
    )
    return ConversationHandler.END


async def take_note(update: Update, context: BotContext) -> ArrearsLogState | int:
    """Log the note; re-ask one that is too long."""
    message = update.effective_message
    assert message is not None and message.text is not None
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    try:
        card = await context.services.arrears.log(
            context.require_viewer(), int(draft.get("unit_id", 0)), "note", message.text
        )
    except InvalidInput as error:
        await message.reply_text(context.t(error.key, **error.args_for_text))
        return ArrearsLogState.NOTE
    await context.services.drafts.clear(account_id, DRAFT)
    await message.reply_text(context.t("arrears-note-logged", unit=card.unit.code))
    return ConversationHandler.END


async def reask_date(update: Update, context: BotContext) -> ArrearsLogState:
    """Ask for the date again on anything but text."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(context.t("arrears-bad-date"))
    return ArrearsLogState.DATE


async def reask_note(update: Update, context: BotContext) -> ArrearsLogState:
    """Ask for the note again on anything but text."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(context.t("arrears-reask-note", max=MAX_NOTE))
    return ArrearsLogState.NOTE


async def cancel(update: Update, context: BotContext) -> int:
    """Drop the contact in progress."""
    assert update.effective_message is not None
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    await update.effective_message.reply_text(context.t("cancel-done"))
    return ConversationHandler.END


def build_handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The promise and note conversation."""
    text = filters.TEXT & ~filters.COMMAND
    other = filters.ALL & ~filters.COMMAND
    return [
        ConversationHandler(
            entry_points=[CallbackQueryHandler(start, pattern=r"^1:arr:(promise|note):\d+$")],
            states={
                ArrearsLogState.DATE: [
                    MessageHandler(text, take_date),
                    MessageHandler(other, reask_date),
                ],
                ArrearsLogState.NOTE: [
                    MessageHandler(text, take_note),
                    MessageHandler(other, reask_note),
                ],
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="arrears_log",
            persistent=True,
            allow_reentry=True,
        )
    ]
