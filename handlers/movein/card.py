"""/movein, the owner's join code, and a move-in's one-tap buttons: open the card, send the
documents, the owner's acceptances, paid at the office, archive, export."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, MoveInAct
from bot.context import BotContext
from bot.errors import NotAllowed
from bot.services.movein.common import STEP_KEYS
from handlers import keyboards
from handlers.fees.payments import send_invoice
from handlers.movein import text

ONE_TAP = ("open", "docs", "accept", "paid", "pay", "keysok", "inspok", "finish", "export")
NOTES = {  # what each one-tap step says once taken
    "docs": "movein-documents-sent",
    "accept": "movein-accepted",
    "paid": "movein-paid-recorded",
    "keysok": "movein-keys-thanks",
    "inspok": "movein-inspection-thanks",
    "finish": "movein-finished-note",
}


async def send_card(update: Update, context: BotContext, movein_id: int, note: str = "") -> None:
    """Send the move-in's card to whoever asked."""
    assert update.effective_chat is not None
    viewer = context.require_viewer()
    view = await context.services.moveins.view(viewer, movein_id)
    is_owner = view.loaded.movein.owner_account_id == viewer.account.id
    body = text.card(context.t, view, context.zone())
    await context.bot.send_message(
        update.effective_chat.id,
        f"{note}\n\n{body}" if note else body,
        reply_markup=text.markup(context.t, view, is_owner),
    )


async def join(update: Update, context: BotContext, code: str) -> None:
    """/start MI…: the owner follows their move-in in chat."""
    loaded = await context.services.moveins.join(context.require_account(), code)
    note = context.t("movein-joined-owner", unit=loaded.unit.code)
    await send_card(update, context, loaded.movein.id, note)


async def listing(update: Update, context: BotContext) -> None:
    """/movein: staff see the move-ins in progress and start one; an owner sees theirs."""
    assert update.effective_chat is not None
    if update.callback_query:
        await update.callback_query.answer()
    viewer = context.require_viewer()
    found = await context.services.moveins.listing(viewer)
    if not viewer.staff and not found:
        raise NotAllowed("movein-nothing")
    buttons = [
        InlineKeyboardButton(
            context.t(
                "movein-list-line",
                unit=code,
                owner=m.owner_name or "-",
                step=context.t(STEP_KEYS[m.step]),
            ),
            callback_data=MoveInAct(action="open", movein_id=m.id).pack(),
        )
        for m, code in found
    ]
    if viewer.staff:
        data = MenuAction(action="movein_new").pack()
        buttons.append(InlineKeyboardButton(context.t("movein-button-new"), callback_data=data))
    head = context.t("movein-list-head", count=len(found))
    await context.bot.send_message(
        update.effective_chat.id, head, reply_markup=keyboards.rows(buttons, width=1)
    )


async def act(update: Update, context: BotContext) -> None:
    """One tap on a move-in."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = MoveInAct.unpack(query.data)
    assert data is not None
    viewer, mid = context.require_viewer(), data.movein_id
    moveins, handover = context.services.moveins, context.services.movein_handover
    if data.action == "pay":
        invoice = await context.services.movein_fees.invoice(viewer, mid)
        await query.answer()
        await send_invoice(update, context, invoice)
        return
    if data.action == "export":
        made = await context.services.movein_archive.export(viewer, mid, context.language)
        await query.answer()
        await context.bot.send_document(
            update.effective_chat.id, InputFile(made.data, filename=made.filename)
        )
        return
    steps = {
        "docs": moveins.send_documents,
        "accept": moveins.accept_rules,
        "paid": context.services.movein_fees.paid_at_office,
        "keysok": handover.confirm_keys,
        "inspok": handover.confirm_inspection,
        "finish": handover.finish,
    }
    if data.action in steps:
        await steps[data.action](viewer, mid)
        await query.edit_message_reply_markup(None)
    await query.answer()
    note = context.t(NOTES[data.action]) if data.action in NOTES else ""
    await send_card(update, context, mid, note)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/movein and the one-tap buttons."""
    return [
        CommandHandler("movein", listing),
        CallbackQueryHandler(listing, pattern=MenuAction.where(action="moveins")),
        CallbackQueryHandler(act, pattern=MoveInAct.where(action=ONE_TAP)),
    ]
