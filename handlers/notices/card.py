"""/notices and the buttons of notices and emergencies: read, safe, help, counts, remind."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, NoticeAct
from bot.context import BotContext
from bot.errors import NotAllowed
from bot.services.notices.notices import push_args
from handlers.notices import text

ONE_TAP = ("read", "safe", "help", "stats", "remind", "answers", "show")


async def menu(update: Update, context: BotContext) -> None:
    """Staff: the latest notices and emergencies; residents: the ones they received."""
    assert update.effective_chat is not None
    if update.callback_query:
        await update.callback_query.answer()
    viewer, chat = context.require_viewer(), update.effective_chat.id
    notices = context.services.notices
    if not viewer.staff and not viewer.occupancies:
        raise NotAllowed("notice-need-bound")
    if viewer.staff:
        found = await notices.sent_list(viewer)
        body, markup = text.sent(context.t, context.language, found, context.zone())
        await context.bot.send_message(chat, body, reply_markup=markup)
    if viewer.occupancies:
        mine = await notices.received(viewer)
        body, buttons = text.received(context.t, context.language, mine, context.zone())
        await context.bot.send_message(chat, body, reply_markup=buttons)


async def act(update: Update, context: BotContext) -> None:
    """One tap on a notice or an emergency."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = NoticeAct.unpack(query.data)
    assert data is not None
    viewer, nid, chat = context.require_viewer(), data.notice_id, update.effective_chat.id
    notices, emergencies = context.services.notices, context.services.emergencies
    if data.action == "read":
        await notices.read(viewer, nid)
        await query.answer(context.t("notice-read-thanks"))
        await query.edit_message_reply_markup(None)
        return
    if data.action in ("safe", "help"):
        answer = await emergencies.answer(viewer, nid, data.action == "safe")
        await query.answer()
        await query.edit_message_reply_markup(None)
        key = "emergency-safe-thanks" if answer == "safe" else "emergency-help-sent"
        await context.bot.send_message(chat, context.t(key))
        return
    if data.action == "show":
        notice = await notices.read(viewer, nid)
        estate = await context.services.notices.estate_of(notice)
        key = "emergency-push" if notice.kind == "emergency" else "notice-push"
        await query.answer()
        await context.bot.send_message(chat, context.t(key, **push_args(notice, estate)))
        return
    if data.action == "remind":
        count = await notices.remind_unread(viewer, nid)
        await query.answer(context.t("notice-reminded", count=count), show_alert=True)
    if data.action == "answers":
        found = await emergencies.answers(viewer, nid)
        await context.bot.send_message(
            chat,
            text.answers(context.t, found),
            reply_markup=text.answers_markup(context.t, found),
        )
    else:
        stats = await notices.stats(viewer, nid)
        await context.bot.send_message(
            chat,
            text.stats(context.t, stats, context.zone()),
            reply_markup=text.stats_markup(context.t, stats),
        )
    if data.action != "remind":
        await query.answer()


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/notices and the one-tap buttons."""
    return [
        CommandHandler("notices", menu),
        CallbackQueryHandler(menu, pattern=MenuAction.where(action="notices")),
        CallbackQueryHandler(act, pattern=NoticeAct.where(action=ONE_TAP)),
    ]
