"""Invite codes: issued by management, redeemed once in chat to bind an account."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import AppError, InvalidInput, NotFound
from bot.services.people.access import (
    BUTLER,
    GUARD,
    MANAGER,
    RESIDENT,
    TECHNICIAN,
    Viewer,
    managed_estate,
)
from storage.db import Database
from storage.models import Account, Estate, Grid, Invite
from storage.repositories import estates, invites, meta, people

if TYPE_CHECKING:
    from bot.services.people.members import Members

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read out over the phone
CODE_LENGTH = 10  # 31**10 ≈ 2**49.5
DEFAULT_TTL = timedelta(days=14)
RELATIONS = ("owner", "tenant", "family")
MAX_FAILURES = 5
LOCK_WINDOW = timedelta(hours=1)


def locked_until(failures: list[datetime]) -> datetime | None:
    """When the lock ends: an hour after the fifth wrong code within an hour, if any."""
    until = None
    for i in range(MAX_FAILURES - 1, len(failures)):
        if failures[i] - failures[i - MAX_FAILURES + 1] <= LOCK_WINDOW:
            until = failures[i] + LOCK_WINDOW
    return until


class InviteLocked(AppError):
    """Too many wrong codes in the last hour."""

    key = "invite-locked"


class Issued(BaseModel):
    """An issued code, shown once: only its hash is stored."""

    code: str
    kind: str
    estate: str
    unit: str | None = None
    relation: str | None = None
    role: str | None = None
    grids: list[str] = []


class Redeemed(BaseModel):
    """What a redeemed code bound the account to."""

    kind: str
    role: str
    estate: str
    unit: str | None = None
    grids: list[str] = []


def normalize(code: str) -> str:
    """Uppercase a typed code and drop spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def looks_like_code(text: str) -> bool:
    """Tell whether a message is a pasted invite code (not a word that happens to fit)."""
    token = text.strip()
    letters = normalize(token)
    if " " in token or len(letters) != CODE_LENGTH or any(ch not in ALPHABET for ch in letters):
        return False
    return any(ch.isdigit() for ch in letters) or token.isupper()


def code_hash(code: str) -> str:
    """Hash a code for storage and lookup."""
    return hashlib.sha256(normalize(code).encode()).hexdigest()


def new_code() -> str:
    """Draw a random code."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


class InviteService:
    """Issue and redeem invite codes, with a lockout against guessing."""

    def __init__(self, db: Database, clock: Clock, members: Members | None = None) -> None:
        self._db = db
        self._clock = clock
        self._members = members  # binds an owner's code for family or a tenant

    async def issue_resident(
        self,
        estate: Estate,
        unit_code: str,
        relation: str = "owner",
        count: int = 1,
        by: int | None = None,
        ttl: timedelta = DEFAULT_TTL,
    ) -> list[Issued]:
        """Issue codes that bind residents to one unit."""
        if relation not in RELATIONS:
            raise InvalidInput("invite-bad-relation", relation=relation)
        if not 1 <= count <= 100:
            raise InvalidInput("invite-bad-count")
        async with self._db.transaction() as conn:
            unit = await estates.unit_by_code(conn, estate.id, unit_code.strip())
            if unit is None:
                raise NotFound("invite-unknown-unit", unit=unit_code)
            issued = []
            for _ in range(count):
                code = new_code()
                await invites.add(
                    conn,
                    code_hash(code),
                    self._values(estate.id, RESIDENT, by, ttl)
                    | {"unit_id": unit.id, "relation": relation},
                )
                issued.append(
                    Issued(
                        code=code,
                        kind=RESIDENT,
                        estate=estate.name,
                        unit=unit.code,
                        relation=relation,
                    )
                )
        return issued

    async def issue_staff(
        self,
        estate: Estate,
        role: str,
        grid_codes: list[str],
        by: int | None = None,
        ttl: timedelta = DEFAULT_TTL,
    ) -> Issued:
        """Issue a code that makes someone a butler (of grids), a technician or a manager."""
        if role not in (BUTLER, MANAGER, TECHNICIAN, GUARD):
            raise InvalidInput("invite-bad-role", role=role)
        async with self._db.transaction() as conn:
            known = {g.code: g.id for g in await estates.grids_of(conn, estate.id)}
            unknown = [g for g in grid_codes if g not in known]
            if unknown:
                raise NotFound("invite-unknown-grid", grid=", ".join(unknown))
            if role == BUTLER and not grid_codes:
                raise InvalidInput("invite-butler-needs-grid")
            code = new_code()
            await invites.add(
                conn,
                code_hash(code),
                self._values(estate.id, "staff", by, ttl)
                | {"role": role, "grid_ids": [known[g] for g in grid_codes]},
            )
        return Issued(code=code, kind="staff", estate=estate.name, role=role, grids=grid_codes)

    def _values(
        self, estate_id: int, kind: str, by: int | None, ttl: timedelta
    ) -> dict[str, object]:
        now = self._clock.now()
        return {
            "kind": kind,
            "estate_id": estate_id,
            "created_by": by,
            "created_at": now,
            "expires_at": now + ttl,
        }

    async def managed_estate(self, viewer: Viewer) -> Estate:
        """Return the estate the viewer manages (the first, if several); else NotAllowed."""
        return await managed_estate(self._db, viewer)

    async def grids_for(self, viewer: Viewer) -> list[Grid]:
        """Return the grids of the viewer's managed estate."""
        estate = await self.managed_estate(viewer)
        async with self._db.read() as conn:
            return await estates.grids_of(conn, estate.id)

    async def invite_resident_as(self, viewer: Viewer, unit_code: str, relation: str) -> Issued:
        """Issue a resident code for a unit of the estate the viewer manages."""
        estate = await self.managed_estate(viewer)
        issued = await self.issue_resident(estate, unit_code, relation, by=viewer.account.id)
        return issued[0]

    async def check_unit_as(self, viewer: Viewer, unit_code: str) -> str:
        """Return the unit's canonical code if it is in the viewer's estate."""
        estate = await self.managed_estate(viewer)
        async with self._db.read() as conn:
            unit = await estates.unit_by_code(conn, estate.id, unit_code.strip())
        if unit is None:
            raise NotFound("invite-unknown-unit", unit=unit_code)
        return unit.code

    async def invite_staff_as(self, viewer: Viewer, role: str, grid_id: int | None) -> Issued:
        """Issue a butler (for one grid of the estate) or manager code."""
        estate = await self.managed_estate(viewer)
        grids = {g.id: g.code for g in await self.grids_for(viewer)}
        if grid_id is not None and grid_id not in grids:
            raise NotFound()
        codes = [grids[grid_id]] if grid_id is not None else []
        return await self.issue_staff(estate, role, codes, by=viewer.account.id)

    async def remember_bot(self, username: str) -> None:
        """Keep the bot's username, so the command line can print deep links."""
        async with self._db.transaction() as conn:
            await meta.put(conn, "bot_username", username)

    async def deep_link(self, code: str) -> str | None:
        """Return t.me/<bot>?start=<code> when the bot's username is known."""
        async with self._db.read() as conn:
            username = await meta.get(conn, "bot_username")
        return f"https://t.me/{username}?start={code}" if username else None

    async def redeem(self, account: Account, code: str) -> Redeemed:
        """Bind the account with a code; wrong, used and expired codes count as failures."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            since = now - 2 * LOCK_WINDOW
            history = await invites.failures_since(conn, account.telegram_id, since)
            until = locked_until(history)
            if until is not None and until > now:
                minutes = -(-int((until - now).total_seconds()) // 60)  # rounded up
                raise InviteLocked(minutes=minutes)
            recent = [t for t in history if t > now - LOCK_WINDOW]
            invite = await invites.by_hash(conn, code_hash(code)) if normalize(code) else None
            problem = None
            if invite is None:
                problem = "invite-wrong"
            elif invite.used_at is not None:
                problem = "invite-used"
            elif invite.expires_at <= now:
                problem = "invite-expired"
            if problem is not None or invite is None:
                await invites.add_failure(conn, account.telegram_id, now)
                failure = AppError(problem, left=MAX_FAILURES - len(recent) - 1)
            else:
                return await self._bind(conn, account, invite, now)
        raise failure

    async def _bind(
        self, conn: AsyncConnection, account: Account, invite: Invite, now: datetime
    ) -> Redeemed:
        """Use the invite and create the occupancy or staff membership it stands for."""
        if not await invites.mark_used(conn, invite.id, account.id, now):
            raise AppError("invite-used")
        estate = await estates.estate(conn, invite.estate_id)
        assert estate is not None
        if invite.kind == RESIDENT:
            assert invite.unit_id is not None and invite.relation is not None
            if invite.terms is not None and self._members is not None:
                await self._members.bind(conn, account, invite)
            else:
                await people.add_occupancy(conn, account.id, invite.unit_id, invite.relation, now)
            unit = await estates.unit(conn, invite.unit_id)
            assert unit is not None
            return Redeemed(kind=RESIDENT, role=RESIDENT, estate=estate.name, unit=unit.code)
        assert invite.role is not None
        grid_ids = invite.grid_ids or []
        await people.set_staff(conn, account.id, estate.id, invite.role, grid_ids, now)
        codes = {g.id: g.code for g in await estates.grids_of(conn, estate.id)}
        return Redeemed(
            kind="staff",
            role=invite.role,
            estate=estate.name,
            grids=[codes[g] for g in grid_ids if g in codes],
        )
