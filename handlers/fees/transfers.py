"""Offline payment: the resident's "I have paid" claim, and the butler's confirm or reject."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import FeeTransfer, TransferDecide
from bot.context import BotContext
from bot.errors import InvalidInput
from bot.services.fees.common import MAX_MAJOR, digits_of, money, parse_money, to_major
from bot.services.fees.transfers import MAX_REASON
from handlers.flow import Confirm, Entry, Flow, Number, Option, Photos, Reply, Text


class ClaimDraft(BaseModel):
    """A transfer the resident says they made."""

    unit_id: int
    unit: str
    currency: str
    owed: str  # what the unit owes, as digits ("482.97"), offered as the amount
    proof: list[str] = Field(default_factory=list)
    amount: str | None = None


async def begin_claim(context: BotContext, args: dict[str, Any]) -> ClaimDraft:
    """Only a resident of the unit, and only while something is owed."""
    unit, estate, owed = await context.services.transfers.check_unit(
        context.require_viewer(), args["unit_id"]
    )
    digits = digits_of(estate.currency)
    return ClaimDraft(
        unit_id=unit.id,
        unit=unit.code,
        currency=estate.currency,
        owed=str(to_major(owed, digits)),
    )


async def owed_option(context: BotContext, draft: ClaimDraft) -> list[Option]:
    """What the unit owes, one tap away."""
    amount = money(parse_money(draft.owed, digits_of(draft.currency)), draft.currency)
    return [Option(draft.owed, "fee-transfer-amount-owed", {"amount": amount})]


async def claim_summary(context: BotContext, draft: ClaimDraft) -> str:
    """The claim as the resident confirms it."""
    amount = parse_money(draft.amount or "0", digits_of(draft.currency))
    return context.t(
        "fee-transfer-summary",
        unit=draft.unit,
        amount=money(amount, draft.currency),
        photos=len(draft.proof),
    )


async def finish_claim(context: BotContext, draft: ClaimDraft, token: str) -> Reply:
    """Send the claim to the butler."""
    try:
        amount = parse_money(draft.amount or "", digits_of(draft.currency))
    except ValueError as error:
        raise InvalidInput("fee-transfer-bad-amount") from error
    payment = await context.services.transfers.claim(
        context.require_viewer(), draft.unit_id, draft.proof[0], amount, token
    )
    return Reply(
        context.t(
            "fee-transfer-claimed",
            unit=draft.unit,
            amount=money(payment.amount_minor, draft.currency),
        )
    )


CLAIM = Flow(
    name="fee_transfer",
    title="flow-title-fee-transfer",
    draft=ClaimDraft,
    begin=begin_claim,
    finish=finish_claim,
    prompt_args=lambda context, draft: {"unit": draft.unit},
    entries=[Entry(FeeTransfer, lambda data: {"unit_id": data.unit_id})],
    steps=[
        Photos(field="proof", prompt="fee-transfer-ask-proof", max_count=1, min_count=1),
        Number(
            field="amount",
            prompt="fee-transfer-ask-amount",
            minimum=Decimal("0.01"),
            maximum=MAX_MAJOR,
            decimals=2,
            options=owed_option,
        ),
        Confirm(
            summary=claim_summary,
            editable=[
                ("proof", "fee-transfer-field-proof"),
                ("amount", "fee-transfer-field-amount"),
            ],
        ),
    ],
)


class RejectDraft(BaseModel):
    """Why a claimed transfer is rejected."""

    payment_id: int
    unit: str = ""
    reason: str | None = None


async def begin_reject(context: BotContext, args: dict[str, Any]) -> RejectDraft:
    """Only staff of the unit's grid, and only while the claim is undecided."""
    payment = await context.services.transfers.check_decision(
        context.require_viewer(), args["payment_id"]
    )
    return RejectDraft(payment_id=payment.id)


async def finish_reject(context: BotContext, draft: RejectDraft, token: str) -> Reply:
    """Reject the claim; the resident is told the reason."""
    await context.services.transfers.reject(
        context.require_viewer(), draft.payment_id, draft.reason or "", token
    )
    return Reply(context.t("fee-transfer-rejected-staff"))


REJECT = Flow(
    name="transfer_reject",
    title="flow-title-fee-transfer-reject",
    draft=RejectDraft,
    begin=begin_reject,
    finish=finish_reject,
    prompt_args=lambda context, draft: {"max": MAX_REASON},
    entries=[
        Entry(
            TransferDecide,
            lambda data: {"payment_id": data.payment_id},
            when=lambda data: data.action == "no",
        )
    ],
    steps=[Text(field="reason", prompt="fee-transfer-ask-reason", max_length=MAX_REASON)],
)
FLOWS: list[Flow[Any]] = [CLAIM, REJECT]


async def confirm(update: Update, context: BotContext) -> None:
    """Confirm a claimed transfer in one tap: the bills are credited, the receipt issued."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = TransferDecide.unpack(query.data)
    assert data is not None
    settled = await context.services.transfers.confirm(context.require_viewer(), data.payment_id)
    await query.answer(context.t("fee-transfer-confirmed-answer"))
    await query.edit_message_reply_markup(None)
    await context.bot.send_message(
        update.effective_chat.id,
        context.t(
            "fee-transfer-confirmed-staff",
            receipt=settled.payment.receipt_no or "-",
            amount=money(settled.applied_minor, settled.payment.currency),
            refunds=settled.refund_minor,
            refund=money(settled.refund_minor, settled.payment.currency),
        ),
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The confirm button (reject is a flow: it asks for the reason)."""
    return [CallbackQueryHandler(confirm, pattern=TransferDecide.where(action="ok"))]
