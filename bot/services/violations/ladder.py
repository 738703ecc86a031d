"""The ladder (违章的处理办法): the notice (违章处理通知单) and its acknowledgement, the
re-inspection at the deadline, measures, compensation and escalation (each confirmed by a
manager, as the material asks), closing and the follow-up that eases the relationship."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.common import local_today, money
from bot.services.notify.notifier import Notifier
from bot.services.people.access import MANAGER, Viewer, may_manage
from bot.services.violations import common
from bot.services.violations.catalog import (
    ESCALATION_KEYS,
    ESCALATIONS,
    LOSS_FEE,
    MEASURE_KEYS,
    MEASURES,
    NOTICE_KEYS,
    OUTCOME_KEYS,
    RULE_KEYS,
    kind_text,
    step_at_least,
)
from bot.services.violations.common import Loaded, record, tell
from bot.services.violations.recording import may_confirm
from bot.services.violations.reminders import ViolationReminders
from storage.db import Database
from storage.repositories import bills, estates, people, renovations, violations

MAX_TEXT = 1000
MAX_DAYS = 90  # a deadline within three months
PAY_WITHIN = timedelta(days=7)  # a compensation's bill is due a week after it is confirmed


class NoticeInput(BaseModel):
    """The 违章处理通知单: the facts, the rule broken, the remedy and the deadline."""

    unit_id: int | None = None  # the household, when the case does not name it yet
    facts: str
    rule: str = ""  # empty: the category's rule, in each reader's language
    remedy: str
    deadline: date


class CheckInput(BaseModel):
    """The re-inspection: fixed, not fixed (with measures and a new deadline), or unfounded."""

    result: str  # fixed | not_fixed | dismissed
    note: str = ""
    photos: list[str] = Field(default_factory=list)
    measures: list[str] = Field(default_factory=list)
    other: str = ""  # what the "other" measure is
    deadline: date | None = None


class LossInput(BaseModel):
    """赔偿经济损失: what was damaged and what it costs."""

    loss: str
    amount_minor: int
    photos: list[str] = Field(default_factory=list)


class EscalationInput(BaseModel):
    """上报主管部门 / 律师函 / 诉讼: to whom, their reference, when."""

    kind: str
    body: str
    reference: str
    day: date


class Ladder:
    """Take a case up (or down) the ladder."""

    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, reminders: ViolationReminders
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._reminders = reminders

    async def check_handler(self, viewer: Viewer, violation_id: int) -> Loaded:
        """An open case the viewer handles (a flow's first check)."""
        async with self._db.read() as conn:
            loaded = await common.load(conn, violation_id)
        if not common.may_see(viewer, loaded.violation):
            raise NotFound()
        if not common.may_handle(viewer, loaded.violation):
            raise NotAllowed("violation-handler-only")
        common.require_open(loaded.violation)
        return loaded

    async def check_assist(self, viewer: Viewer, violation_id: int) -> Loaded:
        """A case the viewer helps with (delivery of a paper notice, the follow-up)."""
        async with self._db.read() as conn:
            loaded = await common.load(conn, violation_id)
        if not common.may_assist(viewer, loaded.violation):
            raise NotFound()
        return loaded

    async def _handled(self, conn: AsyncConnection, viewer: Viewer, violation_id: int) -> Loaded:
        loaded = await common.load(conn, violation_id, lock=True)
        if not common.may_handle(viewer, loaded.violation):
            raise NotFound()
        common.require_open(loaded.violation)
        return loaded

    def _deadline(self, loaded: Loaded, day: date) -> None:
        today = local_today(self._clock.now(), loaded.estate)
        if not today <= day <= today + timedelta(days=MAX_DAYS):
            raise InvalidInput("violation-bad-deadline", days=MAX_DAYS)

    async def notice(
        self, viewer: Viewer, violation_id: int, form: NoticeInput, token: str
    ) -> int:
        """Issue the notice: to the household's bound residents, or printed when none is bound.

        Returns how many residents it went to (0: print it and record its delivery).
        """
        for text in (form.facts, form.remedy, form.rule):
            if len(text) > MAX_TEXT:
                raise InvalidInput("violation-bad-facts", limit=MAX_TEXT)
        if not form.facts.strip() or not form.remedy.strip():
            raise InvalidInput("violation-need-text")
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return int(earlier)
            loaded = await self._handled(conn, viewer, violation_id)
            violation = loaded.violation
            unit_id = violation.unit_id or form.unit_id
            unit = await estates.unit(conn, unit_id) if unit_id else None
            if unit is None or unit.estate_id != loaded.estate.id:
                raise InvalidInput("violation-need-unit")
            self._deadline(loaded, form.deadline)
            bound = await people.residents_of_unit(conn, unit.id)
            values: dict[str, Any] = {
                "unit_id": unit.id,
                "grid_id": violation.grid_id if violation.unit_id else unit.grid_id,
                "facts": form.facts.strip(),
                "rule": form.rule.strip(),
                "remedy": form.remedy.strip(),
                "deadline": form.deadline,
                "step": step_at_least(violation.step, "notice"),
                "notice_state": "sent" if bound else "printed",
                "updated_at": now,
            }
            await violations.change(conn, violation.id, values)
            data = {"deadline": form.deadline.isoformat(), "unit": unit.code, "sent": len(bound)}
            event = await record(conn, violation.id, now, viewer, "notice", form.remedy, data)
            loaded = await common.load(conn, violation.id)
            await self._reminders.deadline(conn, loaded, form.deadline)
            if bound:
                await self._send_notice(conn, loaded, bound, f"notice:{event}")
                await self._reminders.notice_sent(conn, loaded, event)
            await flows.record(conn, viewer.account.id, token, str(len(bound)))
            return len(bound)

    async def _send_notice(
        self, conn: AsyncConnection, loaded: Loaded, targets: list[int], tag: str
    ) -> None:
        violation = loaded.violation
        await tell(
            conn,
            self._notifier,
            loaded,
            targets,
            "violation-notice-told",
            tag,
            args=notice_args(loaded, await violations.kinds(conn, loaded.estate.id)),
            buttons=common.with_open(
                violation.id,
                ("violation-button-ack", "ack"),
                ("violation-button-refuse", "refuse"),
            ),
            resident=True,
        )

    async def answer_notice(self, viewer: Viewer, violation_id: int, agree: bool) -> str:
        """The household acknowledges the notice (it stands for the signature) or refuses it."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, violation_id, lock=True)
            violation = loaded.violation
            if not common.is_household(viewer, violation) or violation.notice_state == "none":
                raise NotFound()
            common.require_open(violation)
            allowed = ("sent", "refused") if agree else ("sent",)
            if violation.notice_state not in allowed:
                key = NOTICE_KEYS.get(violation.notice_state, NOTICE_KEYS["sent"])
                raise InvalidInput("violation-notice-answered", state={"key": key})
            state = "acknowledged" if agree else "refused"
            await violations.change(conn, violation.id, {"notice_state": state, "updated_at": now})
            data = {"account": viewer.account.id, "at": now.isoformat()}
            event = await record(conn, violation.id, now, viewer, state, "", data)
            loaded = await common.load(conn, violation.id)
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.handlers(conn, violation),
                "violation-notice-answered-told",
                f"answer:{event}",
                args={"agreed": 1 if agree else 0, "name": viewer.account.name},
            )
            return state

    async def delivered(
        self, viewer: Viewer, violation_id: int, photos: list[str], note: str, token: str
    ) -> None:
        """A printed notice handed to the household: recorded with a photo of it signed."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return
            loaded = await common.load(conn, violation_id, lock=True)
            violation = loaded.violation
            if not common.may_assist(viewer, violation):
                raise NotFound()
            common.require_open(violation)
            if violation.notice_state != "printed":
                raise InvalidInput("violation-not-printed")
            if not photos:
                raise InvalidInput("violation-need-photos")
            await violations.change(
                conn, violation.id, {"notice_state": "delivered", "updated_at": now}
            )
            await record(conn, violation.id, now, viewer, "delivered", note[:MAX_TEXT], {}, photos)
            await flows.record(conn, viewer.account.id, token, "delivered")

    async def check(self, viewer: Viewer, violation_id: int, form: CheckInput, token: str) -> str:
        """The re-inspection: closed when fixed or unfounded; measures when not fixed."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if (earlier := await flows.claim(conn, viewer.account.id, token, now)) is not None:
                return earlier
            loaded = await self._handled(conn, viewer, violation_id)
            if len(form.note) > MAX_TEXT or len(form.other) > MAX_TEXT:
                raise InvalidInput("violation-bad-facts", limit=MAX_TEXT)
            if form.result == "not_fixed":
                await self._not_fixed(conn, viewer, loaded, form)
                result = "measures"
            elif form.result in ("fixed", "dismissed"):
                await self._close(conn, viewer, loaded, form)
                result = form.result
            else:
                raise InvalidInput()
            await flows.record(conn, viewer.account.id, token, result)
            return result

    async def _not_fixed(
        self, conn: AsyncConnection, viewer: Viewer, loaded: Loaded, form: CheckInput
    ) -> None:
        violation, now = loaded.violation, self._clock.now()
        measures = [m for m in form.measures if m in MEASURES]
        if "other" in measures and not form.other.strip():
            raise InvalidInput("violation-need-text")
        suspended: list[int] = []
        if "suspend_passes" in measures:
            suspended = await self._suspend(conn, viewer, loaded)
        if form.deadline is not None:
            self._deadline(loaded, form.deadline)
        values: dict[str, Any] = {
            "step": step_at_least(violation.step, "measures" if measures else violation.step),
            "updated_at": now,
        }
        if form.deadline is not None:
            values["deadline"] = form.deadline
        await violations.change(conn, violation.id, values)
        data = {
            "measures": measures,
            "other": form.other.strip(),
            "suspended": suspended,
            "deadline": form.deadline.isoformat() if form.deadline else None,
        }
        event = await record(
            conn, violation.id, now, viewer, "not_fixed", form.note.strip(), data, form.photos
        )
        loaded = await common.load(conn, violation.id)
        if form.deadline is not None:
            await self._reminders.deadline(conn, loaded, form.deadline)
        lines: list[dict[str, Any]] = [{"key": MEASURE_KEYS[m]} for m in measures if m != "other"]
        if form.other.strip():
            lines.append({"key": "violation-measure-line", "args": {"text": form.other.strip()}})
        await tell(
            conn,
            self._notifier,
            loaded,
            await common.household(conn, loaded.violation),
            "violation-not-fixed-told",
            f"not-fixed:{event}",
            args={
                "measures": lines or [{"key": "violation-none"}],
                "deadline": form.deadline.isoformat() if form.deadline else "-",
                "passes": len(suspended),
            },
            resident=True,
        )

    async def _suspend(self, conn: AsyncConnection, viewer: Viewer, loaded: Loaded) -> list[int]:
        """Stop the workers' passes of the case's renovation (限制施工人员入场)."""
        rid = loaded.violation.renovation_id
        renovation = await renovations.get(conn, rid) if rid else None
        if renovation is None or renovation.state in ("closed", "cancelled"):
            raise InvalidInput("violation-no-renovation")
        workers = [w for w in await renovations.workers_of(conn, renovation.id)]
        active = [w for w in workers if w.state == "active"]
        for worker in active:
            await renovations.change_worker(conn, worker.id, {"state": "suspended"})
        names = ", ".join(w.name for w in active)
        await renovations.add_event(
            conn,
            renovation.id,
            self._clock.now(),
            viewer.account.id,
            "passes_suspended",
            f"{loaded.violation.number}: {names}",
            {"violation": loaded.violation.id, "workers": [w.id for w in active]},
        )
        return [w.id for w in active]

    async def _restore(self, conn: AsyncConnection, viewer: Viewer, loaded: Loaded) -> int:
        """Give back the passes this case stopped, once it is closed."""
        rid = loaded.violation.renovation_id
        if rid is None:
            return 0
        stopped: set[int] = set()
        for event in await violations.events_of(conn, loaded.violation.id):
            stopped |= {int(w) for w in event.data.get("suspended", [])}
        workers = [
            w
            for w in await renovations.workers_of(conn, rid)
            if w.id in stopped and w.state == "suspended"
        ]
        for worker in workers:
            await renovations.change_worker(conn, worker.id, {"state": "active"})
        if workers:
            await renovations.add_event(
                conn,
                rid,
                self._clock.now(),
                viewer.account.id,
                "passes_restored",
                loaded.violation.number,
                {"violation": loaded.violation.id, "workers": [w.id for w in workers]},
            )
        return len(workers)

    async def _close(
        self, conn: AsyncConnection, viewer: Viewer, loaded: Loaded, form: CheckInput
    ) -> None:
        violation, now = loaded.violation, self._clock.now()
        if violation.pending:
            raise InvalidInput("violation-pending-first")
        fixed = form.result == "fixed"
        restored = await self._restore(conn, viewer, loaded)
        values = {
            "state": "closed" if fixed else "dismissed",
            "outcome": form.result,
            "closed_at": now,
            "updated_at": now,
        }
        await violations.change(conn, violation.id, values)
        event = await record(
            conn,
            violation.id,
            now,
            viewer,
            "closed" if fixed else "dismissed",
            form.note.strip(),
            {"restored": restored},
            form.photos,
        )
        loaded = await common.load(conn, violation.id)
        outcome = {"key": OUTCOME_KEYS[form.result]}
        if violation.notice_state != "none":
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.household(conn, violation),
                "violation-closed-told",
                f"closed:{event}",
                args={"outcome": outcome, "passes": restored},
                resident=True,
            )
            if fixed:
                await self._reminders.closed(conn, loaded, local_today(now, loaded.estate))
        if violation.source == "resident" and violation.reporter_account_id is not None:
            kinds = await violations.kinds(conn, loaded.estate.id)
            await tell(
                conn,
                self._notifier,
                loaded,
                [violation.reporter_account_id],
                "violation-reporter-told",
                f"reporter:{event}",
                args={
                    "outcome": outcome,
                    "kind": kind_text(kinds, violation.kind),
                    "place": violation.place,
                },
                buttons=[],
                resident=True,
            )

    async def ask_loss(
        self, viewer: Viewer, violation_id: int, form: LossInput, token: str
    ) -> None:
        """Record the loss and its amount; it waits for a manager's confirmation."""
        if not form.loss.strip() or len(form.loss) > MAX_TEXT:
            raise InvalidInput("violation-need-text")
        if form.amount_minor <= 0:
            raise InvalidInput("violation-bad-amount")
        await self._ask(
            viewer,
            violation_id,
            token,
            "loss",
            form.loss.strip(),
            {"amount_minor": form.amount_minor},
            form.photos,
        )

    async def ask_escalation(
        self, viewer: Viewer, violation_id: int, form: EscalationInput, token: str
    ) -> None:
        """Record a report to the authorities, a lawyer's letter or a lawsuit, to be confirmed."""
        if form.kind not in ESCALATIONS or not form.body.strip() or not form.reference.strip():
            raise InvalidInput("violation-need-text")
        if len(form.body) > 200 or len(form.reference) > 200:
            raise InvalidInput("violation-bad-facts", limit=200)
        data = {
            "kind": form.kind,
            "body": form.body.strip(),
            "reference": form.reference.strip(),
            "day": form.day.isoformat(),
        }
        await self._ask(viewer, violation_id, token, "escalation", form.body.strip(), data, [])

    async def _ask(
        self,
        viewer: Viewer,
        violation_id: int,
        token: str,
        action: str,
        note: str,
        data: dict[str, Any],
        photos: list[str],
    ) -> None:
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return
            loaded = await self._handled(conn, viewer, violation_id)
            violation = loaded.violation
            if violation.pending:
                raise InvalidInput("violation-pending-first")
            if action == "loss" and violation.unit_id is None:
                raise InvalidInput("violation-need-unit")
            if action == "loss" and violation.bill_id is not None:
                raise InvalidInput("violation-loss-billed")
            event = await record(
                conn, violation.id, now, viewer, f"{action}_asked", note, data, photos
            )
            pending = {
                "action": action,
                "event": event,
                "by": viewer.account.id,
                "note": note,
                **data,
            }
            await violations.change(conn, violation.id, {"pending": pending, "updated_at": now})
            loaded = await common.load(conn, violation.id)
            managers = await people.staff_accounts(conn, loaded.estate.id, MANAGER)
            others = [m for m in managers if m != viewer.account.id] or managers
            await tell(
                conn,
                self._notifier,
                loaded,
                others,
                "violation-confirm-ask",
                f"ask:{event}",
                args=pending_args(loaded, pending) | {"by": viewer.account.name},
                buttons=common.with_open(
                    violation.id,
                    ("violation-button-confirm", "confirm"),
                    ("violation-button-decline", "decline"),
                ),
            )
            await self._reminders.asked(conn, loaded, event)
            await flows.record(conn, viewer.account.id, token, str(event))

    async def decide(self, viewer: Viewer, violation_id: int, confirm: bool) -> str:
        """A manager confirms (a bill, or the escalation recorded) or declines the step asked."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, violation_id, lock=True)
            violation = loaded.violation
            if not common.may_see(viewer, violation):
                raise NotFound()
            if not violation.pending:
                raise InvalidInput("violation-nothing-pending")
            managers = await people.staff_accounts(conn, loaded.estate.id, MANAGER)
            if not may_manage(viewer, loaded.estate.id):
                raise NotAllowed("violation-managers-confirm")
            if not may_confirm(viewer, loaded, managers):
                raise NotAllowed("violation-other-manager")
            pending = violation.pending
            action = str(pending.get("action"))
            values: dict[str, Any] = {"pending": None, "updated_at": now}
            if confirm and action == "loss":
                values |= await self._bill(conn, loaded, int(pending["amount_minor"]))
                values["step"] = step_at_least(violation.step, "compensation")
            elif confirm:
                values["step"] = step_at_least(violation.step, "escalated")
            await violations.change(conn, violation.id, values)
            verb = "confirmed" if confirm else "declined"
            event = await record(
                conn,
                violation.id,
                now,
                viewer,
                f"{action}_{verb}",
                "",
                {"asked": pending["event"]},
            )
            loaded = await common.load(conn, violation.id)
            args = pending_args(loaded, pending) | {"agreed": 1 if confirm else 0}
            asker = pending.get("by")
            if isinstance(asker, int):
                await tell(
                    conn,
                    self._notifier,
                    loaded,
                    [asker],
                    "violation-decided-told",
                    f"decided:{event}",
                    args=args | {"name": viewer.account.name},
                    skip=viewer.account.id,
                )
            if confirm and action == "loss":
                await tell(
                    conn,
                    self._notifier,
                    loaded,
                    await common.household(conn, violation),
                    "violation-loss-told",
                    f"loss:{event}",
                    args=args,
                    resident=True,
                )
            return verb

    async def _bill(self, conn: AsyncConnection, loaded: Loaded, amount: int) -> dict[str, Any]:
        """The compensation as a bill of the unit (violation_loss#<id>)."""
        now, violation = self._clock.now(), loaded.violation
        assert violation.unit_id is not None
        today = local_today(now, loaded.estate)
        fee = f"{LOSS_FEE}#{violation.id}"
        await bills.insert_many(
            conn,
            [
                {
                    "estate_id": loaded.estate.id,
                    "unit_id": violation.unit_id,
                    "period": today.strftime("%Y-%m"),
                    "fee_type": fee,
                    "amount_minor": amount,
                    "paid_minor": 0,
                    "due_date": today + PAY_WITHIN,
                    "updated_at": now,
                }
            ],
        )
        bill = next(
            b for b in await bills.open_of_unit(conn, violation.unit_id) if b.fee_type == fee
        )
        return {"bill_id": bill.id, "loss_minor": amount}

    async def follow_up(self, viewer: Viewer, violation_id: int, note: str, token: str) -> None:
        """After closing: the handler reached out to the household; what was said."""
        if not note.strip() or len(note) > MAX_TEXT:
            raise InvalidInput("violation-need-text")
        now = self._clock.now()
        async with self._db.transaction() as conn:
            if await flows.claim(conn, viewer.account.id, token, now) is not None:
                return
            loaded = await common.load(conn, violation_id, lock=True)
            if not common.may_assist(viewer, loaded.violation):
                raise NotFound()
            if loaded.violation.state != "closed":
                raise InvalidInput("violation-followup-not-now")
            await violations.change(conn, violation_id, {"followed_up_at": now, "updated_at": now})
            await record(conn, violation_id, now, viewer, "followed_up", note.strip())
            await flows.record(conn, viewer.account.id, token, "followed_up")


def notice_args(loaded: Loaded, kinds: list[Any]) -> dict[str, Any]:
    """What the notice says, as push arguments (each reader's language)."""
    violation = loaded.violation
    rule: Any = violation.rule or {"key": RULE_KEYS.get(violation.category, RULE_KEYS["other"])}
    return {
        "kind": kind_text(kinds, violation.kind),
        "place": violation.place,
        "facts": violation.facts or "-",
        "rule": rule,
        "remedy": violation.remedy or "-",
        "deadline": violation.deadline.isoformat() if violation.deadline else "-",
    }


def pending_args(loaded: Loaded, pending: dict[str, Any]) -> dict[str, Any]:
    """What waits for confirmation, as push arguments."""
    action = str(pending.get("action"))
    amount = int(pending.get("amount_minor", 0) or 0)
    kind = str(pending.get("kind", "authority"))
    return {
        "action": 0 if action == "loss" else 1,
        "amount": money(amount, loaded.estate.currency),
        "escalation": {"key": ESCALATION_KEYS.get(kind, ESCALATION_KEYS["authority"])},
        "body": str(pending.get("body", "-")),
        "reference": str(pending.get("reference", "-")),
        "day": str(pending.get("day", "-")),
        "note": str(pending.get("note", "")) or "-",
    }
