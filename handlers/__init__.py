"""register(app): every handler module and every flow, in order, in its group."""

from __future__ import annotations

from typing import Any

from telegram import BotCommand

from bot.context import ButlerApp
from handlers.access import duty, invite, language, menus, onboarding, preferences, web
from handlers.complaints import complain
from handlers.complaints import staff as complaint_staff
from handlers.core import common, errors, fallback, identify, intake
from handlers.desk import handover as desk
from handlers.fees import arrears, payments, transfers
from handlers.fees import statements as fees
from handlers.flow import Engine, Flow
from handlers.flow.engine import ENGINE_KEY
from handlers.gate import check as gate_check
from handlers.gate import releases as gate_releases
from handlers.gate import visitors as gate_visitors
from handlers.households import card as households
from handlers.households import members as household_members
from handlers.movein import card as movein_card
from handlers.movein import flows as movein_flows
from handlers.notices import card as notice_card
from handlers.notices import events as community_events
from handlers.notices import outage as outage
from handlers.notices import write as notice_write
from handlers.patrols import walk as patrol
from handlers.renovation import apply as renovation_apply
from handlers.renovation import card as renovation_card
from handlers.renovation import estimate as renovation
from handlers.renovation import review as renovation_review
from handlers.renovation import site as renovation_site
from handlers.reports import digest
from handlers.reports import export as exports
from handlers.surveys import answer as survey_answer
from handlers.surveys import build as survey_build
from handlers.surveys import card as survey_card
from handlers.tickets import rating, repair, work
from handlers.tickets import staff as ticket_staff
from handlers.violations import card as violation_card
from handlers.violations import handle as violation_handle
from handlers.violations import report as violation_report
from handlers.votes import card as vote_card
from handlers.votes import write as vote_write

GUARD_GROUP, IDENTIFY_GROUP, PAYMENT_GROUP, FLOW_GROUP = -101, -100, -60, -50
MAIN_GROUP = 0

# Every step-by-step conversation, run by the one engine (before any other handler).
FLOWS: list[Flow[Any]] = [
    *repair.FLOWS,
    *complain.FLOWS,
    *work.FLOWS,
    *rating.FLOWS,
    *complaint_staff.FLOWS,
    *patrol.FLOWS,
    *arrears.FLOWS,
    *transfers.FLOWS,
    *households.FLOWS,
    *exports.FLOWS,
    *renovation.FLOWS,
    *renovation_apply.FLOWS,
    *renovation_review.FLOWS,
    *renovation_site.FLOWS,
    *violation_report.FLOWS,
    *violation_handle.FLOWS,
    *notice_write.FLOWS,
    *outage.FLOWS,
    *community_events.FLOWS,
    *vote_write.FLOWS,
    *movein_flows.FLOWS,
    *survey_build.FLOWS,
    *survey_answer.FLOWS,
    *gate_visitors.FLOWS,
    *gate_releases.FLOWS,
    *desk.FLOWS,
    *invite.FLOWS,
    *duty.FLOWS,
    *language.FLOWS,
    *preferences.FLOWS,
    *household_members.FLOWS,
]
# One-tap buttons, lists and commands; the first handler that matches wins, so the catch-alls
# (free-text intake, then the fallback) come last.
MAIN_MODULES = [
    ticket_staff,
    rating,
    complaint_staff,
    patrol,
    digest,
    fees,
    payments,
    transfers,
    arrears,
    households,
    household_members,
    renovation_card,
    violation_card,
    notice_card,
    outage,
    community_events,
    vote_card,
    movein_card,
    survey_card,
    gate_check,
    gate_visitors,
    gate_releases,
    desk,
    web,
    onboarding,
    menus,
    common,
    intake,
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
    app.add_handlers(identify.guard_handlers(), group=GUARD_GROUP)
    app.add_handlers(identify.build_handlers(), group=IDENTIFY_GROUP)
    app.add_handlers(payments.payment_handlers(), group=PAYMENT_GROUP)
    engine = Engine(FLOWS)
    app.bot_data[ENGINE_KEY] = engine
    app.add_handlers(engine.build_handlers(), group=FLOW_GROUP)
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
