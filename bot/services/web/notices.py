"""The desk's notices page: the latest notices with their counts, and the emergencies.

The list is the chat's (`Notices.sent_list`: a manager the estate's, a butler their own and
every emergency); an emergency's answers are `Emergencies.answers`, whose silent households
are those of the viewer's grids.
"""

from __future__ import annotations

from pydantic import BaseModel

from bot.services.fees.common import Text
from bot.services.notices.audience import SCOPE_KEYS
from bot.services.notices.emergencies import Emergencies
from bot.services.notices.notices import EMERGENCY_KEYS, Notices, NoticeStats
from bot.services.people.access import Viewer
from bot.services.web.board import staff_timezone
from storage.db import Database
from storage.repositories import people

STATE_KEYS = {"scheduled": "web-notice-scheduled", "sent": "web-notice-sent"}


class NoticeRow(BaseModel):
    """A notice with how far it went."""

    stats: NoticeStats
    text: Text  # in the reader's language (or the one it was written in)
    audience_key: str
    state_key: str
    author: str | None


class EmergencyRow(BaseModel):
    """An emergency, open or cleared, with who answered."""

    stats: NoticeStats
    kind_key: str
    open: bool
    safe: int
    help: int
    silent: int  # households (of the viewer's grids) nobody answered for
    author: str | None


class NoticesPage(BaseModel):
    """Everything the notices page shows."""

    notices: list[NoticeRow]
    emergencies: list[EmergencyRow]
    timezone: str


class WebNotices:
    """Reads the notices page through the chat's services."""

    def __init__(self, db: Database, notices: Notices, emergencies: Emergencies) -> None:
        self._db = db
        self._notices = notices
        self._emergencies = emergencies

    async def page(self, viewer: Viewer) -> NoticesPage:
        """The viewer's latest notices and emergencies."""
        listed = await self._notices.sent_list(viewer)
        authors = [s.notice.author_account_id for s in listed]
        async with self._db.read() as conn:
            names = await people.names(conn, [a for a in authors if a is not None])
        notices, emergencies = [], []
        for stats in listed:
            notice = stats.notice
            author = names.get(notice.author_account_id or 0)
            if notice.kind == "emergency":
                answers = await self._emergencies.answers(viewer, notice.id)
                emergencies.append(
                    EmergencyRow(
                        stats=stats,
                        kind_key=EMERGENCY_KEYS.get(notice.emergency_kind, "emergency-kind-other"),
                        open=notice.state != "closed",
                        safe=answers.safe,
                        help=answers.help,
                        silent=len(answers.silent),
                        author=author,
                    )
                )
                continue
            notices.append(
                NoticeRow(
                    stats=stats,
                    text={"texts": notice.texts},
                    audience_key=SCOPE_KEYS.get(notice.scope, "notice-scope-estate"),
                    state_key=STATE_KEYS.get(notice.state, "web-notice-sent"),
                    author=author,
                )
            )
        return NoticesPage(
            notices=notices, emergencies=emergencies, timezone=staff_timezone(viewer)
        )
