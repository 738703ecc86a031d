"""/complain: the resident logs a complaint: unit, type, what happened, call back."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.context import BotContext
from bot.services.complaints.filing import MAX_DESCRIPTION, MAX_PHOTOS, ComplaintDraft
from bot.services.complaints.rules import CALLBACK_KEYS, COMPLAINT_TYPE_KEYS
from handlers import callbacks, keyboards, util

DRAFT = "complaint"


class ComplainState(IntEnum):
    """Steps of the complaint conversation."""

    UNIT = 1
    TYPE = 2
    DESCRIPTION = 3
    PHOTOS = 4
    CALLBACK = 5
    CONFIRM = 6


ASK_KEYS = {
    ComplainState.UNIT: "complain-ask-unit",
    ComplainState.TYPE: "complain-ask-type",
    ComplainState.DESCRIPTION: "complain-ask-description",
    ComplainState.PHOTOS: "complain-ask-photos",
    ComplainState.CALLBACK: "complain-ask-callback",
    ComplainState.CONFIRM: "complain-reask-confirm",
}


def next_state(draft: ComplaintDraft) -> ComplainState:
    """The first missing answer; CONFIRM when all are there."""
    if draft.unit_id is None:
        return ComplainState.UNIT
    if draft.category is None:
        return ComplainState.TYPE
    if draft.description is None:
        return ComplainState.DESCRIPTION
    if not draft.photos_done:
        return ComplainState.PHOTOS
    if draft.callback is None:
        return ComplainState.CALLBACK
    return ComplainState.CONFIRM


def _button(label: str, *parts: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=callbacks.make("cq", *map(str, parts)))


def keyboard(context: BotContext, state: ComplainState) -> InlineKeyboardMarkup | None:
    """The buttons of a step."""
    t = context.t
    if state == ComplainState.UNIT:
        units = context.require_viewer().occupancies
        return keyboards.rows([_button(o.unit_code, "unit", o.unit_id) for o in units], 2)
    if state == ComplainState.TYPE:
        return keyboards.rows(
            [_button(t(k), "type", c) for c, k in COMPLAINT_TYPE_KEYS.items()], 2
        )
    if state == ComplainState.PHOTOS:
        return keyboards.rows([_button(t("complain-photos-done"), "ph")])
    if state == ComplainState.CALLBACK:
        return keyboards.rows([_button(t(k), "cb", c) for c, k in CALLBACK_KEYS.items()], 2)
    if state == ComplainState.CONFIRM:
        return keyboards.rows(
            [_button(t("complain-confirm"), "ok"), _button(t("complain-cancel"), "cancel")]
        )
    return None


def summary(context: BotContext, draft: ComplaintDraft) -> str:
    """The complaint as the resident will confirm it."""
    units = {o.unit_id: o.unit_code for o in context.require_viewer().occupancies}
    return context.t(
        "complain-summary",
        unit=units.get(draft.unit_id or 0, "-"),
        type=context.t(COMPLAINT_TYPE_KEYS[draft.category or "other"]),
        description=draft.description or "",
        photos=len(draft.photos),
        callback=context.t(CALLBACK_KEYS[draft.callback or "no"]),
    )


async def _load(context: BotContext) -> ComplaintDraft:
    return ComplaintDraft.model_validate(
        await context.services.drafts.get(context.require_account().id, DRAFT)
    )


async def _save(context: BotContext, draft: ComplaintDraft) -> None:
    await context.services.drafts.update(context.require_account().id, DRAFT, **draft.model_dump())


async def ask(
    update: Update, context: BotContext, draft: ComplaintDraft, *, again: bool = False
) -> ComplainState:
    """Ask the next step (again: with a word that something else is needed)."""
    state = next_state(draft)
    text = (
        summary(context, draft)
        if state == ComplainState.CONFIRM and not again
        else context.t(ASK_KEYS[state])
    )
    if again:
        text = context.t("complain-reask", question=text)
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id, text, reply_markup=keyboard(context, state)
    )
    return state


async def start(update: Update, context: BotContext) -> ComplainState | int:
    """Begin a complaint (residents only)."""
    draft = ComplaintDraft(unit_id=await util.resident_start(update, context))
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    await _save(context, draft)
    return await ask(update, context, draft)


async def on_button(update: Update, context: BotContext) -> ComplainState | int:
    """Take a button answer for the current step."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    draft = await _load(context)
    state = next_state(draft)
    action, value = (parsed.action, parsed.args[0] if parsed.args else "") if parsed else ("", "")
    units = {o.unit_id for o in context.require_viewer().occupancies}
    if (
        state == ComplainState.UNIT
        and action == "unit"
        and value.isdigit()
        and int(value) in units
    ):
        draft.unit_id = int(value)
    elif state == ComplainState.TYPE and action == "type" and value in COMPLAINT_TYPE_KEYS:
        draft.category = value
    elif state == ComplainState.PHOTOS and action == "ph":
        draft.photos_done = True
    elif state == ComplainState.CALLBACK and action == "cb" and value in CALLBACK_KEYS:
        draft.callback = value
    elif state == ComplainState.CONFIRM and action == "ok":
        return await confirm(update, context, draft)
    else:
        await query.answer()
        return await ask(update, context, draft, again=True)
    await query.answer()
    await query.edit_message_reply_markup(None)
    await _save(context, draft)
    return await ask(update, context, draft)


async def confirm(update: Update, context: BotContext, draft: ComplaintDraft) -> int:
    """File the complaint and say who will contact the resident."""
    query = update.callback_query
    assert query is not None and query.message is not None
    ticket, handlers = await context.services.complaints.file(context.require_viewer(), draft)
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    await query.answer()
    await query.edit_message_reply_markup(None)
    await context.bot.send_message(
        query.message.chat.id,
        context.t("complain-filed", code=ticket.code, handlers=", ".join(handlers) or "-"),
    )
    return ConversationHandler.END


async def on_text(update: Update, context: BotContext) -> ComplainState:
    """Take the description."""
    message = update.effective_message
    assert message is not None and message.text is not None
    draft = await _load(context)
    text = message.text.strip()
    if next_state(draft) != ComplainState.DESCRIPTION or not 0 < len(text) <= MAX_DESCRIPTION:
        return await ask(update, context, draft, again=True)
    draft.description = text
    await _save(context, draft)
    return await ask(update, context, draft)


async def on_photo(update: Update, context: BotContext) -> ComplainState:
    """Collect a photo."""
    message = update.effective_message
    assert message is not None and message.photo
    draft = await _load(context)
    if next_state(draft) != ComplainState.PHOTOS:
        return await ask(update, context, draft, again=True)
    draft.photos.append(message.photo[-1].file_id)
    draft.photos_done = len(draft.photos) >= MAX_PHOTOS
    await _save(context, draft)
    if draft.photos_done:
        return await ask(update, context, draft)
    await message.reply_text(
        context.t("repair-photo-received", count=len(draft.photos), max=MAX_PHOTOS),
        reply_markup=keyboard(context, ComplainState.PHOTOS),
    )
    return ComplainState.PHOTOS


async def other(update: Update, context: BotContext) -> ComplainState:
    """Anything else: ask again."""
    if update.callback_query:
        await update.callback_query.answer()
    return await ask(update, context, await _load(context), again=True)


async def cancel(update: Update, context: BotContext) -> int:
    """Drop the draft: nothing is filed."""
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    if update.callback_query:
        await update.callback_query.answer()
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, context.t("complain-cancelled"))
    return ConversationHandler.END


def build_handlers() -> list[BaseHandler[Update, BotContext, Any]]:
    """The /complain conversation."""
    steps: list[BaseHandler[Update, BotContext, Any]] = [
        CallbackQueryHandler(on_button, pattern=r"^1:cq:(unit|type|ph|cb|ok)"),
        MessageHandler(filters.TEXT & ~filters.COMMAND, on_text),
        MessageHandler(filters.PHOTO, on_photo),
    ]
    return [
        ConversationHandler(
            entry_points=[
                CommandHandler("complain", start),
                CallbackQueryHandler(start, pattern=r"^1:menu:complain$"),
            ],
            states={state: steps for state in ComplainState},
            fallbacks=[
                CommandHandler("cancel", cancel),
                CallbackQueryHandler(cancel, pattern=r"^1:cq:cancel$"),
                MessageHandler(filters.ALL & ~filters.COMMAND, other),
                CallbackQueryHandler(other, pattern=r"^1:cq:"),
            ],
            name="complain",
            persistent=True,
            allow_reentry=True,
        )
    ]
