"""办证: the fees of an approved application, and the permit and passes issued once paid.

The fees follow the estate's table (装修管理收费标准, see estimate.py) and become bills of the
unit, one per item and one per worker's pass, each typed `renovation_<item>#<id>` so the
application finds its own. Paying them (in chat, by transfer, or at the office counter)
issues the works permit (施工许可证) and each paid pass (施工人员出入证), each with a
number and a short code a guard checks with /pass.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.services.fees.common import digits_of, fee_type, grouped, local_today, money
from bot.services.fees.settle import Settlement
from bot.services.notify.notifier import Notifier
from bot.services.people.access import Viewer
from bot.services.renovation import common
from bot.services.renovation.catalog import WALL_DEMOLITION
from bot.services.renovation.common import Loaded, record, tell
from bot.services.renovation.estimate import RenovationInput, estimate, rates_for
from bot.services.renovation.reminders import RenovationReminders
from storage.db import Database
from storage.models import Bill, Renovation, RenovationWorker, Unit
from storage.repositories import bills, estates, fee_settings, payments, renovations

ITEM_FEE_TYPES = {
    "deposit_office": "renovation_deposit",
    "deposit_residential": "renovation_deposit",
    "debris": "renovation_debris",
    "debris_second": "renovation_debris2",
    "wall_debris": "renovation_wall",
    "works_permit": "renovation_permit",
}
PASS_FEE = "renovation_pass"
REFUNDABLE = ("renovation_deposit", "renovation_permit", PASS_FEE)  # 交证退款


class PassCheck(BaseModel):
    """What a guard reads when checking a code: valid or not, why, and whose it is."""

    valid: bool
    reason: str  # a locale key
    kind: str  # pass | permit
    renovation: Renovation | None = None
    unit: Unit | None = None
    worker: RenovationWorker | None = None


def bill_ref(kind: str, ref: int) -> str:
    """The fee type of a renovation bill: renovation_deposit#7, renovation_pass#31 …"""
    return f"{kind}#{ref}"


class Permits:
    """Bill the fees, issue the permit and passes once paid, check and revoke passes."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        settlement: Settlement,
        reminders: RenovationReminders,
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._settlement = settlement
        self._reminders = reminders
        settlement.on_paid(self.paid)

    async def bill(self, conn: AsyncConnection, loaded: Loaded) -> list[Bill]:
        """Turn the approved application's fees into bills of the unit and tell the household."""
        renovation, estate = loaded.renovation, loaded.estate
        rates = rates_for(await fee_settings.rates_of(conn, estate.id), estate.currency)
        works = await renovations.works_of(conn, renovation.id)
        wall = next((w.area_centi_m2 for w in works if w.code == WALL_DEMOLITION), 0)
        workers = [
            w for w in await renovations.workers_of(conn, renovation.id) if w.state == "listed"
        ]
        answers = RenovationInput(
            usage=renovation.usage,
            debris_m2=Decimal(renovation.debris_centi_m2).scaleb(-2),
            second=renovation.second,
            wall_m2=Decimal(wall).scaleb(-2),
            permits=1,
            passes=0,
        )
        result = estimate(rates, answers, estate.currency)
        rows = [
            self._row(loaded, bill_ref(ITEM_FEE_TYPES[i.item], renovation.id), i.total_minor)
            for i in result.items
        ]
        rows += [
            self._row(loaded, bill_ref(PASS_FEE, w.id), rates["worker_pass"]) for w in workers
        ]
        await bills.insert_many(conn, rows)
        for worker in workers:
            await renovations.change_worker(conn, worker.id, {"state": "unpaid"})
        billed = [b for b in await common.own_bills(conn, renovation) if b.open_minor]
        await self._tell_fees(conn, loaded, billed, "approved")
        return billed

    async def bill_pass(self, conn: AsyncConnection, loaded: Loaded, worker_id: int) -> None:
        """Bill the pass of a worker added after approval (issued once paid)."""
        estate = loaded.estate
        rates = rates_for(await fee_settings.rates_of(conn, estate.id), estate.currency)
        await bills.insert_many(
            conn, [self._row(loaded, bill_ref(PASS_FEE, worker_id), rates["worker_pass"])]
        )
        await renovations.change_worker(conn, worker_id, {"state": "unpaid"})
        pass_bills = [
            b
            for b in await bills.open_of_unit(conn, loaded.unit.id)
            if b.fee_type == bill_ref(PASS_FEE, worker_id)
        ]
        await self._tell_fees(conn, loaded, pass_bills, f"pass:{worker_id}")

    def _row(self, loaded: Loaded, kind: str, amount: int) -> dict[str, object]:
        now = self._clock.now()
        today = local_today(now, loaded.estate)
        due = max(today, loaded.renovation.start_date - timedelta(days=1))
        return {
            "estate_id": loaded.estate.id,
            "unit_id": loaded.unit.id,
            "period": today.strftime("%Y-%m"),
            "fee_type": kind,
            "amount_minor": amount,
            "paid_minor": 0,
            "due_date": due,
            "updated_at": now,
        }

    async def _tell_fees(
        self, conn: AsyncConnection, loaded: Loaded, billed: list[Bill], tag: str
    ) -> None:
        """The fees to pay, with the way to pay them."""
        currency = loaded.estate.currency
        lines = [
            {
                "key": "renovation-fee-line",
                "args": {"item": fee_type(b.fee_type), "amount": money(b.amount_minor, currency)},
            }
            for b in billed
        ]
        total = money(sum(b.amount_minor for b in billed), currency)
        rid = loaded.renovation.id
        await tell(
            conn,
            self._notifier,
            loaded,
            await common.household(conn, loaded.renovation),
            "renovation-fees-due" if tag == "approved" else "renovation-pass-fee-due",
            tag,
            args={"lines": lines, "total": total},
            buttons=common.with_open(rid, ("renovation-button-pay", "pay")),
            resident=True,
        )

    async def paid(self, conn: AsyncConnection, unit_id: int) -> None:
        """After a payment of the unit: issue the permit and the passes now paid for."""
        for renovation in await renovations.of_unit(conn, unit_id):
            if renovation.state in common.LIVE:
                await self._issue(conn, await common.load(conn, renovation.id, lock=True))

    async def _issue(self, conn: AsyncConnection, loaded: Loaded) -> None:
        renovation, now = loaded.renovation, self._clock.now()
        own = await common.own_bills(conn, renovation)
        base = [b for b in own if not b.fee_type.startswith(PASS_FEE + "#")]
        year = local_today(now, loaded.estate).year
        issued: list[dict[str, object]] = []
        last = 0
        if renovation.state == "approved" and all(b.open_minor == 0 for b in base):
            number = await common.next_number(conn, loaded.estate.id, "XK", year)
            today = local_today(now, loaded.estate)
            await renovations.change(
                conn,
                renovation.id,
                {
                    "state": "permitted",
                    "permit_number": number,
                    "permit_code": await self._unique_code(conn),
                    "permit_state": "active",
                    "next_inspection_on": max(today, renovation.start_date),
                    "updated_at": now,
                },
            )
            last = await record(conn, renovation.id, now, None, "permitted", number)
            loaded = await common.load(conn, renovation.id)
            await self._reminders.permitted(conn, loaded)
        if loaded.renovation.state not in ("permitted", "completed", "fixing"):
            return
        paid = {
            int(b.fee_type.partition("#")[2])
            for b in own
            if b.fee_type.startswith(PASS_FEE + "#") and b.open_minor == 0
        }
        for worker in await renovations.workers_of(conn, renovation.id):
            if worker.state == "unpaid" and worker.id in paid:
                number = await common.next_number(conn, loaded.estate.id, "CR", year)
                code = await self._unique_code(conn)
                values = {"state": "active", "pass_number": number, "pass_code": code}
                await renovations.change_worker(conn, worker.id, values)
                last = await record(conn, renovation.id, now, None, "pass_issued", worker.name)
                line = {"name": worker.name, "number": number, "code": code}
                issued.append({"key": "renovation-pass-line", "args": line})
        fresh = loaded.renovation
        if issued or fresh.state != renovation.state:
            await tell(
                conn,
                self._notifier,
                loaded,
                await common.household(conn, fresh),
                "renovation-permit-issued"
                if fresh.state != renovation.state
                else "renovation-passes-issued",
                f"issued:{last}",
                args={
                    "permit": fresh.permit_number or "-",
                    "code": fresh.permit_code or "-",
                    "until": fresh.end_date.isoformat(),
                    "passes": issued,
                },
                resident=True,
            )

    async def _unique_code(self, conn: AsyncConnection) -> str:
        """A code no permit or pass carries yet."""
        while True:
            code = common.new_code()
            taken = await renovations.by_permit_code(
                conn, code
            ) or await renovations.worker_by_code(conn, code)
            if taken is None:
                return code

    async def counter(self, viewer: Viewer, renovation_id: int) -> int:
        """Staff record the fees paid at the office (cash or card); return the amount."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            loaded = await common.load(conn, renovation_id, lock=True)
            if not common.is_site_staff(viewer, loaded):
                raise NotFound()
            due = [b for b in await common.own_bills(conn, loaded.renovation) if b.open_minor]
            if not due:
                raise InvalidInput("renovation-nothing-due")
            total = sum(b.open_minor for b in due)
            payment_id = await payments.add(
                conn,
                {
                    "estate_id": loaded.estate.id,
                    "unit_id": loaded.unit.id,
                    "payer_account_id": loaded.renovation.applicant_account_id,
                    "method": "counter",
                    "status": "claimed",
                    "amount_minor": total,
                    "currency": loaded.estate.currency,
                    "decided_by": viewer.account.id,
                    "created_at": now,
                },
                due,
            )
            payment = await payments.get(conn, payment_id)
            assert payment is not None
            await self._settlement.settle(conn, payment, total, {"decided_by": viewer.account.id})
            digits = digits_of(loaded.estate.currency)
            paid = f"{grouped(total, digits)} {loaded.estate.currency}"
            await record(conn, renovation_id, now, viewer, "paid_counter", paid)
        return total

    async def check(self, viewer: Viewer, code: str) -> PassCheck:
        """A guard's check of a pass or permit code."""
        code = code.strip().upper()
        estate_ids = {s.estate_id for s in viewer.staff}
        if not estate_ids:
            raise NotFound()
        async with self._db.read() as conn:
            worker = await renovations.worker_by_code(conn, code)
            renovation = (
                await renovations.get(conn, worker.renovation_id)
                if worker
                else await renovations.by_permit_code(conn, code)
            )
            if renovation is None or renovation.estate_id not in estate_ids:
                return PassCheck(valid=False, reason="renovation-check-unknown", kind="pass")
            unit = await estates.unit(conn, renovation.unit_id)
            estate = await estates.estate(conn, renovation.estate_id)
        assert estate is not None
        today = local_today(self._clock.now(), estate)
        kind = "pass" if worker else "permit"
        state = worker.state if worker else renovation.permit_state
        reason = _refusal(state, renovation, today)
        return PassCheck(
            valid=reason is None,
            reason=reason or "renovation-check-valid",
            kind=kind,
            renovation=renovation,
            unit=unit,
            worker=worker,
        )

    async def revoke(self, viewer: Viewer, worker_id: int) -> int:
        """Revoke a worker's pass (the worker left, the pass was lost); the application's id."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            worker = await renovations.worker(conn, worker_id)
            if worker is None:
                raise NotFound()
            loaded = await common.load(conn, worker.renovation_id, lock=True)
            household = common.is_household(viewer, loaded.renovation)
            if not (household or common.is_site_staff(viewer, loaded)):
                raise NotFound()
            if worker.state not in ("active", "suspended", "unpaid"):
                raise InvalidInput("renovation-pass-not-active")
            await renovations.change_worker(conn, worker_id, {"state": "revoked"})
            await record(conn, loaded.renovation.id, now, viewer, "pass_revoked", worker.name)
        return loaded.renovation.id


def _refusal(state: str, renovation: Renovation, today: date) -> str | None:
    """Why a pass or permit does not let its holder in (None: it does)."""
    if renovation.state in ("closed", "cancelled"):
        return "renovation-check-closed"
    if state in ("listed", "unpaid", "none"):
        return "renovation-check-unpaid"
    if state == "suspended":
        return "renovation-check-suspended"
    if state in ("revoked", "returned"):
        return "renovation-check-revoked"
    if today > renovation.end_date:
        return "renovation-check-expired"
    if today < renovation.start_date:
        return "renovation-check-early"
    return None
