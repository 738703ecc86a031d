"""Check the rows of a bills file: every problem of every line, before anything is written."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.services.estates.unit_rows import Problem
from bot.services.fees.common import FEE_TYPE_KEYS, parse_money
from bot.tabular import Row

REQUIRED_COLUMNS = ("unit", "period", "fee_type", "amount", "due_date")
OPTIONAL_COLUMNS = ("paid_amount", "paid_at")
_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class BillRow:
    """One checked row: a bill of a unit, amounts in minor units."""

    line: int
    unit_id: int
    period: str
    fee_type: str
    amount_minor: int
    paid_minor: int
    due_date: date
    paid_at: date | None

    @property
    def key(self) -> tuple[int, str, str]:
        """What identifies the bill: (unit, period, fee type)."""
        return (self.unit_id, self.period, self.fee_type)

    def columns(self) -> dict[str, Any]:
        """The values of the bills table an import sets."""
        return {
            "amount_minor": self.amount_minor,
            "paid_minor": self.paid_minor,
            "due_date": self.due_date,
            "paid_at": self.paid_at,
        }


def check_bill_rows(
    rows: Iterable[Row], unit_ids: Mapping[str, int], digits: int
) -> tuple[list[BillRow], list[Problem]]:
    """Parse every row; return the bills and the problems of every bad line, by line."""
    found: list[BillRow] = []
    problems: list[Problem] = []
    first_line: dict[tuple[int, str, str], int] = {}
    for row in rows:
        bill, bad = _check(row, unit_ids, digits)
        if bill is not None:
            first = first_line.setdefault(bill.key, row.line)
            if first != row.line:
                args = {"unit": row.values["unit"], "period": bill.period}
                bad.append(
                    _problem(row.line, "bill-duplicate", **args, fee=bill.fee_type, first=first)
                )
        problems.extend(bad)
        if bill is not None and not bad:
            found.append(bill)
    problems.sort(key=lambda problem: problem.line)
    return found, problems


def _check(
    row: Row, unit_ids: Mapping[str, int], digits: int
) -> tuple[BillRow | None, list[Problem]]:
    """Check one row; return its bill (when every field parses) and its problems."""
    bad: list[Problem] = []
    values = row.values
    code = values.get("unit", "")
    unit_id = unit_ids.get(code)
    if not code:
        bad.append(_problem(row.line, "bill-missing-field", field="unit"))
    elif unit_id is None:
        bad.append(_problem(row.line, "bill-unknown-unit", unit=code))
    period = _period(row, bad)
    fee = values.get("fee_type", "")
    if fee not in FEE_TYPE_KEYS:
        known = ", ".join(FEE_TYPE_KEYS)
        bad.append(_problem(row.line, "bill-bad-fee-type", value=fee, known=known))
    amount = _money(row, "amount", digits, bad, required=True)
    paid = _money(row, "paid_amount", digits, bad, required=False)
    if amount is not None and paid is not None and paid > amount:
        bad.append(
            _problem(
                row.line, "bill-overpaid", paid=values["paid_amount"], amount=values["amount"]
            )
        )
    due = _date(row, "due_date", bad, required=True)
    paid_at = _date(row, "paid_at", bad, required=False)
    if bad or unit_id is None or period is None or amount is None or due is None:
        return None, bad
    bill = BillRow(row.line, unit_id, period, fee, amount, paid or 0, due, paid_at)
    return bill, bad


def _problem(line: int, reason: str, **args: object) -> Problem:
    """Build a problem whose arguments are all text."""
    return Problem(line=line, reason=reason, args={key: str(value) for key, value in args.items()})


def _period(row: Row, bad: list[Problem]) -> str | None:
    """Return the period YYYY-MM, or None after noting why not."""
    text = row.values.get("period", "")
    match = _PERIOD.match(text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        bad.append(_problem(row.line, "bill-bad-period", value=text))
        return None
    return text


def _money(row: Row, name: str, digits: int, bad: list[Problem], *, required: bool) -> int | None:
    """Return an amount in minor units (0 when optional and empty), or None when bad."""
    text = row.values.get(name, "")
    if not text:
        if required:
            bad.append(_problem(row.line, "bill-missing-field", field=name))
            return None
        return 0
    try:
        return parse_money(text, digits)
    except ValueError as error:
        bad.append(_problem(row.line, str(error), field=name, value=text))
        return None


def _date(row: Row, name: str, bad: list[Problem], *, required: bool) -> date | None:
    """Return a YYYY-MM-DD date (None when optional and empty, or bad)."""
    text = row.values.get(name, "")
    if not text:
        if required:
            bad.append(_problem(row.line, "bill-missing-field", field=name))
        return None
    try:
        if not _DATE.match(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        bad.append(_problem(row.line, "bill-bad-date", field=name, value=text))
        return None
