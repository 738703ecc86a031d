"""The estate's renovation settings: its works list, its documents, visits and reviewers."""

from __future__ import annotations

import re

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.services.people.access import BUTLER, MANAGER
from bot.services.renovation.catalog import DEFAULT_WORKS, DOCUMENTS
from storage.db import Database
from storage.models import Estate, EstateDocument, WorkItem
from storage.repositories import renovations

MAX_DOCUMENT = 20 * 1024 * 1024  # Telegram's upload limit for a bot is 50 MB; keep well under
CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
REVIEWER_ROLES = (MANAGER, BUTLER)


class RenovationAdmin:
    """Change what an estate's renovation process is made of (the operator's command line)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def works(self, estate: Estate) -> list[WorkItem]:
        """The estate's works list (the defaults until it stores its own)."""
        async with self._db.read() as conn:
            return await renovations.work_items(conn, estate.id) or list(DEFAULT_WORKS)

    async def put_work(
        self,
        estate: Estate,
        code: str,
        *,
        name_zh: str | None = None,
        name_en: str | None = None,
        wet: bool | None = None,
        measured: bool | None = None,
        active: bool | None = None,
    ) -> list[WorkItem]:
        """Add or change one work item; the first change copies the defaults in."""
        if not CODE.match(code):
            raise InvalidInput("cli-renovation-bad-code", code=code)
        async with self._db.transaction() as conn:
            stored = await renovations.work_items(conn, estate.id)
            if not stored:
                for item in DEFAULT_WORKS:
                    await renovations.put_work_item(conn, estate.id, item.model_dump())
                stored = list(DEFAULT_WORKS)
            known = {w.code: w for w in stored}
            current = known.get(code)
            if current is None and not (name_zh and name_en):
                raise InvalidInput("cli-renovation-need-names", code=code)
            base = current.model_dump() if current else {"code": code, "position": len(known) + 1}
            changes = {
                "name_zh": name_zh,
                "name_en": name_en,
                "wet": wet,
                "measured": measured,
                "active": active,
            }
            values = base | {k: v for k, v in changes.items() if v is not None}
            values.setdefault("wet", False)
            values.setdefault("measured", False)
            await renovations.put_work_item(conn, estate.id, values)
            return await renovations.work_items(conn, estate.id)

    async def put_document(self, estate: Estate, kind: str, filename: str, content: bytes) -> None:
        """Upload one of the documents residents read before applying."""
        if kind not in DOCUMENTS:
            raise InvalidInput("cli-renovation-bad-document", kinds=", ".join(DOCUMENTS))
        if not content or len(content) > MAX_DOCUMENT:
            raise InvalidInput("cli-renovation-document-size")
        async with self._db.transaction() as conn:
            await renovations.put_document(
                conn,
                {
                    "estate_id": estate.id,
                    "kind": kind,
                    "filename": filename,
                    "content": content,
                    "updated_at": self._clock.now(),
                },
            )

    async def documents(self, estate: Estate) -> list[EstateDocument]:
        """The documents uploaded."""
        async with self._db.read() as conn:
            return await renovations.documents(conn, estate.id)

    async def settings(
        self, estate: Estate, inspect_days: int | None = None, reviewer_role: str | None = None
    ) -> tuple[int, str]:
        """Change how often renovations are inspected and who reviews them; the settings."""
        if inspect_days is not None and not 1 <= inspect_days <= 30:
            raise InvalidInput("cli-renovation-bad-days")
        if reviewer_role is not None and reviewer_role not in REVIEWER_ROLES:
            raise InvalidInput("cli-renovation-bad-role", roles=", ".join(REVIEWER_ROLES))
        async with self._db.transaction() as conn:
            values = {"inspect_days": inspect_days, "reviewer_role": reviewer_role}
            changes = {k: v for k, v in values.items() if v is not None}
            if changes:
                await renovations.put_settings(conn, estate.id, changes)
            return await renovations.settings(conn, estate.id)
