"""register(app): every handler module, in order, in its group."""

from __future__ import annotations

import warnings

from telegram import BotCommand
from telegram.warnings import PTBUserWarning

from bot.context import ButlerApp
from handlers.access import invite, language, menus, onboarding, preferences
from handlers.complaints import complain
from handlers.complaints import staff as complaint_staff
from handlers.core import common, errors, fallback, identify
from handlers.fees import arrears, arrears_log
from handlers.fees import statements as fees
from handlers.patrols import walk as patrol
from handlers.renovation import estimate as renovation
from handlers.reports import digest
from handlers.tickets import rating, repair, resolve
from handlers.tickets import staff as ticket_staff

GUARD_GROUP, IDENTIFY_GROUP = -101, -100
MAIN_GROUP = 0

# Order matters inside the group: the first handler that matches wins, so conversations
# come before plain commands and the catch-alls come last.
MAIN_MODULES = [
    language,
    invite,
    repair,
    complain,
    resolve,
    complaint_staff,
    rating,
    ticket_staff,
    patrol,
    digest,
    renovation,
    arrears_log,
    fees,
    arrears,
    preferences,
    onboarding,
    menus,
    common,
    fallback,
]
PUBLIC_COMMANDS = {
    "start": "command-start",
    "help": "command-help",
    "language": "command-language",
    "cancel": "command-cancel",
}
# Telegram's language_code for each of our languages ("" = the default list).
TELEGRAM_CODES = {"zh-Hans": "zh", "en": "en"}


def register(app: ButlerApp) -> None:
    """Add every handler to the application."""
    # Our conversations are per chat on purpose: their buttons carry the ids they act on.
    warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
    app.add_handlers(identify.guard_handlers(), group=GUARD_GROUP)
    app.add_handlers(identify.build_handlers(), group=IDENTIFY_GROUP)
    for module in MAIN_MODULES:
        app.add_handlers(module.build_handlers(), group=MAIN_GROUP)
    app.add_error_handler(errors.on_error)


async def publish_commands(app: ButlerApp) -> None:
    """Set the public command list, per language and as the default."""
    translator = app.bot_data["services"].translator
    targets = [(translator.default, None)] + [
        (lang, code) for lang, code in TELEGRAM_CODES.items()
    ]
    for lang, code in targets:
        commands = [
            BotCommand(name, translator.t(lang, key)) for name, key in PUBLIC_COMMANDS.items()
        ]
        await app.bot.set_my_commands(commands, language_code=code)
