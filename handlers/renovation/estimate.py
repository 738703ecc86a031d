"""/renovation: estimate renovation fees step by step (usage, areas, second time, cards)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from enum import IntEnum
from typing import Any

from pydantic import ValidationError
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
from bot.services.renovation.estimate import RenovationInput, parse_area, parse_count
from handlers import callbacks
from handlers.fees import text as fee_text

DRAFT = "renovation"


class RenovationState(IntEnum):
    """Steps of the estimate conversation."""

    USAGE = 1
    DEBRIS = 2
    SECOND = 3
    WALL = 4
    PERMITS = 5
    PASSES = 6


QUESTIONS = {
    RenovationState.USAGE: "renovation-ask-usage",
    RenovationState.DEBRIS: "renovation-ask-debris",
    RenovationState.SECOND: "renovation-ask-second",
    RenovationState.WALL: "renovation-ask-wall",
    RenovationState.PERMITS: "renovation-ask-permits",
    RenovationState.PASSES: "renovation-ask-passes",
}
CHOICES = {RenovationState.USAGE: "usage", RenovationState.SECOND: "second"}


async def _ask(
    update: Update, context: BotContext, state: RenovationState, *, again: str | None = None
) -> RenovationState:
    """Send the question of a step (after why the last answer did not fit) and go there."""
    assert update.effective_chat is not None
    text = context.t(QUESTIONS[state])
    if again is not None:
        text = context.t(again) + "\n" + text
    markup = fee_text.renovation_choices(context.t, CHOICES[state]) if state in CHOICES else None
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)
    return state


async def start(update: Update, context: BotContext) -> RenovationState:
    """Pick the estate whose fee table applies, start a fresh draft, ask the usage."""
    parsed = callbacks.parse(update.callback_query.data) if update.callback_query else None
    unit_id = parsed.arg_int() if parsed else None
    estate_id = await context.services.renovation.estate_for(context.require_viewer(), unit_id)
    if update.callback_query:
        await update.callback_query.answer()
    account_id = context.require_account().id
    await context.services.drafts.clear(account_id, DRAFT)
    await context.services.drafts.update(account_id, DRAFT, estate_id=estate_id)
    return await _ask(update, context, RenovationState.USAGE)


def _choice_step(
    current: RenovationState, field: str, value: Callable[[str], object]
) -> Callable[[Update, BotContext], Coroutine[Any, Any, RenovationState]]:
    """A step answered with a button: store the choice and ask the next question."""

    async def step(update: Update, context: BotContext) -> RenovationState:
        """Store the pressed choice."""
        query = update.callback_query
        assert query is not None
        parsed = callbacks.parse(query.data)
        await query.answer()
        chosen = value(parsed.args[0] if parsed and parsed.args else "")
        await context.services.drafts.update(
            context.require_account().id, DRAFT, **{field: chosen}
        )
        return await _ask(update, context, RenovationState(current + 1))

    return step


def _number_step(
    current: RenovationState,
    field: str,
    parse: Callable[[str], object | None],
    bad: str,
) -> Callable[[Update, BotContext], Coroutine[Any, Any, RenovationState]]:
    """A step that takes a number: store it and ask the next question, or re-ask."""

    async def step(update: Update, context: BotContext) -> RenovationState:
        """Store the number, or say why it does not fit and ask again."""
        message = update.effective_message
        assert message is not None and message.text is not None
        value = parse(message.text)
        if value is None:
            return await _ask(update, context, current, again=bad)
        account_id = context.require_account().id
        await context.services.drafts.update(account_id, DRAFT, **{field: str(value)})
        return await _ask(update, context, RenovationState(current + 1))

    return step


async def passes(update: Update, context: BotContext) -> int:
    """Take the number of worker passes and answer the itemized estimate."""
    message = update.effective_message
    assert message is not None and message.text is not None
    count = parse_count(message.text)
    if count is None:
        return await _ask(update, context, RenovationState.PASSES, again="renovation-bad-count")
    account_id = context.require_account().id
    draft = await context.services.drafts.get(account_id, DRAFT)
    try:
        answers = RenovationInput.model_validate(draft | {"passes": count})
    except ValidationError:
        return await _ask(update, context, RenovationState.USAGE)
    viewer = context.require_viewer()
    result = await context.services.renovation.estimate(viewer, draft.get("estate_id"), answers)
    await context.services.drafts.clear(account_id, DRAFT)
    await message.reply_text(fee_text.estimate(context.t, result))
    return ConversationHandler.END


def _reask(
    state: RenovationState,
) -> Callable[[Update, BotContext], Coroutine[Any, Any, RenovationState]]:
    """Answer anything unexpected by asking the step's question again."""

    async def reask(update: Update, context: BotContext) -> RenovationState:
        """Ask the step's question again."""
        if update.callback_query:
            await update.callback_query.answer()
        return await _ask(update, context, state, again="renovation-reask")

    return reask


async def cancel(update: Update, context: BotContext) -> int:
    """Drop the estimate in progress."""
    assert update.effective_message is not None
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    await update.effective_message.reply_text(context.t("cancel-done"))
    return ConversationHandler.END


def _state(
    state: RenovationState, handler: BaseHandler[Update, BotContext, object]
) -> list[BaseHandler[Update, BotContext, object]]:
    """A step's handler, then a re-ask for any other message or estimate button."""
    return [
        handler,
        MessageHandler(filters.ALL & ~filters.COMMAND, _reask(state)),
        CallbackQueryHandler(_reask(state), pattern=callbacks.pattern("reno")),
    ]


def build_handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The /renovation conversation."""
    text = filters.TEXT & ~filters.COMMAND
    s = RenovationState
    area, count = "renovation-bad-area", "renovation-bad-count"
    return [
        ConversationHandler(
            entry_points=[
                CommandHandler("renovation", start),
                CallbackQueryHandler(start, pattern=r"^1:reno:start(:\d+)?$"),
            ],
            states={
                s.USAGE: _state(
                    s.USAGE,
                    CallbackQueryHandler(
                        _choice_step(s.USAGE, "usage", str),
                        pattern=r"^1:reno:use:(residential|office)$",
                    ),
                ),
                s.DEBRIS: _state(
                    s.DEBRIS,
                    MessageHandler(text, _number_step(s.DEBRIS, "debris_m2", parse_area, area)),
                ),
                s.SECOND: _state(
                    s.SECOND,
                    CallbackQueryHandler(
                        _choice_step(s.SECOND, "second", lambda a: a == "yes"),
                        pattern=r"^1:reno:second:(yes|no)$",
                    ),
                ),
                s.WALL: _state(
                    s.WALL, MessageHandler(text, _number_step(s.WALL, "wall_m2", parse_area, area))
                ),
                s.PERMITS: _state(
                    s.PERMITS,
                    MessageHandler(text, _number_step(s.PERMITS, "permits", parse_count, count)),
                ),
                s.PASSES: _state(s.PASSES, MessageHandler(text, passes)),
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="renovation",
            persistent=True,
            allow_reentry=True,
        )
    ]
