"""Write checked bill rows: insert new bills, update changed ones, report what changed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.services.fees.bill_rows import BillRow
from storage.repositories import bills, payments

CHUNK = 500

Progress = Callable[[int, int], None]
Group = tuple[int, date]  # (unit id, due date): the bills one reminder covers


class BillImportResult(BaseModel):
    """What a bills import did, and the estate's totals afterwards."""

    created: int
    updated: int
    unchanged: int
    bills: int
    due_minor: int
    paid_minor: int
    currency: str


async def write_bills(
    conn: AsyncConnection,
    estate_id: int,
    rows: list[BillRow],
    now: datetime,
    progress: Progress | None = None,
) -> tuple[Counter[str], set[Group]]:
    """Upsert the bills; return the tally and the (unit, due date) groups that changed."""
    existing = await bills.keyed_of_estate(conn, estate_id)
    credited = await payments.credited_of_estate(conn, estate_id)
    tally: Counter[str] = Counter()
    touched: set[Group] = set()
    for start in range(0, len(rows), CHUNK):
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row in rows[start : start + CHUNK]:
            columns = row.columns()
            current = existing.get(row.key)
            if current is not None and credited.get(current.id, 0) > columns["paid_minor"]:
                # paid in Butler but not yet in the office's books: keep the payment
                columns["paid_minor"] = min(credited[current.id], columns["amount_minor"])
                columns["paid_at"] = current.paid_at
            if current is None:
                inserts.append(
                    {
                        "estate_id": estate_id,
                        "unit_id": row.unit_id,
                        "period": row.period,
                        "fee_type": row.fee_type,
                        "updated_at": now,
                        **columns,
                    }
                )
                touched.add((row.unit_id, row.due_date))
                tally["created"] += 1
            elif any(getattr(current, name) != value for name, value in columns.items()):
                updates.append({"bill_id": current.id, "updated_at": now, **columns})
                touched |= {(row.unit_id, row.due_date), (row.unit_id, current.due_date)}
                tally["updated"] += 1
            else:
                tally["unchanged"] += 1
        await bills.insert_many(conn, inserts)
        await bills.update_many(conn, updates)
        if progress is not None:
            progress(min(start + CHUNK, len(rows)), len(rows))
    return tally, touched
