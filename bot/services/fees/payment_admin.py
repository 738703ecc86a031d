"""The operator's side of payments: an estate's payment settings and the refunds to pay back."""

from __future__ import annotations

from pydantic import BaseModel

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from storage.db import Database
from storage.models import Estate, Payment, PaymentSettings, Refund
from storage.repositories import estates, payments

MAX_INSTRUCTIONS = 1000
MAX_QR_BYTES = 5_000_000
IMAGE_HEADS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


class RefundLine(BaseModel):
    """A refund with the payment and unit it belongs to."""

    refund: Refund
    payment: Payment
    unit: str


class PaymentAdmin:
    """Set how an estate is paid; list and record refunds."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def configure(
        self,
        estate: Estate,
        *,
        provider_token: str | None = None,
        instructions: str | None = None,
        qr_image: bytes | None = None,
        clear_qr: bool = False,
    ) -> PaymentSettings:
        """Change the settings given (None: keep); return them."""
        values: dict[str, object] = {}
        if provider_token is not None:
            values["provider_token"] = provider_token.strip()
        if instructions is not None:
            if len(instructions.strip()) > MAX_INSTRUCTIONS:
                raise InvalidInput("cli-payments-long-instructions", max=MAX_INSTRUCTIONS)
            values["instructions"] = instructions.strip()
        if qr_image is not None:
            if len(qr_image) > MAX_QR_BYTES or not qr_image.startswith(IMAGE_HEADS):
                raise InvalidInput("cli-payments-bad-qr")
            values["qr_image"] = qr_image
        if clear_qr:
            values["qr_image"] = None
        async with self._db.transaction() as conn:
            if values:
                await payments.put_settings(conn, estate.id, values)
            return await payments.settings(conn, estate.id)

    async def refunds(self, estate: Estate, status: str | None = "due") -> list[RefundLine]:
        """An estate's refunds (due ones by default), oldest first."""
        async with self._db.read() as conn:
            found = await payments.refunds_of_estate(conn, estate.id, status)
            units = {u.id: u.code for u in await estates.units_of(conn, estate.id)}
        return [RefundLine(refund=r, payment=p, unit=units.get(p.unit_id, "-")) for r, p in found]

    async def mark_refunded(self, estate: Estate, refund_id: int, note: str) -> Refund:
        """Record that a due refund was paid back (by the provider or in cash)."""
        async with self._db.transaction() as conn:
            found = await payments.refund(conn, refund_id)
            payment = await payments.get(conn, found.payment_id) if found else None
            if found is None or payment is None or payment.estate_id != estate.id:
                raise NotFound("cli-refund-unknown", id=refund_id)
            if not await payments.mark_refunded(conn, refund_id, note.strip(), self._clock.now()):
                raise InvalidInput("cli-refund-not-due", id=refund_id)
            done = await payments.refund(conn, refund_id)
        assert done is not None
        return done
