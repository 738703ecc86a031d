"""Benchmark the manager's daily digest over one big estate on SQLite.

Run by hand: `.venv/bin/python -m bench.digest [--units 20000 --tickets 200000 --bills 1000000]`.
It loads one estate into a fresh, migrated SQLite file, then times `DigestService.compute`
for yesterday (1 cold run on a fresh connection, then warm runs) against a baseline
`SELECT count(*) FROM tickets`, and prints each query of the digest with its time.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import statistics
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from random import Random
from time import perf_counter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Table, event, func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import FrozenClock
from bot.services.complaints.rules import COMPLAINT_TYPE_KEYS, STAGES
from bot.services.digest.figures import Digest, DigestService
from bot.services.notify.notifier import Notifier
from bot.services.patrols.rules import DEFAULT_CHECKLIST
from bot.services.scheduling.timers import Timers
from bot.services.tickets.rules import DEFAULT_DEADLINES
from storage.db import Database
from storage.models import Estate
from storage.repositories import estates
from storage.tables import (
    accounts,
    bills,
    buildings,
    grids,
    patrol_plans,
    patrol_results,
    patrol_tasks,
    staff,
    ticket_counters,
    ticket_events,
    tickets,
    units,
)

NOW = datetime(2025, 6, 15, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai: "yesterday" is 14 June
ZONE = ZoneInfo("Asia/Shanghai")
ESTATE = "Bench Gardens"
CHUNK = 10_000
SEED = 20250615
TARGET_SECONDS = 1.0
WARM_RUNS = 5
BUTLERS = 40
PATROL_DAYS = 30
FEE_TYPES = ("property", "water")
REPAIR_WEIGHTS = {"water": 30, "electricity": 20, "doors_windows": 15, "elevator": 10}
REPAIR_WEIGHTS |= {"public_area": 12, "gas": 3, "other": 10}
OPEN_REPAIR = ("new", "accepted", "in_progress", "in_progress", "transferred", "reopened")
RATINGS = (5, 5, 5, 5, 4, 4, 4, 3, 2, 1)
Row = dict[str, Any]


@dataclass
class Place:
    """Where a unit is: what a ticket or a bill needs of it."""

    unit_id: int
    grid_id: int
    area: int


@dataclass
class QueryLog:
    """Every statement run while listening, with its parameters and seconds."""

    entries: list[tuple[str, Any, float]] = field(default_factory=list)
    _started: float = 0.0

    def before(self, *_args: Any) -> None:
        """Note when a statement starts."""
        self._started = perf_counter()

    def after(self, _conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        """Record a finished statement (SQLite rows are fetched by then)."""
        self.entries.append((statement, params, perf_counter() - self._started))


@contextmanager
def listening(log: QueryLog) -> Iterator[QueryLog]:
    """Record every statement of every engine into `log` while inside."""
    event.listen(Engine, "before_cursor_execute", log.before)
    event.listen(Engine, "after_cursor_execute", log.after)
    try:
        yield log
    finally:
        event.remove(Engine, "before_cursor_execute", log.before)
        event.remove(Engine, "after_cursor_execute", log.after)


# --- loading ----------------------------------------------------------------------------------


async def insert(db: Database, table: Table, rows: list[Row]) -> None:
    """Insert rows with executemany, CHUNK rows per transaction."""
    for start in range(0, len(rows), CHUNK):
        async with db.transaction() as conn:
            await conn.execute(table.insert(), rows[start : start + CHUNK])


async def add_places(db: Database, count: int, rng: Random) -> tuple[Estate, list[Place]]:
    """Create the estate: 100 units a building, 5 buildings a grid, and some butlers."""
    async with db.transaction() as conn:
        estate = await estates.add_estate(conn, ESTATE, str(ZONE), "CNY", NOW)
    n_buildings = math.ceil(count / 100)
    n_grids = math.ceil(n_buildings / 5)
    grid_rows = [{"id": g, "estate_id": estate.id, "code": f"G{g}"} for g in range(1, n_grids + 1)]
    await insert(db, grids, grid_rows)
    building_rows = [
        {"id": b, "estate_id": estate.id, "code": str(b), "grid_id": (b - 1) // 5 + 1}
        for b in range(1, n_buildings + 1)
    ]
    await insert(db, buildings, building_rows)
    places, unit_rows = [], []
    for index in range(count):
        building = index // 100 + 1
        area = rng.randrange(5000, 14000, 50)
        entrance, room = str(index // 25 % 4 + 1), str(101 + index % 25)
        places.append(Place(index + 1, (building - 1) // 5 + 1, area))
        unit_rows.append(
            {"id": index + 1, "estate_id": estate.id, "building_id": building}
            | {"code": f"{building}-{entrance}-{room}", "entrance": entrance, "room": room}
            | {"area_centi_m2": area, "usage": "residential"}
        )
    await insert(db, units, unit_rows)
    await add_staff(db, estate.id)
    return estate, places


async def add_staff(db: Database, estate_id: int) -> None:
    """Create one manager (account 1) and BUTLERS butlers (accounts 2…)."""
    people = [
        {"id": i, "telegram_id": 8_000_000 + i, "name": f"S{i}", "created_at": NOW}
        for i in range(1, BUTLERS + 2)
    ]
    await insert(db, accounts, people)
    roles = [
        {"account_id": i, "estate_id": estate_id, "created_at": NOW}
        | {"role": "manager" if i == 1 else "butler"}
        for i in range(1, BUTLERS + 2)
    ]
    await insert(db, staff, roles)


def repair_life(rng: Random, created: datetime, urgent: bool) -> tuple[Row, list[Row]]:
    """Status, moments and history of a repair filed at `created`, as seen at NOW."""
    ack = created + timedelta(minutes=DEFAULT_DEADLINES[f"repair.ack.{_speed(urgent)}"])
    due = created + timedelta(minutes=DEFAULT_DEADLINES[f"repair.resolve.{_speed(urgent)}"])
    accepted = created + timedelta(minutes=rng.expovariate(1 / 40))
    resolved = created + timedelta(hours=rng.lognormvariate(math.log(16), 0.9))
    closed = resolved + timedelta(hours=min(rng.expovariate(1 / 20), 72))
    values: Row = {"ack_due_at": ack, "resolve_due_at": due}
    events = [_event("created", created, "new")]
    events += [_event("breach_ack", ack)] if min(accepted, NOW) > ack else []
    events += [_event("breach_resolve", due)] if min(resolved, NOW) > due else []
    if closed < NOW and rng.random() > 0.004:  # a few stay stuck open for months
        if rng.random() < 0.02:
            values |= {"status": "cancelled", "closed_at": accepted}
            return values, [*events, _event("cancel", accepted, "cancelled")]
        values |= {"status": "closed", "accepted_at": accepted, "resolved_at": resolved}
        values |= {"closed_at": closed}
        events += [_event("accept", accepted, "accepted"), _event("resolve", resolved)]
        if rng.random() < 0.4:
            values["rating"] = rng.choice(RATINGS)
            return values, [*events, _event("rate", closed, "closed")]
        return values, [*events, _event("auto_close", closed, "closed")]
    values["status"] = rng.choice(OPEN_REPAIR)
    if values["status"] != "new" and accepted < NOW:
        values["accepted_at"] = accepted
        events.append(_event("accept", accepted, "accepted"))
    return values, events


def complaint_life(rng: Random, created: datetime) -> tuple[Row, list[Row]]:
    """Status, moments and history of a complaint filed at `created`, as seen at NOW."""
    closed = created + timedelta(hours=rng.lognormvariate(math.log(60), 0.8))
    events = [_event("created", created, "open")]
    if closed < NOW and rng.random() > 0.004:
        if rng.random() < 0.06:
            late = created + (closed - created) * rng.random()
            events.append(_event(f"breach_{rng.choice(STAGES)}", late))
        return {"status": "closed", "closed_at": closed}, [*events, _event("close", closed)]
    stage = rng.choice(STAGES)
    stage_due = created + timedelta(hours=rng.choice((1, 24, 72, 96)))
    events += [_event(f"breach_{stage}", stage_due)] if stage_due < NOW else []
    return {"status": "open", "stage": stage, "stage_due_at": stage_due}, events


def _speed(urgent: bool) -> str:
    return "urgent" if urgent else "normal"


def _event(action: str, at: datetime, to_status: str | None = None) -> Row:
    """One history row (its ticket id is filled in later)."""
    return {"at": at, "action": action, "to_status": to_status, "actor_account_id": None}


def ticket_chunks(
    rng: Random, estate_id: int, places: list[Place], count: int
) -> Iterator[tuple[list[Row], list[Row]]]:
    """Yield tickets filed over the 365 days before NOW, oldest first, with their events."""
    year = 365 * 86400
    moments = sorted(NOW - timedelta(seconds=rng.uniform(0, year)) for _ in range(count))
    numbers = {"repair": 0, "complaint": 0}
    repair_kinds, repair_weights = list(REPAIR_WEIGHTS), list(REPAIR_WEIGHTS.values())
    for start in range(0, count, CHUNK):
        rows: list[Row] = []
        events: list[Row] = []
        for ticket_id, created in enumerate(moments[start : start + CHUNK], start + 1):
            place = rng.choice(places)
            kind = "repair" if rng.random() < 0.75 else "complaint"
            numbers[kind] += 1
            urgent = kind == "repair" and rng.random() < 0.05
            if kind == "repair":
                category = rng.choices(repair_kinds, repair_weights)[0]
                life, history = repair_life(rng, created, urgent)
            else:
                category = rng.choice(list(COMPLAINT_TYPE_KEYS))
                life, history = complaint_life(rng, created)
            rows.append(
                {"id": ticket_id, "estate_id": estate_id, "kind": kind, "number": numbers[kind]}
                | {"unit_id": place.unit_id, "grid_id": place.grid_id, "source": "resident"}
                | {"category": category, "description": f"bench {kind} {category}"}
                | {"urgent": urgent, "escalated": rng.random() < 0.03, "created_at": created}
                | {"assignee_account_id": rng.randint(2, BUTLERS + 1)}
                | life
            )
            events.extend(e | {"ticket_id": ticket_id} for e in history)
        yield _same_keys(rows), events


def _same_keys(rows: list[Row]) -> list[Row]:
    """Give every row every column the chunk uses (executemany needs one shape)."""
    keys = {key for row in rows for key in row}
    return [{key: row.get(key) for key in keys} for row in rows]


async def add_tickets(db: Database, estate_id: int, places: list[Place], count: int) -> int:
    """Load the tickets, their events and the ticket counters; return how many events."""
    total, numbers = 0, dict[str, int]()
    for rows, events in ticket_chunks(Random(SEED + 1), estate_id, places, count):
        async with db.transaction() as conn:
            await conn.execute(tickets.insert(), rows)
            await conn.execute(ticket_events.insert(), events)
        total += len(events)
        numbers |= {row["kind"]: row["number"] for row in rows}
    counters = [{"estate_id": estate_id, "kind": k, "last_number": n} for k, n in numbers.items()]
    await insert(db, ticket_counters, counters)
    return total


def bill_chunks(rng: Random, estate_id: int, places: list[Place], count: int) -> Iterator[Row]:
    """Yield `count` bills spread evenly over the units: FEE_TYPES a month, newest months first."""
    per_unit = max(1, count // len(places))
    current = NOW.astimezone(ZONE).date().replace(day=1)
    months = [_month_back(current, n) for n in range(math.ceil(per_unit / len(FEE_TYPES)))]
    keys = [(month, fee) for month in months for fee in FEE_TYPES][:per_unit]
    for place in places:
        for month, fee in keys:
            amount = place.area * 25 // 10 if fee == "property" else rng.randrange(2000, 15000)
            due = month.replace(day=15)
            late = rng.random()
            paid = amount if late < (0.55 if month == current else 0.93) else 0
            paid = amount // 2 if not paid and late < 0.96 else paid
            paid_at = due + timedelta(days=rng.randint(-10, 20)) if paid else None
            yield {"estate_id": estate_id, "unit_id": place.unit_id, "fee_type": fee} | {
                "period": month.strftime("%Y-%m"),
                "amount_minor": amount,
                "paid_minor": paid,
                "due_date": due,
                "paid_at": min(paid_at, NOW.date()) if paid_at else None,
                "updated_at": NOW,
            }


def _month_back(first: date, months: int) -> date:
    """The first day of the month `months` before `first`."""
    index = first.year * 12 + first.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


async def add_bills(db: Database, estate_id: int, places: list[Place], count: int) -> int:
    """Load the bills, CHUNK rows per transaction; return how many."""
    chunk: list[Row] = []
    total = 0
    for row in bill_chunks(Random(SEED + 2), estate_id, places, count):
        chunk.append(row)
        if len(chunk) == CHUNK:
            await insert(db, bills, chunk)
            total, chunk = total + len(chunk), []
    await insert(db, bills, chunk)
    return total + len(chunk)


async def add_patrols(db: Database, estate_id: int, n_grids: int) -> int:
    """One daily plan a grid, with its tasks of the last PATROL_DAYS days; return the tasks."""
    rng = Random(SEED + 3)
    plans = [
        {"id": g, "estate_id": estate_id, "grid_id": g, "name": f"Daily G{g}"}
        | {"checklist": DEFAULT_CHECKLIST, "at_time": "09:00", "weekdays": "0123456"}
        | {"assignee_account_id": (g - 1) % BUTLERS + 2, "is_default": True, "created_at": NOW}
        for g in range(1, n_grids + 1)
    ]
    await insert(db, patrol_plans, plans)
    today = NOW.astimezone(ZONE).date()
    tasks: list[Row] = []
    results: list[Row] = []
    for plan in plans:
        for back in range(PATROL_DAYS, -1, -1):
            day = today - timedelta(days=back)
            due = datetime.combine(day, time(9), ZONE)
            status = "pending" if back == 0 else "done" if rng.random() < 0.92 else "missed"
            task_id = len(tasks) + 1
            tasks.append(
                {"id": task_id, "plan_id": plan["id"], "estate_id": estate_id}
                | {"grid_id": plan["grid_id"], "local_date": day, "due_at": due}
                | {"status": status, "assignee_account_id": plan["assignee_account_id"]}
            )
            if status == "done":
                results += [
                    {"task_id": task_id, "position": p, "ok": rng.random() > 0.04, "at": due}
                    for p in range(len(DEFAULT_CHECKLIST))
                ]
    await insert(db, patrol_tasks, tasks)
    await insert(db, patrol_results, results)
    return len(tasks)


async def load(db: Database, n_units: int, n_tickets: int, n_bills: int) -> Estate:
    """Fill the database with one estate and print what it took."""
    started = perf_counter()
    estate, places = await add_places(db, n_units, Random(SEED))
    n_events = await add_tickets(db, estate.id, places, n_tickets)
    loaded_tickets = perf_counter()
    print(f"load: {n_tickets} tickets, {n_events} events in {loaded_tickets - started:.1f} s")
    n_billed = await add_bills(db, estate.id, places, n_bills)
    loaded_bills = perf_counter()
    print(f"load: {n_billed} bills in {loaded_bills - loaded_tickets:.1f} s")
    n_tasks = await add_patrols(db, estate.id, max(p.grid_id for p in places))
    print(f"load: {n_units} units, {n_tasks} patrol tasks; total {_since(started):.1f} s")
    return estate


def _since(started: float) -> float:
    return perf_counter() - started


# --- timing -----------------------------------------------------------------------------------


async def timed(runs: int, work: Callable[[], Awaitable[Any]]) -> list[float]:
    """Run `work` `runs` times; return the seconds of each run."""
    seconds = []
    for _ in range(runs):
        started = perf_counter()
        await work()
        seconds.append(_since(started))
    return seconds


def spread(seconds: list[float]) -> str:
    """Min / median / max in seconds."""
    low, mid, high = min(seconds), statistics.median(seconds), max(seconds)
    return f"min {low:.4f}  median {mid:.4f}  max {high:.4f} s"


def print_figures(figures: Digest) -> None:
    """Show the digest's main figures, so one sees the queries found something."""
    new, closed = sum(c for *_, c in figures.new), sum(c for *_, c in figures.closed)
    print(f"digest of {figures.day} for {figures.estate}:")
    print(f"  new {new} in {len(figures.new)} categories, closed {closed}")
    print(f"  backlog {figures.backlog}, oldest {figures.oldest_hours} h, ", end="")
    print(f"open escalations {figures.escalations}")
    print(f"  breaches {dict(sorted(figures.breaches.items()))}")
    print(f"  ratings {figures.ratings}, average {figures.average_rating}")
    print(f"  patrols done {figures.patrols_done}, missed {figures.patrols_missed}, ", end="")
    print(f"problems {figures.patrol_problems}")
    print(f"  period {figures.period}: due {figures.due_minor} paid {figures.paid_minor} minor,")
    print(f"  collection {figures.collection_percent} %")
    print(f"  opened per day {figures.opened_per_day}")
    print(f"  closed per day {figures.closed_per_day}")


async def explain(conn: AsyncConnection, log: QueryLog, plans: bool) -> None:
    """Print each statement of one digest with its time and, if asked, its query plan."""
    print("queries of one warm digest (ms, SQL cut at 150 characters):")
    for statement, params, seconds in log.entries:
        head = " ".join(statement.split())
        print(f"  {seconds * 1000:8.2f}  {head[:150]}")
        if plans:
            rows = await conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
            for row in rows:
                print(f"            plan: {row.detail}")


async def measure(db: Database, estate: Estate, runs: int, plans: bool) -> None:
    """Time the digest and the baseline, then print figures, verdict and per-query times."""
    clock = FrozenClock(NOW)
    service = DigestService(db, clock, Notifier(clock), Timers(db, clock))
    day = NOW.astimezone(ZONE).date() - timedelta(days=1)
    found: list[Digest] = []

    async def digest() -> None:
        async with db.read() as conn:
            found.append(await service.compute(conn, estate, day))

    async def baseline() -> None:
        async with db.read() as conn:
            await conn.scalar(select(func.count()).select_from(tickets))

    await db.dispose()  # the cold run starts on a fresh connection (empty page cache)
    cold = await timed(1, digest)
    warm = await timed(runs, digest)
    base = await timed(1 + runs, baseline)
    with listening(QueryLog()) as log:
        await digest()
    print_figures(found[-1])
    ratio = statistics.median(warm) / statistics.median(base)
    print(f"digest cold: {cold[0]:.4f} s")
    print(f"digest warm ({runs} runs): {spread(warm)}")
    print(f"baseline SELECT count(*) FROM tickets ({1 + runs} runs): {spread(base)}")
    print(f"ratio: digest median / baseline median = {ratio:.1f}")
    met = max(cold + warm) < TARGET_SECONDS
    print(f"target: every run < {TARGET_SECONDS:.0f} s: {'met' if met else 'NOT met'}")
    async with db.read() as conn:
        await explain(conn, log, plans)


async def bench(volumes: tuple[int, int, int], keep: Path | None, plans: bool) -> None:
    """Load (unless `keep` already holds a loaded estate) and measure."""
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "butler.db"
        reuse = path.exists()
        db = Database(f"sqlite+aiosqlite:///{path}")
        try:
            await db.upgrade()
            if reuse:
                async with db.read() as conn:
                    estate = await estates.estate_by_name(conn, ESTATE)
                    count = await conn.scalar(text("SELECT count(*) FROM tickets"))
                assert estate is not None, f"{path} holds no {ESTATE}"
                print(f"reusing {path}: {count} tickets (volume arguments ignored)")
            else:
                estate = await load(db, *volumes)
            await measure(db, estate, WARM_RUNS, plans)
        finally:
            await db.dispose()


def main() -> None:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m bench.digest", description=__doc__)
    parser.add_argument("--units", type=int, default=20_000)
    parser.add_argument("--tickets", type=int, default=200_000)
    parser.add_argument("--bills", type=int, default=1_000_000)
    parser.add_argument(
        "--keep", type=Path, help="database file to build and keep (reused if it exists)"
    )
    parser.add_argument("--explain", action="store_true", help="print each query's plan")
    args = parser.parse_args()
    asyncio.run(bench((args.units, args.tickets, args.bills), args.keep, args.explain))


if __name__ == "__main__":
    main()
