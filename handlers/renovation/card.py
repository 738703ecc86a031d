"""/renovation and the application's card: open, submit, consent, pay at the office."""

from __future__ import annotations

from telegram import InputMediaPhoto, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, RenovationAct, RenovationPass
from bot.context import BotContext
from bot.errors import NotAllowed
from bot.services.fees.common import money
from handlers.fees.payments import send_invoice
from handlers.renovation import text

ONE_TAP = ("view", "submit", "cancel", "complete", "owner_ok", "owner_no", "counter", "files",
           "history", "pay")  # fmt: skip
MAX_ALBUM = 10


async def menu(update: Update, context: BotContext) -> None:
    """A resident's applications (or Apply); staff's renovations in progress."""
    assert update.effective_chat is not None
    if update.callback_query:
        await update.callback_query.answer()
    viewer = context.require_viewer()
    renovations = context.services.renovations
    if viewer.staff:
        body, markup = text.staff_list(context.t, await renovations.live(viewer))
        await context.bot.send_message(update.effective_chat.id, body, reply_markup=markup)
    if not viewer.occupancies:
        if not viewer.staff:
            raise NotAllowed("renovation-need-unit")
        return
    mine = await renovations.of_viewer(viewer)
    busy = {r.unit.id for r in mine if r.renovation.state not in ("closed", "cancelled")}
    free = [(o.unit_id, o.unit_code) for o in viewer.occupancies if o.unit_id not in busy]
    body, markup = text.menu(
        context.t, mine, free, viewer.occupancies[0].unit_id if viewer.occupancies else None
    )
    await context.bot.send_message(update.effective_chat.id, body, reply_markup=markup)


async def send_card(
    update: Update, context: BotContext, renovation_id: int, note: str = ""
) -> None:
    """The application's card, below."""
    assert update.effective_chat is not None
    view = await context.services.renovations.view(context.require_viewer(), renovation_id)
    body = text.card(context.t, context.language, view)
    await context.bot.send_message(
        update.effective_chat.id,
        f"{note}\n\n{body}" if note else body,
        reply_markup=text.card_markup(context.t, view),
    )


async def act(update: Update, context: BotContext) -> None:
    """One tap on the card: the service acts, the card is shown again with what changed."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = RenovationAct.unpack(query.data)
    assert data is not None
    viewer, rid = context.require_viewer(), data.renovation_id
    apps = context.services.renovations
    note = ""
    if data.action == "submit":
        state = await apps.submit(viewer, rid)
        note = context.t("renovation-submitted", owner=1 if state == "awaiting_owner" else 0)
    elif data.action == "cancel":
        await apps.cancel(viewer, rid)
        note = context.t("renovation-cancelled")
    elif data.action == "complete":
        await context.services.site.complete(viewer, rid)
        note = context.t("renovation-completed")
    elif data.action in ("owner_ok", "owner_no"):
        await apps.owner_decides(viewer, rid, data.action == "owner_ok")
        note = context.t("renovation-owner-decided", agreed=1 if data.action == "owner_ok" else 0)
    elif data.action == "counter":
        view = await apps.view(viewer, rid)
        total = await context.services.permits.counter(viewer, rid)
        note = context.t(
            "renovation-counter-paid", amount=money(total, view.loaded.estate.currency)
        )
    elif data.action == "pay":  # an invoice of this application's fees only
        view = await apps.view(viewer, rid)
        due = [b.id for b in view.bills if b.open_minor]
        invoice = await context.services.payments.invoice(viewer, view.loaded.unit.id, None, due)
        await query.answer()
        await send_invoice(update, context, invoice)
        return
    elif data.action == "files":
        await query.answer()
        await send_files(update, context, rid)
        return
    elif data.action == "history":
        await query.answer()
        view = await apps.view(viewer, rid)
        await context.bot.send_message(
            update.effective_chat.id, text.history(context.t, view, context.zone())
        )
        return
    await send_card(update, context, rid, note)  # first: a card not to be seen raises here
    await query.answer()
    if data.action != "view":
        await query.edit_message_reply_markup(None)


async def send_files(update: Update, context: BotContext, renovation_id: int) -> None:
    """Every photo of the application, in albums of up to ten, each captioned with its kind."""
    assert update.effective_chat is not None
    view = await context.services.renovations.view(context.require_viewer(), renovation_id)
    photos = [(f.file_id, text.FILE_KEYS.get(f.kind, "renovation-file-other")) for f in view.files]
    photos += [(w.photo_file_id, "renovation-file-worker") for w in view.workers]
    if not photos:
        await context.bot.send_message(
            update.effective_chat.id, context.t("renovation-files-none")
        )
        return
    for start in range(0, len(photos), MAX_ALBUM):
        album = [
            InputMediaPhoto(file_id, caption=context.t(key))
            for file_id, key in photos[start : start + MAX_ALBUM]
        ]
        await context.bot.send_media_group(update.effective_chat.id, album)


async def worker_act(update: Update, context: BotContext) -> None:
    """Take a worker off the list before review, or revoke a pass."""
    query = update.callback_query
    assert query is not None
    data = RenovationPass.unpack(query.data)
    assert data is not None
    viewer = context.require_viewer()
    if data.action == "rm":
        rid = await context.services.renovations.remove_worker(viewer, data.worker_id)
        note = context.t("renovation-worker-removed")
    else:
        rid = await context.services.permits.revoke(viewer, data.worker_id)
        note = context.t("renovation-pass-revoked-done")
    await send_card(update, context, rid, note)
    await query.answer()
    await query.edit_message_reply_markup(None)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/renovation, the card's one-tap buttons and the worker buttons (/pass: handlers.gate)."""
    return [
        CommandHandler("renovation", menu),
        CallbackQueryHandler(menu, pattern=MenuAction.where(action="renovation")),
        CallbackQueryHandler(act, pattern=RenovationAct.where(action=ONE_TAP)),
        CallbackQueryHandler(worker_act, pattern=RenovationPass.matches),
    ]
