"""/unit: staff look up a household by unit, name or phone; tags, notes and unbinding."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import (
    HouseholdNote,
    HouseholdOpen,
    HouseholdTag,
    HouseholdTags,
    HouseholdUnbind,
    MenuAction,
)
from bot.context import BotContext
from bot.errors import NotFound
from bot.services.estates.household import MAX_NOTE
from handlers.flow import Entry, Flow, Reply, Text
from handlers.households import text


async def find(update: Update, context: BotContext) -> None:
    """`/unit 3-2-301`, `/unit 张伟` or `/unit 138…`: the card, or a choice of units."""
    assert update.effective_chat is not None
    chat = update.effective_chat.id
    if update.callback_query:
        await update.callback_query.answer()
    query = " ".join(context.args or [])
    if not query:
        await context.bot.send_message(chat, context.t("household-usage"))
        return
    viewer = context.require_viewer()
    units = await context.services.households.find(viewer, query)
    if not units:
        await context.bot.send_message(chat, context.t("household-none", query=query))
    elif len(units) == 1:
        body, markup = text.card(
            context, await context.services.households.card(viewer, units[0].id)
        )
        await context.bot.send_message(chat, body, reply_markup=markup)
    else:
        body, markup = text.found(context, units)
        await context.bot.send_message(chat, body, reply_markup=markup)


async def open_card(update: Update, context: BotContext) -> None:
    """A unit button, or Back: the card in place of the message pressed."""
    query = update.callback_query
    assert query is not None
    data = HouseholdOpen.unpack(query.data)
    assert data is not None
    found = await context.services.households.card(context.require_viewer(), data.unit_id)
    await query.answer()
    body, markup = text.card(context, found)
    await query.edit_message_text(body, reply_markup=markup)


async def tags(update: Update, context: BotContext) -> None:
    """Show every tag to set or clear."""
    query = update.callback_query
    assert query is not None
    data = HouseholdTags.unpack(query.data)
    assert data is not None
    found = await context.services.households.card(context.require_viewer(), data.unit_id)
    await query.answer()
    await query.edit_message_text(
        context.t("household-tags-ask", unit=found.unit.code),
        reply_markup=text.tags_keyboard(context, found),
    )


async def toggle(update: Update, context: BotContext) -> None:
    """Set or clear a tag; the keyboard shows the new state."""
    query = update.callback_query
    assert query is not None
    data = HouseholdTag.unpack(query.data)
    assert data is not None
    viewer = context.require_viewer()
    now_set = await context.services.households.toggle_tag(viewer, data.unit_id, data.tag)
    found = await context.services.households.card(viewer, data.unit_id)
    key = "household-tag-set" if now_set else "household-tag-cleared"
    await query.edit_message_reply_markup(reply_markup=text.tags_keyboard(context, found))
    await query.answer(context.t(key, tag=text.tag_label(context, data.tag)))


async def unbind(update: Update, context: BotContext) -> None:
    """A manager's unbind button: ask, then unbind and show the card again."""
    query = update.callback_query
    assert query is not None
    data = HouseholdUnbind.unpack(query.data)
    assert data is not None
    viewer = context.require_viewer()
    households = context.services.households
    found = await households.card(viewer, data.unit_id)
    member = next((m for m in found.members if m.account_id == data.account_id), None)
    if member is None:
        raise NotFound("household-member-gone")
    if not data.sure:
        await query.answer()
        body, markup = text.unbind_question(context, found, member)
        await query.edit_message_text(body, reply_markup=markup)
        return
    name = await households.unbind(viewer, data.unit_id, data.account_id)
    body, markup = text.card(context, await households.card(viewer, data.unit_id))
    await query.edit_message_text(body, reply_markup=markup)
    await query.answer(context.t("household-unbound", name=name, unit=found.unit.code))


class NoteDraft(BaseModel):
    """A note about a household."""

    unit_id: int
    unit: str
    note: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> NoteDraft:
    """Only staff of the unit's grid."""
    found = await context.services.households.check(context.require_viewer(), args["unit_id"])
    return NoteDraft(unit_id=found.id, unit=found.code)


async def finish(context: BotContext, draft: NoteDraft, token: str) -> Reply:
    """Keep the note; offer the card again."""
    viewer = context.require_viewer()
    unit = await context.services.households.add_note(
        viewer, draft.unit_id, draft.note or "", token
    )
    body, markup = text.card(context, await context.services.households.card(viewer, unit.id))
    return Reply(context.t("household-note-kept", unit=unit.code) + "\n\n" + body, markup)


NOTE = Flow(
    name="household_note",
    title="flow-title-household-note",
    draft=NoteDraft,
    begin=begin,
    finish=finish,
    prompt_args=lambda context, draft: {"unit": draft.unit, "max": MAX_NOTE},
    entries=[Entry(HouseholdNote, lambda data: {"unit_id": data.unit_id})],
    steps=[Text(field="note", prompt="household-ask-note", max_length=MAX_NOTE)],
)
FLOWS = [NOTE]


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/unit, its menu button, and the card's buttons."""
    return [
        CommandHandler("unit", find),
        CallbackQueryHandler(find, pattern=MenuAction.where(action="unit")),
        CallbackQueryHandler(open_card, pattern=HouseholdOpen.matches),
        CallbackQueryHandler(tags, pattern=HouseholdTags.matches),
        CallbackQueryHandler(toggle, pattern=HouseholdTag.matches),
        CallbackQueryHandler(unbind, pattern=HouseholdUnbind.matches),
    ]
