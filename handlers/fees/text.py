"""Texts and keyboards of the fee views: statements, history, collection rates, estimates."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import FeeHistory, FeeUnit, RenovationStart
from bot.i18n import Translate
from bot.services.fees.common import fee_type, money
from bot.services.fees.statements import EstateCollection, History, Statement
from bot.services.renovation.estimate import Estimate
from handlers import keyboards
from handlers.fees import payment_text
from storage.models import Unit

MAX_BILL_LINES = 40
RENOVATION_ITEM_KEYS = {
    "deposit_office": "renovation-item-deposit-office",
    "deposit_residential": "renovation-item-deposit-residential",
    "debris": "renovation-item-debris",
    "debris_second": "renovation-item-debris-second",
    "wall_debris": "renovation-item-wall-debris",
    "works_permit": "renovation-item-works-permit",
    "worker_pass": "renovation-item-worker-pass",
}
AREA_ITEMS = ("debris", "debris_second", "wall_debris")
COUNT_KEYS = {"works_permit": "renovation-line-permits", "worker_pass": "renovation-line-passes"}


def statement(t: Translate, s: Statement) -> str:
    """A unit's outstanding total, what is overdue since when, and its open bills by period."""
    currency = s.estate.currency
    lines = [t("fee-statement-title", estate=s.estate.name, unit=s.unit.code)]
    if not s.open_bills:
        return "\n".join([*lines, t("fee-nothing-due", unit=s.unit.code)])
    lines.append(t("fee-outstanding", amount=money(s.outstanding_minor, currency)))
    if s.overdue_since is not None:
        overdue = sum(b.open_minor for b in s.overdue)
        since = s.overdue_since.isoformat()
        lines.append(t("fee-overdue", amount=money(overdue, currency), since=since))
    lines.append(t("fee-open-header"))
    period = None
    for bill in s.open_bills[:MAX_BILL_LINES]:
        if bill.period != period:
            period = bill.period
            lines.append(t("fee-period", period=period))
        key = "fee-bill-overdue" if bill.due_date < s.today else "fee-bill-open"
        args = {"type": fee_type(bill.fee_type), "due": bill.due_date.isoformat()}
        lines.append(t(key, amount=money(bill.open_minor, currency), **args))
        if bill.paid_minor:
            paid, of = money(bill.paid_minor, currency), money(bill.amount_minor, currency)
            lines.append(t("fee-bill-partly-paid", paid=paid, amount=of))
    if len(s.open_bills) > MAX_BILL_LINES:
        lines.append(t("fee-more-bills", count=len(s.open_bills) - MAX_BILL_LINES))
    if not s.may_pay:
        lines.append(t("members-pay-not-yours"))
    elif s.pay.instructions:
        lines.append(t("fee-pay-instructions", instructions=s.pay.instructions))
    return "\n".join(lines)


def statement_keyboard(t: Translate, s: Statement) -> InlineKeyboardMarkup:
    """Buttons under a statement: the ways to pay, paid history, the renovation estimate."""
    unit_id = s.unit.id
    buttons = (
        payment_text.pay_buttons(t, unit_id, s.open_bills, s.pay, s.estate) if s.may_pay else []
    )
    buttons += [
        InlineKeyboardButton(
            t("fee-button-history"), callback_data=FeeHistory(unit_id=unit_id).pack()
        ),
        InlineKeyboardButton(
            t("fee-button-renovation"), callback_data=RenovationStart(unit_id=unit_id).pack()
        ),
    ]
    return keyboards.rows(buttons, 1)


def unit_picker(t: Translate, units: list[Unit]) -> InlineKeyboardMarkup:
    """One button per unit of the resident."""
    return keyboards.rows(
        [InlineKeyboardButton(u.code, callback_data=FeeUnit(unit_id=u.id).pack()) for u in units],
        2,
    )


def history(t: Translate, h: History) -> str:
    """The bills of a unit paid in full over the last 12 months (and its latest receipts)."""
    lines = [t("fee-history-title", unit=h.unit.code)]
    if not h.paid:
        lines.append(t("fee-history-empty"))
    for bill in h.paid[:MAX_BILL_LINES]:
        args = {"period": bill.period, "type": fee_type(bill.fee_type)}
        amount = money(bill.amount_minor, h.estate.currency)
        paid_at = bill.paid_at.isoformat() if bill.paid_at else "-"
        lines.append(t("fee-history-line", amount=amount, paid=paid_at, **args))
    if h.receipts:
        lines.append(t("fee-history-receipts"))
    return "\n".join(lines)


def collection(t: Translate, c: EstateCollection) -> str:
    """An estate's collection rate of the current period, in total and per grid."""
    lines = [t("fee-collection-title", estate=c.estate.name, period=c.period)]
    rows = [(t("fee-collection-estate"), c.total)] if c.total else []
    rows += [(t("fee-collection-grid", grid=grid.code), rate) for grid, rate in c.grids]
    for name, rate in rows:
        if rate.percent is None:
            lines.append(t("fee-collection-none", name=name))
            continue
        paid, due = (money(v, c.estate.currency) for v in (rate.paid_minor, rate.due_minor))
        lines.append(
            t("fee-collection-line", name=name, rate=str(rate.percent), paid=paid, due=due)
        )
    return "\n".join(lines)


def estimate(t: Translate, e: Estimate) -> str:
    """The itemized renovation estimate, deposits marked refundable."""
    lines = [t("renovation-result-title")]
    for item in e.items:
        label = t(RENOVATION_ITEM_KEYS[item.item])
        total, rate = money(item.total_minor, e.currency), money(item.rate_minor, e.currency)
        quantity = f"{item.quantity.normalize():f}"
        if item.refundable:
            lines.append(t("renovation-line-deposit", item=label, total=total))
        elif item.item in AREA_ITEMS:
            lines.append(
                t("renovation-line-area", item=label, area=quantity, rate=rate, total=total)
            )
        else:
            key = COUNT_KEYS.get(item.item, "renovation-line-passes")
            lines.append(t(key, item=label, count=int(item.quantity), rate=rate, total=total))
    refundable = money(e.refundable_minor, e.currency)
    fees = money(e.total_minor - e.refundable_minor, e.currency)
    total = money(e.total_minor, e.currency)
    lines.append(t("renovation-result-total", total=total, fees=fees, refundable=refundable))
    return "\n".join(lines)
