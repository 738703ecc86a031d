"""Paying in chat: the invoice, the pre-checkout check, the successful payment, receipts."""

from __future__ import annotations

import asyncio
import logging

from telegram import InputFile, Update
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    MessageHandler,
    PreCheckoutQueryHandler,
    filters,
)

from bot.callbacks import FeePay, FeeQr, FeeReceipt
from bot.context import BotContext
from bot.errors import AppError
from bot.services.fees.common import money
from bot.services.fees.payments import Invoice
from bot.services.fees.receipt_image import draw_receipt
from bot.services.fees.settle import Settled
from handlers.fees import payment_text

log = logging.getLogger(__name__)
PHOTO_ITEMS = 12  # more lines than this: the receipt goes as a file, readable at full size


def _chat_id(update: Update) -> int:
    assert update.effective_chat is not None
    return update.effective_chat.id


async def pay(update: Update, context: BotContext) -> None:
    """Send the invoice for one bill or all open bills of the unit on the button."""
    query = update.callback_query
    assert query is not None
    data = FeePay.unpack(query.data)
    assert data is not None
    invoice = await context.services.payments.invoice(
        context.require_viewer(), data.unit_id, data.bill_id or None
    )
    await query.answer()
    await send_invoice(update, context, invoice)


async def send_invoice(update: Update, context: BotContext, invoice: Invoice) -> None:
    """The invoice of a stored payment, in the chat."""
    title, description, prices = payment_text.invoice_words(context.t, invoice)
    await context.bot.send_invoice(
        _chat_id(update),
        title=title,
        description=description,
        payload=invoice.payload,
        provider_token=invoice.provider_token,
        currency=invoice.estate.currency,
        prices=prices,
    )


async def pre_checkout(update: Update, context: BotContext) -> None:
    """Accept the payment only if its bills are still open for exactly these amounts."""
    query = update.pre_checkout_query
    assert query is not None
    try:
        await context.services.payments.check(
            context.require_account().id, query.invoice_payload, query.currency, query.total_amount
        )
    except AppError as error:
        log.info("pre-checkout refused: %s", error.key)
        await query.answer(ok=False, error_message=context.t(error.key, **error.args_for_text))
    else:
        await query.answer(ok=True)
    raise ApplicationHandlerStop


async def paid(update: Update, context: BotContext) -> None:
    """Credit the bills, then send the receipt (once per charge; a repeat says so)."""
    message = update.effective_message
    assert message is not None and message.successful_payment is not None
    got = message.successful_payment
    try:
        settled = await context.services.payments.settle_in_chat(
            context.require_account().id,
            got.invoice_payload,
            got.total_amount,
            got.telegram_payment_charge_id,
            got.provider_payment_charge_id,
        )
    except AppError as error:
        log.error("a successful payment matched nothing: %s", got.telegram_payment_charge_id)
        await message.reply_text(context.t("pay-unmatched", charge=got.telegram_payment_charge_id))
        raise ApplicationHandlerStop from error
    await message.reply_text(_paid_text(context, settled, got.currency))
    if settled.new and settled.payment.status == "paid":
        await send_receipt(context, _chat_id(update), settled.payment.id)
    raise ApplicationHandlerStop


def _paid_text(context: BotContext, settled: Settled, currency: str) -> str:
    """What the payer is told: paid with a receipt, paid twice, or recorded already."""
    number = settled.payment.receipt_no or "-"
    if not settled.new:
        return context.t("pay-already-recorded", receipt=number)
    if settled.payment.status != "paid":
        return context.t("pay-paid-twice", amount=money(settled.refund_minor, currency))
    return context.t(
        "pay-done",
        amount=money(settled.applied_minor, currency),
        receipt=number,
        refund=money(settled.refund_minor, currency),
        refunds=settled.refund_minor,
    )


async def send_receipt(context: BotContext, chat_id: int, payment_id: int) -> None:
    """The receipt as a picture, with its words as the caption."""
    receipt = await context.services.payments.receipt(context.require_viewer(), payment_id)
    drawing = payment_text.receipt_drawing(context.t, receipt)
    image = await asyncio.to_thread(draw_receipt, drawing)
    name = f"receipt-{receipt.payment.receipt_no or receipt.payment.id}.png"
    caption = payment_text.receipt_caption(context.t, receipt)[:1024]
    if len(receipt.items) > PHOTO_ITEMS:  # Telegram shrinks a tall photo: send the file
        await context.bot.send_document(chat_id, InputFile(image, filename=name), caption=caption)
        return
    await context.bot.send_photo(chat_id, InputFile(image, filename=name), caption=caption)


async def open_receipt(update: Update, context: BotContext) -> None:
    """Show a receipt from its button (a push, or the paid history)."""
    query = update.callback_query
    assert query is not None
    data = FeeReceipt.unpack(query.data)
    assert data is not None
    await send_receipt(context, _chat_id(update), data.payment_id)
    await query.answer()


async def show_qr(update: Update, context: BotContext) -> None:
    """Send the estate's collection QR code."""
    query = update.callback_query
    assert query is not None
    data = FeeQr.unpack(query.data)
    assert data is not None
    image = await context.services.payments.qr_image(context.require_viewer(), data.unit_id)
    await query.answer()
    await context.bot.send_photo(
        _chat_id(update), InputFile(image, filename="qr.png"), caption=context.t("pay-qr-caption")
    )


def payment_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Before the flows: a payment must never be read as an answer to a question."""
    return [
        PreCheckoutQueryHandler(pre_checkout),
        MessageHandler(filters.SUCCESSFUL_PAYMENT, paid),
    ]


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The pay, receipt and QR buttons."""
    return [
        CallbackQueryHandler(pay, pattern=FeePay.matches),
        CallbackQueryHandler(open_receipt, pattern=FeeReceipt.matches),
        CallbackQueryHandler(show_qr, pattern=FeeQr.matches),
    ]
