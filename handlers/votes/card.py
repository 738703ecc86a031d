"""/votes and a vote's one-tap buttons: open the card, vote (or change it), the units whose
owner has not voted, the export of every ballot."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, VoteAct
from bot.context import BotContext
from bot.errors import NotAllowed
from bot.services.votes.counting import CHOICES
from handlers import keyboards
from handlers.votes import text

ONE_TAP = ("open", *CHOICES, "silent", "export")


async def listing(update: Update, context: BotContext) -> None:
    """/votes: the latest votes; managers open one."""
    assert update.effective_chat is not None
    if update.callback_query:
        await update.callback_query.answer()
    viewer = context.require_viewer()
    if not viewer.staff and not viewer.occupancies:
        raise NotAllowed("vote-need-bound")
    found = await context.services.votes.listed(viewer)
    buttons = [
        InlineKeyboardButton(
            context.t(
                "vote-list-line",
                number=v.number,
                title=v.title,
                closed=1 if v.state == "closed" else 0,
            ),
            callback_data=VoteAct(action="open", vote_id=v.id).pack(),
        )
        for v in found
    ]
    if viewer.managed_estates():
        data = MenuAction(action="vote_new").pack()
        buttons.append(InlineKeyboardButton(context.t("vote-button-new"), callback_data=data))
    head = context.t("vote-list-head") if found else context.t("vote-list-none")
    markup = keyboards.rows(buttons, width=1) if buttons else None
    await context.bot.send_message(update.effective_chat.id, head, reply_markup=markup)


async def act(update: Update, context: BotContext) -> None:
    """Open a vote's card, vote, list the silent units, or export the ballots."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = VoteAct.unpack(query.data)
    assert data is not None
    viewer, votes, chat = (
        context.require_viewer(),
        context.services.votes,
        update.effective_chat.id,
    )
    if data.action == "export":
        made = await context.services.vote_closing.export(viewer, data.vote_id, context.language)
        await query.answer()
        await context.bot.send_document(chat, InputFile(made.data, filename=made.filename))
        return
    if data.action == "silent":
        units = await context.services.paper_ballots.silent_units(viewer, data.vote_id)
        await query.answer()
        await context.bot.send_message(chat, text.silent(context.t, units))
        return
    if data.action in CHOICES:
        view = await votes.cast(viewer, data.vote_id, data.action)
        await query.answer(context.t("vote-cast-thanks"))
    else:
        view = await votes.view(viewer, data.vote_id)
        await query.answer()
    manager = view.vote.estate_id in viewer.managed_estates()
    body, markup = (
        text.card(context.t, view, context.zone()),
        text.markup(context.t, view, manager),
    )
    if data.action in CHOICES:
        await query.edit_message_text(body, reply_markup=markup)
    else:
        await context.bot.send_message(chat, body, reply_markup=markup)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/votes and the one-tap buttons."""
    return [
        CommandHandler("votes", listing),
        CallbackQueryHandler(listing, pattern=MenuAction.where(action="votes")),
        CallbackQueryHandler(act, pattern=VoteAct.where(action=ONE_TAP)),
    ]
