"""Move-in (入住手续), run by the butler with the owner in chat, the material's six steps:
验明身份 (identity photos) and 领取资料 (the estate's documents; the owner accepts the
临时管理规约) here; 缴纳费用 in `fees.py`; keys, inspection and the archive in `handover.py`.
The owner joins with a one-time code and is bound to the unit at the end."""

from __future__ import annotations

import hashlib
import secrets

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import MoveInAct
from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.movein import common
from bot.services.movein.common import Loaded
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import Viewer, may_work_grid
from storage.db import Database
from storage.models import (
    Account,
    Bill,
    MoveIn,
    MoveInEvent,
    MoveInFile,
    MoveInKey,
    MoveInProblem,
    Unit,
)
from storage.repositories import estates, moveins, people, tickets

CODE_PREFIX = "MI"
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
IDENTITY_KINDS = ("notice", "contract", "id", "authorisation", "agent_id")


class MoveInView(BaseModel):
    """A move-in as staff or its owner see it."""

    loaded: Loaded
    staff: bool
    files: list[MoveInFile]
    bills: list[Bill]
    keys: list[MoveInKey]
    problems: list[MoveInProblem]
    events: list[MoveInEvent]
    tickets: dict[int, int]  # ticket id -> its number


def code_hash(code: str) -> str:
    """How an owner's join code is kept."""
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


class MoveIns:
    """Start a move-in, let the owner join, take the identity, documents and fees steps."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier

    async def check_unit(self, viewer: Viewer, code: str) -> str:
        """A unit of the viewer's grids without an owner bound or a move-in open (a check)."""
        async with self._db.read() as conn:
            return (await _free_unit(conn, viewer, code)).code

    async def start(
        self, viewer: Viewer, unit_code: str, owner_name: str, by_agent: bool, token: str
    ) -> tuple[MoveIn, str]:
        """Open the move-in; the owner's one-time code to join it in chat."""
        join = CODE_PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(8))
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await moveins.get(conn, int(earlier))
                assert found is not None
                return found, ""
            unit = await _free_unit(conn, viewer, unit_code)
            movein_id = await moveins.add(
                conn,
                {
                    "estate_id": unit.estate_id,
                    "unit_id": unit.id,
                    "butler_account_id": viewer.account.id,
                    "owner_name": owner_name.strip()[:200],
                    "code_hash": code_hash(join),
                    "step": "identity",
                    "state": "open",
                    "by_agent": by_agent,
                    "bill_ids": [],
                    "meters": {},
                    "created_at": now,
                },
            )
            loaded = await common.load(conn, movein_id)
            await common.record(conn, loaded, now, viewer, "started", owner_name.strip()[:200])
            await flows.record(conn, viewer.account.id, token, str(movein_id))
            return loaded.movein, join

    async def join(self, account: Account, code: str) -> Loaded:
        """The owner opens their code: the move-in is theirs to follow (once)."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            movein = await moveins.by_code(conn, code_hash(code))
            if movein is None or movein.state != "open":
                raise NotFound("movein-bad-code")
            if movein.owner_account_id not in (None, account.id):
                raise NotFound("movein-bad-code")
            loaded = await common.load(conn, movein.id, lock=True)
            if movein.owner_account_id is None:
                await moveins.change(conn, movein.id, {"owner_account_id": account.id})
                await moveins.add_event(
                    conn,
                    {"movein_id": movein.id, "at": now, "account_id": account.id,
                     "action": "joined", "detail": account.name},
                )  # fmt: skip
                butler = movein.butler_account_id
                await common.tell(
                    conn, self._notifier, loaded, butler, "movein-joined", "joined",
                    args={"name": account.name},
                )  # fmt: skip
            return await common.load(conn, movein.id)

    async def identity(
        self, viewer: Viewer, movein_id: int, photos: dict[str, list[str]], token: str
    ) -> None:
        """验明身份: the owner's documents (or the authorisation and the agent's ID) as photos."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return
            common.check_staff(viewer, loaded, "identity")
            needed = (
                ("authorisation", "agent_id")
                if loaded.movein.by_agent
                else ("notice", "contract", "id")
            )
            if any(not photos.get(kind) for kind in needed) or set(photos) - set(IDENTITY_KINDS):
                raise InvalidInput("movein-identity-missing")
            for kind, file_ids in photos.items():
                await moveins.add_files(conn, movein_id, "identity", kind, file_ids[:5], now)
            await common.record(conn, loaded, now, viewer, "identity")
            await common.advance(conn, loaded, "documents")
            await flows.record(conn, viewer.account.id, token, "identity")

    async def send_documents(self, viewer: Viewer, movein_id: int) -> None:
        """领取资料: the owner gets the estate's documents and accepts the 临时管理规约."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            common.check_staff(viewer, loaded, "documents")
            if loaded.movein.owner_account_id is None:
                raise InvalidInput("movein-owner-not-joined")
            await common.record(conn, loaded, now, viewer, "documents")
            await common.tell(
                conn, self._notifier, loaded, loaded.movein.owner_account_id,
                "movein-documents", "documents", buttons=documents_buttons(movein_id),
            )  # fmt: skip

    async def accept_rules(self, viewer: Viewer, movein_id: int) -> None:
        """The owner accepts the 临时管理规约; on to the fees."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            common.check_owner(viewer, loaded, "documents")
            await moveins.change(conn, movein_id, {"rules_accepted_at": now})
            await common.record(conn, loaded, now, viewer, "rules_accepted")
            await common.advance(conn, loaded, "fees")
            await common.tell(
                conn, self._notifier, loaded, loaded.movein.butler_account_id,
                "movein-rules-accepted", "rules",
            )  # fmt: skip

    async def view(self, viewer: Viewer, movein_id: int) -> MoveInView:
        """The move-in's card: its steps, photos, bills, keys, problems and record."""
        async with self._db.read() as conn:
            loaded = await common.load(conn, movein_id)
            staff = common.is_staff(viewer, loaded)
            if not staff and not common.is_owner(viewer, loaded):
                raise NotFound()
            problems = await moveins.problems(conn, movein_id)
            numbers = {}
            for problem in problems:
                if problem.ticket_id is not None:
                    numbers[problem.ticket_id] = await _ticket_number(conn, problem.ticket_id)
            return MoveInView(
                loaded=loaded,
                staff=staff,
                files=await moveins.files(conn, movein_id),
                bills=await common.bills_of(conn, loaded),
                keys=await moveins.keys(conn, movein_id),
                problems=problems,
                events=await moveins.events(conn, movein_id),
                tickets=numbers,
            )

    async def listing(self, viewer: Viewer) -> list[tuple[MoveIn, str]]:
        """Staff: the move-ins in progress in their grids; an owner: the ones they joined;
        each with its unit's code."""
        async with self._db.read() as conn:
            found = await moveins.of_owner(conn, viewer.account.id)
            estate_ids = sorted({s.estate_id for s in viewer.staff})
            found += await moveins.of_estates(conn, estate_ids, "open") if estate_ids else []
            listed = []
            for movein in {m.id: m for m in found}.values():
                unit = await estates.unit(conn, movein.unit_id)
                if unit is None:
                    continue
                mine = movein.owner_account_id == viewer.account.id
                if mine or may_work_grid(viewer, movein.estate_id, unit.grid_id):
                    listed.append((movein, unit.code))
            return listed


async def _free_unit(conn: AsyncConnection, viewer: Viewer, code: str) -> Unit:
    """A unit of the viewer's grids without an owner bound or a move-in open."""
    if not viewer.staff:
        raise NotAllowed("movein-staff-only")
    for estate_id in sorted({s.estate_id for s in viewer.staff}):
        unit = await estates.unit_by_code(conn, estate_id, code.strip())
        if unit is None:
            continue
        if not may_work_grid(viewer, estate_id, unit.grid_id):
            raise NotAllowed("movein-not-your-grid", unit=unit.code)
        if await people.owners_of_unit(conn, unit.id):
            raise InvalidInput("movein-has-owner", unit=unit.code)
        if await moveins.open_of_unit(conn, unit.id) is not None:
            raise InvalidInput("movein-already-open", unit=unit.code)
        return unit
    raise InvalidInput("movein-unknown-unit", unit=code.strip()[:64])


def documents_buttons(movein_id: int) -> list[list[Button]]:
    """The owner's buttons on the documents push: accept the 规约, open the card."""
    accept = MoveInAct(action="accept", movein_id=movein_id).pack()
    return [
        [Button(key="movein-button-accept", data=accept)],
        [
            Button(
                key="movein-button-open", data=MoveInAct(action="open", movein_id=movein_id).pack()
            )
        ],
    ]


async def _ticket_number(conn: AsyncConnection, ticket_id: int) -> int:
    ticket = await tickets.get(conn, ticket_id)
    return ticket.number if ticket else 0
