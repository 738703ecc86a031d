"""Exports: the operator's `butler export` and a manager's /export write XLSX sheets whose
rows match the database, with headers in the reader's language."""

from __future__ import annotations

import asyncio
import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from bot.services.fees.arrears_log import LogEntry
from storage.repositories import collection_logs, tickets
from tests.conftest import START
from tests.e2e.estate import populate
from tests.e2e.fee_helpers import import_bills, unit_id, viewer
from tests.e2e.test_complaints import complain
from tests.e2e.test_repair import file_repair
from tests.harness import Harness

DAY = START.astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat()


async def _activity(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident, urgent=True)
    await complain(people.neighbour)
    await import_bills(
        bot,
        people.estate,
        "3-2-301,2026-09,property,320.50,2026-09-15,20.50,2026-09-20",
        "1-1-101,2099-01,property,100.00,2099-01-15,0,",  # not due: not in arrears
    )
    butler = await viewer(bot, 5002)
    unit = await unit_id(bot, people.estate, "3-2-301")
    await bot.services.arrears.record(butler, unit, LogEntry(channel="phone", outcome="no_answer"))
    async with bot.services.db.transaction() as conn:  # as the payment services log one
        await collection_logs.add(
            conn,
            {"unit_id": unit, "staff_account_id": None, "kind": "payment", "channel": "transfer",
             "outcome": None, "amount_minor": 30000, "note": "HP-2026-000012",
             "created_at": bot.clock.now()},
        )  # fmt: skip


async def test_the_operator_exports_every_sheet_and_the_rows_match_the_database(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bot.cli import main

    await _activity(bot)
    out = tmp_path / "week.xlsx"
    monkeypatch.setenv("BUTLER_DATABASE_URL", bot.settings.database_url)
    argv = ["export", "all", "--estate", "湖畔花园", "--from", DAY, "--to", DAY, str(out)]
    assert await asyncio.to_thread(main, [*argv, "--language", "en"]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Repairs",
        "Complaints",
        "Arrears",
        "Collection log",
        "Patrols",
        "Violations",
        "Emergencies",
        "Surveys",
        "Gate log",
        "Front desk items",
        "Move-ins",
    ]
    repairs = book["Repairs"]
    assert repairs.freeze_panes == "A2"
    assert repairs.column_dimensions["N"].width == 50
    header = [c.value for c in repairs[1]]
    assert header[:6] == ["Number", "Filed", "Category", "Where", "Urgent", "Status"]
    async with bot.services.db.read() as conn:
        repair = await tickets.get(conn, 1)
    assert repair is not None
    row = [c.value for c in repairs[2]]
    filed = repair.created_at.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)
    assert row[:7] == [repair.code, filed.replace(microsecond=0), "Water", "In the unit", "yes",
                       "new", "3-2-301"]  # fmt: skip
    assert repairs.max_row == 2
    complaint = [c.value for c in book["Complaints"][2]]
    assert complaint[0] == "C-0001" and complaint[4] == "1-1-101"
    arrears = book["Arrears"]
    assert [c.value for c in arrears[1]][6:9] == ["Amount (CNY)", "Paid (CNY)", "Owed (CNY)"]
    owed = [c.value for c in arrears[2]]
    assert owed[0] == "3-2-301" and owed[5] == "Property fee" and arrears.max_row == 2
    assert [Decimal(str(v)) for v in owed[6:9]] == [Decimal("320.5"), Decimal("20.5"),
                                                    Decimal("300")]  # fmt: skip
    assert isinstance(owed[9], datetime) and owed[9].date().isoformat() == "2026-09-15"
    collections = book["Collection log"]
    assert [c.value for c in collections[1]][3:9] == [
        "Contact", "Outcome", "Promised to pay on", "Amount (CNY)", "Note", "Corrected"
    ]  # fmt: skip
    contact = [c.value for c in collections[2]]
    assert contact[1:5] == ["3-2-301", "Wang Li", "Phone call", "No answer / nobody home"]
    payment = [c.value for c in collections[3]]
    assert payment[3:5] == ["Bank transfer", "Paid"] and payment[7] == "HP-2026-000012"
    assert Decimal(str(payment[6])) == Decimal("300")
    assert book["Patrols"]["A1"].value == "Day"


async def test_a_manager_gets_the_workbook_in_chat_in_their_language(bot: Harness) -> None:
    await _activity(bot)
    manager = bot.chat(5005, language_code="zh")  # the manager, now writing from a zh client
    await manager.send("/export")
    await manager.expect("要导出哪些内容？")
    await manager.press("报修")
    await manager.expect("导出哪个时间段？")
    await manager.press("最近 7 天")
    sent = await manager.expect("共 1 行")
    assert sent.kind == "document" and (sent.file_name or "").endswith(".xlsx")
    book = openpyxl.load_workbook(io.BytesIO(bot.emu.file_bytes(sent.file_id or "")))
    assert book.sheetnames == ["报修"]
    assert [c.value for c in book["报修"][1]][:3] == ["编号", "提交时间", "类别"]
    assert book["报修"]["C2"].value == "给排水"
    await manager.expect("报表已发送")
    butler = bot.chat(5002)
    await butler.send("/export")
    await butler.expect("Exports are for the estate's managers.")
