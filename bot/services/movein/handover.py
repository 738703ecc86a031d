"""The move-in's last steps: 领取钥匙 (each key recorded, the owner confirms), 验房 (meter
readings, each room's problems with photos, each one a repair ticket; both sides confirm the
物业验收交接记录表), and 资料存档 (archived; the owner is bound to the unit)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.services import flows
from bot.services.movein import common
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer
from bot.services.tickets.push import CATEGORY_KEYS
from bot.services.tickets.repairs import TicketService
from storage.db import Database
from storage.repositories import moveins, people

METERS = ("water", "power", "gas")
MAX_KEYS = 20
MAX_PROBLEMS = 10


class KeyInput(BaseModel):
    """A key handed over: what it opens and how many."""

    name: str
    count: int


class ProblemInput(BaseModel):
    """A problem found in a room, with its repair category and photos."""

    room: str
    category: str
    text: str
    photos: list[str] = Field(default_factory=list)


class Handover:
    """Keys, the inspection and the archive."""

    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, tickets: TicketService
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._tickets = tickets

    async def hand_keys(
        self, viewer: Viewer, movein_id: int, keys: list[KeyInput], token: str
    ) -> None:
        """领取钥匙: record each key; the owner is asked to confirm them (钥匙发放登记表)."""
        if not 1 <= len(keys) <= MAX_KEYS or any(not 1 <= k.count <= 20 for k in keys):
            raise InvalidInput("movein-bad-keys", most=MAX_KEYS)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return
            common.check_staff(viewer, loaded, "keys")
            if loaded.movein.owner_account_id is None:
                raise InvalidInput("movein-owner-not-joined")
            await moveins.add_keys(
                conn,
                [
                    {"movein_id": movein_id, "name": k.name.strip()[:100], "count": k.count,
                     "handed_at": now}
                    for k in keys
                ],
            )  # fmt: skip
            await common.record(conn, loaded, now, viewer, "keys", str(len(keys)))
            await common.tell(
                conn, self._notifier, loaded, loaded.movein.owner_account_id,
                "movein-keys-handed", "keys", args={"count": sum(k.count for k in keys)},
            )  # fmt: skip
            await flows.record(conn, viewer.account.id, token, "keys")

    async def confirm_keys(self, viewer: Viewer, movein_id: int) -> None:
        """The owner confirms the keys received; on to the inspection."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            common.check_owner(viewer, loaded, "keys")
            if not await moveins.keys(conn, movein_id):
                raise InvalidInput("movein-no-keys-yet")
            await moveins.confirm_keys(conn, movein_id, now)
            await common.record(conn, loaded, now, viewer, "keys_confirmed")
            await common.advance(conn, loaded, "inspection")
            await common.tell(
                conn, self._notifier, loaded, loaded.movein.butler_account_id,
                "movein-keys-confirmed", "keys-ok",
            )  # fmt: skip

    async def inspect(
        self,
        viewer: Viewer,
        movein_id: int,
        meters: dict[str, Decimal],
        problems: list[ProblemInput],
        token: str,
    ) -> list[int]:
        """验房: the readings and each room's problems (each a repair ticket); the butler signs
        the 物业验收交接记录表 and the owner is asked to confirm it. The tickets' numbers."""
        if set(meters) - set(METERS) or any(v < 0 for v in meters.values()):
            raise InvalidInput()
        if len(problems) > MAX_PROBLEMS or any(p.category not in CATEGORY_KEYS for p in problems):
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return []
            common.check_staff(viewer, loaded, "inspection")
            if loaded.movein.butler_confirmed_at is not None:
                raise InvalidInput("movein-inspected-already")
            numbers = []
            for problem in problems:
                where = f"{problem.room.strip()[:60]}"
                ticket = await self._tickets.create(
                    conn,
                    estate_id=loaded.estate.id,
                    grid_id=loaded.unit.grid_id,
                    reporter_id=viewer.account.id,
                    photos=problem.photos[:5],
                    values={
                        "source": "movein",
                        "unit_id": loaded.unit.id,
                        "category": problem.category,
                        "location": "unit",
                        "location_note": where,
                        "description": f"{where}: {problem.text.strip()[:900]}",
                    },
                )
                numbers.append(ticket.number)
                await moveins.add_problem(
                    conn,
                    {"movein_id": movein_id, "room": where, "text": problem.text.strip()[:900],
                     "photos": problem.photos[:5], "ticket_id": ticket.id, "created_at": now},
                )  # fmt: skip
            readings = {k: str(v) for k, v in meters.items()}
            await moveins.change(conn, movein_id, {"meters": readings, "butler_confirmed_at": now})
            await common.record(conn, loaded, now, viewer, "inspected", str(len(problems)))
            await common.tell(
                conn, self._notifier, loaded, loaded.movein.owner_account_id,
                "movein-inspection-done", "inspected", args={"count": len(problems)},
            )  # fmt: skip
            await flows.record(conn, viewer.account.id, token, "inspected")
            return numbers

    async def confirm_inspection(self, viewer: Viewer, movein_id: int) -> None:
        """The owner confirms the 物业验收交接记录表; on to the archive."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            common.check_owner(viewer, loaded, "inspection")
            if loaded.movein.butler_confirmed_at is None:
                raise InvalidInput("movein-not-inspected")
            await moveins.change(conn, movein_id, {"owner_confirmed_at": now})
            await common.record(conn, loaded, now, viewer, "inspection_confirmed")
            await common.advance(conn, loaded, "archive")
            await common.tell(
                conn, self._notifier, loaded, loaded.movein.butler_account_id,
                "movein-inspection-confirmed", "inspected-ok",
            )  # fmt: skip

    async def finish(self, viewer: Viewer, movein_id: int) -> None:
        """资料存档: everything is archived with the unit; the owner is bound to it."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, movein_id, lock=True)
            common.check_staff(viewer, loaded, "archive")
            owner = loaded.movein.owner_account_id
            assert owner is not None  # the owner confirmed keys and inspection
            await people.add_occupancy(conn, owner, loaded.unit.id, "owner", now)
            await moveins.change(
                conn,
                movein_id,
                {"step": "done", "state": "done", "finished_at": now, "code_hash": None},
            )
            await common.record(conn, loaded, now, viewer, "archived")
            await common.tell(conn, self._notifier, loaded, owner, "movein-welcome", "done")
