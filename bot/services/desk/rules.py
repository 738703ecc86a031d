"""The front desk's rules, without the database: who works which items, codes, days held."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

from bot.services.people.access import BUTLER, GUARD, MANAGER, Viewer

KINDS = ("parcel", "key", "document", "other")
KIND_KEYS = {
    "parcel": "desk-kind-parcel",
    "key": "desk-kind-key",
    "document": "desk-kind-document",
    "other": "desk-kind-other",
}
STATE_KEYS = {
    "held": "desk-state-held",
    "handed": "desk-state-handed",
    "returned": "desk-state-returned",
}
DESK_ROLES = (MANAGER, GUARD, BUTLER)  # the estate-wide roles first
REMIND_AFTER = timedelta(days=3)
MAX_DESCRIPTION = 100
MAX_NAME = 100


class DeskScope:
    """The estate a staff member works the desk of, and its grids (None: all of them)."""

    def __init__(self, estate_id: int, grid_ids: set[int] | None) -> None:
        self.estate_id = estate_id
        self.grid_ids = grid_ids

    def covers(self, grid_id: int) -> bool:
        """Tell whether an item of a unit in this grid is the viewer's."""
        return self.grid_ids is None or grid_id in self.grid_ids


def desk_scope(viewer: Viewer) -> DeskScope | None:
    """Where the viewer works the desk: a manager or a guard the estate, a butler their grids."""
    for role in DESK_ROLES:
        for staff in viewer.staff:
            if staff.role != role:
                continue
            if role == BUTLER:
                grids = {
                    g for s in viewer.staff if s.estate_id == staff.estate_id for g in s.grid_ids
                }
                return DeskScope(staff.estate_id, grids)
            return DeskScope(staff.estate_id, None)
    return None


def normalize_code(typed: str) -> str:
    """A typed pickup code as stored: full-width folded, no spaces or dashes, upper case."""
    folded = unicodedata.normalize("NFKC", typed)
    return "".join(c for c in folded if c.isalnum()).upper()


def days_held(since: datetime, now: datetime) -> int:
    """Whole days an item has been held."""
    return max(0, (now - since) // timedelta(days=1))


def is_overdue(since: datetime, now: datetime) -> bool:
    """Held for the reminder's three days or more."""
    return now - since >= REMIND_AFTER
