"""Accounts: who is writing, and in which language they read."""

from __future__ import annotations

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.i18n import pick_language
from bot.services.people.access import Viewer, viewer_in
from bot.settings import SUPPORTED_LANGUAGES
from storage.db import Database
from storage.models import Account, FlowState
from storage.repositories import accounts, flows

MAX_NAME, MAX_USERNAME, MAX_LANGUAGE = 200, 64, 16  # as the schema declares them


def _fit(
    name: str, username: str | None, language: str | None
) -> tuple[str, str | None, str | None]:
    """What Telegram tells, cut to what we keep (and without NUL, which PostgreSQL refuses)."""
    clean = name.replace("\x00", "")[:MAX_NAME]
    return (
        clean,
        username[:MAX_USERNAME] if username else username,
        language[:MAX_LANGUAGE] if language else language,
    )


def _same(account: Account, name: str, username: str | None, language: str | None) -> bool:
    """Tell whether the stored account says what Telegram says now (and is reachable)."""
    current = (account.name, account.username, account.telegram_language, account.unreachable)
    return current == (name, username, language, False)


class AccountService:
    """Create and update accounts from what Telegram tells about a user."""

    def __init__(self, db: Database, clock: Clock, default_language: str) -> None:
        self._db = db
        self._clock = clock
        self.default_language = default_language

    async def identify(
        self, telegram_id: int, name: str, username: str | None, language_code: str | None
    ) -> tuple[Account, Viewer, FlowState | None]:
        """Who writes, what they may see, and their conversation: one read for all three.

        Only a new account, or one whose Telegram name or language changed, costs a write.
        """
        name, username, language_code = _fit(name, username, language_code)
        async with self._db.read() as conn:
            current = await accounts.by_telegram_id(conn, telegram_id)
            if current is not None and _same(current, name, username, language_code):
                viewer = await viewer_in(conn, current)
                return current, viewer, await flows.get(conn, current.id)
        account = await self.seen(telegram_id, name, username, language_code)
        async with self._db.read() as conn:
            return account, await viewer_in(conn, account), await flows.get(conn, account.id)

    async def seen(
        self, telegram_id: int, name: str, username: str | None, language_code: str | None
    ) -> Account:
        """Return the account of a Telegram user, creating it on first contact."""
        name, username, language_code = _fit(name, username, language_code)
        async with self._db.read() as conn:
            current = await accounts.by_telegram_id(conn, telegram_id)
        if current is not None and _same(current, name, username, language_code):
            return current
        async with self._db.transaction() as conn:
            return await accounts.upsert_seen(
                conn,
                telegram_id=telegram_id,
                name=name,
                username=username,
                telegram_language=language_code,
                now=self._clock.now(),
            )

    def language_of(self, account: Account) -> str:
        """Return the language this account reads."""
        return pick_language(account.language, account.telegram_language, self.default_language)

    def is_language(self, code: str) -> bool:
        """Tell whether a language code is one we speak."""
        return code in SUPPORTED_LANGUAGES

    async def set_language(self, account: Account, language: str) -> Account:
        """Store the person's language choice."""
        if language not in SUPPORTED_LANGUAGES:
            raise InvalidInput()
        async with self._db.transaction() as conn:
            await accounts.set_language(conn, account.id, language)
            updated = await accounts.get(conn, account.id)
        assert updated is not None
        return updated
