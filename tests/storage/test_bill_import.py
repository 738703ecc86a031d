"""Importing bills into a real database: totals as in the file, idempotent, all or nothing."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from bot.clock import FrozenClock
from bot.services import Services
from bot.services.estates.registry import EstateService
from bot.services.estates.unit_import import ImportRejected, import_units
from bot.services.estates.unit_rows import REQUIRED_COLUMNS as UNIT_COLUMNS
from bot.services.fees.bill_import import BillImportResult
from bot.services.fees.bill_rows import REQUIRED_COLUMNS
from bot.settings import Settings
from bot.tabular import read_table
from storage.db import Database
from storage.models import Estate
from storage.repositories import bills, estates, timers
from storage.tables import bills as bills_table
from storage.tables import schedules
from storage.tables import timers as timers_table

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BILLS = SAMPLES / "bills.csv"
HEADER = "unit,period,fee_type,amount,due_date,paid_amount,paid_at"


@pytest.fixture
async def services(db: Database, db_url: str, clock: FrozenClock) -> Services:
    """The services over the test database, with the sample estate's units imported."""
    return Services.build(Settings(_env_file=None, database_url=db_url), db, clock)


@pytest.fixture
async def estate(db: Database, clock: FrozenClock) -> Estate:
    """The sample estate 湖畔花园 with the 72 units of samples/units.csv."""
    created = await EstateService(db, clock, "Asia/Shanghai").add("湖畔花园")
    await import_units(db, created, read_table(SAMPLES / "units.csv", UNIT_COLUMNS))
    return created


async def _import(services: Services, estate: Estate, path: Path = BILLS) -> BillImportResult:
    return await services.fees.import_bills(estate, read_table(path, REQUIRED_COLUMNS))


def _file_rows() -> list[dict[str, str]]:
    with BILLS.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


async def _count(db: Database, table: object) -> int:
    async with db.read() as conn:
        return int((await conn.execute(select(func.count()).select_from(table))).scalar_one())  # type: ignore[arg-type]


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


async def test_sample_bills_give_the_totals_of_the_file(
    services: Services, estate: Estate, db: Database
) -> None:
    rows = _file_rows()
    due = sum((Decimal(r["amount"]) for r in rows), Decimal(0))
    paid = sum((Decimal(r["paid_amount"] or "0") for r in rows), Decimal(0))

    result = await _import(services, estate)

    assert (result.created, result.updated, result.unchanged, result.bills) == (420, 0, 0, 420)
    assert (Decimal(result.due_minor) / 100, Decimal(result.paid_minor) / 100) == (due, paid)
    per_period: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for r in rows:
        per_period[r["period"]][0] += Decimal(r["amount"])
        per_period[r["period"]][1] += Decimal(r["paid_amount"] or "0")
    for period, (period_due, period_paid) in per_period.items():
        rate = await services.fees.collection_rate(estate.id, period)
        assert (Decimal(rate.due_minor) / 100, Decimal(rate.paid_minor) / 100) == (
            period_due,
            period_paid,
        )
        expected = (period_paid * 100 / period_due).quantize(Decimal("0.1"))
        assert rate.percent == expected
    async with db.read() as conn:
        unit = await estates.unit_by_code(conn, estate.id, "1-1-101")
        assert unit is not None
        open_bills = await bills.open_of_unit(conn, unit.id)
    open_in_file = sum(
        (
            Decimal(r["amount"]) - Decimal(r["paid_amount"] or "0")
            for r in rows
            if r["unit"] == "1-1-101"
        ),
        Decimal(0),
    )
    assert Decimal(sum(b.open_minor for b in open_bills)) / 100 == open_in_file


async def test_importing_twice_changes_nothing(
    services: Services, estate: Estate, db: Database
) -> None:
    await _import(services, estate)
    async with db.read() as conn:
        before = await bills.keyed_of_estate(conn, estate.id)
    timer_count, schedule_count = await _count(db, timers_table), await _count(db, schedules)

    again = await _import(services, estate)

    assert (again.created, again.updated, again.unchanged, again.bills) == (0, 0, 420, 420)
    async with db.read() as conn:
        assert await bills.keyed_of_estate(conn, estate.id) == before
    assert (await _count(db, timers_table), await _count(db, schedules)) == (
        timer_count,
        schedule_count,
    )
    assert schedule_count == 1  # the estate's weekly arrears summary


async def test_a_later_import_records_a_payment_and_cancels_its_reminders(
    services: Services, estate: Estate, db: Database, tmp_path: Path
) -> None:
    await _import(services, estate)
    async with db.read() as conn:
        unit = await estates.unit_by_code(conn, estate.id, "1-1-101")
        assert unit is not None
        assert len(await timers.pending_of(conn, "fee.ladder", str(unit.id))) == 1  # its next step
    paid = _write(
        tmp_path / "paid.csv", "1-1-101,2026-12,property,402.75,2026-12-15,402.75,2026-12-01"
    )

    result = await _import(services, estate, paid)

    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)
    async with db.read() as conn:
        still_open = await bills.open_of_unit(conn, unit.id)  # the unit's other bills
        assert ("2026-12", "property") not in {(b.period, b.fee_type) for b in still_open}
        ladder = await timers.pending_of(conn, "fee.ladder", str(unit.id))
        assert len(ladder) == (1 if still_open else 0)
        bill = (await bills.keyed_of_estate(conn, estate.id))[(unit.id, "2026-12", "property")]
    assert (bill.paid_minor, bill.paid_at.isoformat() if bill.paid_at else None) == (
        40275,
        "2026-12-01",
    )


async def test_a_file_with_bad_rows_imports_nothing_and_names_every_one(
    services: Services, estate: Estate, db: Database, tmp_path: Path
) -> None:
    bad = _write(
        tmp_path / "bad.csv",
        "1-1-101,2026-09,property,402.75,2026-09-15,0,",  # line 2: fine
        "9-9-999,2026-09,property,100,2026-09-15,0,",  # 3: unknown unit
        "1-1-102,2026-09,property,-5,2026-09-15,0,",  # 4: negative
        "1-1-102,2026-10,property,12.345,2026-10-15,0,",  # 5: three decimals
        "1-1-102,2026-11,property,1O0.00,2026-11-15,0,",  # 6: malformed
        "1-1-201,2026-09,property,100.00,2026-09-15,120.00,2026-09-10",  # 7: overpaid
        "1-1-201,2026-10,property,100.00,2026-02-30,0,",  # 8: no such date
        "1-1-201,2026-13,property,100.00,2026-10-15,0,",  # 9: bad period
        "1-1-101,2026-09,property,402.75,2026-09-15,0,",  # 10: duplicate of line 2
        "1-1-202,2026-09,Property Fee,10,2026-09-15,0,",  # 11: bad fee type
        "1-1-202,2026-10,water,10,2026-10-15,0,15/10/2026",  # 12: bad paid_at
        "1-1-202,2026-11,magic,10,2026-11-15,0,",  # 13: not a fee type of the estate
    )

    with pytest.raises(ImportRejected) as rejected:
        await _import(services, estate, bad)

    assert [(p.line, p.reason) for p in rejected.value.problems] == [
        (3, "bill-unknown-unit"),
        (4, "bill-negative-amount"),
        (5, "bill-amount-decimals"),
        (6, "bill-bad-amount"),
        (7, "bill-overpaid"),
        (8, "bill-bad-date"),
        (9, "bill-bad-period"),
        (10, "bill-duplicate"),
        (11, "bill-bad-fee-type"),
        (12, "bill-bad-date"),
        (13, "bill-bad-fee-type"),
    ]
    assert rejected.value.problems[7].args["first"] == "2"
    assert await _count(db, bills_table) == 0
    assert await _count(db, timers_table) == 0


async def test_an_xlsx_file_imports_like_the_csv(
    services: Services, estate: Estate, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    for row in _file_rows():
        sheet.append(
            [
                row["unit"],
                row["period"],
                row["fee_type"],
                float(row["amount"]),
                row["due_date"],
                float(row["paid_amount"] or 0),
                row["paid_at"] or None,
            ]
        )
    path = tmp_path / "bills.xlsx"
    book.save(path)
    from_csv = sum((Decimal(r["amount"]) for r in _file_rows()), Decimal(0))

    result = await _import(services, estate, path)

    assert (result.created, Decimal(result.due_minor) / 100) == (420, from_csv)
    assert (await _import(services, estate)).unchanged == 420
