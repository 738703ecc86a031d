"""/start [CODE] (or a pasted code): bind with an invite code, greet by role, show the menu."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.context import BotContext
from bot.services.movein.service import CODE_PREFIX as MOVEIN_CODE_PREFIX
from bot.services.people.invites import Redeemed
from handlers.access import menus, web
from handlers.movein import card as movein_card

WELCOME_KEYS = {
    "resident": "bind-welcome-resident",
    "butler": "bind-welcome-butler",
    "manager": "bind-welcome-manager",
    "technician": "bind-welcome-technician",
    "guard": "bind-welcome-guard",
}


async def start(update: Update, context: BotContext) -> None:
    """Redeem a code if one came with /start, else greet and show the menu."""
    message = update.effective_message
    assert message is not None
    if context.args and context.args[0].upper().startswith(MOVEIN_CODE_PREFIX):
        await movein_card.join(update, context, context.args[0])
        return
    if context.args:
        await redeem(update, context, context.args[0])
        return
    if context.require_viewer().main_role is None:
        await message.reply_text(context.t("start-need-code", name=context.require_account().name))
        return
    await message.reply_text(context.t("start-welcome-back", name=context.require_account().name))
    await menus.send_menu(message, context)


async def redeem(update: Update, context: BotContext, code: str) -> None:
    """Bind with a code (typed after /start, in a deep link, or pasted alone)."""
    message = update.effective_message
    assert message is not None
    bound = await context.services.invites.redeem(context.require_account(), code)
    context.viewer = await context.services.access.viewer(context.require_account())
    await message.reply_text(welcome(context, bound))
    desk = web.desk_address(context)
    await menus.publish_chat_commands(
        context.bot, message.chat.id, context.viewer, context.t, desk
    )
    await menus.send_menu(message, context)


def welcome(context: BotContext, bound: Redeemed) -> str:
    """The greeting for a freshly bound role."""
    return context.t(
        WELCOME_KEYS[bound.role],
        name=context.require_account().name,
        estate=bound.estate,
        unit=bound.unit or "",
        grids={"names": bound.grids} if bound.grids else "-",
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The /start command."""
    return [CommandHandler("start", start)]
