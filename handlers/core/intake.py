"""A resident's free text outside any flow: a pasted invite code binds; a problem is guessed."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.callbacks import IntakeChoice
from bot.context import BotContext
from bot.messages import edit_or_send
from bot.services.complaints.filing import MAX_DESCRIPTION
from bot.services.complaints.rules import COMPLAINT_TYPE_KEYS
from bot.services.intake import Guess
from bot.services.people.invites import looks_like_code
from bot.services.tickets.push import CATEGORY_KEYS
from handlers.access import onboarding
from handlers.core import fallback
from handlers.fees import statements
from handlers.flow.engine import start_flow

CHOICES = {
    "repair": ("intake-btn-repair", "intake-btn-complaint", "intake-btn-no"),
    "complaint": ("intake-btn-complaint", "intake-btn-repair", "intake-btn-no"),
    "fee": ("intake-btn-fees", "intake-btn-no"),
}
CHOICE_OF_KEY = {
    "intake-btn-repair": "repair",
    "intake-btn-complaint": "complaint",
    "intake-btn-fees": "fees",
    "intake-btn-no": "no",
}
PLACE_KEYS = {"unit": "intake-place-unit", "public": "intake-place-public"}


def offer_text(context: BotContext, guess: Guess) -> str:
    """What the bot understood."""
    if guess.intent == "repair":
        category = context.t(CATEGORY_KEYS.get(guess.category or "", "category-other"))
        place = context.t(PLACE_KEYS.get(guess.location or "unit", "intake-place-unit"))
        return context.t("intake-offer-repair", category=category, place=place)
    if guess.intent == "complaint":
        kind = COMPLAINT_TYPE_KEYS.get(guess.category or "", "complaint-type-other")
        return context.t("intake-offer-complaint", type=context.t(kind))
    return context.t("intake-offer-fees")


async def free_text(update: Update, context: BotContext) -> None:
    """Bind a pasted code, or offer the flow that fits, or say what the bot can do."""
    message = update.effective_message
    assert message is not None and message.text is not None
    if looks_like_code(message.text):
        await onboarding.redeem(update, context, message.text)
        return
    found = await context.services.intake.offer(context.require_viewer(), message.text)
    if found is None:
        await fallback.unknown_message(update, context)
        return
    offer_id, guess = found
    buttons = [
        [InlineKeyboardButton(context.t(key), callback_data=_choice(offer_id, key))]
        for key in CHOICES[guess.intent]
    ]
    await message.reply_text(
        offer_text(context, guess), reply_markup=InlineKeyboardMarkup(buttons)
    )


def _choice(offer_id: int, key: str) -> str:
    return IntakeChoice(offer_id=offer_id, choice=CHOICE_OF_KEY[key]).pack()


async def chosen(update: Update, context: BotContext) -> None:
    """Start the chosen flow with what the resident wrote and what was guessed."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data = IntakeChoice.unpack(query.data)
    assert data is not None
    offer = await context.services.intake.get(context.require_viewer(), data.offer_id)
    message_id = query.message.message_id
    if data.choice == "fees":
        await statements.fees(update, context)
        return
    if data.choice == "no":
        text = context.t("intake-declined")
        await edit_or_send(context.bot, query.message.chat.id, message_id, text, None)
        await query.answer()
        return
    guess = offer.guess
    prefill: dict[str, object] = {}
    if len(offer.text) <= MAX_DESCRIPTION:
        prefill["description"] = offer.text
    if guess.get("intent") == data.choice and guess.get("category"):
        prefill["category"] = guess["category"]
        if data.choice == "repair" and guess.get("location"):
            prefill["location"] = guess["location"]
    await start_flow(update, context, data.choice, {"prefill": prefill}, card=message_id)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Free text in a private chat, and the answers to the guess."""
    return [
        MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, free_text),
        CallbackQueryHandler(chosen, pattern=IntakeChoice.matches),
    ]
