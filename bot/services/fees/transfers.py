"""Offline payment, the way estates are paid today: a bank transfer the butler confirms.

The resident says "I have paid" with the transfer screenshot and the amount; the claim
covers the unit's open bills at that moment. The grid's butler (the managers, when the grid
has none) confirms it, which credits the bills oldest first and issues the receipt, or
rejects it with a reason the resident is told.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import FeeReceipt, FeeUnit, TransferDecide
from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.fees.common import money
from bot.services.fees.settle import Settled, Settlement, grid_staff
from bot.services.notify.notifier import Button, Notifier
from bot.services.people.access import Viewer, may_work_grid
from bot.services.people.member_rules import may_pay
from storage.db import Database
from storage.models import Estate, Payment, Unit
from storage.repositories import bills, estates, payments, people

MAX_REASON = 300


class TransferService:
    """Claims of transfers by residents, and their confirmation or rejection by staff."""

    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, settlement: Settlement
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._settlement = settlement

    async def check_unit(self, viewer: Viewer, unit_id: int) -> tuple[Unit, Estate, int]:
        """The viewer's unit, its estate and what it owes; InvalidInput when nothing is open."""
        if not any(o.unit_id == unit_id for o in viewer.occupancies):
            raise NotFound()
        if not may_pay(viewer, unit_id):
            raise NotAllowed("members-no-pay")
        async with self._db.read() as conn:
            unit = await estates.unit(conn, unit_id)
            estate = await estates.estate(conn, unit.estate_id) if unit else None
            assert unit is not None and estate is not None
            owed = sum(b.open_minor for b in await bills.open_of_unit(conn, unit.id))
        if not owed:
            raise InvalidInput("pay-nothing-open")
        return unit, estate, owed

    async def claim(
        self, viewer: Viewer, unit_id: int, proof: str, amount: int, token: str
    ) -> Payment:
        """Store a claimed transfer for the unit's open bills and send it to its butler."""
        unit, estate, _owed = await self.check_unit(viewer, unit_id)
        async with self._db.transaction() as conn:
            if (found := await self._earlier(conn, viewer, token)) is not None:
                return found
            open_bills = await bills.open_of_unit(conn, unit.id)
            if not open_bills:
                raise InvalidInput("pay-nothing-open")
            values = {
                "estate_id": estate.id,
                "unit_id": unit.id,
                "payer_account_id": viewer.account.id,
                "method": "transfer",
                "status": "claimed",
                "amount_minor": amount,
                "currency": estate.currency,
                "proof_file_id": proof,
                "created_at": self._clock.now(),
            }
            payment_id = await payments.add(conn, values, open_bills)
            await flows.record(conn, viewer.account.id, token, str(payment_id))
            payment = await payments.get(conn, payment_id)
            assert payment is not None
            owed = sum(b.open_minor for b in open_bills)
            await self._ask_staff(conn, estate, unit, payment, viewer.account.name, owed)
        return payment

    async def _earlier(self, conn: AsyncConnection, viewer: Viewer, token: str) -> Payment | None:
        """The payment a repeated confirm of the same flow made already, if any."""
        earlier = await flows.claim(conn, viewer.account.id, token, self._clock.now())
        return await payments.get(conn, int(earlier)) if earlier is not None else None

    async def _ask_staff(
        self,
        conn: AsyncConnection,
        estate: Estate,
        unit: Unit,
        payment: Payment,
        payer: str,
        owed: int,
    ) -> None:
        """The claim, with the screenshot and Confirm / Reject, to the grid's staff."""
        for account_id in await grid_staff(conn, estate.id, unit.grid_id):
            await self._notifier.push(
                conn,
                account_id,
                "fee-transfer-staff-claim",
                args={
                    "unit": unit.code,
                    "estate": estate.name,
                    "payer": payer,
                    "amount": money(payment.amount_minor, estate.currency),
                    "owed": money(owed, estate.currency),
                },
                photos=[payment.proof_file_id] if payment.proof_file_id else None,
                buttons=[
                    [
                        Button(
                            key="fee-transfer-button-confirm",
                            data=TransferDecide(action="ok", payment_id=payment.id).pack(),
                        ),
                        Button(
                            key="fee-transfer-button-reject",
                            data=TransferDecide(action="no", payment_id=payment.id).pack(),
                        ),
                    ]
                ],
                dedupe_key=f"transfer:{payment.id}:claim:{account_id}",
            )

    async def check_decision(self, viewer: Viewer, payment_id: int) -> Payment:
        """A claimed transfer the viewer may decide; InvalidInput when it is decided already."""
        async with self._db.read() as conn:
            payment, _unit = await self._decidable(conn, viewer, payment_id)
        return payment

    async def _decidable(
        self, conn: AsyncConnection, viewer: Viewer, payment_id: int, *, lock: bool = False
    ) -> tuple[Payment, Unit]:
        payment = await payments.get(conn, payment_id, lock=lock)
        unit = await estates.unit(conn, payment.unit_id) if payment else None
        if payment is None or unit is None or payment.method != "transfer":
            raise NotFound()
        if not may_work_grid(viewer, unit.estate_id, unit.grid_id):
            raise NotFound()
        if payment.status != "claimed":
            who = await people.names(conn, [payment.decided_by] if payment.decided_by else [])
            key = (
                "fee-transfer-already-confirmed"
                if payment.status == "paid"
                else "fee-transfer-already-rejected"
            )
            raise InvalidInput(key, name=who.get(payment.decided_by or 0, "-"))
        return payment, unit

    async def confirm(self, viewer: Viewer, payment_id: int) -> Settled:
        """Credit the transfer to the unit's bills, issue the receipt, tell the resident."""
        async with self._db.transaction() as conn:
            payment, unit = await self._decidable(conn, viewer, payment_id, lock=True)
            values = {"decided_by": viewer.account.id}
            settled = await self._settlement.settle(conn, payment, payment.amount_minor, values)
            estate = await estates.estate(conn, unit.estate_id)
            assert estate is not None
            receipt = Button(
                key="payment-button-receipt", data=FeeReceipt(payment_id=payment.id).pack()
            )
            await self._tell_payer(
                conn,
                payment,
                "fee-transfer-confirmed",
                {
                    "unit": unit.code,
                    "amount": money(settled.applied_minor, estate.currency),
                    "receipt": settled.payment.receipt_no or "-",
                    "name": viewer.account.name,
                    "refund": money(settled.refund_minor, estate.currency),
                    "refunds": settled.refund_minor,
                },
                receipt,
                "confirmed",
            )
        return settled

    async def reject(self, viewer: Viewer, payment_id: int, reason: str, token: str) -> Payment:
        """Reject a claimed transfer with a reason; the resident is told why."""
        reason = reason.strip()
        if not 0 < len(reason) <= MAX_REASON:
            raise InvalidInput("fee-transfer-bad-reason", max=MAX_REASON)
        async with self._db.transaction() as conn:
            if (found := await self._earlier(conn, viewer, token)) is not None:
                return found
            payment, unit = await self._decidable(conn, viewer, payment_id, lock=True)
            await payments.change(
                conn,
                payment.id,
                {"status": "rejected", "reason": reason, "decided_by": viewer.account.id},
            )
            await flows.record(conn, viewer.account.id, token, str(payment.id))
            estate = await estates.estate(conn, unit.estate_id)
            assert estate is not None
            await self._tell_payer(
                conn,
                payment,
                "fee-transfer-rejected",
                {
                    "unit": unit.code,
                    "amount": money(payment.amount_minor, estate.currency),
                    "reason": reason,
                    "name": viewer.account.name,
                },
                Button(key="fee-button-pay", data=FeeUnit(unit_id=unit.id).pack()),
                "rejected",
            )
            found = await payments.get(conn, payment.id)
            assert found is not None
        return found

    async def _tell_payer(
        self,
        conn: AsyncConnection,
        payment: Payment,
        key: str,
        args: dict[str, object],
        button: Button,
        outcome: str,
    ) -> None:
        """Tell the resident who claimed the transfer what became of it (once per outcome)."""
        if payment.payer_account_id is None:
            return
        await self._notifier.push(
            conn,
            payment.payer_account_id,
            key,
            args=args,
            buttons=[[button]],
            dedupe_key=f"transfer:{payment.id}:{outcome}",
        )
