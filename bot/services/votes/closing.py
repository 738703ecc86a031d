"""A vote's timers and its end: the reminder of the owners who have not voted, the close with
the result by the matter's rule, published to every resident (公示), and the ballots' export."""

from __future__ import annotations

import asyncio
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import NotFound
from bot.i18n import Translator
from bot.services.exports.sheets import Column, Sheet
from bot.services.exports.workbook import write
from bot.services.notices.audience import Audience
from bot.services.notices.notices import NoticeInput, Notices
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer, may_manage
from bot.services.renovation.common import quiet_of
from bot.services.votes import roll as rolls
from bot.services.votes.common import open_button, vote_args
from bot.services.votes.counting import THREE_QUARTER_KINDS, Tally, percent
from bot.settings import SUPPORTED_LANGUAGES
from storage.db import Database
from storage.models import Estate, Timer, Vote
from storage.repositories import estates, people, votes

CHOICE_KEYS = {
    "agree": "vote-choice-agree",
    "disagree": "vote-choice-disagree",
    "abstain": "vote-choice-abstain",
}
SOURCE_KEYS = {"online": "vote-source-online", "paper": "vote-source-paper"}
ACTION_KEYS = {
    "online": "vote-action-online",
    "paper": "vote-action-paper",
    "changed": "vote-action-changed",
    "replaced": "vote-action-replaced",
}


class Ballots(BaseModel):
    """A vote's workbook."""

    data: bytes
    filename: str


def area_text(centi: int) -> str:
    """0.01 m² as square metres with two decimals: 8950 -> "89.50"."""
    return f"{centi // 100}.{centi % 100:02d}"


def tally_args(tally: Tally) -> dict[str, Any]:
    """Every figure of a tally, as a text's arguments."""
    return {
        "voted_area": area_text(tally.voted_area),
        "total_area": area_text(tally.total_area),
        "voted_area_pct": percent(tally.voted_area, tally.total_area),
        "voted_owners": tally.voted_owners,
        "total_owners": tally.total_owners,
        "voted_owners_pct": percent(tally.voted_owners, tally.total_owners),
        "agree_area": area_text(tally.agree_area),
        "agree_area_pct": percent(tally.agree_area, tally.voted_area),
        "agree_owners": tally.agree_owners,
        "agree_owners_pct": percent(tally.agree_owners, tally.voted_owners),
        "disagree_area": area_text(tally.disagree_area),
        "disagree_owners": tally.disagree_owners,
        "abstain_area": area_text(tally.abstain_area),
        "abstain_owners": tally.abstain_owners,
        "quorum": 1 if tally.quorum else 0,
        "passed": 1 if tally.passed else 0,
        "rule": {
            "key": "vote-rule-three-quarters"
            if tally.kind in THREE_QUARTER_KINDS
            else "vote-rule-half"
        },
        "paper": tally.paper,
    }


class VoteClosing:
    """Remind, close, publish, export."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        notices: Notices,
        translator: Translator,
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._notices = notices
        self._translator = translator

    async def on_timer(self, conn: AsyncConnection, timer: Timer) -> None:
        """The reminder or the close of a vote came due."""
        vote = await votes.get(conn, int(timer.ref), lock=True)
        estate = await estates.estate(conn, vote.estate_id) if vote else None
        if vote is None or estate is None or vote.state != "open":
            return
        if (timer.payload or {}).get("what") == "close":
            await self._close(conn, vote, estate)
            return
        roll, ballots = await votes.roll(conn, vote.id), await votes.ballots(conn, vote.id)
        for account_id in await rolls.silent(conn, roll, ballots):
            await self._notifier.push(
                conn,
                account_id,
                "vote-remind",
                args=vote_args(vote, estate),
                buttons=open_button(vote.id),
                quiet=quiet_of(estate),
                dedupe_key=f"vote:{vote.id}:remind:{account_id}",
            )

    async def _close(self, conn: AsyncConnection, vote: Vote, estate: Estate) -> None:
        roll, ballots = await votes.roll(conn, vote.id), await votes.ballots(conn, vote.id)
        tally = rolls.tally(vote, roll, ballots)
        now = min(self._clock.now(), vote.closes_at)  # as of its close, even if run late
        args = vote_args(vote, estate) | tally_args(tally)
        texts = {
            language: self._translator.t(
                language, "vote-result-notice", **self._plain(language, args)
            )
            for language in SUPPORTED_LANGUAGES
        }
        form = NoticeInput(audience=Audience(scope="estate"), texts=texts, important=True)
        notice_id = None
        if await people.resident_accounts(conn, estate.id):
            notice = await self._notices.create(
                conn, estate, vote.author_account_id, "notice", form, texts
            )
            notice_id = notice.id
        await votes.change(
            conn,
            vote.id,
            {
                "state": "closed",
                "closed_at": now,
                "result": tally.model_dump(),
                "notice_id": notice_id,
            },
        )
        for account_id in await people.staff_accounts(conn, estate.id, "manager"):
            await self._notifier.push(
                conn,
                account_id,
                "vote-closed-staff",
                args=args,
                buttons=open_button(vote.id),
                dedupe_key=f"vote:{vote.id}:closed:{account_id}",
            )

    def _plain(self, language: str, args: dict[str, Any]) -> dict[str, Any]:
        """Arguments that are texts, rendered in a language (a notice stores plain text)."""
        return {
            name: self._translator.t(language, value["key"]) if isinstance(value, dict) else value
            for name, value in args.items()
        }

    async def export(self, viewer: Viewer, vote_id: int, language: str) -> Ballots:
        """Managers: every unit with its owner's ballot and the record of every ballot; how
        each owner voted only after the close, and never for a secret vote."""
        async with self._db.read() as conn:
            vote = await votes.get(conn, vote_id)
            if vote is None or not may_manage(viewer, vote.estate_id):
                raise NotFound()
            estate = await estates.estate(conn, vote.estate_id)
            assert estate is not None
            roll, ballots = await votes.roll(conn, vote.id), await votes.ballots(conn, vote.id)
            events = await votes.events(conn, vote.id)
            units = {u.id: u for u in await estates.units_of(conn, estate.id)}
        shown = vote.state == "closed" and not vote.secret
        zone = ZoneInfo(estate.timezone)
        units_sheet = Sheet(
            "vote",
            "vote-sheet-ballots",
            [
                Column("vote-col-unit", 12),
                Column("vote-col-area", 10),
                Column("vote-col-owner", 14),
                Column("vote-col-voted", 8),
                Column("vote-col-choice", 10),
                Column("vote-col-source", 10),
                Column("vote-col-replaced", 10),
                Column("vote-col-at", 18),
            ],
            estate.currency,
        )
        yes, no = {"key": "export-yes"}, {"key": "export-no"}
        for row in roll:
            ballot = ballots.get(row.voter_key)
            unit = units.get(row.unit_id)
            units_sheet.rows.append(
                [
                    row.unit_code,
                    float(area_text(row.area_centi_m2)),
                    unit.owner_name if unit else "",
                    yes if ballot else no,
                    {"key": CHOICE_KEYS[ballot.choice]} if ballot and shown else "",
                    {"key": SOURCE_KEYS[ballot.source]} if ballot else "",
                    yes if ballot and ballot.replaced_paper else "",
                    ballot.cast_at.astimezone(zone).replace(tzinfo=None) if ballot else None,
                ]
            )
        record = Sheet(
            "vote_record",
            "vote-sheet-record",
            [
                Column("vote-col-at", 18),
                Column("vote-col-units", 20),
                Column("vote-col-action", 14),
                Column("vote-col-choice", 10),
            ],
            estate.currency,
        )
        codes: dict[str, list[str]] = {}
        for row in roll:
            codes.setdefault(row.voter_key, []).append(row.unit_code)
        for event in events:
            record.rows.append(
                [
                    event.at.astimezone(zone).replace(tzinfo=None),
                    ", ".join(codes.get(event.voter_key, [])),
                    {"key": ACTION_KEYS[event.action]},
                    {"key": CHOICE_KEYS[event.choice]} if shown else "",
                ]
            )
        data = await asyncio.to_thread(
            write, [units_sheet, record], self._translator.bind(language)
        )
        return Ballots(data=data, filename=f"{estate.name}-{vote.number}.xlsx")
