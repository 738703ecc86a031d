"""Community events (社区文化活动): posted to residents, signed up for with a number of people,
cancelled; a waiting list moving up; a reminder the day before; the author's list and message
to the attendees; a "how was it" rating afterwards."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import EventAct
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
from storage.models import CommunityEvent, Estate, EventSignup, Timer
from storage.repositories import community, estates, people

KIND = "event.remind"
REMIND_AT = time(18, 0)  # the day before, in the evening
RATE_AFTER = timedelta(hours=3)
MAX_PEOPLE = 5
MAX_TEXT = 200


class EventInput(BaseModel):
    """An event as the manager posts it."""

    title: str
    place: str
    starts_at: datetime
    capacity: int
    audience: Audience


class EventView(BaseModel):
    """An event with its sign-ups, as one viewer sees it."""

    event: CommunityEvent
    going: int  # people
    waiting: int  # people
    mine: EventSignup | None
    names: dict[int, str]  # the author's list: who signs up (staff only)
    signups: list[EventSignup]
    rating: float | None


def signup_button(event_id: int) -> list[list[Button]]:
    """Sign up for an event."""
    data = EventAct(action="join", event_id=event_id).pack()
    return [[Button(key="event-button-join", data=data)]]


class Events:
    """Post events, take sign-ups, move the waiting list, remind, collect ratings."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def post(self, viewer: Viewer, estate: Estate, form: EventInput, token: str) -> int:
        """Post the event to its residents; the reminder and the rating are planned."""
        if not may_manage(viewer, estate.id):
            raise NotAllowed("event-managers-only")
        if not form.title.strip() or not form.place.strip():
            raise InvalidInput("event-need-text")
        if form.starts_at <= self._clock.now():
            raise InvalidInput("event-in-the-past")
        if not 1 <= form.capacity <= 10000:
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return int(earlier)
            await audiences.check(conn, viewer, estate, form.audience)
            reached = await audiences.people(conn, estate, form.audience)
            if not reached:
                raise InvalidInput("notice-no-recipients")
            event_id = await community.add(
                conn,
                {
                    "estate_id": estate.id,
                    "author_account_id": viewer.account.id,
                    "title": form.title.strip()[:MAX_TEXT],
                    "place": form.place.strip()[:MAX_TEXT],
                    "starts_at": form.starts_at,
                    "capacity": form.capacity,
                    "scope": form.audience.scope,
                    "targets": form.audience.targets,
                    "state": "open",
                    "created_at": now,
                },
            )
            event = await community.get(conn, event_id)
            assert event is not None
            for account_id, _unit in reached:
                await self._notifier.push(
                    conn,
                    account_id,
                    "event-posted",
                    args=event_args(event, estate),
                    buttons=signup_button(event.id),
                    quiet=quiet_of(estate),
                    dedupe_key=f"event:{event.id}:posted:{account_id}",
                )
            zone = ZoneInfo(estate.timezone)
            day_before = event.starts_at.astimezone(zone).date() - timedelta(days=1)
            remind = datetime.combine(day_before, REMIND_AT, zone)
            if remind > now:
                await self._set(conn, event, "remind", remind)
            await self._set(conn, event, "rate", event.starts_at + RATE_AFTER)
            await flows.record(conn, viewer.account.id, token, str(event_id))
            return event_id

    async def _set(
        self, conn: AsyncConnection, event: CommunityEvent, what: str, at: datetime
    ) -> None:
        await self._timers.set(
            conn,
            KIND,
            str(event.id),
            at,
            payload={"what": what},
            dedupe_key=f"{KIND}:{event.id}:{what}",
        )

    async def check_join(self, viewer: Viewer, event_id: int) -> CommunityEvent:
        """An open event the viewer was invited to (a flow's first check)."""
        async with self._db.read() as conn:
            event, _estate = await self._invited(conn, viewer, event_id, lock=False)
        return event

    async def _invited(
        self, conn: AsyncConnection, viewer: Viewer, event_id: int, *, lock: bool = True
    ) -> tuple[CommunityEvent, Estate]:
        event = await community.get(conn, event_id, lock=lock)
        estate = await estates.estate(conn, event.estate_id) if event else None
        if event is None or estate is None:
            raise NotFound()
        if viewer.account.id not in await audiences.reached(conn, estate, event):
            raise NotFound()
        if event.state != "open" or event.starts_at <= self._clock.now():
            raise InvalidInput("event-closed")
        return event, estate

    async def join(self, viewer: Viewer, event_id: int, count: int, token: str) -> str:
        """Sign up with a number of people: going if there is room, else the waiting list."""
        if not 1 <= count <= MAX_PEOPLE:
            raise InvalidInput()
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return earlier
            event, _estate = await self._invited(conn, viewer, event_id)
            rows = await community.signups(conn, event.id)
            mine = next((r for r in rows if r.account_id == viewer.account.id), None)
            others = sum(r.people for r in rows if r.state == "going" and r is not mine)
            waiting_before = any(r.state == "waiting" and r is not mine for r in rows)
            fits = others + count <= event.capacity and not waiting_before
            state = "going" if fits else "waiting"
            await community.put_signup(
                conn,
                {
                    "event_id": event.id,
                    "account_id": viewer.account.id,
                    "people": count,
                    "state": state,
                    "created_at": mine.created_at if mine and mine.state != "cancelled" else now,
                    "updated_at": now,
                },
            )
            await flows.record(conn, viewer.account.id, token, state)
            return state

    async def cancel(self, viewer: Viewer, event_id: int) -> int:
        """Cancel a sign-up; the waiting list moves up; how many were moved up."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            event = await community.get(conn, event_id, lock=True)
            estate = await estates.estate(conn, event.estate_id) if event else None
            if event is None or estate is None:
                raise NotFound()
            rows = await community.signups(conn, event.id)
            mine = next((r for r in rows if r.account_id == viewer.account.id), None)
            if mine is None or mine.state == "cancelled":
                raise NotFound()
            await community.change_signup(
                conn, event.id, viewer.account.id, {"state": "cancelled", "updated_at": now}
            )
            return await self._move_up(conn, event, estate)

    async def _move_up(self, conn: AsyncConnection, event: CommunityEvent, estate: Estate) -> int:
        """Those waiting take the freed places, first come first, while they fit."""
        rows = await community.signups(conn, event.id)
        going = sum(r.people for r in rows if r.state == "going")
        moved = 0
        for row in rows:
            if row.state != "waiting":
                continue
            if going + row.people > event.capacity:
                break  # first come first: nobody jumps the queue
            going += row.people
            moved += 1
            await community.change_signup(
                conn, event.id, row.account_id, {"state": "going", "updated_at": self._clock.now()}
            )
            await self._notifier.push(
                conn,
                row.account_id,
                "event-moved-up",
                args=event_args(event, estate) | {"people": row.people},
                quiet=quiet_of(estate),
                dedupe_key=f"event:{event.id}:up:{row.account_id}:{row.updated_at.isoformat()}",
            )
        return moved

    async def view(self, viewer: Viewer, event_id: int) -> EventView:
        """The event with its counts; staff also see who signed up."""
        async with self._db.read() as conn:
            event = await community.get(conn, event_id)
            if event is None:
                raise NotFound()
            rows = await community.signups(conn, event.id)
            staff = any(s.estate_id == event.estate_id for s in viewer.staff)
            mine = next((r for r in rows if r.account_id == viewer.account.id), None)
            if not staff and mine is None:
                estate = await estates.estate(conn, event.estate_id)
                assert estate is not None
                if viewer.account.id not in await audiences.reached(conn, estate, event):
                    raise NotFound()
            live = [r for r in rows if r.state != "cancelled"]
            rated = [r.rating for r in rows if r.rating]
            return EventView(
                event=event,
                going=sum(r.people for r in live if r.state == "going"),
                waiting=sum(r.people for r in live if r.state == "waiting"),
                mine=mine,
                names=await people.names(conn, [r.account_id for r in live]) if staff else {},
                signups=live if staff else [],
                rating=sum(rated) / len(rated) if rated else None,
            )

    async def coming(self, viewer: Viewer) -> list[CommunityEvent]:
        """Events not started yet: staff see their estates', residents those they may join."""
        staff = {s.estate_id for s in viewer.staff}
        ids = sorted(staff | {o.estate_id for o in viewer.occupancies})
        found = []
        async with self._db.read() as conn:
            for event in await community.coming(conn, ids, self._clock.now()):
                if event.estate_id not in staff:
                    estate = await estates.estate(conn, event.estate_id)
                    assert estate is not None
                    if viewer.account.id not in await audiences.reached(conn, estate, event):
                        continue
                found.append(event)
        return found

    async def message(self, viewer: Viewer, event_id: int, text: str, token: str) -> int:
        """The author (or a manager) writes to everyone going; how many it reached."""
        text = text.strip()
        if not text or len(text) > 1000:
            raise InvalidInput("notice-bad-text", limit=1000)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return int(earlier)
            event = await community.get(conn, event_id)
            if event is None or not may_manage(viewer, event.estate_id):
                raise NotFound()
            estate = await estates.estate(conn, event.estate_id)
            assert estate is not None
            going = [r for r in await community.signups(conn, event.id) if r.state == "going"]
            for row in going:
                await self._notifier.push(
                    conn,
                    row.account_id,
                    "event-message",
                    args=event_args(event, estate) | {"text": text},
                    quiet=quiet_of(estate),
                    dedupe_key=f"event:{event.id}:msg:{token}:{row.account_id}",
                )
            await flows.record(conn, viewer.account.id, token, str(len(going)))
            return len(going)

    async def rate(self, viewer: Viewer, event_id: int, stars: int) -> None:
        """How was it: 1-5 stars from someone who went (again: the new rating counts)."""
        if not 1 <= stars <= 5:
            raise InvalidInput()
        async with self._db.transaction() as conn:
            rows = await community.signups(conn, event_id)
            mine = next((r for r in rows if r.account_id == viewer.account.id), None)
            if mine is None or mine.state != "going":
                raise NotFound()
            await community.change_signup(
                conn,
                event_id,
                viewer.account.id,
                {"rating": stars, "updated_at": self._clock.now()},
            )

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """The reminder the day before, and the rating after, to everyone going."""
        event = await community.get(conn, int(timer.ref))
        estate = await estates.estate(conn, event.estate_id) if event else None
        if event is None or estate is None or event.state != "open":
            return
        what = str(timer.payload.get("what"))
        going = [r for r in await community.signups(conn, event.id) if r.state == "going"]
        for row in going:
            buttons = None
            if what == "rate":
                buttons = [
                    [
                        Button(
                            key="event-button-star",
                            args={"stars": n},
                            data=EventAct(action=f"r{n}", event_id=event.id).pack(),
                        )
                        for n in range(1, 6)
                    ]
                ]
            await self._notifier.push(
                conn,
                row.account_id,
                "event-remind" if what == "remind" else "event-rate-ask",
                args=event_args(event, estate) | {"people": row.people},
                buttons=buttons,
                quiet=quiet_of(estate),
                dedupe_key=f"event:{event.id}:{what}:{row.account_id}",
            )


def event_args(event: CommunityEvent, estate: Estate) -> dict[str, object]:
    """An event as push arguments, at the estate's wall clock."""
    zone = ZoneInfo(estate.timezone)
    return {
        "estate": estate.name,
        "title": event.title,
        "place": event.place,
        "at": event.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        "capacity": event.capacity,
    }
