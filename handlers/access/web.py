"""/web: a staff member's one-time link to the web desk, and the Mini App behind the menu."""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    MenuButtonWebApp,
    Update,
    WebAppInfo,
)
from telegram.ext import BaseHandler, CommandHandler

from bot.context import BotContext
from bot.errors import NotAllowed
from bot.services.web.logins import LINK_LIFETIME, may_use_desk

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # a preview would spend the one-time link


def desk_address(context: BotContext) -> str | None:
    """Where this process serves the desk (None: it does not)."""
    port = context.bot_data.get("web_port")
    return context.services.settings.web_address(port) if port is not None else None


async def web_link(update: Update, context: BotContext) -> None:
    """Send a link valid ten minutes, once; in Telegram, also the Mini App button."""
    assert update.effective_message is not None and update.effective_chat is not None
    viewer = context.require_viewer()
    if not may_use_desk(viewer):
        raise NotAllowed("web-staff-only")
    base = desk_address(context)
    if base is None:
        await update.effective_message.reply_text(context.t("web-desk-off"))
        return
    token = await context.services.web_logins.link(viewer)
    url = f"{base}/web/login?t={token}"
    markup = None
    if base.startswith("https://"):  # Telegram opens Mini Apps and URL buttons over HTTPS only
        app = WebAppInfo(f"{base}/web/app")
        markup = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(context.t("web-btn-app"), web_app=app)],
                [InlineKeyboardButton(context.t("web-btn-browser"), url=url)],
            ]
        )
        menu = MenuButtonWebApp(context.t("web-menu-button"), app)
        await context.bot.set_chat_menu_button(update.effective_chat.id, menu)
    minutes = int(LINK_LIFETIME.total_seconds() // 60)
    await update.effective_message.reply_text(
        context.t("web-link", url=url, minutes=minutes),
        reply_markup=markup,
        link_preview_options=NO_PREVIEW,
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/web."""
    return [CommandHandler("web", web_link)]
