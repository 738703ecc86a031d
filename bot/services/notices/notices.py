"""Notices (通知) from chat: an audience checked by name and counted before sending, now or at
a time; a read button; the author's counts (sent, delivered, read, unreachable); one reminder
of the unread; important ones pinned; residents' own list (/notices)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import NoticeAct
from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.notices import audience as audiences
from bot.services.notices.audience import Audience
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import Viewer, may_manage
from bot.services.renovation.common import quiet_of
from bot.services.scheduling.timers import Timers
from storage.db import Database
from storage.models import Estate, Notice, Timer
from storage.repositories import broadcasts, estates, notices, outbox

SEND_KIND = "notice.send"
MAX_TEXT = 3500
MAX_PHOTOS = 5
LIST_AT_MOST = 10


class NoticeInput(BaseModel):
    """A notice as written: to whom, what (one or both languages), photos, when."""

    audience: Audience
    texts: dict[str, str]
    photos: list[str] = Field(default_factory=list)
    important: bool = False
    urgent: bool = False
    send_at: datetime | None = None  # None: now


class NoticeStats(BaseModel):
    """How far a notice has gone."""

    notice: Notice
    total: int
    sent: int
    pending: int
    read: int
    unreachable: int
    failed: int


def read_button(notice_id: int) -> list[list[Button]]:
    """The "Got it" button of a notice."""
    data = NoticeAct(action="read", notice_id=notice_id).pack()
    return [[Button(key="notice-button-read", data=data)]]


def check_texts(texts: dict[str, str]) -> dict[str, str]:
    """One or both languages, each 1 … MAX_TEXT characters."""
    kept = {lang: text.strip() for lang, text in texts.items() if text and text.strip()}
    if not kept or any(len(text) > MAX_TEXT for text in kept.values()):
        raise InvalidInput("notice-bad-text", limit=MAX_TEXT)
    return kept


class Notices:
    """Write, send, count and remind notices."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def author_estate(self, viewer: Viewer) -> Estate:
        """The estate a staff member writes to (their first); residents are refused."""
        if not viewer.staff:
            raise NotAllowed("notice-staff-only")
        async with self._db.read() as conn:
            estate = await estates.estate(conn, viewer.staff[0].estate_id)
        assert estate is not None
        return estate

    async def count(self, viewer: Viewer, estate: Estate, audience: Audience) -> int:
        """How many people an audience reaches now (checked as when sending)."""
        async with self._db.read() as conn:
            await audiences.check(conn, viewer, estate, audience)
            return len(await audiences.people(conn, estate, audience))

    async def check_audience(self, viewer: Viewer, estate: Estate, audience: Audience) -> None:
        """Refuse an audience before the text is asked (a flow's check)."""
        async with self._db.read() as conn:
            await audiences.check(conn, viewer, estate, audience)

    async def send(self, viewer: Viewer, estate: Estate, form: NoticeInput, token: str) -> Notice:
        """Send the notice now, or plan it; it needs someone to reach."""
        texts = check_texts(form.texts)
        if len(form.photos) > MAX_PHOTOS:
            raise InvalidInput("notice-too-many-photos", limit=MAX_PHOTOS)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                found = await notices.get(conn, int(earlier))
                assert found is not None
                return found
            await audiences.check(conn, viewer, estate, form.audience)
            notice = await self.create(conn, estate, viewer.account.id, "notice", form, texts)
            await flows.record(conn, viewer.account.id, token, str(notice.id))
            return notice

    async def send_operator(self, estate: Estate, form: NoticeInput) -> Notice:
        """The operator's `butler broadcast`: the same checks of targets and recipients."""
        texts = check_texts(form.texts)
        async with self._db.transaction() as conn:
            await audiences.check_codes(conn, estate, form.audience)
            return await self.create(conn, estate, None, "notice", form, texts)

    async def create(
        self,
        conn: AsyncConnection,
        estate: Estate,
        author: int | None,
        kind: str,
        form: NoticeInput,
        texts: dict[str, str],
        extra: dict[str, object] | None = None,
    ) -> Notice:
        """Store a notice and send it now, or at its time; it needs someone to reach."""
        now = self._clock.now()
        if not await audiences.people(conn, estate, form.audience):
            raise InvalidInput("notice-no-recipients")
        send_at = max(form.send_at or now, now)
        notice_id = await notices.add(
            conn,
            {
                "estate_id": estate.id,
                "author_account_id": author,
                "kind": kind,
                "scope": form.audience.scope,
                "targets": form.audience.targets,
                "owners_only": form.audience.owners_only,
                "texts": texts,
                "photos": form.photos,
                "important": form.important,
                "urgent": form.urgent,
                "state": "scheduled",
                "send_at": send_at,
                "created_at": now,
            }
            | (extra or {}),
        )
        notice = await notices.get(conn, notice_id)
        assert notice is not None
        if send_at > now:
            await self._timers.set(
                conn, SEND_KIND, str(notice_id), send_at, dedupe_key=f"{SEND_KIND}:{notice_id}"
            )
            return notice
        return await self.deliver(conn, notice, estate)

    async def deliver(self, conn: AsyncConnection, notice: Notice, estate: Estate) -> Notice:
        """Expand the audience now and queue one push each (a planned one: at its time)."""
        audience = Audience(
            scope=notice.scope, targets=notice.targets, owners_only=notice.owners_only
        )
        reached = await audiences.people(conn, estate, audience)
        broadcast_id = await broadcasts.add(
            conn,
            {
                "estate_id": estate.id,
                "text": next(iter(notice.texts.values())),
                "urgent": notice.urgent,
                "buildings": notice.targets if notice.scope == "buildings" else None,
                "created_at": self._clock.now(),
            },
        )
        await notices.add_recipients(conn, notice.id, reached)
        await notices.change(
            conn,
            notice.id,
            {"state": "sent", "sent_at": self._clock.now(), "broadcast_id": broadcast_id},
        )
        key, buttons = self._message(notice)
        quiet = None if notice.scope == "staff" else quiet_of(estate)
        for account_id, _unit in reached:
            await self._notifier.push(
                conn,
                account_id,
                key,
                args=push_args(notice, estate),
                buttons=buttons,
                photos=notice.photos or None,
                urgent=notice.urgent,
                quiet=quiet,
                dedupe_key=f"notice:{notice.id}:{account_id}",
                broadcast_id=broadcast_id,
                pin=notice.important,
            )
        fresh = await notices.get(conn, notice.id)
        assert fresh is not None
        return fresh

    def _message(self, notice: Notice) -> tuple[str, list[list[Button]]]:
        if notice.kind == "emergency":
            rows = [
                [Button(key="emergency-button-safe", data=_act("safe", notice.id))],
                [Button(key="emergency-button-help", data=_act("help", notice.id))],
            ]
            return "emergency-push", rows
        return "notice-push", read_button(notice.id)

    async def on_send(self, conn: AsyncConnection, timer: Timer) -> None:
        """A planned notice's time came."""
        notice = await notices.get(conn, int(timer.ref), lock=True)
        if notice is None or notice.state != "scheduled":
            return
        estate = await estates.estate(conn, notice.estate_id)
        if estate is not None:
            await self.deliver(conn, notice, estate)

    async def read(self, viewer: Viewer, notice_id: int) -> Notice:
        """A recipient pressed "Got it" (again: nothing changes)."""
        async with self._db.transaction() as conn:
            notice = await notices.get(conn, notice_id)
            mine = await notices.recipient(conn, notice_id, viewer.account.id)
            if notice is None or mine is None:
                raise NotFound()
            if mine.read_at is None:
                await notices.mark(
                    conn, notice_id, viewer.account.id, {"read_at": self._clock.now()}
                )
            return notice

    async def stats(self, viewer: Viewer, notice_id: int) -> NoticeStats:
        """The counts of a notice, for its author and the estate's managers."""
        async with self._db.read() as conn:
            notice = await self._staff_notice(conn, viewer, notice_id)
            return await self._stats(conn, notice)

    async def _stats(self, conn: AsyncConnection, notice: Notice) -> NoticeStats:
        counts = (
            await outbox.status_counts(conn, notice.broadcast_id) if notice.broadcast_id else {}
        )
        return NoticeStats(
            notice=notice,
            total=sum(counts.values()),
            sent=counts.get(outbox.SENT, 0),
            pending=counts.get(outbox.PENDING, 0),
            read=await notices.read_count(conn, notice.id),
            unreachable=counts.get(outbox.UNREACHABLE, 0),
            failed=counts.get(outbox.FAILED, 0),
        )

    async def _staff_notice(self, conn: AsyncConnection, viewer: Viewer, notice_id: int) -> Notice:
        notice = await notices.get(conn, notice_id)
        if notice is None:
            raise NotFound()
        if notice.author_account_id != viewer.account.id and not may_manage(
            viewer, notice.estate_id
        ):
            if not (notice.kind == "emergency" and viewer.butler_grids()):
                raise NotFound()
            if not any(e == notice.estate_id for e, _g in viewer.butler_grids()):
                raise NotFound()
        return notice

    async def remind_unread(self, viewer: Viewer, notice_id: int) -> int:
        """Remind those who did not read it, once; how many were reminded."""
        async with self._db.transaction() as conn:
            notice = await self._staff_notice(conn, viewer, notice_id)
            if notice.state != "sent" or notice.kind != "notice":
                raise InvalidInput("notice-not-sent")
            if notice.reminded_at is not None:
                raise InvalidInput("notice-reminded-already")
            estate = await estates.estate(conn, notice.estate_id)
            assert estate is not None
            unread = [r for r in await notices.recipients(conn, notice.id) if r.read_at is None]
            await notices.change(conn, notice.id, {"reminded_at": self._clock.now()})
            quiet = None if notice.scope == "staff" else quiet_of(estate)
            for row in unread:
                await self._notifier.push(
                    conn,
                    row.account_id,
                    "notice-remind",
                    args=push_args(notice, estate),
                    buttons=read_button(notice.id),
                    quiet=quiet,
                    dedupe_key=f"notice-remind:{notice.id}:{row.account_id}",
                )
            await notices.add_event(
                conn, notice.id, self._clock.now(), viewer.account.id, "remind", str(len(unread))
            )
            return len(unread)

    async def received(self, viewer: Viewer) -> list[Notice]:
        """The latest notices and emergencies the viewer received (/notices)."""
        async with self._db.read() as conn:
            return await notices.to_account(conn, viewer.account.id, LIST_AT_MOST)

    async def sent_list(self, viewer: Viewer) -> list[NoticeStats]:
        """Staff: the estate's latest notices (a butler: their own and emergencies)."""
        if not viewer.staff:
            raise NotAllowed("notice-staff-only")
        async with self._db.read() as conn:
            estate_ids = sorted({s.estate_id for s in viewer.staff})
            found = []
            for notice in await notices.of_estates(conn, estate_ids, LIST_AT_MOST * 3):
                mine = notice.author_account_id == viewer.account.id
                if mine or may_manage(viewer, notice.estate_id) or notice.kind == "emergency":
                    found.append(await self._stats(conn, notice))
            return found[:LIST_AT_MOST]

    async def estate_of(self, notice: Notice) -> Estate:
        """A notice's estate."""
        async with self._db.read() as conn:
            estate = await estates.estate(conn, notice.estate_id)
        if estate is None:
            raise NotFound()
        return estate


def _act(action: str, notice_id: int) -> str:
    return NoticeAct(action=action, notice_id=notice_id).pack()


def push_args(notice: Notice, estate: Estate) -> dict[str, object]:
    """A notice's push: its text in the reader's language (or the one it was written in)."""
    return {
        "estate": estate.name,
        "text": {"texts": notice.texts},
        "level": 2 if notice.urgent else 1 if notice.important else 0,
        "place": notice.place or "-",
        "kind": {"key": EMERGENCY_KEYS.get(notice.emergency_kind, EMERGENCY_KEYS["other"])},
    }


EMERGENCY_KINDS = ("fire", "flood", "power", "gas", "lift", "falling", "gate", "other")
EMERGENCY_KEYS = {
    "fire": "emergency-kind-fire",
    "flood": "emergency-kind-flood",
    "power": "emergency-kind-power",
    "gas": "emergency-kind-gas",
    "lift": "emergency-kind-lift",
    "falling": "emergency-kind-falling",
    "gate": "emergency-kind-gate",
    "other": "emergency-kind-other",
}
