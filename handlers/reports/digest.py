"""/digest: today so far, then the daily digest (yesterday) with its chart and the buttons
that list what is behind each figure."""

from __future__ import annotations

from datetime import datetime

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import DigestItems, MenuAction
from bot.context import BotContext
from bot.messages import keyboard
from bot.services.digest.chart import CHART_DAYS, ChartLabels
from bot.services.digest.figures import digest_args, digest_buttons
from bot.services.digest.items import TABLE_DAYS, ButlerRow, MissedPatrol
from handlers.tickets import views
from handlers.util import ack_button

LIST_KEYS = {
    "esc": "digest-list-escalations",
    "breach": "digest-list-breaches",
    "low": "digest-list-low",
}


async def digest(update: Update, context: BotContext) -> None:
    """Today so far, then yesterday's digest, its buttons and its chart."""
    assert update.effective_message is not None
    await ack_button(update)
    viewer, service = context.require_viewer(), context.services.digest
    today = await service.today_for_manager(viewer)
    now = context.services.clock.now().astimezone(context.zone()).strftime("%H:%M")
    args = digest_args(today)
    await update.effective_message.reply_text(context.t("digest-today", time=now, **args))
    english = context.services.translator.bind("en")
    words = (ChartLabels.of(context.t, CHART_DAYS), ChartLabels.of(english, CHART_DAYS))
    figures, chart = await service.for_manager(viewer, words)
    key = "digest-empty" if figures.empty else "digest-text"
    markup = keyboard(context.t, digest_buttons(figures))
    await update.effective_message.reply_text(
        context.t(key, **digest_args(figures)), reply_markup=markup
    )
    await update.effective_message.reply_photo(chart)


async def items(update: Update, context: BotContext) -> None:
    """What a digest figure counts, as a list with buttons to open the tickets."""
    query = update.callback_query
    assert query is not None and query.message is not None
    data = DigestItems.unpack(query.data)
    assert data is not None
    day = datetime.strptime(data.day, "%Y%m%d").date()
    viewer, found = context.require_viewer(), context.services.digest_items
    chat = query.message.chat.id
    markup = None
    if data.kind == "staff":
        rows = await found.butlers(viewer, day)
        text = _table(context, rows, day.isoformat())
    elif data.kind == "missed":
        text = _missed(context, await found.missed(viewer, day), day.isoformat())
    else:
        tickets = await found.tickets(viewer, data.kind, day)
        lines = [context.t(LIST_KEYS[data.kind], day=day.isoformat(), count=len(tickets))]
        lines += [views.line(context, t) for t in tickets] or [context.t("digest-none")]
        text, markup = "\n".join(lines), views.list_keyboard(tickets)
    await query.answer()
    await context.bot.send_message(chat, text, reply_markup=markup)


def _missed(context: BotContext, missed: list[MissedPatrol], day: str) -> str:
    lines = [context.t("digest-list-missed", day=day, count=len(missed))]
    for task in missed:
        plan = task.plan or context.t("patrol-plan-daily")
        who = task.assignee or context.t("digest-nobody")
        lines.append(context.t("digest-missed-line", plan=plan, grid=task.grid, who=who))
    return "\n".join(lines if missed else [*lines, context.t("digest-none")])


def _table(context: BotContext, rows: list[ButlerRow], day: str) -> str:
    lines = [context.t("digest-staff-title", day=day, days=TABLE_DAYS)]
    for row in rows:
        lines.append(
            context.t(
                "digest-staff-line",
                name=row.name,
                open=row.open,
                closed=row.closed,
                accept=row.accept_minutes if row.accept_minutes is not None else "-",
                resolve=row.resolve_hours if row.resolve_hours is not None else "-",
                breaches=row.breaches,
                rating=row.rating if row.rating is not None else "-",
            )
        )
    return "\n".join(lines if rows else [*lines, context.t("digest-none")])


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The /digest command, its menu button and the buttons under the digest."""
    return [
        CommandHandler("digest", digest),
        CallbackQueryHandler(digest, pattern=MenuAction.where(action="digest")),
        CallbackQueryHandler(items, pattern=DigestItems.matches),
    ]
