"""The desk's works page: renovations in progress and open violations of the viewer's scope.

The lists are the chat's: `Applications.live` (the grid's butlers, the managers and the
engineering department look after an application) and `Recording.listed` (the cases a
butler assists with in their grids, or recorded; a manager's whole estate).
"""

from __future__ import annotations

from pydantic import BaseModel

from bot.services.fees.common import Text, money
from bot.services.people.access import Viewer
from bot.services.renovation import common as renovation
from bot.services.renovation.applications import Applications
from bot.services.renovation.catalog import WATER_KEYS
from bot.services.violations.catalog import (
    CATEGORY_KEYS,
    NOTICE_KEYS,
    PENDING_KEYS,
    STEP_KEYS,
    kind_text,
)
from bot.services.violations.recording import Recording
from storage.db import Database
from storage.models import Renovation, Violation
from storage.repositories import people

DEPOSIT = "renovation_deposit#"


class RenovationRow(BaseModel):
    """One application not finished."""

    renovation: Renovation
    unit: str
    state_key: str
    water_key: str | None  # the waterproof test, once it matters
    deposit: Text | None  # the deposit's amount; None: not billed yet
    deposit_paid: bool


class ViolationRow(BaseModel):
    """One open case, where it stands on the ladder."""

    violation: Violation
    unit: str | None
    kind: Text
    category_key: str
    step_key: str
    notice_key: str
    pending_key: str | None  # a step awaiting a manager's confirmation
    handler: str | None
    overdue: bool


class WorksPage(BaseModel):
    """Everything the works page shows."""

    renovations: list[RenovationRow]
    violations: list[ViolationRow]


class WebWorks:
    """Reads the works page through the chat's lists."""

    def __init__(self, db: Database, applications: Applications, recording: Recording) -> None:
        self._db = db
        self._applications = applications
        self._recording = recording

    async def page(self, viewer: Viewer) -> WorksPage:
        """The viewer's renovations in progress and open violations."""
        live = {x.renovation.id: x for x in await self._applications.live(viewer)}
        cases = await self._recording.listed(viewer)
        kinds = {}
        for estate_id in sorted({c.loaded.estate.id for c in cases}):
            kinds[estate_id] = await self._recording.kinds(estate_id)
        rows = []
        async with self._db.read() as conn:
            for loaded in live.values():
                bills = await renovation.own_bills(conn, loaded.renovation)
                deposit = next((b for b in bills if b.fee_type.startswith(DEPOSIT)), None)
                rows.append(
                    RenovationRow(
                        renovation=loaded.renovation,
                        unit=loaded.unit.code,
                        state_key=renovation.state_key(loaded.renovation.state),
                        water_key=_water(loaded.renovation),
                        deposit=money(deposit.amount_minor, loaded.estate.currency)
                        if deposit
                        else None,
                        deposit_paid=deposit is not None and deposit.open_minor == 0,
                    )
                )
            handlers = [c.loaded.violation.handler_account_id for c in cases]
            names = await people.names(conn, [h for h in handlers if h is not None])
        violations = []
        for case in cases:
            v = case.loaded.violation
            violations.append(
                ViolationRow(
                    violation=v,
                    unit=case.loaded.unit.code if case.loaded.unit else None,
                    kind=kind_text(kinds.get(v.estate_id, []), v.kind),
                    category_key=CATEGORY_KEYS.get(v.category, "violation-category-other"),
                    step_key=STEP_KEYS.get(v.step, "violation-step-reported"),
                    notice_key=NOTICE_KEYS.get(v.notice_state, "violation-notice-none"),
                    pending_key=PENDING_KEYS.get(str((v.pending or {}).get("action", ""))),
                    handler=names.get(v.handler_account_id or 0),
                    overdue=case.overdue,
                )
            )
        return WorksPage(renovations=rows, violations=violations)


def _water(found: Renovation) -> str | None:
    """The waterproof test's state, shown once booked or done."""
    return WATER_KEYS.get(found.water_state) if found.water_state != "none" else None
