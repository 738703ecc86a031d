"""/repair: the resident reports a repair, step by step, then confirms."""

from __future__ import annotations

from typing import Any

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
from bot.services.tickets.push import CATEGORY_KEYS, VISIT_KEYS
from bot.services.tickets.repairs import MAX_DESCRIPTION, MAX_PHOTOS, RepairDraft
from handlers import callbacks, util
from handlers.tickets import repair_summary
from handlers.tickets.repair_steps import (
    DRAFT,
    MAX_WHERE,
    RepairState,
    ask,
    load,
    next_state,
    reask,
    save,
    step_keyboard,
)


async def start(update: Update, context: BotContext) -> RepairState | int:
    """Begin a repair report (only for residents)."""
    draft = RepairDraft(unit_id=await util.resident_start(update, context))
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    await save(context, draft)
    return await ask(update, context, draft)


async def on_button(update: Update, context: BotContext) -> RepairState | int:
    """Take the answer of a button step."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    draft = await load(context)
    state = next_state(draft)
    if parsed is None or not apply_button(context, draft, state, parsed.action, parsed.args):
        return await reask(update, context)
    await query.answer()
    await query.edit_message_reply_markup(None)
    await save(context, draft)
    return await ask(update, context, draft)


def apply_button(
    context: BotContext, draft: RepairDraft, state: RepairState, action: str, args: tuple[str, ...]
) -> bool:
    """Put a pressed button's value in the draft if it answers the current step."""
    value = args[0] if args else ""
    if state == RepairState.UNIT and action == "unit":
        ids = {o.unit_id for o in context.require_viewer().occupancies}
        draft.unit_id = int(value) if value.isdigit() and int(value) in ids else None
        return draft.unit_id is not None
    if state == RepairState.CATEGORY and action == "cat" and value in CATEGORY_KEYS:
        draft.category = value
    elif state == RepairState.LOCATION and action == "loc" and value in ("unit", "public"):
        draft.location, draft.location_note = value, ""
    elif state == RepairState.PHOTOS and action == "ph":
        draft.photos_done = True
    elif state == RepairState.VISIT and action == "visit" and value in VISIT_KEYS:
        draft.visit_time = value
    elif state == RepairState.URGENT and action == "urg" and value in ("0", "1"):
        draft.urgent = value == "1"
    else:
        return False
    return True


async def on_text(update: Update, context: BotContext) -> RepairState | int:
    """Take the answer of a text step (where, description)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    draft = await load(context)
    state = next_state(draft)
    text = message.text.strip()
    if state == RepairState.WHERE and 0 < len(text) <= MAX_WHERE:
        draft.location_note = text
    elif state == RepairState.DESCRIPTION and 0 < len(text) <= MAX_DESCRIPTION:
        draft.description = text
    else:
        return await reask(update, context)
    await save(context, draft)
    return await ask(update, context, draft)


async def on_photo(update: Update, context: BotContext) -> RepairState | int:
    """Collect a photo (up to five)."""
    message = update.effective_message
    assert message is not None and message.photo
    draft = await load(context)
    if next_state(draft) != RepairState.PHOTOS:
        return await reask(update, context)
    draft.photos.append(message.photo[-1].file_id)
    if len(draft.photos) >= MAX_PHOTOS:
        draft.photos_done = True
        await save(context, draft)
        return await ask(update, context, draft)
    await save(context, draft)
    await message.reply_text(
        context.t("repair-photo-received", count=len(draft.photos), max=MAX_PHOTOS),
        reply_markup=step_keyboard(context, RepairState.PHOTOS),
    )
    return RepairState.PHOTOS


async def cancel(update: Update, context: BotContext) -> int:
    """Drop the draft: nothing is filed."""
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    if update.callback_query:
        await update.callback_query.answer()
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, context.t("repair-cancelled"))
    return ConversationHandler.END


def build_handlers() -> list[BaseHandler[Update, BotContext, Any]]:
    """The /repair conversation."""
    buttons = CallbackQueryHandler(on_button, pattern=r"^1:rp:(unit|cat|loc|ph|visit|urg):")
    text = MessageHandler(filters.TEXT & ~filters.COMMAND, on_text)
    photo = MessageHandler(filters.PHOTO, on_photo)
    steps: list[BaseHandler[Update, BotContext, Any]] = [buttons, text, photo]
    states: dict[object, list[BaseHandler[Update, BotContext, Any]]] = {
        state: steps for state in RepairState if state != RepairState.CONFIRM
    }
    states[RepairState.CONFIRM] = repair_summary.build_confirm_handlers(steps)
    return [
        ConversationHandler(
            entry_points=[
                CommandHandler("repair", start),
                CallbackQueryHandler(start, pattern=r"^1:menu:repair$"),
            ],
            states=states,
            fallbacks=[
                CommandHandler("cancel", cancel),
                CallbackQueryHandler(cancel, pattern=r"^1:rp:cancel$"),
                MessageHandler(filters.ALL & ~filters.COMMAND, reask),
                CallbackQueryHandler(reask, pattern=r"^1:rp:"),
            ],
            name="repair",
            persistent=True,
            allow_reentry=True,
        )
    ]
