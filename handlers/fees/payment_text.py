"""Texts of payments: invoice words, pay buttons, and the receipt as words and as a drawing."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, LabeledPrice

from bot.callbacks import FeePay, FeeQr, FeeReceipt, FeeTransfer
from bot.i18n import Translate
from bot.services.fees.common import fee_type, money
from bot.services.fees.payments import Invoice, PayOptions, Receipt
from bot.services.fees.receipt_image import ReceiptDrawing
from bot.services.fees.settle import METHOD_KEYS
from storage.models import Bill, Estate, Payment

MAX_PAY_BUTTONS = 4  # one per bill, beside "pay all"; more bills: pay them all at once
TITLE_MAX, DESCRIPTION_MAX, LABEL_MAX = 32, 255, 64


def show(t: Translate, value: Any) -> str:
    """A nested text ({"key": …, "args": …}) or a plain value, as words."""
    if isinstance(value, dict) and "key" in value:
        return t(value["key"], **value.get("args", {}))
    return str(value)


def bill_label(t: Translate, bill: Bill) -> str:
    """A bill as a price label: "2026-11 物业费"."""
    return t("pay-price-label", period=bill.period, type=fee_type(bill.fee_type))[:LABEL_MAX]


def invoice_words(t: Translate, invoice: Invoice) -> tuple[str, str, list[LabeledPrice]]:
    """The invoice's title, description and one labelled price per bill."""
    title = t("pay-invoice-title", unit=invoice.unit.code)[:TITLE_MAX]
    description = t(
        "pay-invoice-description",
        estate=invoice.estate.name,
        unit=invoice.unit.code,
        count=len(invoice.items),
        total=money(invoice.total_minor, invoice.estate.currency),
    )[:DESCRIPTION_MAX]
    prices = [LabeledPrice(bill_label(t, b), b.open_minor) for b in invoice.items]
    return title, description, prices


def pay_buttons(
    t: Translate, unit_id: int, open_bills: list[Bill], pay: PayOptions, estate: Estate
) -> list[InlineKeyboardButton]:
    """Pay all and pay each bill (in chat), "I have paid by transfer" and the QR code."""
    found: list[InlineKeyboardButton] = []
    if pay.in_chat and open_bills:
        total = money(sum(b.open_minor for b in open_bills), estate.currency)
        data = FeePay(unit_id=unit_id, bill_id=0).pack()
        found.append(InlineKeyboardButton(t("pay-button-all", total=total), callback_data=data))
        if 1 < len(open_bills) <= MAX_PAY_BUTTONS:
            for bill in open_bills:
                label = t(
                    "pay-button-one",
                    bill=bill_label(t, bill),
                    amount=money(bill.open_minor, estate.currency),
                )
                data = FeePay(unit_id=unit_id, bill_id=bill.id).pack()
                found.append(InlineKeyboardButton(label, callback_data=data))
    if pay.by_transfer and open_bills:
        found.append(
            InlineKeyboardButton(
                t("pay-button-transfer"), callback_data=FeeTransfer(unit_id=unit_id).pack()
            )
        )
    if pay.has_qr:
        found.append(
            InlineKeyboardButton(t("pay-button-qr"), callback_data=FeeQr(unit_id=unit_id).pack())
        )
    return found


def receipt_buttons(t: Translate, paid: list[Payment]) -> list[InlineKeyboardButton]:
    """One button per recent receipt."""
    return [
        InlineKeyboardButton(
            t("payment-button-receipt-no", number=p.receipt_no or "-"),
            callback_data=FeeReceipt(payment_id=p.id).pack(),
        )
        for p in paid
    ]


def paid_time(receipt: Receipt) -> str:
    """When the payment was received, estate-local."""
    moment = receipt.payment.paid_at or receipt.payment.created_at
    return moment.astimezone(ZoneInfo(receipt.estate.timezone)).strftime("%Y-%m-%d %H:%M")


def receipt_caption(t: Translate, receipt: Receipt) -> str:
    """The receipt in a few lines, under its picture."""
    currency = receipt.estate.currency
    lines = [
        t(
            "receipt-caption",
            number=receipt.payment.receipt_no or "-",
            estate=receipt.estate.name,
            unit=receipt.unit.code,
            total=money(receipt.total_minor, currency),
            method={"key": METHOD_KEYS[receipt.payment.method]},
            time=paid_time(receipt),
        )
    ]
    lines += [
        t(
            "receipt-caption-line",
            period=i.period,
            type=fee_type(i.fee_type),
            amount=money(i.applied_minor, currency),
        )
        for i in receipt.items
    ]
    if receipt.refund_minor:
        lines.append(t("receipt-caption-refund", amount=money(receipt.refund_minor, currency)))
    return "\n".join(lines)


def receipt_drawing(t: Translate, receipt: Receipt) -> ReceiptDrawing:
    """The receipt's words, laid out by `draw_receipt`."""
    currency = receipt.estate.currency
    confirmed = receipt.confirmed_by or t("receipt-confirmed-telegram")
    fields = [
        (t("receipt-estate"), receipt.estate.name),
        (t("receipt-unit"), receipt.unit.code),
        (t("receipt-payer"), receipt.payer),
        (t("receipt-method"), t(METHOD_KEYS[receipt.payment.method])),
        (t("receipt-time"), paid_time(receipt)),
        (t("receipt-confirmed-by"), confirmed),
    ]
    if receipt.refund_minor:
        fields.append((t("receipt-refund"), show(t, money(receipt.refund_minor, currency))))
    items = [
        (show(t, fee_type(i.fee_type)), i.period, show(t, money(i.applied_minor, currency)))
        for i in receipt.items
    ]
    return ReceiptDrawing(
        title=t("receipt-title"),
        number=t("receipt-number", number=receipt.payment.receipt_no or "-"),
        fields=fields,
        headers=(t("receipt-col-item"), t("receipt-col-period"), t("receipt-col-amount")),
        items=items,
        total=(t("receipt-total"), show(t, money(receipt.total_minor, currency))),
        footer=t("receipt-footer", estate=receipt.estate.name),
    )
