"""/language: a one-step conversation to pick zh-Hans or English."""

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
from handlers import callbacks, keyboards
from handlers.access import menus


class LanguageState(IntEnum):
    """States of the language conversation."""

    CHOOSING = 1


async def ask(update: Update, context: BotContext) -> LanguageState:
    """Offer the languages."""
    assert update.effective_message is not None
    if update.callback_query:
        await update.callback_query.answer()
    await update.effective_message.reply_text(
        context.t("language-ask"), reply_markup=keyboards.languages(context.t)
    )
    return LanguageState.CHOOSING


async def choose(update: Update, context: BotContext) -> int:
    """Store the choice and confirm it in the new language."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    code = parsed.args[0] if parsed and parsed.args else ""
    if not context.services.accounts.is_language(code):
        await query.answer(context.t("error-stale-button"), show_alert=True)
        return LanguageState.CHOOSING
    account = await context.services.accounts.set_language(context.require_account(), code)
    context.language = context.services.accounts.language_of(account)
    await query.answer()
    await query.edit_message_text(context.t("language-set"))
    assert query.message is not None
    await menus.publish_chat_commands(
        context.bot, query.message.chat.id, context.require_viewer(), context.t
    )
    return ConversationHandler.END


async def reask(update: Update, context: BotContext) -> LanguageState:
    """Re-ask on anything but a button press."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        context.t("language-reask"), reply_markup=keyboards.languages(context.t)
    )
    return LanguageState.CHOOSING


async def cancel(update: Update, context: BotContext) -> int:
    """Leave the language unchanged."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(context.t("cancel-done"))
    return ConversationHandler.END


def build_handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The /language conversation."""
    return [
        ConversationHandler(
            entry_points=[
                CommandHandler("language", ask),
                CallbackQueryHandler(ask, pattern=r"^1:menu:language$"),
            ],
            states={
                LanguageState.CHOOSING: [
                    CallbackQueryHandler(choose, pattern=callbacks.pattern("lang")),
                ]
            },
            fallbacks=[
                CommandHandler("cancel", cancel),
                MessageHandler(~filters.COMMAND, reask),
                CommandHandler("language", ask),
            ],
            name="language",
            persistent=True,
            allow_reentry=True,
        )
    ]
