"""Ticket buttons: staff accept and start in one tap; anyone opens a card; residents withdraw."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, TicketAction
from bot.context import BotContext
from bot.messages import edit_or_send, set_keyboard
from bot.services.people.access import TECHNICIAN, may_work_ticket
from bot.services.tickets import rules
from handlers.tickets import views
from handlers.util import ack_button

ONE_TAP = {"acc": rules.ACCEPT, "go": rules.START}
DONE_KEYS = {rules.ACCEPT: "ticket-done-accept", rules.START: "ticket-done-start"}


def _pressed(update: Update) -> TicketAction:
    assert update.callback_query is not None
    data = TicketAction.unpack(update.callback_query.data)
    assert data is not None
    return data


async def act(update: Update, context: BotContext) -> None:
    """Accept or start; the pressed card shows the new state at once, other copies follow."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data, viewer = _pressed(update), context.require_viewer()
    action, message_id = ONE_TAP[data.action], query.message.message_id
    ticket = await context.services.ticket_actions.act(
        viewer, data.ticket_id, action, card_message=message_id
    )
    view, role = await context.services.tickets.card(viewer, ticket.id, message_id)
    text, markup = views.render_card(context, view)
    if role == "card":
        await edit_or_send(context.bot, query.message.chat.id, message_id, text, markup)
    else:
        await set_keyboard(context.bot, query.message.chat.id, message_id, markup)
    await query.answer(context.t(DONE_KEYS[action], code=ticket.code))


async def view(update: Update, context: BotContext) -> None:
    """Open a ticket: staff get its live card, residents their view of it."""
    query = update.callback_query
    assert query is not None and query.message is not None
    viewer = context.require_viewer()
    ticket, events = await context.services.tickets.history(viewer, _pressed(update).ticket_id)
    chat_id = query.message.chat.id
    if may_work_ticket(viewer, ticket):
        card, _ = await context.services.tickets.card(viewer, ticket.id)
        text, markup = views.render_card(context, card)
        sent = await context.bot.send_message(chat_id, text, reply_markup=markup)
        await context.services.tickets.remember_card(viewer, ticket.id, sent.message_id)
    else:
        text = views.resident_view(context, ticket, events)
        await context.bot.send_message(
            chat_id, text, reply_markup=views.resident_keyboard(context, ticket)
        )
    await query.answer()


async def call_back(update: Update, context: BotContext) -> None:
    """Whom to call, with the phone on record when there is one (an alert)."""
    query = update.callback_query
    assert query is not None
    viewer = context.require_viewer()
    name, unit, phone = await context.services.tickets.contact(viewer, _pressed(update).ticket_id)
    if phone:
        text = context.t("ticket-call", name=name, unit=unit, phone=phone)
    else:
        text = context.t("ticket-call-no-phone", name=name, unit=unit)
    await query.answer(text, show_alert=True)


async def withdraw(update: Update, context: BotContext) -> None:
    """The resident withdraws their repair before work starts."""
    query = update.callback_query
    assert query is not None and query.message is not None
    viewer = context.require_viewer()
    ticket = await context.services.ticket_actions.cancel(viewer, _pressed(update).ticket_id)
    _, events = await context.services.tickets.history(viewer, ticket.id)
    text = views.resident_view(context, ticket, events)
    await edit_or_send(context.bot, query.message.chat.id, query.message.message_id, text, None)
    await query.answer(context.t("ticket-cancelled-resident", code=ticket.code))


async def queue(update: Update, context: BotContext) -> None:
    """/queue: the open tickets of the butler's grids, urgent and oldest first."""
    assert update.effective_message is not None
    await ack_button(update)
    found = await context.services.tickets.queue(context.require_viewer())
    if not found:
        handed = context.require_viewer().main_role == TECHNICIAN
        await update.effective_message.reply_text(
            context.t("queue-empty-technician" if handed else "queue-empty")
        )
        return
    lines = [context.t("queue-header", count=len(found))]
    lines += [views.line(context, t) for t in found]
    markup = views.list_keyboard(found)
    await update.effective_message.reply_text("\n".join(lines), reply_markup=markup)


async def my_tickets(update: Update, context: BotContext) -> None:
    """/tickets: the resident's open and recent tickets."""
    assert update.effective_message is not None
    await ack_button(update)
    found = await context.services.tickets.mine(context.require_viewer())
    if not found:
        await update.effective_message.reply_text(context.t("tickets-empty"))
        return
    lines = [context.t("tickets-header")]
    lines += [views.line(context, t, resident=True) for t in found]
    markup = views.list_keyboard(found)
    await update.effective_message.reply_text("\n".join(lines), reply_markup=markup)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Ticket buttons and the /queue and /tickets lists."""
    return [
        CallbackQueryHandler(act, pattern=TicketAction.where(action=("acc", "go"))),
        CallbackQueryHandler(view, pattern=TicketAction.where(action="view")),
        CallbackQueryHandler(withdraw, pattern=TicketAction.where(action="cx")),
        CallbackQueryHandler(call_back, pattern=TicketAction.where(action="call")),
        CommandHandler("queue", queue),
        CallbackQueryHandler(queue, pattern=MenuAction.where(action="queue")),
        CommandHandler("tickets", my_tickets),
        CallbackQueryHandler(my_tickets, pattern=MenuAction.where(action="tickets")),
    ]
