"""The operator's side of owners' votes: secrecy after the close, and each unit's voting owner
where several owners are bound to it."""

from __future__ import annotations

from bot.errors import NotFound
from storage.db import Database
from storage.models import Estate
from storage.repositories import accounts, estates, votes


class VoteAdmin:
    """Settings of an estate's votes."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def set_secret(self, estate: Estate, secret: bool | None) -> bool:
        """Keep how owners voted hidden from staff after the close too (None: just read it)."""
        async with self._db.transaction() as conn:
            if secret is not None:
                await estates.configure(conn, estate.id, {"vote_secret": secret})
            found = await estates.estate(conn, estate.id)
        assert found is not None
        return found.vote_secret

    async def set_voter(self, estate: Estate, unit_code: str, telegram_id: int) -> str:
        """Make a bound owner the unit's voting owner; their name."""
        async with self._db.transaction() as conn:
            unit = await estates.unit_by_code(conn, estate.id, unit_code)
            if unit is None:
                raise NotFound("bill-unknown-unit", unit=unit_code)
            account = await accounts.by_telegram_id(conn, telegram_id)
            if account is None or not await votes.mark_voting(conn, unit.id, account.id):
                raise NotFound("cli-vote-not-owner", telegram_id=telegram_id, unit=unit_code)
            return account.name
