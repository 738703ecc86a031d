"""Surveys: posted to residents, answered once each (answering again replaces it), one
reminder to those who have not answered, closed at their date; results for staff."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import SurveyAct
from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.notices import audience as audiences
from bot.services.notices.audience import Audience
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import Viewer, managed_estate, may_manage
from bot.services.renovation.common import quiet_of
from bot.services.scheduling.timers import Timers
from bot.services.surveys import forms, reports
from bot.services.surveys.forms import (
    MAX_DAYS,
    MAX_TITLE,
    STAFF_ROLES,
    Given,
    QuestionInput,
    SurveyInput,
)
from bot.services.surveys.template import (
    QUARTERLY,
    QUARTERLY_TITLE,
    SERVICE,
    quarter_of,
    title_arg,
)
from storage.db import Database
from storage.models import Estate, Survey, SurveyQuestion, Timer
from storage.repositories import estates, surveys

REMIND_KIND = "survey.remind"
CLOSE_KIND = "survey.close"
CLOSE_AT = time(20, 0)  # on the closing day, before the quiet hours
REMIND_BEFORE = timedelta(days=2)


class SurveyView(BaseModel):
    """A survey with its results, as one staff member sees them."""

    survey: Survey
    questions: list[SurveyQuestion]
    results: reports.SurveyResults
    grids: list[str] | None = None  # a butler: only their grids' responses


def answer_button(survey_id: int) -> list[list[Button]]:
    """Answer a survey."""
    data = SurveyAct(action="ans", survey_id=survey_id).pack()
    return [[Button(key="survey-button-answer", data=data)]]


def survey_args(survey: Survey, estate: Estate) -> dict[str, object]:
    """A survey as push arguments."""
    zone = ZoneInfo(estate.timezone)
    return {
        "estate": estate.name,
        "title": title_arg(survey),
        "closes": survey.closes_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
    }


class Surveys:
    """Post surveys, take answers, remind once, close, show results."""

    def __init__(self, db: Database, clock: Clock, notifier: Notifier, timers: Timers) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._timers = timers

    async def estate_of(self, viewer: Viewer) -> Estate:
        """The estate a manager runs surveys for."""
        return await managed_estate(self._db, viewer, "survey-managers-only")

    async def count(self, estate: Estate, audience: Audience) -> int:
        """How many residents a survey would reach now."""
        async with self._db.read() as conn:
            await audiences.check_codes(conn, estate, audience)
            return len(await audiences.people(conn, estate, audience))

    def quarterly(self, estate: Estate, audience: Audience, closes_on: date) -> SurveyInput:
        """The quarterly satisfaction survey of the current quarter."""
        today = self._clock.now().astimezone(ZoneInfo(estate.timezone)).date()
        return SurveyInput(
            kind=SERVICE,
            title=quarter_of(today),
            title_key=QUARTERLY_TITLE,
            questions=[QuestionInput(kind=k, text_key=key) for k, key in QUARTERLY],
            audience=audience,
            closes_on=closes_on,
        )

    def closing(self, estate: Estate, day: date) -> datetime:
        """When a survey closing on a day closes."""
        return datetime.combine(day, CLOSE_AT, ZoneInfo(estate.timezone))

    async def post(self, viewer: Viewer, estate: Estate, form: SurveyInput, token: str) -> int:
        """Post the survey to its residents; the reminder and the close are planned."""
        if not may_manage(viewer, estate.id):
            raise NotAllowed("survey-managers-only")
        forms.check(form)
        now = self._clock.now()
        closes_at = self.closing(estate, form.closes_on)
        if closes_at <= now:
            raise InvalidInput("survey-close-past")
        if closes_at - now > timedelta(days=MAX_DAYS):
            raise InvalidInput("survey-close-far", days=MAX_DAYS)
        remind_at = max(closes_at - REMIND_BEFORE, now + (closes_at - now) / 2)
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return int(earlier)
            await audiences.check(conn, viewer, estate, form.audience)
            reached = await audiences.people(conn, estate, form.audience)
            if not reached:
                raise InvalidInput("notice-no-recipients")
            values = {
                "estate_id": estate.id,
                "author_account_id": viewer.account.id,
                "kind": form.kind,
                "title": form.title.strip()[:MAX_TITLE],
                "title_key": form.title_key,
                "scope": form.audience.scope,
                "targets": form.audience.targets,
                "state": "open",
                "closes_at": closes_at,
                "remind_at": remind_at,
                "invited": len(reached),
                "created_at": now,
            }
            questions = [
                {
                    "position": n,
                    "kind": q.kind,
                    "text": q.text.strip(),
                    "text_key": q.text_key,
                    "options": [o.strip() for o in q.options],
                }
                for n, q in enumerate(form.questions, start=1)
            ]
            survey_id = await surveys.add(conn, values, questions)
            survey = await surveys.get(conn, survey_id)
            assert survey is not None
            for account_id, _unit in reached:
                await self._notifier.push(
                    conn,
                    account_id,
                    "survey-posted",
                    args=survey_args(survey, estate) | {"count": len(questions)},
                    buttons=answer_button(survey.id),
                    quiet=quiet_of(estate),
                    dedupe_key=f"survey:{survey.id}:posted:{account_id}",
                )
            ref = str(survey.id)
            await self._timers.set(conn, REMIND_KIND, ref, remind_at)
            await self._timers.set(conn, CLOSE_KIND, ref, closes_at)
            await flows.record(conn, viewer.account.id, token, str(survey_id))
            return survey_id

    async def check_answer(
        self, viewer: Viewer, survey_id: int
    ) -> tuple[Survey, list[SurveyQuestion], bool]:
        """An open survey the viewer was asked, its questions, and whether they answered."""
        async with self._db.read() as conn:
            survey, _estate, _unit = await self._invited(conn, viewer, survey_id, lock=False)
            mine = {r.account_id for r in await surveys.responses(conn, survey.id)}
            return survey, await surveys.questions(conn, survey.id), viewer.account.id in mine

    async def _invited(
        self, conn: AsyncConnection, viewer: Viewer, survey_id: int, *, lock: bool = True
    ) -> tuple[Survey, Estate, int | None]:
        survey = await surveys.get(conn, survey_id, lock=lock)
        estate = await estates.estate(conn, survey.estate_id) if survey else None
        if survey is None or estate is None:
            raise NotFound()
        invited = await audiences.reached(conn, estate, survey)
        if viewer.account.id not in invited:
            raise NotFound()
        if survey.state != "open" or survey.closes_at <= self._clock.now():
            raise InvalidInput("survey-closed", title=title_arg(survey))
        return survey, estate, invited[viewer.account.id]

    async def answer(self, viewer: Viewer, survey_id: int, given: list[Given], token: str) -> bool:
        """Store the viewer's answers (replacing earlier ones); True when they replaced some."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return earlier == "again"
            survey, _estate, unit_id = await self._invited(conn, viewer, survey_id)
            questions = await surveys.questions(conn, survey.id)
            rows = forms.answers_of(questions, given)
            unit = await estates.unit(conn, unit_id) if unit_id else None
            before = {r.account_id for r in await surveys.responses(conn, survey.id)}
            await surveys.put_response(
                conn,
                {
                    "survey_id": survey.id,
                    "account_id": viewer.account.id,
                    "unit_id": unit.id if unit else None,
                    "grid_id": unit.grid_id if unit else None,
                    "changes": 0,
                    "created_at": now,
                    "updated_at": now,
                },
                rows,
            )
            again = viewer.account.id in before
            await flows.record(conn, viewer.account.id, token, "again" if again else "first")
            return again

    async def listing(self, viewer: Viewer) -> list[tuple[Survey, int | None]]:
        """Staff: their estates' latest surveys with answer counts; residents: the open
        surveys they were asked (None: not answered yet, 1: answered)."""
        staff = sorted({s.estate_id for s in viewer.staff if s.role in STAFF_ROLES})
        found: list[tuple[Survey, int | None]] = []
        async with self._db.read() as conn:
            for survey in await surveys.of_estates(conn, staff, 20) if staff else []:
                found.append((survey, await surveys.response_count(conn, survey.id)))
            homes = sorted({o.estate_id for o in viewer.occupancies} - set(staff))
            for estate_id in homes:
                estate = await estates.estate(conn, estate_id)
                assert estate is not None
                for survey in await surveys.open_of(conn, estate_id):
                    if viewer.account.id not in await audiences.reached(conn, estate, survey):
                        continue
                    mine = {r.account_id for r in await surveys.responses(conn, survey.id)}
                    found.append((survey, 1 if viewer.account.id in mine else None))
        return found

    async def results(self, viewer: Viewer, survey_id: int) -> SurveyView:
        """A survey's results: managers see all; a butler the responses of their grids."""
        async with self._db.read() as conn:
            survey = await surveys.get(conn, survey_id)
            if survey is None:
                raise NotFound()
            grid_ids: set[int] | None = None
            codes: list[str] | None = None
            if not may_manage(viewer, survey.estate_id):
                grid_ids = {g for e, g in viewer.butler_grids() if e == survey.estate_id}
                if not grid_ids:
                    raise NotFound()
                known = {g.id: g.code for g in await estates.grids_of(conn, survey.estate_id)}
                codes = sorted(known[g] for g in grid_ids if g in known)
            return SurveyView(
                survey=survey,
                questions=await surveys.questions(conn, survey.id),
                results=await reports.load(conn, survey, grid_ids),
                grids=codes,
            )

    async def on_remind(self, conn: AsyncConnection, timer: Timer) -> None:
        """Once: remind those asked who have not answered yet."""
        survey = await surveys.get(conn, int(timer.ref))
        estate = await estates.estate(conn, survey.estate_id) if survey else None
        if survey is None or estate is None or survey.state != "open":
            return
        answered = {r.account_id for r in await surveys.responses(conn, survey.id)}
        for account_id in await audiences.reached(conn, estate, survey):
            if account_id in answered:
                continue
            await self._notifier.push(
                conn,
                account_id,
                "survey-remind",
                args=survey_args(survey, estate),
                buttons=answer_button(survey.id),
                quiet=quiet_of(estate),
                dedupe_key=f"survey:{survey.id}:remind:{account_id}",
            )

    async def on_close(self, conn: AsyncConnection, timer: Timer) -> None:
        """Close the survey; its author hears how many answered, with the results button."""
        survey = await surveys.get(conn, int(timer.ref), lock=True)
        estate = await estates.estate(conn, survey.estate_id) if survey else None
        if survey is None or estate is None or survey.state != "open":
            return
        # closed as of its closing time, even when the timer runs late (after a restart)
        closed_at = min(self._clock.now(), survey.closes_at)
        await surveys.change(conn, survey.id, {"state": "closed", "closed_at": closed_at})
        if survey.author_account_id is None:
            return
        found = await reports.load(conn, survey)
        data = SurveyAct(action="res", survey_id=survey.id).pack()
        await self._notifier.push(
            conn,
            survey.author_account_id,
            "survey-closed-author",
            args=survey_args(survey, estate)
            | {
                "answered": found.responses,
                "invited": survey.invited,
                "average": reports.average_text(found.average),
            },
            buttons=[[Button(key="survey-button-results", data=data)]],
            dedupe_key=f"survey:{survey.id}:closed",
        )
