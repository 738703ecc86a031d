"""Buttons on tickets: staff accept, start, transfer, escalate; anyone opens; residents cancel."""

from __future__ import annotations

from telegram import InlineKeyboardButton, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.context import BotContext
from bot.errors import NotFound
from bot.services.people.access import may_work_ticket
from bot.services.tickets import rules
from handlers import callbacks, keyboards
from handlers.tickets import views as ticket_views
from handlers.util import ack_button, edit_markup_in_place

ACTIONS = {"acc": rules.ACCEPT, "go": rules.START, "esc": rules.ESCALATE}
DONE_KEYS = {
    rules.ACCEPT: "ticket-done-accept",
    rules.START: "ticket-done-start",
    rules.ESCALATE: "ticket-done-escalate",
    rules.TRANSFER: "ticket-done-transfer",
}


def _ticket_id(update: Update) -> tuple[str, int, int | None]:
    """Parse `1:tk:<action>:<ticket>[:<arg>]`; a malformed one names no ticket."""
    assert update.callback_query is not None
    parsed = callbacks.parse(update.callback_query.data)
    if parsed is None or parsed.arg_int(0) is None:
        raise NotFound()
    ticket_id = parsed.arg_int(0)
    assert ticket_id is not None
    return parsed.action, ticket_id, parsed.arg_int(1)


async def act(update: Update, context: BotContext) -> None:
    """Accept, start or escalate, then show the buttons that come next."""
    query = update.callback_query
    assert query is not None
    code, ticket_id, _ = _ticket_id(update)
    action = ACTIONS[code]
    ticket = await context.services.ticket_actions.act(context.require_viewer(), ticket_id, action)
    await edit_markup_in_place(query, ticket_views.staff_keyboard(context, ticket))
    await query.answer(context.t(DONE_KEYS[action], code=ticket.code))


async def choose_transfer(update: Update, context: BotContext) -> None:
    """Offer the butlers a ticket can be handed to."""
    query = update.callback_query
    assert query is not None
    _, ticket_id, _ = _ticket_id(update)
    viewer = context.require_viewer()
    await context.services.ticket_actions.check(viewer, ticket_id, rules.TRANSFER)
    targets = await context.services.ticket_actions.transfer_targets(viewer, ticket_id)
    if not targets:
        await query.answer(context.t("ticket-no-transfer-target"), show_alert=True)
        return
    buttons = [
        InlineKeyboardButton(name, callback_data=callbacks.make("tk", "to", ticket_id, account))
        for account, name in targets.items()
    ]
    await query.answer()
    await query.edit_message_reply_markup(keyboards.rows(buttons, 2))


async def transfer(update: Update, context: BotContext) -> None:
    """Hand the ticket to the chosen butler."""
    query = update.callback_query
    assert query is not None
    _, ticket_id, to_account = _ticket_id(update)
    ticket = await context.services.ticket_actions.act(
        context.require_viewer(), ticket_id, rules.TRANSFER, to_account=to_account or -1
    )
    await query.edit_message_reply_markup(None)
    await query.answer(context.t(DONE_KEYS[rules.TRANSFER], code=ticket.code))


async def view(update: Update, context: BotContext) -> None:
    """Open a ticket: its card, history and the buttons this viewer has."""
    query = update.callback_query
    assert query is not None and query.message is not None
    _, ticket_id, _ = _ticket_id(update)
    viewer = context.require_viewer()
    ticket, events = await context.services.tickets.history(viewer, ticket_id)
    markup = (
        ticket_views.staff_keyboard(context, ticket)
        if may_work_ticket(viewer, ticket)
        else ticket_views.resident_keyboard(context, ticket)
    )
    await query.answer()
    await context.bot.send_message(
        query.message.chat.id, ticket_views.render(context, ticket, events), reply_markup=markup
    )


async def cancel(update: Update, context: BotContext) -> None:
    """The resident withdraws their ticket."""
    query = update.callback_query
    assert query is not None
    _, ticket_id, _ = _ticket_id(update)
    ticket = await context.services.ticket_actions.cancel(context.require_viewer(), ticket_id)
    await query.answer()
    await query.edit_message_reply_markup(None)
    assert query.message is not None
    await context.bot.send_message(
        query.message.chat.id, context.t("ticket-cancelled-resident", code=ticket.code)
    )


async def queue(update: Update, context: BotContext) -> None:
    """/queue: the open tickets of the butler's grids, urgent and oldest first."""
    assert update.effective_message is not None
    await ack_button(update)
    viewer = context.require_viewer()
    if not viewer.butler_grids() and not viewer.managed_estates():
        await update.effective_message.reply_text(context.t("error-not-allowed"))
        return
    found = await context.services.tickets.queue(viewer)
    if not found:
        await update.effective_message.reply_text(context.t("queue-empty"))
        return
    text = "\n".join(
        [context.t("queue-header", count=len(found))]
        + [ticket_views.line(context, t) for t in found]
    )
    await update.effective_message.reply_text(text, reply_markup=ticket_views.list_keyboard(found))


async def my_tickets(update: Update, context: BotContext) -> None:
    """/tickets: the resident's open and recent tickets."""
    assert update.effective_message is not None
    await ack_button(update)
    found = await context.services.tickets.mine(context.require_viewer())
    if not found:
        await update.effective_message.reply_text(context.t("tickets-empty"))
        return
    text = "\n".join(
        [context.t("tickets-header")] + [ticket_views.line(context, t) for t in found]
    )
    await update.effective_message.reply_text(text, reply_markup=ticket_views.list_keyboard(found))


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Ticket buttons and the /queue and /tickets lists."""
    return [
        CallbackQueryHandler(act, pattern=r"^1:tk:(acc|go|esc):"),
        CallbackQueryHandler(choose_transfer, pattern=r"^1:tk:tr:"),
        CallbackQueryHandler(transfer, pattern=r"^1:tk:to:"),
        CallbackQueryHandler(view, pattern=r"^1:tk:view:"),
        CallbackQueryHandler(cancel, pattern=r"^1:tk:cx:"),
        CommandHandler("queue", queue),
        CallbackQueryHandler(queue, pattern=r"^1:menu:queue$"),
        CommandHandler("tickets", my_tickets),
        CallbackQueryHandler(my_tickets, pattern=r"^1:menu:tickets$"),
    ]
