"""Texts and keyboards of the arrears views: the overdue list and a unit's card."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import ArrearsFix, ArrearsLog, ArrearsPage, ArrearsUnit
from bot.i18n import Translate
from bot.services.fees.arrears import ArrearsList, UnitCard
from bot.services.fees.common import money
from bot.services.fees.log_lines import contact

__all__ = ["card", "card_keyboard", "contact", "listing"]

PAGE = 10
UNIT_BUTTONS_PER_ROW = 3
SORT_KEYS = {"amount": "arrears-sort-amount", "age": "arrears-sort-age"}


def listing(
    t: Translate, found: ArrearsList, sort: str, page: int
) -> tuple[str, InlineKeyboardMarkup]:
    """One page of the overdue units, with unit, sort and page buttons."""
    pages = max(1, -(-len(found.items) // PAGE))
    page = min(max(page, 0), pages - 1)
    shown = found.items[page * PAGE : (page + 1) * PAGE]
    lines = [t("arrears-title", sort=t(SORT_KEYS[sort]), page=page + 1, pages=pages)]
    for total in found.totals:
        amount = money(total.overdue_minor, total.estate.currency)
        args = {"estate": total.estate.name, "count": total.units}
        lines.append(t("arrears-estate-total", amount=amount, **args))
    if not found.items:
        lines.append(t("arrears-none"))
    for number, item in enumerate(shown, start=page * PAGE + 1):
        row = item.row
        last = contact(t, item.last, item.estate) if item.last else t("arrears-no-contact")
        args = {"n": number, "unit": row.unit_code, "since": row.oldest_due.isoformat()}
        amount = money(row.overdue_minor, item.estate.currency)
        lines.append(t("arrears-line", amount=amount, last=last, **args))
    return "\n".join(lines), _listing_keyboard(t, found, sort, page, pages)


def _listing_keyboard(
    t: Translate, found: ArrearsList, sort: str, page: int, pages: int
) -> InlineKeyboardMarkup:
    """A button per unit shown, the two sorts, and previous / next page."""
    shown = found.items[page * PAGE : (page + 1) * PAGE]
    units = [
        InlineKeyboardButton(
            i.row.unit_code, callback_data=ArrearsUnit(unit_id=i.row.unit_id).pack()
        )
        for i in shown
    ]
    rows = [
        units[i : i + UNIT_BUTTONS_PER_ROW] for i in range(0, len(units), UNIT_BUTTONS_PER_ROW)
    ]
    rows.append(
        [
            InlineKeyboardButton(t(key), callback_data=ArrearsPage(sort=name, page=0).pack())
            for name, key in SORT_KEYS.items()
        ]
    )
    nav = [
        InlineKeyboardButton(t(key), callback_data=ArrearsPage(sort=sort, page=target).pack())
        for key, target in (("arrears-previous", page - 1), ("arrears-next", page + 1))
        if 0 <= target < pages
    ]
    return InlineKeyboardMarkup([*rows, nav] if nav else rows)


def card(t: Translate, c: UnitCard) -> tuple[str, InlineKeyboardMarkup]:
    """A unit's arrears, open total, owner and latest contacts, with the log buttons."""
    currency = c.estate.currency
    lines = [t("arrears-card-title", unit=c.unit.code, estate=c.estate.name)]
    if c.unit.owner_name or c.unit.owner_phone:
        lines.append(
            t("arrears-card-owner", name=c.unit.owner_name or "-", phone=c.unit.owner_phone or "-")
        )
    if c.overdue:
        since = min(b.due_date for b in c.overdue).isoformat()
        overdue = money(sum(b.open_minor for b in c.overdue), currency)
        lines.append(t("arrears-card-overdue", amount=overdue, since=since, count=len(c.overdue)))
    else:
        lines.append(t("arrears-card-not-overdue"))
    lines.append(
        t("arrears-card-open", amount=money(sum(b.open_minor for b in c.open_bills), currency))
    )
    lines.append(t("arrears-card-contacts") if c.logs else t("arrears-no-contact"))
    lines += [contact(t, log, c.estate) for log in c.logs]
    return "\n".join(lines), card_keyboard(t, c)


def card_keyboard(t: Translate, c: UnitCard) -> InlineKeyboardMarkup:
    """Log a contact, correct one's last entry (while one may), back to the list."""
    first = [
        InlineKeyboardButton(
            t("arrears-button-log"), callback_data=ArrearsLog(unit_id=c.unit.id).pack()
        )
    ]
    if c.correctable_id is not None:
        data = ArrearsFix(log_id=c.correctable_id).pack()
        first.append(InlineKeyboardButton(t("arrears-button-fix"), callback_data=data))
    back = ArrearsPage(sort="amount", page=0).pack()
    return InlineKeyboardMarkup(
        [first, [InlineKeyboardButton(t("arrears-button-back"), callback_data=back)]]
    )
