"""Emergencies (突发事件, 应急信息传递): raised by any staff member in a few taps, sent at once
through quiet hours with "I'm safe" and "I need help"; a call for help reaches the on-duty
staff and the managers at once with the unit and phone; who confirmed and who did not (a
butler: the unconfirmed households of their grid to call); updates and the all clear."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import NoticeAct
from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.common import local_today
from bot.services.notices import audience as audiences
from bot.services.notices.audience import Audience
from bot.services.notices.notices import (
    EMERGENCY_KINDS,
    MAX_TEXT,
    NoticeInput,
    Notices,
    push_args,
)
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import MANAGER, Viewer, may_manage, may_work_grid
from storage.db import Database
from storage.models import Estate, Notice
from storage.repositories import duty, estates, notices, people

ADVICE_KEYS = {
    "fire": "emergency-advice-fire",
    "flood": "emergency-advice-flood",
    "power": "emergency-advice-power",
    "gas": "emergency-advice-gas",
    "lift": "emergency-advice-lift",
    "falling": "emergency-advice-falling",
    "gate": "emergency-advice-gate",
    "other": "emergency-advice-other",
}
MAX_PLACE = 200


class EmergencyInput(BaseModel):
    """What happened, where, who is affected, what to do (empty: the estate's advice)."""

    kind: str
    audience: Audience
    place: str
    advice: str = ""


class Household(BaseModel):
    """An affected household that has not confirmed, to call."""

    unit: str
    names: list[str]
    phone: str


class Answers(BaseModel):
    """Who confirmed an emergency, and who did not."""

    notice: Notice
    total: int
    safe: int
    help: int
    silent: list[Household]  # the households (of the viewer's grids) with nobody answering


class Emergencies:
    """Raise, answer, update and clear emergencies."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, sender: Notices) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._sender = sender

    async def raise_one(
        self,
        viewer: Viewer,
        estate: Estate,
        form: EmergencyInput,
        texts: dict[str, str],
        token: str,
    ) -> Notice:
        """Send it to the affected residents at once (through quiet hours)."""
        if form.kind not in EMERGENCY_KINDS or form.audience.scope == "staff":
            raise InvalidInput()
        if not form.place.strip() or len(form.place) > MAX_PLACE:
            raise InvalidInput("emergency-bad-place", limit=MAX_PLACE)
        if not any(s.estate_id == estate.id for s in viewer.staff):
            raise NotAllowed("notice-staff-only")
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await notices.get(conn, int(earlier))
                assert found is not None
                return found
            await audiences.check_codes(conn, estate, form.audience)
            message = NoticeInput(audience=form.audience, texts=texts, urgent=True)
            notice = await self._sender.create(
                conn,
                estate,
                viewer.account.id,
                "emergency",
                message,
                texts,
                {"emergency_kind": form.kind, "place": form.place.strip()},
            )
            await self._tell_staff(conn, notice, estate, viewer)
            await flows.record(conn, viewer.account.id, token, str(notice.id))
            return notice

    async def check_targets(self, estate: Estate, audience: Audience) -> None:
        """Refuse targets that do not exist, naming them (a flow's check)."""
        async with self._db.read() as conn:
            await audiences.check_codes(conn, estate, audience)

    async def count(self, estate: Estate, audience: Audience) -> int:
        """How many residents an emergency reaches now."""
        async with self._db.read() as conn:
            await audiences.check_codes(conn, estate, audience)
            return len(await audiences.people(conn, estate, audience))

    async def _tell_staff(
        self, conn: AsyncConnection, notice: Notice, estate: Estate, viewer: Viewer
    ) -> None:
        """The estate's staff hear of it too, with the card to follow the answers."""
        for account_id in await notices.staff_of(conn, estate.id):
            if account_id == viewer.account.id:
                continue
            await self._notifier.push(
                conn,
                account_id,
                "emergency-staff-told",
                args=push_args(notice, estate) | {"by": viewer.account.name},
                buttons=[[Button(key="emergency-button-answers", data=_act("answers", notice))]],
                urgent=True,
                dedupe_key=f"emergency-staff:{notice.id}:{account_id}",
            )

    async def answer(self, viewer: Viewer, notice_id: int, safe: bool) -> str:
        """A resident answers: safe (已知悉), or help, which reaches the on-duty staff at once."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            notice = await notices.get(conn, notice_id)
            mine = await notices.recipient(conn, notice_id, viewer.account.id)
            if notice is None or mine is None or notice.kind != "emergency":
                raise NotFound()
            answer = "safe" if safe else "help"
            await notices.mark(
                conn,
                notice_id,
                viewer.account.id,
                {"answer": answer, "answered_at": now, "read_at": mine.read_at or now},
            )
            if safe:
                return answer
            estate = await estates.estate(conn, notice.estate_id)
            assert estate is not None
            event = await notices.add_event(conn, notice.id, now, viewer.account.id, "help")
            unit = await estates.unit(conn, mine.unit_id) if mine.unit_id else None
            targets = set(await duty.of_day(conn, estate.id, local_today(now, estate)))
            targets |= set(await people.staff_accounts(conn, estate.id, MANAGER))
            if unit is not None:
                targets |= set(await people.butlers_of_grid(conn, unit.grid_id))
            for account_id in sorted(targets):
                await self._notifier.push(
                    conn,
                    account_id,
                    "emergency-help-told",
                    args=push_args(notice, estate)
                    | {
                        "name": viewer.account.name,
                        "unit": unit.code if unit else "-",
                        "phone": (unit.owner_phone if unit else "") or "-",
                    },
                    buttons=[
                        [Button(key="emergency-button-answers", data=_act("answers", notice))]
                    ],
                    urgent=True,
                    dedupe_key=f"emergency-help:{event}:{account_id}",
                )
            return answer

    async def answers(self, viewer: Viewer, notice_id: int) -> Answers:
        """Who confirmed; the silent households (a butler: of their grids)."""
        async with self._db.read() as conn:
            notice = await notices.get(conn, notice_id)
            if notice is None or notice.kind != "emergency":
                raise NotFound()
            if not any(s.estate_id == notice.estate_id for s in viewer.staff):
                raise NotFound()
            rows = await notices.recipients(conn, notice.id)
            answered_units = {r.unit_id for r in rows if r.answer}
            silent_units: dict[int, list[int]] = {}
            for row in rows:
                if row.unit_id is not None and row.unit_id not in answered_units:
                    silent_units.setdefault(row.unit_id, []).append(row.account_id)
            names = await people.names(conn, [a for ids in silent_units.values() for a in ids])
            silent = []
            for unit_id, account_ids in sorted(silent_units.items()):
                unit = await estates.unit(conn, unit_id)
                if unit is None:
                    continue
                mine = may_manage(viewer, notice.estate_id) or may_work_grid(
                    viewer, unit.estate_id, unit.grid_id
                )
                if not mine and notice.author_account_id != viewer.account.id:
                    continue
                silent.append(
                    Household(
                        unit=unit.code,
                        names=[names.get(a, "-") for a in account_ids],
                        phone=unit.owner_phone or "-",
                    )
                )
            silent.sort(key=lambda h: h.unit)
            return Answers(
                notice=notice,
                total=len(rows),
                safe=sum(r.answer == "safe" for r in rows),
                help=sum(r.answer == "help" for r in rows),
                silent=silent,
            )

    async def update(
        self, viewer: Viewer, notice_id: int, text: str, clear: bool, token: str
    ) -> int:
        """An update, or the all clear, to the same audience; how many it reached."""
        text = text.strip()
        if not text or len(text) > MAX_TEXT:
            raise InvalidInput("notice-bad-text", limit=MAX_TEXT)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return int(earlier)
            notice = await notices.get(conn, notice_id, lock=True)
            if notice is None or notice.kind != "emergency":
                raise NotFound()
            if not any(s.estate_id == notice.estate_id for s in viewer.staff):
                raise NotFound()
            if notice.state == "closed":
                raise InvalidInput("emergency-closed")
            estate = await estates.estate(conn, notice.estate_id)
            assert estate is not None
            action = "clear" if clear else "update"
            event = await notices.add_event(conn, notice.id, now, viewer.account.id, action, text)
            if clear:
                await notices.change(conn, notice.id, {"state": "closed", "closed_at": now})
            rows = await notices.recipients(conn, notice.id)
            staff = await notices.staff_of(conn, estate.id)
            targets = [r.account_id for r in rows] + [s for s in staff if s != viewer.account.id]
            for account_id in dict.fromkeys(targets):
                await self._notifier.push(
                    conn,
                    account_id,
                    "emergency-clear-told" if clear else "emergency-update-told",
                    args=push_args(notice, estate) | {"update": text},
                    urgent=True,
                    dedupe_key=f"emergency-{action}:{event}:{account_id}",
                )
            await flows.record(conn, viewer.account.id, token, str(len(rows)))
            return len(rows)

    async def check_staff(self, viewer: Viewer, notice_id: int) -> Notice:
        """An open emergency of the viewer's estate (a flow's first check)."""
        async with self._db.read() as conn:
            notice = await notices.get(conn, notice_id)
        if notice is None or notice.kind != "emergency":
            raise NotFound()
        if not any(s.estate_id == notice.estate_id for s in viewer.staff):
            raise NotFound()
        if notice.state == "closed":
            raise InvalidInput("emergency-closed")
        return notice


def _act(action: str, notice: Notice) -> str:
    return NoticeAct(action=action, notice_id=notice.id).pack()
