"""/language: pick zh-Hans or English (a one-step flow)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from bot.context import BotContext
from bot.settings import SUPPORTED_LANGUAGES
from handlers.access import menus, web
from handlers.flow import Choice, Flow, Option, Reply

LANGUAGE_LABEL_KEYS = {"zh-Hans": "language-name-zh-hans", "en": "language-name-en"}
LANGUAGES = [Option(code, LANGUAGE_LABEL_KEYS[code]) for code in SUPPORTED_LANGUAGES]


class LanguageDraft(BaseModel):
    """The chosen language."""

    language: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> LanguageDraft:
    """Anyone may choose."""
    return LanguageDraft()


async def finish(context: BotContext, draft: LanguageDraft, token: str) -> Reply:
    """Store the choice; the answer, and the command list, come in the new language."""
    accounts = context.services.accounts
    account = await accounts.set_language(context.require_account(), draft.language or "")
    context.account = account
    context.language = accounts.language_of(account)
    chat_id = account.telegram_id
    viewer, desk = context.require_viewer(), web.desk_address(context)
    await menus.publish_chat_commands(context.bot, chat_id, viewer, context.t, desk)
    return Reply(context.t("language-set"))


LANGUAGE = Flow(
    name="language",
    title="flow-title-language",
    draft=LanguageDraft,
    begin=begin,
    finish=finish,
    commands=("language",),
    menu="language",
    steps=[Choice(field="language", prompt="language-ask", options=LANGUAGES)],
)
FLOWS = [LANGUAGE]
