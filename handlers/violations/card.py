"""/violations and a case's card: open it, acknowledge or refuse a notice, confirm a step,
print the notice, history and photos."""

from __future__ import annotations

import asyncio

from telegram import InputFile, InputMediaPhoto, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, ViolationAct
from bot.context import BotContext
from bot.errors import NotAllowed
from bot.services.fees.receipt_image import draw_notice
from bot.settings import SUPPORTED_LANGUAGES
from handlers.violations import text

ONE_TAP = ("view", "ack", "refuse", "confirm", "decline", "history", "files", "print")
MAX_ALBUM = 10


async def menu(update: Update, context: BotContext) -> None:
    """Staff: the open cases they work; residents: notices to them and their reports."""
    assert update.effective_chat is not None
    if update.callback_query:
        await update.callback_query.answer()
    viewer, chat = context.require_viewer(), update.effective_chat.id
    cases = context.services.violations
    if not viewer.staff and not viewer.occupancies:
        raise NotAllowed("violation-need-bound")
    estates = {s.estate_id for s in viewer.staff} | {o.estate_id for o in viewer.occupancies}
    kinds = {e: await cases.kinds(e) for e in sorted(estates)}
    if viewer.staff:
        body, markup = text.staff_list(
            context.t, context.language, await cases.listed(viewer), kinds
        )
        await context.bot.send_message(chat, body, reply_markup=markup)
    if viewer.occupancies:
        noticed, reported = await cases.of_resident(viewer)
        body, markup = text.resident_list(context.t, context.language, noticed, reported, kinds)
        await context.bot.send_message(chat, body, reply_markup=markup)


async def send_card(
    update: Update, context: BotContext, violation_id: int, note: str = ""
) -> None:
    """The case's card, below."""
    assert update.effective_chat is not None
    view = await context.services.violations.view(context.require_viewer(), violation_id)
    body = text.card(context.t, context.language, view)
    await context.bot.send_message(
        update.effective_chat.id,
        f"{note}\n\n{body}" if note else body,
        reply_markup=text.card_markup(context.t, view),
    )


async def act(update: Update, context: BotContext) -> None:
    """One tap: the service acts and the card is shown again with what changed."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = ViolationAct.unpack(query.data)
    assert data is not None
    viewer, vid = context.require_viewer(), data.violation_id
    ladder = context.services.violation_ladder
    note = ""
    if data.action in ("ack", "refuse"):
        state = await ladder.answer_notice(viewer, vid, data.action == "ack")
        note = context.t("violation-answered", agreed=1 if state == "acknowledged" else 0)
    elif data.action in ("confirm", "decline"):
        verb = await ladder.decide(viewer, vid, data.action == "confirm")
        note = context.t("violation-decided", agreed=1 if verb == "confirmed" else 0)
    elif data.action in ("history", "files", "print"):
        await query.answer()
        await {"history": send_history, "files": send_files, "print": send_print}[data.action](
            update, context, vid
        )
        return
    await send_card(update, context, vid, note)  # first: a card not to be seen raises here
    await query.answer()
    if data.action != "view":
        await query.edit_message_reply_markup(None)


async def send_history(update: Update, context: BotContext, violation_id: int) -> None:
    """Every step of the case."""
    assert update.effective_chat is not None
    view = await context.services.violations.view(context.require_viewer(), violation_id)
    body = text.history(context.t, view, context.zone())
    await context.bot.send_message(update.effective_chat.id, body)


async def send_files(update: Update, context: BotContext, violation_id: int) -> None:
    """Every photo of the case, in albums of up to ten (staff only)."""
    assert update.effective_chat is not None
    view = await context.services.violations.view(context.require_viewer(), violation_id)
    photos = [file_id for _event, file_id in view.files]
    if not photos:
        await context.bot.send_message(update.effective_chat.id, context.t("violation-files-none"))
        return
    for start in range(0, len(photos), MAX_ALBUM):
        album = [InputMediaPhoto(f) for f in photos[start : start + MAX_ALBUM]]
        await context.bot.send_media_group(update.effective_chat.id, album)


async def send_print(update: Update, context: BotContext, violation_id: int) -> None:
    """The notice to print, in both languages, for a household nobody bound to the bot."""
    assert update.effective_chat is not None
    view = await context.services.violations.view(context.require_viewer(), violation_id)
    if not view.staff or view.loaded.violation.notice_state == "none":
        raise NotAllowed("violation-handler-only")
    translator = context.services.translator
    for language in SUPPORTED_LANGUAGES:
        drawing = text.notice_drawing(translator.bind(language), language, view)
        image = await asyncio.to_thread(draw_notice, drawing)
        name = f"{view.loaded.violation.number}-{language}.png"
        await context.bot.send_document(
            update.effective_chat.id,
            InputFile(image, filename=name),
            caption=context.t("violation-print-caption", number=view.loaded.violation.number),
        )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/violations and the card's one-tap buttons."""
    return [
        CommandHandler("violations", menu),
        CallbackQueryHandler(menu, pattern=MenuAction.where(action="violations")),
        CallbackQueryHandler(act, pattern=ViolationAct.where(action=ONE_TAP)),
    ]
