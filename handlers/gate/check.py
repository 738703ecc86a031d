"""/pass CODE or /pass PLATE: one command checks visitor passes, goods releases and works
passes; a valid visitor or release gets "let in" / "refuse"; the card shows the outcome."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import ReleaseGate, VisitorGate
from bot.context import BotContext
from handlers.gate import text


async def check_pass(update: Update, context: BotContext) -> None:
    """/pass CODE: check it (logged); a worker's valid pass shows the worker's photo."""
    assert update.effective_chat is not None
    chat = update.effective_chat.id
    typed = " ".join(context.args or []).strip()
    if not typed:
        await context.bot.send_message(chat, context.t("gate-check-usage"))
        return
    result = await context.services.gate.check(context.require_viewer(), typed)
    body = text.check_result(context.t, result, context.zone())
    worker = result.renovation.worker if result.renovation else None
    if worker is not None and result.valid:
        await context.bot.send_photo(chat, worker.photo_file_id, caption=body)
        return
    await context.bot.send_message(chat, body, reply_markup=text.check_markup(context.t, result))


async def decide(update: Update, context: BotContext) -> None:
    """Let in (or out) once, or refuse; the card shows what was done."""
    query = update.callback_query
    assert query is not None
    data = VisitorGate.unpack(query.data) or ReleaseGate.unpack(query.data)
    assert data is not None
    result = await context.services.gate.decide(
        context.require_viewer(), data.check_id, data.action == "in"
    )
    await query.answer()
    body = text.check_result(context.t, result, context.zone())
    await query.edit_message_text(body, reply_markup=None)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/pass and the guard's two buttons."""
    return [
        CommandHandler("pass", check_pass),
        CallbackQueryHandler(decide, pattern=VisitorGate.where(action=("in", "no"))),
        CallbackQueryHandler(decide, pattern=ReleaseGate.where(action=("in", "no"))),
    ]
