"""The estate's violation settings: its list of kinds and who handles (the command line)."""

from __future__ import annotations

import re

from bot.errors import InvalidInput, NotFound
from bot.services.violations.catalog import CATEGORIES, DEFAULT_KINDS
from storage.db import Database
from storage.models import Account, Estate, ViolationKind
from storage.repositories import accounts, people, violations

CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


class ViolationAdmin:
    """Change an estate's kinds of violation and name its handlers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def kinds(self, estate: Estate) -> list[ViolationKind]:
        """The estate's kinds (the defaults until it stores its own)."""
        async with self._db.read() as conn:
            return await violations.kinds(conn, estate.id) or list(DEFAULT_KINDS)

    async def put_kind(
        self,
        estate: Estate,
        code: str,
        *,
        category: str | None = None,
        name_zh: str | None = None,
        name_en: str | None = None,
        active: bool | None = None,
    ) -> list[ViolationKind]:
        """Add or change one kind; the first change copies the defaults in."""
        if not CODE.match(code):
            raise InvalidInput("cli-violation-bad-code", code=code)
        if category is not None and category not in CATEGORIES:
            raise InvalidInput("cli-violation-bad-category", categories=", ".join(CATEGORIES))
        async with self._db.transaction() as conn:
            stored = await violations.kinds(conn, estate.id)
            if not stored:
                for item in DEFAULT_KINDS:
                    await violations.put_kind(conn, estate.id, item.model_dump())
                stored = list(DEFAULT_KINDS)
            known = {k.code: k for k in stored}
            current = known.get(code)
            if current is None and not (name_zh and name_en and category):
                raise InvalidInput("cli-violation-need-names", code=code)
            base = (
                current.model_dump() if current else {"code": code, "position": 100 + len(known)}
            )
            changes = {
                "category": category,
                "name_zh": name_zh,
                "name_en": name_en,
                "active": active,
            }
            values = base | {k: v for k, v in changes.items() if v is not None}
            await violations.put_kind(conn, estate.id, values)
            return await violations.kinds(conn, estate.id)

    async def heads(self, estate: Estate) -> tuple[Account | None, Account | None]:
        """(who handles general violations, serious ones); None: the estate's managers."""
        async with self._db.read() as conn:
            general, serious = await violations.heads(conn, estate.id)
            found = [await accounts.get(conn, a) if a else None for a in (general, serious)]
        return found[0], found[1]

    async def set_heads(
        self, estate: Estate, general: int | None, serious: int | None, clear: bool = False
    ) -> tuple[Account | None, Account | None]:
        """Name the handlers by Telegram id (staff of the estate); `clear`: the managers again."""
        async with self._db.transaction() as conn:
            values: dict[str, int | None] = {}
            if clear:
                values = {"general_head_id": None, "serious_head_id": None}
            for column, telegram_id in (
                ("general_head_id", general),
                ("serious_head_id", serious),
            ):
                if telegram_id is None:
                    continue
                account = await accounts.by_telegram_id(conn, telegram_id)
                roles = await people.staff_roles_of(conn, account.id) if account else []
                if account is None or not any(r.estate_id == estate.id for r in roles):
                    raise NotFound("cli-violation-not-staff", telegram_id=telegram_id)
                values[column] = account.id
            if values:
                await violations.put_heads(conn, estate.id, values)
        return await self.heads(estate)
