"""Accounts: who is writing, and in which language they read."""

from __future__ import annotations

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.i18n import pick_language
from bot.settings import SUPPORTED_LANGUAGES
from storage.db import Database
from storage.models import Account
from storage.repositories import accounts


class AccountService:
    """Create and update accounts from what Telegram tells about a user."""

    def __init__(self, db: Database, clock: Clock, default_language: str) -> None:
        self._db = db
        self._clock = clock
        self.default_language = default_language

    async def seen(
        self, telegram_id: int, name: str, username: str | None, language_code: str | None
    ) -> Account:
        """Return the account of a Telegram user, creating it on first contact."""
        async with self._db.read() as conn:
            current = await accounts.by_telegram_id(conn, telegram_id)
        if current is not None and (
            current.name,
            current.username,
            current.telegram_language,
            current.unreachable,
        ) == (name, username, language_code, False):
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
