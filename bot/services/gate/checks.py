"""The guard's /pass: one command checks a visitor pass, a goods release, a works pass or
permit, or a car plate; a valid visitor or release waits for "let in" / "refuse"; every check
is logged in gate_checks with who, what was typed, the outcome and the reason."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services.fees.common import local_today
from bot.services.gate import rules
from bot.services.gate.common import estate_of, visitor_args
from bot.services.gate.releases import GoodsReleases
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer
from bot.services.renovation.permits import PassCheck, Permits
from storage.db import Database
from storage.models import GateCheck, GoodsRelease, VisitorPass
from storage.repositories import gate, people

PENDING, ADMITTED, REFUSED = "pending", "admitted", "refused"
MAX_TYPED = 32


class GateResult(BaseModel):
    """What the guard reads after a check, and the logged row behind it."""

    check: GateCheck
    visitor: VisitorPass | None = None
    release: GoodsRelease | None = None
    renovation: PassCheck | None = None
    resident: str = ""  # who registered or asked

    @property
    def valid(self) -> bool:
        """The code lets in (or out) now: the guard decides."""
        return self.check.outcome in (PENDING, ADMITTED) and not self.check.reason


def _estates(viewer: Viewer) -> list[int]:
    found = sorted({s.estate_id for s in viewer.staff})
    if not found:
        raise NotAllowed("gate-staff-only")
    return found


class GateChecks:
    """Check what a guard types, log it, and let in or refuse."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        permits: Permits,
        releases: GoodsReleases,
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._permits = permits
        self._releases = releases

    async def check(self, viewer: Viewer, typed: str) -> GateResult:
        """Find the code or plate among the viewer's estates and log the check."""
        estate_ids = _estates(viewer)
        typed = typed.strip()[:MAX_TYPED]
        code, plate = typed.upper(), rules.normalize_plate(typed)
        now = self._clock.now()
        visitor = release = None
        async with self._db.read() as conn:
            if not rules.looks_like_plate(typed):
                visitor = await gate.pass_by_code(conn, code)
                release = await gate.release_by_code(conn, code)
            if visitor is None or visitor.estate_id not in estate_ids:
                by_plate = await gate.passes_by_plate(conn, estate_ids, plate) if plate else []
                visitor = _best(by_plate, now) if by_plate else None
            if release is not None and release.estate_id not in estate_ids:
                release = None
        renovation = None
        if visitor is None and release is None and not rules.looks_like_plate(typed):
            renovation = await self._permits.check(viewer, code)
        async with self._db.transaction() as conn:
            if release is not None and (visitor is None or visitor.code != code):
                return await self._release(conn, viewer, typed, release)
            if visitor is not None:
                return await self._visitor(conn, viewer, typed, visitor)
            if renovation is not None and renovation.renovation is not None:
                return await self._renovation(conn, viewer, typed, renovation)
            row = await self._log(conn, viewer, estate_ids[0], "unknown", None, typed, "unknown")
            return GateResult(check=row)

    async def _release(
        self, conn: AsyncConnection, viewer: Viewer, typed: str, release: GoodsRelease
    ) -> GateResult:
        estate = await estate_of(conn, release.estate_id)
        reason = rules.release_refusal(release, local_today(self._clock.now(), estate))
        row = await self._log(
            conn, viewer, release.estate_id, "release", release.id, typed, reason
        )
        names = await people.names(conn, [release.account_id or 0])
        return GateResult(
            check=row, release=release, resident=names.get(release.account_id or 0, "")
        )

    async def _renovation(
        self, conn: AsyncConnection, viewer: Viewer, typed: str, found: PassCheck
    ) -> GateResult:
        """A works pass or permit: shown as before, logged as let in when valid."""
        assert found.renovation is not None
        reason = None if found.valid else found.reason.removeprefix("renovation-check-")
        kind = "worker" if found.worker else "permit"
        row = await self._log(
            conn, viewer, found.renovation.estate_id, kind, found.renovation.id, typed, reason,
            outcome=None if reason else ADMITTED,
        )  # fmt: skip
        return GateResult(check=row, renovation=found)

    async def _visitor(
        self, conn: AsyncConnection, viewer: Viewer, typed: str, visitor: VisitorPass
    ) -> GateResult:
        reason = rules.visitor_refusal(visitor, self._clock.now())
        row = await self._log(
            conn, viewer, visitor.estate_id, "visitor", visitor.id, typed, reason
        )
        names = await people.names(conn, [visitor.account_id or 0])
        return GateResult(
            check=row, visitor=visitor, resident=names.get(visitor.account_id or 0, "")
        )

    async def _log(
        self,
        conn: AsyncConnection,
        viewer: Viewer,
        estate_id: int,
        kind: str,
        ref_id: int | None,
        typed: str,
        reason: str | None,
        *,
        outcome: str | None = None,
    ) -> GateCheck:
        """One row of the gate's log: pending a decision, or refused with its reason."""
        check_id = await gate.add_check(
            conn,
            {
                "estate_id": estate_id,
                "guard_account_id": viewer.account.id,
                "kind": kind,
                "ref_id": ref_id,
                "typed": typed,
                "outcome": outcome or (REFUSED if reason else PENDING),
                "reason": reason or "",
                "at": self._clock.now(),
            },
        )
        row = await gate.get_check(conn, check_id)
        assert row is not None
        return row

    async def decide(self, viewer: Viewer, check_id: int, admit: bool) -> GateResult:
        """Let in (the pass or release is used, once) or refuse what a check found."""
        estate_ids = _estates(viewer)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            row = await gate.get_check(conn, check_id, lock=True)
            if row is None or row.estate_id not in estate_ids or row.ref_id is None:
                raise NotFound()
            if row.outcome != PENDING:
                raise InvalidInput("gate-already-decided")
            estate = await estate_of(conn, row.estate_id)
            visitor = release = None
            reason: str | None = None
            if row.kind == "visitor":
                visitor = await gate.get_pass(conn, row.ref_id, lock=True)
                if visitor is None:
                    raise NotFound()
                reason = rules.visitor_refusal(visitor, now)
            elif row.kind == "release":
                release = await gate.get_release(conn, row.ref_id, lock=True)
                if release is None:
                    raise NotFound()
                reason = rules.release_refusal(release, local_today(now, estate))
            else:
                raise NotFound()
            if reason is None and not admit:
                reason = "guard"
            values = {
                "outcome": REFUSED if reason else ADMITTED,
                "reason": reason or "",
                "guard_account_id": viewer.account.id,
                "at": now,
            }
            await gate.change_check(conn, check_id, values)
            if reason is None and visitor is not None:
                await gate.change_pass(conn, visitor.id, {"state": "used", "used_at": now})
                await self._arrived(conn, visitor, ZoneInfo(estate.timezone))
            if reason is None and release is not None:
                await self._releases.let_out(conn, release)
            changed = await gate.get_check(conn, check_id)
            assert changed is not None
            visitor = await gate.get_pass(conn, visitor.id) if visitor else None
            release = await gate.get_release(conn, release.id) if release else None
            owner = (visitor.account_id if visitor else release.account_id if release else 0) or 0
            names = await people.names(conn, [owner])
            return GateResult(
                check=changed, visitor=visitor, release=release, resident=names.get(owner, "")
            )

    async def _arrived(self, conn: AsyncConnection, visitor: VisitorPass, zone: ZoneInfo) -> None:
        """Tell the resident their visitor is in, if they asked (at once: they are expected)."""
        if not visitor.notify or visitor.account_id is None:
            return
        at = self._clock.now().astimezone(zone).strftime("%H:%M")
        await self._notifier.push(
            conn,
            visitor.account_id,
            "gate-visitor-arrived",
            args=visitor_args(visitor, zone) | {"at": at},
            urgent=True,
            dedupe_key=f"gate:visitor:{visitor.id}:arrived",
        )


def _best(found: list[VisitorPass], now: datetime) -> VisitorPass:
    """Of a plate's passes: one valid now, else the next to start, else the latest."""
    for visitor in found:
        if rules.visitor_refusal(visitor, now) is None:
            return visitor
    coming = [v for v in found if v.state == "active" and v.valid_from > now]
    if coming:
        return min(coming, key=lambda v: v.valid_from)
    return found[0]
