"""Role menus and per-chat command lists."""

from __future__ import annotations

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    MenuButtonWebApp,
    Message,
    Update,
    WebAppInfo,
)
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction
from bot.context import BotContext
from bot.i18n import Translate
from bot.services.people.access import ROLE_KEYS, Viewer
from bot.services.web.logins import may_use_desk
from handlers import keyboards

# Commands each role sees in Telegram's menu, with their description keys.
COMMON_COMMANDS = {
    "menu": "command-menu",
    "whoami": "command-whoami",
    "language": "command-language",
    "help": "command-help",
    "cancel": "command-cancel",
}
ROLE_COMMANDS: dict[str | None, dict[str, str]] = {
    None: {"start": "command-start", "language": "command-language", "help": "command-help"},
    "resident": {
        "repair": "command-repair",
        "complain": "command-complain",
        "tickets": "command-tickets",
        "fees": "command-fees",
        "renovation": "command-renovation",
        "violations": "command-violations",
        "notices": "command-notices",
        "events": "command-events",
        "votes": "command-votes",
        "surveys": "command-surveys",
        "settings": "command-settings",
        "visitor": "command-visitor",
        "release": "command-release",
        "visitors": "command-visitors",
        "household": "command-household",
    }
    | COMMON_COMMANDS,
    "butler": {
        "queue": "command-queue",
        "patrol": "command-patrol",
        "arrears": "command-arrears",
        "unit": "command-unit",
        "fees": "command-fees",
        "renovation": "command-renovation-staff",
        "pass": "command-pass",
        "violations": "command-violations-staff",
        "notices": "command-notices-staff",
        "emergency": "command-emergency",
        "outages": "command-outages",
        "events": "command-events-staff",
        "votes": "command-votes-staff",
        "surveys": "command-surveys-staff",
        "visitors": "command-visitors-staff",
        "movein": "command-movein",
        "desk": "command-desk",
        "web": "command-web",
    }
    | COMMON_COMMANDS,
    "technician": {
        "queue": "command-queue",
        "renovation": "command-renovation-staff",
        "pass": "command-pass",
        "violations": "command-violations-staff",
        "notices": "command-notices-staff",
        "emergency": "command-emergency",
        "outages": "command-outages",
        "events": "command-events-staff",
        "web": "command-web",
    }
    | COMMON_COMMANDS,
    "guard": {
        "pass": "command-pass",
        "visitors": "command-visitors-staff",
        "emergency": "command-emergency",
        "desk": "command-desk",
    }
    | COMMON_COMMANDS,
    "manager": {
        "digest": "command-digest",
        "queue": "command-queue",
        "patrol": "command-patrol",
        "invite": "command-invite",
        "arrears": "command-arrears",
        "unit": "command-unit",
        "export": "command-export",
        "duty": "command-duty",
        "fees": "command-fees",
        "renovation": "command-renovation-staff",
        "pass": "command-pass",
        "violations": "command-violations-staff",
        "notices": "command-notices-staff",
        "emergency": "command-emergency",
        "outages": "command-outages",
        "events": "command-events-staff",
        "votes": "command-votes-staff",
        "surveys": "command-surveys-staff",
        "visitors": "command-visitors-staff",
        "movein": "command-movein",
        "desk": "command-desk",
        "web": "command-web",
    }
    | COMMON_COMMANDS,
}
# Main-menu buttons of each role: (label key, action).
MENU_ITEMS: dict[str | None, list[tuple[str, str]]] = {
    None: [("menu-language", "language"), ("menu-help", "help")],
    "resident": [
        ("menu-repair", "repair"),
        ("menu-complain", "complain"),
        ("menu-tickets", "tickets"),
        ("menu-fees", "fees"),
        ("menu-renovation", "renovation"),
        ("menu-violations", "violations"),
        ("menu-notices", "notices"),
        ("menu-votes", "votes"),
        ("menu-visitors", "visitors"),
        ("menu-household", "household"),
        ("menu-whoami", "whoami"),
        ("menu-language", "language"),
        ("menu-help", "help"),
    ],
    "butler": [
        ("menu-queue", "queue"),
        ("menu-patrol", "patrol"),
        ("menu-arrears", "arrears"),
        ("menu-unit", "unit"),
        ("menu-movein", "moveins"),
        ("menu-renovation", "renovation"),
        ("menu-violations", "violations"),
        ("menu-notices", "notices"),
        ("menu-votes", "votes"),
        ("menu-desk", "desk"),
        ("menu-whoami", "whoami"),
        ("menu-language", "language"),
        ("menu-help", "help"),
    ],
    "technician": [
        ("menu-queue", "queue"),
        ("menu-violations", "violations"),
        ("menu-notices", "notices"),
        ("menu-whoami", "whoami"),
        ("menu-language", "language"),
        ("menu-help", "help"),
    ],
    "guard": [
        ("menu-visitors", "visitors"),
        ("menu-desk", "desk"),
        ("menu-notices", "notices"),
        ("menu-whoami", "whoami"),
        ("menu-language", "language"),
        ("menu-help", "help"),
    ],
    "manager": [
        ("menu-digest", "digest"),
        ("menu-queue", "queue"),
        ("menu-patrol", "patrol"),
        ("menu-invite", "invite"),
        ("menu-fees", "fees"),
        ("menu-arrears", "arrears"),
        ("menu-unit", "unit"),
        ("menu-movein", "moveins"),
        ("menu-renovation", "renovation"),
        ("menu-violations", "violations"),
        ("menu-notices", "notices"),
        ("menu-votes", "votes"),
        ("menu-export", "export"),
        ("menu-desk", "desk"),
        ("menu-whoami", "whoami"),
        ("menu-language", "language"),
        ("menu-help", "help"),
    ],
}
MENU_TITLE_KEYS = {
    None: "menu-title-guest",
    "resident": "menu-title-resident",
    "butler": "menu-title-butler",
    "manager": "menu-title-manager",
    "technician": "menu-title-technician",
    "guard": "menu-title-guard",
}


def roles_in_order(viewer: Viewer) -> list[str | None]:
    """The viewer's roles, manager first; a person with none is a guest."""
    held = [
        r for r in ("manager", "butler", "technician", "guard", "resident") if r in viewer.roles
    ]
    return list(held) or [None]


def menu_items(viewer: Viewer) -> list[tuple[str, str]]:
    """Every menu button of every role the viewer holds, once each."""
    items: dict[str, str] = {}
    for role in roles_in_order(viewer):
        for label, action in MENU_ITEMS[role]:
            items.setdefault(action, label)
    return [(label, action) for action, label in items.items()]


def commands_of(viewer: Viewer) -> dict[str, str]:
    """Every command of every role the viewer holds (a resident who is also staff gets both)."""
    commands: dict[str, str] = {}
    for role in roles_in_order(viewer):
        for name, key in ROLE_COMMANDS[role].items():
            commands.setdefault(name, key)
    return commands


def menu_keyboard(t: Translate, viewer: Viewer) -> keyboards.InlineKeyboardMarkup:
    """The main menu of the viewer's roles."""
    return keyboards.rows(
        [
            InlineKeyboardButton(t(label), callback_data=MenuAction(action=action).pack())
            for label, action in menu_items(viewer)
        ]
    )


async def send_menu(message: Message, context: BotContext) -> None:
    """Reply with the menu of the viewer's main role."""
    viewer = context.require_viewer()
    await message.reply_text(
        context.t(MENU_TITLE_KEYS[viewer.main_role]), reply_markup=menu_keyboard(context.t, viewer)
    )


async def publish_chat_commands(
    bot: Bot, chat_id: int, viewer: Viewer, t: Translate, desk: str | None = None
) -> None:
    """Set this chat's command list for the viewer's role, in their language; staff of the
    web desk get it behind the menu button when it is served over HTTPS."""
    commands = [BotCommand(name, t(key)) for name, key in commands_of(viewer).items()]
    await bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id))
    if desk is not None and desk.startswith("https://") and may_use_desk(viewer):
        app = WebAppInfo(f"{desk}/web/app")
        await bot.set_chat_menu_button(chat_id, MenuButtonWebApp(t("web-menu-button"), app))


async def menu(update: Update, context: BotContext) -> None:
    """Show the main menu."""
    assert update.effective_message is not None
    await send_menu(update.effective_message, context)


async def whoami(update: Update, context: BotContext) -> None:
    """Show the person's units and roles."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(await render_whoami(context))


async def render_whoami(context: BotContext) -> str:
    """Describe the viewer's units and staff roles."""
    viewer = context.require_viewer()
    lines = [context.t("whoami-header", name=viewer.account.name)]
    names = await context.services.estates.names()
    for occupancy in viewer.occupancies:
        lines.append(
            context.t(
                "whoami-unit",
                unit=occupancy.unit_code,
                estate=names.get(occupancy.estate_id, ""),
                relation=context.t(RELATION_KEYS[occupancy.relation]),
            )
        )
    for role in viewer.staff:
        lines.append(
            context.t(
                "whoami-staff",
                role=context.t(ROLE_KEYS[role.role]),
                estate=names.get(role.estate_id, ""),
            )
        )
    if len(lines) == 1:
        lines.append(context.t("whoami-nothing"))
    return "\n".join(lines)


RELATION_KEYS = {
    "owner": "relation-owner",
    "tenant": "relation-tenant",
    "family": "relation-family",
}


async def on_menu_button(update: Update, context: BotContext) -> None:
    """Run the menu action of a pressed button (flows with their own entry are elsewhere)."""
    query = update.callback_query
    assert query is not None and query.message is not None
    parsed = MenuAction.unpack(query.data)
    await query.answer()
    action = parsed.action if parsed else ""
    if action == "whoami":
        await context.bot.send_message(query.message.chat.id, await render_whoami(context))
    elif action == "help":
        await context.bot.send_message(query.message.chat.id, render_help(context))
    else:
        await context.bot.send_message(query.message.chat.id, context.t("error-stale-button"))


def render_help(context: BotContext) -> str:
    """List the commands of the viewer's role."""
    commands = commands_of(context.require_viewer())
    lines = [context.t("help-header")]
    lines += [f"/{name} — {context.t(key)}" for name, key in commands.items()]
    return "\n".join(lines)


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/menu, /whoami and the menu buttons without a flow of their own."""
    return [
        CommandHandler("menu", menu),
        CommandHandler("whoami", whoami),
        CallbackQueryHandler(on_menu_button, pattern=MenuAction.where(action=("whoami", "help"))),
    ]
