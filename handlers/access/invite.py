"""/invite: a manager issues an invite code for a resident, a butler or a manager."""

from __future__ import annotations

from enum import IntEnum

from telegram import InlineKeyboardButton, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.context import BotContext
from bot.services.people.invites import RELATIONS, Issued
from handlers import callbacks, keyboards
from handlers.access.menus import RELATION_KEYS, ROLE_KEYS

DRAFT = "invite"
MAX_UNIT_CODE = 64


class InviteState(IntEnum):
    """Steps of the invite conversation."""

    KIND = 1
    UNIT = 2
    RELATION = 3
    GRID = 4


async def start(update: Update, context: BotContext) -> InviteState:
    """Check the manager role and ask whom to invite."""
    await context.services.invites.managed_estate(context.require_viewer())
    if update.callback_query:
        await update.callback_query.answer()
    assert update.effective_chat is not None
    buttons = [
        InlineKeyboardButton(
            context.t(ROLE_KEYS[k]), callback_data=callbacks.make("inv", "kind", k)
        )
        for k in ROLE_KEYS
    ]
    await context.bot.send_message(
        update.effective_chat.id,
        context.t("invite-ask-kind"),
        reply_markup=keyboards.rows(buttons, 3),
    )
    return InviteState.KIND


async def kind(update: Update, context: BotContext) -> InviteState | int:
    """Branch on the kind of invite."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    choice = parsed.args[0] if parsed and parsed.args else ""
    await query.answer()
    viewer = context.require_viewer()
    if choice == "resident":
        await query.edit_message_text(context.t("invite-ask-unit"))
        return InviteState.UNIT
    if choice == "butler":
        grids = await context.services.invites.grids_for(viewer)
        buttons = [
            InlineKeyboardButton(g.code, callback_data=callbacks.make("inv", "grid", g.id))
            for g in grids
        ]
        await query.edit_message_text(
            context.t("invite-ask-grid"), reply_markup=keyboards.rows(buttons, 3)
        )
        return InviteState.GRID
    if choice == "manager":
        issued = await context.services.invites.invite_staff_as(viewer, "manager", None)
        await query.edit_message_text(await render_issued(context, issued))
        return ConversationHandler.END
    return InviteState.KIND


async def unit(update: Update, context: BotContext) -> InviteState:
    """Take the unit code, check it, ask the relation."""
    message = update.effective_message
    assert message is not None and message.text is not None
    if len(message.text) > MAX_UNIT_CODE:
        await message.reply_text(context.t("invite-ask-unit"))
        return InviteState.UNIT
    code = await context.services.invites.check_unit_as(context.require_viewer(), message.text)
    await context.services.drafts.update(context.require_account().id, DRAFT, unit=code)
    buttons = [
        InlineKeyboardButton(
            context.t(RELATION_KEYS[r]), callback_data=callbacks.make("inv", "rel", r)
        )
        for r in RELATIONS
    ]
    await message.reply_text(
        context.t("invite-ask-relation", unit=code), reply_markup=keyboards.rows(buttons, 3)
    )
    return InviteState.RELATION


async def relation(update: Update, context: BotContext) -> InviteState | int:
    """Issue the resident code."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    account = context.require_account()
    draft = await context.services.drafts.get(account.id, DRAFT)
    chosen = parsed.args[0] if parsed and parsed.args else ""
    await query.answer()
    if chosen not in RELATIONS or "unit" not in draft:
        return InviteState.RELATION
    viewer = context.require_viewer()
    issued = await context.services.invites.invite_resident_as(viewer, draft["unit"], chosen)
    await context.services.drafts.clear(account.id, DRAFT)
    await query.edit_message_text(await render_issued(context, issued))
    return ConversationHandler.END


async def grid(update: Update, context: BotContext) -> int:
    """Issue the butler code for the chosen grid."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data)
    grid_id = parsed.arg_int() if parsed else None
    await query.answer()
    viewer = context.require_viewer()
    issued = await context.services.invites.invite_staff_as(viewer, "butler", grid_id or -1)
    await query.edit_message_text(await render_issued(context, issued))
    return ConversationHandler.END


async def render_issued(context: BotContext, issued: Issued) -> str:
    """Show the code, what it is for, and the deep link."""
    link = await context.services.invites.deep_link(issued.code)
    target = issued.unit or ", ".join(issued.grids) or issued.estate
    role = ROLE_KEYS[issued.role or "resident"]
    return context.t(
        "invite-issued", code=issued.code, role=context.t(role), target=target, link=link or "-"
    )


async def reask(update: Update, context: BotContext) -> None:
    """Re-ask for what the current step needs."""
    assert update.effective_message is not None
    if update.callback_query:
        await update.callback_query.answer()
    await update.effective_message.reply_text(context.t("invite-reask"))


async def cancel(update: Update, context: BotContext) -> int:
    """Drop the invite in progress."""
    assert update.effective_message is not None
    await context.services.drafts.clear(context.require_account().id, DRAFT)
    await update.effective_message.reply_text(context.t("cancel-done"))
    return ConversationHandler.END


def build_handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The /invite conversation."""
    text = filters.TEXT & ~filters.COMMAND
    return [
        ConversationHandler(
            entry_points=[
                CommandHandler("invite", start),
                CallbackQueryHandler(start, pattern=r"^1:menu:invite$"),
            ],
            states={
                InviteState.KIND: [CallbackQueryHandler(kind, pattern=r"^1:inv:kind:")],
                InviteState.UNIT: [MessageHandler(text, unit)],
                InviteState.RELATION: [CallbackQueryHandler(relation, pattern=r"^1:inv:rel:")],
                InviteState.GRID: [CallbackQueryHandler(grid, pattern=r"^1:inv:grid:")],
            },
            fallbacks=[
                CommandHandler("cancel", cancel),
                MessageHandler(filters.ALL & ~filters.COMMAND, reask),
                CallbackQueryHandler(reask, pattern=r"^1:inv:"),
            ],
            name="invite",
            persistent=True,
            allow_reentry=True,
        )
    ]
