"""Fault benchmark: residents walk the repair flow while the bot is killed with SIGKILL, or while
its Bot API calls fail at random; then count the tickets, pushes and replies lost or doubled.

Run by hand (see bench/README.md):

    .venv/bin/python -m bench.faults --residents 200 --db sqlite|postgresql --mode kill \
        [--kills 3] [-- extra arguments for `butler run`]
    .venv/bin/python -m bench.faults --residents 200 --db sqlite --mode faults [--fault-rate 0.05]

The bot is a black box, as in bench/flow_load.py: `python -m bot run` in a subprocess, set up
with the operator commands, talking to the in-repo Bot API emulator of this process. The
database is only read (SQLAlchemy, read-only connections) to count what the bot stored.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bench.flow_load import SCRIPT
from bench.load import phases
from bench.load.databases import DEFAULT_PG_ADMIN, Databases
from bench.load.operator import SetupError
from bench.load.people import Step
from bench.load.phases import TOKEN as BOT_TOKEN
from bench.load.phases import Prepared, bind_everyone, clean_env, prepare, settle
from bench.load.procs import BotProcess
from bench.load.report import markdown, percentile
from bot.sandbox.emulator import BotApiEmulator, SentMessage, make_png
from bot.sandbox.emulator.faults import RANDOM_KINDS
from storage import tables

log = logging.getLogger("faults")
FILED = SCRIPT.steps[-1]  # the confirm step: its answer holds "工单号"
PUSH_CODE = re.compile(r"报修 (R-\d{4,})")  # the first line of a staff card (ticket-card-staff)
STAFF_CARD = "ticket-card-staff"
REPLY_FALLBACK = "literal-text"  # a direct reply queued in the outbox (bot/patience.py)


# --- what happened in the emulator -----------------------------------------------------------


@dataclass(frozen=True)
class Created:
    """A bot message as it was first sent (the emulator itself keeps only its latest state)."""

    chat_id: int
    message_id: int
    kind: str
    text: str
    labels: tuple[str, ...]
    photos: tuple[str, ...]
    at: float  # time.monotonic()
    wall: float  # time.time(), to compare with the database's times


class Recorder:
    """Note every bot message when it is created (wraps the emulator's state.add_message)."""

    def __init__(self, emu: BotApiEmulator) -> None:
        self.created: list[Created] = []
        self.active = False
        original = emu.state.add_message

        def add_message(chat_id: int, *, from_bot: bool, kind: str, **fields: Any) -> SentMessage:
            message = original(chat_id, from_bot=from_bot, kind=kind, **fields)
            if from_bot and self.active:
                self.created.append(
                    Created(
                        chat_id,
                        message.message_id,
                        kind,
                        message.text or "",
                        tuple(message.button_labels()),
                        tuple(message.photo),
                        time.monotonic(),
                        time.time(),
                    )
                )
            return message

        emu.state.add_message = add_message  # type: ignore[method-assign]

    def in_chat(self, chat_id: int) -> list[Created]:
        return [c for c in self.created if c.chat_id == chat_id]


# --- residents ----------------------------------------------------------------------------


@dataclass
class StepResult:
    """One step of one resident: when it was answered, or how it failed."""

    step: str
    started: float  # time.monotonic() of the action
    acted: bool = True  # False: the button to press was not there
    answered: float | None = None
    failure: str | None = None  # "lost": no answer within --step-timeout; "wrong"
    detail: str = ""
    retried: bool = False  # the resident did the action again (--retry-after)
    odd: list[str] = field(default_factory=list)  # error-like bot texts seen meanwhile

    @property
    def seconds(self) -> float | None:
        return None if self.answered is None else self.answered - self.started


class Progress:
    """Steps finished by all residents (answered, failed, or skipped after a failure)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.finished = False
        self._changed = asyncio.Event()

    def add(self, steps: int = 1) -> None:
        self.done += steps
        self._changed.set()

    def finish(self) -> None:
        self.finished = True
        self._changed.set()

    async def reach(self, count: int) -> bool:
        """Wait until `count` steps are finished; False when the walk ended first."""
        while self.done < count and not self.finished:
            self._changed.clear()
            await self._changed.wait()
        return self.done >= count


def _first_line(text: str) -> str:
    return text.split("\n")[0][:60]


class Resident:
    """One emulated resident walking the repair flow, patient with a bot that stumbles.

    A step's answer is a bot message sent or edited after the action holding the step's
    fragment (as in bench/load/people.py). The resident waits for it up to --step-timeout
    (then the reply is lost); an error-like text (WRONG_ANSWERS) fails the step only if the
    right answer has not come --wrong-grace seconds later. With --retry-after S the resident
    does the action once more when nothing came within S seconds (presses the same button,
    sends the same text or photo again), as an impatient person would.
    """

    def __init__(
        self,
        emu: BotApiEmulator,
        user_id: int,
        photo: bytes,
        args: argparse.Namespace,
        progress: Progress,
    ) -> None:
        self.emu, self.user_id, self.photo = emu, user_id, photo
        self.args, self.progress = args, progress
        self.wrong = SCRIPT.wrong

    async def _act(self, step: Step) -> None:
        if step.action == "send":
            await self.emu.send_text(self.user_id, step.arg)
        elif step.action == "photo":
            await self.emu.send_photo(self.user_id, step.arg or None, content=self.photo)
        else:  # the newest message holding the button (a stale copy may have come after it)
            await self.emu.press(self.user_id, self._holding(step.arg), label=step.arg or None)

    def _holding(self, label: str) -> int | None:
        """The newest bot message of the chat with an inline button labelled `label`."""
        for message in reversed(self.emu.bot_messages(self.user_id)):
            if message.has_inline_keyboard() and any(
                label in text for text in message.button_labels()
            ):
                return message.message_id
        return None

    def _changed_after(self, seq: int) -> Callable[[], bool]:
        return lambda: bool(self.emu.changed_since(self.user_id, seq))

    async def do(self, step: Step) -> StepResult:
        """Act, then wait for the answer (see the class)."""
        mark = self.emu.mark()
        result = StepResult(step.name, time.monotonic())
        try:
            await self._act(step)
        except LookupError as exc:  # the button is not there: the last answer was another
            result.acted, result.failure = False, "wrong"
            result.detail = str(exc).split(";")[0]
            return result
        args = self.args
        deadline = result.started + args.step_timeout
        retry_at = result.started + args.retry_after if args.retry_after > 0 else math.inf
        wrong_until, seen = math.inf, mark
        while True:
            now = time.monotonic()
            if any(
                step.answer in (m.text or "") for m in self.emu.changed_since(self.user_id, mark)
            ):
                result.answered = now
                return result
            for message in self.emu.changed_since(self.user_id, seen):
                if any(w in (message.text or "") for w in self.wrong):
                    result.odd.append(_first_line(message.text or ""))
                    wrong_until = min(wrong_until, now + args.wrong_grace)
            seen = self.emu.mark()
            if now >= deadline:
                result.failure, result.detail = "lost", f"no answer in {args.step_timeout:g} s"
                return result
            if now >= wrong_until:
                result.failure, result.detail = "wrong", result.odd[0]
                return result
            if now >= retry_at and not result.retried:
                result.retried = True
                with contextlib.suppress(LookupError):  # the keyboard changed: wait on
                    await self._act(step)
                continue
            wake = min(deadline, wrong_until, math.inf if result.retried else retry_at)
            with contextlib.suppress(TimeoutError):
                await self.emu.wait_for_chat(self.user_id, self._changed_after(seen), wake - now)

    async def walk(self, steps: Sequence[Step], delay: float) -> list[StepResult]:
        """Start after `delay` seconds; do the steps in order, stop at the first failure."""
        await asyncio.sleep(delay)
        results: list[StepResult] = []
        for step in steps:
            result = await self.do(step)
            results.append(result)
            self.progress.add()
            if result.failure:
                self.progress.add(len(steps) - len(results))  # skipped
                break
        return results


# --- the bot, killed and restarted --------------------------------------------------------


@dataclass
class Kill:
    """One SIGKILL and the restart after it."""

    number: int
    at: float  # time.monotonic()
    steps_done: int
    down: float  # seconds from SIGKILL to the new process's first getUpdates
    sending: int  # outbox rows leased to a sender (status sending) when it died
    pending: int  # outbox rows pending when it died
    inbox: int  # updates stored and not handled when it died


class Bots:
    """The bot under test: one process, restarted with the same command, env and log."""

    def __init__(
        self, argv: list[str], env: dict[str, str], log_path: Path, cwd: Path, emu: BotApiEmulator
    ) -> None:
        self.argv, self.env, self.log_path, self.cwd, self.emu = argv, env, log_path, cwd, emu
        self.current: BotProcess | None = None
        self.past_cpu = 0.0
        self.starts = 0

    async def start(self) -> None:
        bot = BotProcess("butler", self.argv, self.env, self.log_path)
        self.current = bot
        self.starts += 1
        await bot.start(self.emu, self.cwd)

    async def kill(self, note: str) -> None:
        """SIGKILL, wait for it to be gone; note it in the log."""
        bot = self.current
        assert bot is not None and bot.process is not None
        self.past_cpu += bot.cpu_seconds()
        bot.process.kill()
        await bot.process.wait()
        with self.log_path.open("a", encoding="utf-8") as out:
            out.write(f"---- bench: {note} ----\n")

    def cpu_seconds(self) -> float:
        return self.past_cpu + (self.current.cpu_seconds() if self.current else 0.0)


def kill_points(kills: int) -> list[float]:
    """Shares of all steps after which to kill: 3 → 20 %, 45 %, 70 % (evenly in between)."""
    if kills <= 0:
        return []
    if kills == 1:
        return [0.45]
    return [0.2 + 0.5 * n / (kills - 1) for n in range(kills)]


async def kill_during(
    bots: Bots, progress: Progress, reader: Reader, args: argparse.Namespace, started: float
) -> list[Kill]:
    """Kill the bot at each kill point of the walk and start it again at once."""
    kills: list[Kill] = []
    for number, share in enumerate(kill_points(args.kills), 1):
        if not await progress.reach(math.ceil(share * progress.total)):
            break
        at = time.monotonic()
        await bots.kill(f"SIGKILL {number} at {at - started:.1f} s, {progress.done} steps done")
        counts, inbox = await reader.queues()
        await bots.start()
        down = time.monotonic() - at
        kills.append(
            Kill(number, at, progress.done, down, counts["sending"], counts["pending"], inbox)
        )
        log.info(
            "SIGKILL %d at %.1f s (%d of %d steps): back in %.1f s; it left %d pushes leased,"
            " %d pending, %d updates in the inbox",
            number,
            at - started,
            progress.done,
            progress.total,
            down,
            counts["sending"],
            counts["pending"],
            inbox,
        )
    return kills


# --- the database, read only --------------------------------------------------------------


@dataclass
class TicketRow:
    id: int
    code: str
    reporter: int | None  # Telegram id
    grid_id: int
    created_wall: float
    photos: list[str]


@dataclass
class PushRow:
    id: int
    recipient: int  # Telegram id
    text_key: str
    action: str
    code: str | None
    status: str
    message_id: int | None
    photos: list[str]
    parts_done: int
    photos_failed: bool
    attempts: int
    last_error: str | None


@dataclass
class Facts:
    """What the bot stored, read after it stopped."""

    tickets: list[TicketRow]
    pushes: list[PushRow]
    butlers: dict[int, list[int]]  # grid id → the Telegram ids of its butlers
    flows: dict[int, tuple[str, str, str | None]]  # Telegram id → (name, status, result_ref)


class Reader:
    """Read-only queries on the bot's database (PRAGMA query_only / read-only transactions)."""

    def __init__(self, url: str) -> None:
        self.sqlite = make_url(url).get_backend_name() == "sqlite"
        self.engine: AsyncEngine = create_async_engine(url, poolclass=NullPool)
        statement = (
            "PRAGMA query_only = ON" if self.sqlite else "SET default_transaction_read_only = on"
        )

        @event.listens_for(self.engine.sync_engine, "connect")
        def _read_only(dbapi_connection: Any, record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(statement)
            cursor.close()

    async def close(self) -> None:
        await self.engine.dispose()

    async def queues(self) -> tuple[Counter[str], int]:
        """Outbox rows by status, and updates waiting in the inbox."""
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(tables.outbox.c.status, func.count()).group_by(tables.outbox.c.status)
            )
            counts = Counter({str(status): int(n) for status, n in rows})
            inbox = (await conn.execute(select(func.count()).select_from(tables.inbox))).scalar()
        return counts, int(inbox or 0)

    async def facts(self) -> Facts:
        t = tables
        async with self.engine.connect() as conn:
            photos: dict[int, list[str]] = defaultdict(list)
            query = select(t.ticket_photos.c.ticket_id, t.ticket_photos.c.file_id).where(
                t.ticket_photos.c.phase == "report"
            )
            for ticket_id, file_id in await conn.execute(query):
                photos[int(ticket_id)].append(str(file_id))
            reporter = t.accounts.c.telegram_id
            query = select(
                t.tickets.c.id,
                t.tickets.c.kind,
                t.tickets.c.number,
                t.tickets.c.grid_id,
                t.tickets.c.created_at,
                reporter,
            ).outerjoin(t.accounts, t.accounts.c.id == t.tickets.c.reporter_account_id)
            tickets = [
                TicketRow(
                    int(row.id),
                    f"{'C' if row.kind == 'complaint' else 'R'}-{row.number:04d}",
                    None if row.telegram_id is None else int(row.telegram_id),
                    int(row.grid_id),
                    row.created_at.timestamp(),
                    photos[int(row.id)],
                )
                for row in await conn.execute(query)
            ]
            o = t.outbox
            query = select(o, reporter.label("recipient")).join(
                t.accounts, t.accounts.c.id == o.c.account_id
            )
            pushes = [
                PushRow(
                    int(row.id),
                    int(row.recipient),
                    str(row.text_key),
                    str(row.action),
                    (row.args or {}).get("code"),
                    str(row.status),
                    None if row.message_id is None else int(row.message_id),
                    list(row.photos or []),
                    int(row.parts_done),
                    bool(row.photos_failed),
                    int(row.attempts),
                    row.last_error,
                )
                for row in await conn.execute(query.order_by(o.c.id))
            ]
            butlers: dict[int, list[int]] = defaultdict(list)
            query = (
                select(t.staff_grids.c.grid_id, reporter)
                .join(t.staff, t.staff.c.id == t.staff_grids.c.staff_id)
                .join(t.accounts, t.accounts.c.id == t.staff.c.account_id)
                .where(t.staff.c.role == "butler")
            )
            for grid_id, telegram_id in await conn.execute(query):
                butlers[int(grid_id)].append(int(telegram_id))
            query = select(reporter, t.flows.c.name, t.flows.c.status, t.flows.c.result_ref).join(
                t.accounts, t.accounts.c.id == t.flows.c.account_id
            )
            flows = {
                int(row.telegram_id): (str(row.name), str(row.status), row.result_ref)
                for row in await conn.execute(query)
            }
        return Facts(tickets, pushes, dict(butlers), flows)


async def drain(reader: Reader, limit: float, quiet: float = 2.0) -> tuple[float, Counter[str]]:
    """Wait until no push is pending or being sent and the inbox is empty (at most `limit`
    seconds); return the seconds waited and the outbox's statuses at the end."""
    started = time.monotonic()
    while True:
        counts, inbox = await reader.queues()
        idle = not counts["pending"] and not counts["sending"] and not inbox
        if idle or time.monotonic() - started >= limit:
            return time.monotonic() - started, counts
        await asyncio.sleep(quiet)


# --- the run ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """Everything one run saw, for the report."""

    args: argparse.Namespace
    residents: list[int]  # Telegram ids of the residents who walked
    butler_ids: list[int]
    unbound: int
    results: dict[int, list[StepResult]]
    kills: list[Kill]
    facts: Facts
    created: list[Created]
    lost_answers: set[tuple[int, int]]  # (chat, message id) sent with a "lost" answer
    stats: Counter[str]
    walk_seconds: float
    drain_seconds: float
    drained: Counter[str]  # outbox statuses at the end of the drain
    bot_cpu: float
    stop_code: int | None
    log_kinds: Counter[str]  # see problem_kinds
    started: float


def bot_settings(
    args: argparse.Namespace, prepared: Prepared, emu: BotApiEmulator
) -> dict[str, str]:
    return {
        "bot_token": BOT_TOKEN,
        "database_url": prepared.url,
        "api_base_url": emu.base_url,
        "api_file_url": emu.base_file_url,
        "tick_seconds": str(args.tick_seconds),
        "log_level": args.log_level,
        "files_dir": str(prepared.folder / "files"),
    }


async def walk_everyone(
    emu: BotApiEmulator, residents: list[Resident], args: argparse.Namespace
) -> dict[int, list[StepResult]]:
    """Everyone walks the repair flow, each starting at a random moment within --stagger s."""
    rng = random.Random(args.seed)
    delays = [rng.uniform(0, args.stagger) for _ in residents]
    walks = await asyncio.gather(
        *(r.walk(SCRIPT.steps, d) for r, d in zip(residents, delays, strict=True))
    )
    return {r.user_id: w for r, w in zip(residents, walks, strict=True)}


async def one_run(args: argparse.Namespace, prepared: Prepared) -> Outcome:
    """Start the bot, bind everyone, walk with kills or faults, drain, stop, count."""
    emu = BotApiEmulator("butler_bench_bot")
    await emu.start()
    recorder = Recorder(emu)
    argv = ["-m", "bot", "run", *args.bot_args]
    settings = bot_settings(args, prepared, emu)
    env = clean_env() | {f"BUTLER_{k.upper()}": v for k, v in settings.items()}
    if args.code is not None:  # --snapshot: the bot imports bot, handlers… from there
        env["PYTHONPATH"] = str(args.code)
    bots = Bots(argv, env, prepared.folder / "bot.log", prepared.folder, emu)
    reader = Reader(prepared.url)
    killer: asyncio.Task[list[Kill]] | None = None
    progress = Progress(0)
    try:
        await bots.start()
        people, unbound = await bind_everyone(emu, prepared.codes, args, SCRIPT)
        await settle(emu)
        log.info("%d residents bound (%d people did not)", len(people), unbound)
        progress = Progress(len(people) * len(SCRIPT.steps))
        photo = make_png(64, 48)
        residents = [Resident(emu, p.user_id, photo, args, progress) for p in people]
        recorder.active = True
        started = time.monotonic()
        if args.mode == "faults":
            emu.set_random_faults(
                args.fault_rate, args.seed, args.fault_kinds, timeout_seconds=args.fault_timeout
            )
        if args.mode == "kill":
            killer = asyncio.create_task(kill_during(bots, progress, reader, args, started))
        results = await walk_everyone(emu, residents, args)
        walked = time.monotonic() - started
        progress.finish()
        kills = await killer if killer is not None else []
        log.info("walk done in %.1f s; draining the outbox", walked)
        drained, counts = await drain(reader, args.drain_limit)
        if args.mode == "faults":
            emu.clear_faults()
            more, counts = await drain(reader, 30.0)
            drained += more
        await settle(emu, quiet=1.0, limit=10.0)
        stats = Counter(emu.stats)
        cpu = bots.cpu_seconds()
        assert bots.current is not None
        code = await bots.current.stop(args.stop_grace)
        log.info("outbox drained in %.1f s: %s; bot stopped (%s)", drained, dict(counts), code)
        facts = await reader.facts()
    finally:
        if killer is not None and not killer.done():  # the walk failed: let a restart end
            progress.finish()
            await asyncio.gather(killer, return_exceptions=True)
        await reader.close()
        if bots.current is not None:
            await bots.current.stop(args.stop_grace)
        await emu.stop()
    lost = {
        (int(d.chat_id), m)
        for d in emu.faults.random_log
        if d.outcome.startswith("lost") and isinstance(d.chat_id, int)
        for m in d.message_ids
    }
    return Outcome(
        args=args,
        residents=[r.user_id for r in residents],
        butler_ids=sorted({b for ids in facts.butlers.values() for b in ids}),
        unbound=unbound,
        results=results,
        kills=kills,
        facts=facts,
        created=recorder.created,
        lost_answers=lost,
        stats=stats,
        walk_seconds=walked,
        drain_seconds=drained,
        drained=counts,
        bot_cpu=cpu,
        stop_code=code,
        log_kinds=problem_kinds(bots.log_path),
        started=started,
    )


# --- counting -------------------------------------------------------------------------------


@dataclass
class Twice:
    """A message that reached a chat more than once."""

    what: str  # "reply <step>", "push text", "push photo"
    chat_id: int
    copies: list[Created]
    cause: str  # "lost answer" (the first copy's answer was lost), "kill", "unexplained"


def cause_of(outcome: Outcome, copies: list[Created]) -> str:
    """Why a message came twice: the first copy was sent with a lost answer (random fault), a
    kill fell between the copies, or neither."""
    first, second = copies[0], copies[1]
    if (first.chat_id, first.message_id) in outcome.lost_answers:
        return "lost answer"
    gaps = [k.at - first.at for k in outcome.kills if first.at <= k.at <= second.at]
    if gaps:
        return f"kill {min(gaps):.2f} s after the first copy"
    return "unexplained"


@dataclass
class Counts:
    """The figures of one run."""

    rows: list[tuple[str, str]] = field(default_factory=list)
    twice: list[Twice] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, value: object) -> None:
        self.rows.append((name, str(value)))


def count_tickets(outcome: Outcome, counts: Counts) -> None:
    facts, results = outcome.facts, outcome.results
    by_reporter: Counter[int] = Counter(t.reporter for t in facts.tickets if t.reporter)
    ids = {str(t.id) for t in facts.tickets}
    confirm = {
        uid: next((r for r in walk if r.step == FILED.name), None) for uid, walk in results.items()
    }
    pressed = {uid for uid, r in confirm.items() if r is not None and r.acted}
    saw = {uid for uid, r in confirm.items() if r is not None and r.answered is not None}
    lost = sorted(uid for uid in pressed if not by_reporter[uid])
    orphans = sorted(
        uid
        for uid, (name, status, ref) in facts.flows.items()
        if status == "done" and ref is not None and ref not in ids
    )
    counts.add("residents walking / unbound", f"{len(outcome.residents)} / {outcome.unbound}")
    counts.add(
        "tickets filed (rows) / residents who pressed confirm",
        f"{len(facts.tickets)} / {len(pressed)}",
    )
    counts.add("residents who saw 工单号", len(saw))
    counts.add(
        "**tickets lost** (confirmed, no row; + done flows whose ticket is gone)",
        f"{len(lost)} + {len(orphans)}",
    )
    counts.add(
        "tickets duplicated (a resident with > 1 ticket)",
        sum(n - 1 for n in by_reporter.values() if n > 1),
    )
    unanswered = sorted(uid for uid in by_reporter if uid not in saw)
    counts.add("tickets filed whose resident never saw 工单号", len(unanswered))
    for uid in lost[:5]:
        counts.notes.append(f"ticket lost: resident {uid}, confirm step {confirm[uid]}")
    for uid in orphans[:5]:
        counts.notes.append(f"done flow without its ticket: resident {uid} {facts.flows[uid]}")


def count_pushes(outcome: Outcome, counts: Counts) -> list[float]:
    """Staff pushes of the new tickets: each expected once in its butler's chat."""
    facts = outcome.facts
    rows = {(p.code, p.recipient): p for p in facts.pushes if p.text_key == STAFF_CARD}
    texts: dict[tuple[str, int], list[Created]] = defaultdict(list)
    photos: dict[tuple[str, int], list[Created]] = defaultdict(list)  # by (file id, chat)
    for c in outcome.created:
        if c.chat_id not in outcome.butler_ids:
            continue
        if c.kind == "text" and (match := PUSH_CODE.search(_first_line(c.text))):
            texts[(match.group(1), c.chat_id)].append(c)
        for file_id in set(c.photos):
            photos[(file_id, c.chat_id)].append(c)
    expected = [(t, b) for t in facts.tickets for b in facts.butlers.get(t.grid_id, [])]
    missing = [(t.code, b) for t, b in expected if (t.code, b) not in rows]
    lost: Counter[str] = Counter()
    photo_lost = twice = photo_twice = other_id = 0
    delays = []
    for ticket, butler in expected:
        key = (ticket.code, butler)
        row = rows.get(key)
        copies = texts.get(key, [])
        pictures = [photos.get((f, butler), []) for f in ticket.photos]
        if row is None:
            continue
        if not copies:
            lost[row.status] += 1
            counts.notes.append(f"push lost: {ticket.code} to {butler}: {row}")
        elif row.status == "sent" and row.message_id not in {c.message_id for c in copies}:
            other_id += 1
        if copies:
            delays.append(copies[0].wall - ticket.created_wall)
        if row.photos and not row.photos_failed and not all(pictures):
            photo_lost += 1
            counts.notes.append(f"push photo lost: {ticket.code} to {butler}: {row}")
        if len(copies) > 1:
            twice += len(copies) - 1
            counts.twice.append(Twice("push text", butler, copies, cause_of(outcome, copies)))
        for picture in pictures:
            if len(picture) > 1:
                photo_twice += len(picture) - 1
                cause = cause_of(outcome, picture)
                counts.twice.append(Twice("push photo", butler, picture, cause))
    statuses = Counter(p.status for p in rows.values())
    counts.add(
        "staff pushes expected (ticket × butler) / outbox rows", f"{len(expected)} / {len(rows)}"
    )
    counts.add(
        "outbox rows by status at the end",
        ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())),
    )
    total_lost = sum(lost.values()) + len(missing)
    detail = ", ".join(f"{k} {v}" for k, v in sorted(lost.items())) or "–"
    counts.add(
        "**pushes lost** (never in the chat: by row status; + rows missing)",
        f"{total_lost} ({detail}; + {len(missing)})",
    )
    counts.add("push photos lost", photo_lost)
    counts.add(
        "**pushes sent twice** (extra text copies / extra photo copies)",
        f"{twice} / {photo_twice}",
    )
    counts.add("pushes marked sent with another message id", other_id)
    retried = sum(1 for p in rows.values() if p.attempts or p.last_error)
    counts.add("staff pushes that needed a retry (attempts or an error noted)", retried)
    return delays


def count_replies(outcome: Outcome, counts: Counts) -> None:
    """Steps without an answer, steps answered twice (identical new bot messages)."""
    flat = [r for walk in outcome.results.values() for r in walk]
    patience = outcome.args.patience
    failures = Counter(r.failure for r in flat if r.failure)
    waited = [r for r in flat if r.seconds is not None and r.seconds > patience]
    counts.add(
        "steps done / expected", f"{len(flat)} / {len(outcome.residents) * len(SCRIPT.steps)}"
    )
    counts.add(f"steps answered after more than {patience:g} s (waited)", len(waited))
    counts.add("steps the resident did again (--retry-after)", sum(r.retried for r in flat))
    counts.add(
        f"**replies lost** (no answer within {outcome.args.step_timeout:g} s)", failures["lost"]
    )
    counts.add("steps with a wrong answer", failures["wrong"])
    counts.add("steps that saw an error-like text on the way", sum(1 for r in flat if r.odd))
    twice = 0
    residents = set(outcome.residents)
    groups: dict[tuple[int, str, str, tuple[str, ...]], list[Created]] = defaultdict(list)
    for c in outcome.created:  # error texts are counted below, not as doubles
        if c.chat_id in residents and not any(w in c.text for w in SCRIPT.wrong):
            groups[(c.chat_id, c.kind, c.text, c.labels)].append(c)
    for (chat, _, text, _), copies in groups.items():
        if len(copies) > 1:
            step = next((s.name for s in SCRIPT.steps if s.answer in text), _first_line(text))
            twice += len(copies) - 1
            repeated = any(
                r.retried and r.started <= copies[1].at and copies[0].at <= (r.answered or 1e18)
                for r in outcome.results.get(chat, [])
            )
            cause = "repeat by the resident" if repeated else cause_of(outcome, copies)
            counts.twice.append(Twice(f"reply {step}", chat, copies, cause))
    counts.add("**replies sent twice** (identical new bot messages in a resident's chat)", twice)
    errors = Counter(
        _first_line(c.text)
        for c in outcome.created
        if c.chat_id in residents and any(w in c.text for w in SCRIPT.wrong)
    )
    counts.add(
        "error texts sent to residents (any time, WRONG_ANSWERS)",
        f"{sum(errors.values())}"
        + (f" ({', '.join(f'{n} × {t}' for t, n in errors.most_common(3))})" if errors else ""),
    )
    fallback = [p for p in outcome.facts.pushes if p.text_key == REPLY_FALLBACK]
    statuses = Counter(p.status for p in fallback)
    counts.add(
        "replies queued in the outbox (Telegram refused them for a few s)",
        f"{len(fallback)} ({', '.join(f'{k} {v}' for k, v in sorted(statuses.items())) or '–'})",
    )


def analyse(outcome: Outcome) -> Counts:
    counts = Counts()
    count_tickets(outcome, counts)
    delays = count_pushes(outcome, counts)
    count_replies(outcome, counts)
    causes = Counter(t.cause.split(" ")[0] for t in counts.twice)
    counts.add("doubles by cause", ", ".join(f"{k} {v}" for k, v in sorted(causes.items())) or "–")
    counts.add(
        "push delay (ticket row → text in the butler's chat) p50 / p95 / max s",
        " / ".join(f"{percentile(delays, q):.1f}" for q in (50, 95, 100)),
    )
    return counts


# --- the report ------------------------------------------------------------------------------


LEVELS = ("WARNING", "ERROR", "CRITICAL")
NUMBER = re.compile(r"\d+(\.\d+)?")
FRAME = re.compile(r'File "[^"]*/((?:bot|handlers|storage)/[^"]+)", line (\d+), in (\w+)')


def problem_kinds(log_path: Path) -> Counter[str]:
    """The bot's log lines at WARNING and above by kind (level, logger and message with the
    numbers blurred); a traceback adds its (last) exception and the innermost frame of the
    project's code."""
    kinds: Counter[str] = Counter()
    lines = log_path.read_text(errors="replace").splitlines() if log_path.exists() else []
    kind: str | None = None
    exception = frame = ""

    def flush() -> None:
        if kind is not None:
            where = f" (at {frame})" if frame else ""
            kinds[kind + (f" ← {exception[:110]}{where}" if exception else "")] += 1

    for line in lines:
        words = line.split(" ", 3)
        if line.startswith("---- bench:"):  # a kill noted by Bots.kill
            flush()
            kind = None
        elif len(words) == 4 and words[0][:1].isdigit():  # a log line: "date time LEVEL text"
            flush()
            source, _, text = words[3].partition(": ")  # the logger keeps its digits
            blurred = f"{words[2]} {source}: {NUMBER.sub('N', text)}"[:130]
            kind, exception, frame = (blurred if words[2] in LEVELS else None), "", ""
        elif kind is not None and (found := FRAME.search(line)):
            frame = f"{found.group(1)}:{found.group(2)} {found.group(3)}"
        elif line and not line[0].isspace() and not line.startswith(("Traceback", "During")):
            exception = line
    flush()
    return kinds


def step_table(outcome: Outcome) -> str:
    body = []
    for step in [*SCRIPT.steps, None]:
        name = step.name if step else "all"
        results = [
            r for w in outcome.results.values() for r in w if step is None or r.step == name
        ]
        seconds = [r.seconds for r in results if r.seconds is not None]
        cells = [f"{percentile(seconds, q):.2f}" if seconds else "–" for q in (50, 95, 100)]
        waited = sum(1 for s in seconds if s > outcome.args.patience)
        failures = Counter(r.failure for r in results if r.failure)
        body.append(
            [
                name,
                str(len(results)),
                *cells,
                str(waited),
                str(failures["lost"]),
                str(failures["wrong"]),
            ]
        )
    header = ["step", "done", "p50 s", "p95 s", "max s", "waited", "lost", "wrong"]
    return markdown(header, body)


def print_report(outcome: Outcome, counts: Counts, total: float) -> None:
    args = outcome.args
    what = (
        f"{len(outcome.kills)} × SIGKILL + restart"
        if args.mode == "kill"
        else f"random faults at {args.fault_rate:g} ({','.join(args.fault_kinds)},"
        f" seed {args.seed})"
    )
    print(
        f"\nfaults: {len(outcome.residents)} residents × {len(SCRIPT.steps)} steps, {args.db},"
        f" mode {args.mode}: {what}; starts spread over {args.stagger:g} s;"
        f" extra `butler run` args: {' '.join(args.bot_args) or '(none)'}\n"
    )
    rows = [
        *counts.rows,
        ("walk / drain s", f"{outcome.walk_seconds:.1f} / {outcome.drain_seconds:.1f}"),
        ("outbox at the end", ", ".join(f"{k} {v}" for k, v in sorted(outcome.drained.items()))),
        ("bot CPU s (all its processes)", f"{outcome.bot_cpu:.1f}"),
        ("bot exit after the run (SIGTERM)", str(outcome.stop_code)),
    ]
    print(markdown(["figure", "value"], [[name, value] for name, value in rows]))
    if outcome.kills:
        print("\nkills:")
        body = [
            [
                str(k.number),
                f"{k.at - outcome.started:.1f}",
                str(k.steps_done),
                f"{k.down:.1f}",
                str(k.sending),
                str(k.pending),
                str(k.inbox),
            ]
            for k in outcome.kills
        ]
        header = ["kill", "at s", "steps done", "down s", "pushes leased", "pending", "inbox"]
        print(markdown(header, body))
    random_stats = {k: v for k, v in sorted(outcome.stats.items()) if k.startswith("random")}
    basic = {k: outcome.stats[k] for k in ("requests", "sent", "429", "5xx")}
    print(f"\nemulator: {basic}" + (f"; {random_stats}" if random_stats else ""))
    print("\nper step (answered: seconds from the action to the answer):")
    print(step_table(outcome))
    if counts.twice:
        print(f"\nsent twice ({len(counts.twice)}):")
        for twice in counts.twice[:12]:
            first, second = twice.copies[0], twice.copies[1]
            print(
                f"  {twice.what} in chat {twice.chat_id}: ×{len(twice.copies)},"
                f" #{first.message_id} at {first.at - outcome.started:.2f} s and"
                f" #{second.message_id} at {second.at - outcome.started:.2f} s;"
                f" {twice.cause}: {_first_line(first.text) or first.kind!r}"
            )
    failed: dict[str, list[int]] = defaultdict(list)
    for uid, walk in outcome.results.items():
        for r in walk:
            if r.failure:
                failed[f"{r.step}: {r.failure}: {r.detail}"].append(uid)
    if failed:
        print("\nfailed steps:")
        for text, uids in sorted(failed.items(), key=lambda item: -len(item[1]))[:10]:
            print(f"  {len(uids):4d} × {text} (residents {', '.join(map(str, uids[:5]))})")
    odd = Counter(f"{r.step}: {o}" for w in outcome.results.values() for r in w for o in r.odd)
    if odd:
        print("\nerror-like texts seen on the way:")
        for text, n in odd.most_common(10):
            print(f"  {n:4d} × {text}")
    for note in counts.notes[:10]:
        print(f"  {note}")
    kinds = outcome.log_kinds
    print(f"\nbot log: {sum(kinds.values())} lines at WARNING or above, by kind:")
    for text, n in kinds.most_common(15):
        print(f"  {n:5d} × {text}")
    print(f"\n(total {total:.0f} s)")


# --- the command line -------------------------------------------------------------------------


def checkout() -> str:
    """The commit of the bot's code and whether it has changes (bot, handlers, storage,
    locales): the bot is started anew after each kill, so the code must not move meanwhile."""
    repo = Path(__file__).resolve().parent.parent

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else "?"

    dirty = git("status", "--porcelain", "--", "bot", "handlers", "storage", "locales")
    changed = [line for line in dirty.splitlines() if "bot/sandbox/" not in line]
    return git("rev-parse", "--short", "HEAD") + (" with changes" if changed else "")


def snapshot(ref: str, folder: Path) -> str:
    """Extract `git archive REF` of the checkout into `folder`; return its commit."""
    repo = Path(__file__).resolve().parent.parent
    commit = subprocess.run(
        ["git", "rev-parse", "--short", ref], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    archive = subprocess.run(["git", "archive", ref], cwd=repo, capture_output=True, check=True)
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return commit


def parse(argv: list[str]) -> argparse.Namespace:
    """Read the command line; what follows `--` goes to `butler run`."""
    cut = argv.index("--") if "--" in argv else len(argv)
    ours, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(prog="faults", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--residents", type=int, default=200)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--mode", choices=("kill", "faults"), default="kill")
    parser.add_argument("--kills", type=int, default=3, help="kill: SIGKILLs during the walk")
    parser.add_argument("--fault-rate", type=float, default=0.05, help="faults: per request")
    parser.add_argument(
        "--fault-kinds",
        default=",".join(RANDOM_KINDS),
        help=f"faults: comma-separated, of {','.join(RANDOM_KINDS)}",
    )
    parser.add_argument(
        "--fault-timeout", type=float, default=12.0, help="faults: seconds a 'timeout' holds"
    )
    parser.add_argument("--seed", type=int, default=1, help="start times and faults")
    parser.add_argument(
        "--stagger", type=float, default=40.0, help="residents start within this many seconds"
    )
    parser.add_argument(
        "--patience", type=float, default=10.0, help="a step answered later counts as waited"
    )
    parser.add_argument(
        "--retry-after",
        type=float,
        default=0.0,
        help="do a step's action again after this many seconds without an answer (0: never)",
    )
    parser.add_argument(
        "--step-timeout", type=float, default=120.0, help="seconds: no answer = reply lost"
    )
    parser.add_argument(
        "--wrong-grace",
        type=float,
        default=60.0,
        help="seconds after an error-like text before the step counts as wrong",
    )
    parser.add_argument(
        "--drain-limit", type=float, default=240.0, help="seconds to wait for the outbox"
    )
    parser.add_argument("--tick-seconds", type=float, default=2.0, help="BUTLER_TICK_SECONDS")
    parser.add_argument("--log-level", default="INFO", help="BUTLER_LOG_LEVEL of the bot")
    parser.add_argument("--pg-admin-url", default=DEFAULT_PG_ADMIN)
    parser.add_argument("--stop-grace", type=float, default=10.0, help="SIGTERM → SIGKILL s")
    parser.add_argument(
        "--setup-processes", type=int, default=2, help="operator processes issuing invites"
    )
    parser.add_argument("--keep", metavar="DIR", help="keep logs, files (and SQLite) in DIR")
    parser.add_argument(
        "--snapshot",
        metavar="REF",
        help="run the bot and the operator commands from `git archive REF` (e.g. HEAD) in a"
        " temporary folder, so edits to the checkout during the run do not reach the bot",
    )
    args = parser.parse_args(ours)
    args.fault_kinds = tuple(k for k in args.fault_kinds.split(",") if k)
    if set(args.fault_kinds) - set(RANDOM_KINDS):
        parser.error(f"--fault-kinds: some of {','.join(RANDOM_KINDS)}")
    args.bot_args = extra
    args.cli_per_process = False  # for bench.load.phases.prepare
    return args


async def bench(args: argparse.Namespace, folder: Path) -> Outcome:
    databases = Databases(args.db, folder, args.pg_admin_url)
    prepared = await prepare(args, databases, 1)
    try:
        return await one_run(args, prepared)
    finally:
        if not (args.keep and args.db == "sqlite"):
            await databases.drop(prepared.url)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    logging.getLogger("aiohttp").setLevel(logging.WARNING)
    started = time.monotonic()
    load, code = os.getloadavg()[0], checkout()
    with tempfile.TemporaryDirectory(prefix="faults_") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        args.code = None
        if args.snapshot:
            args.code = Path(tmp) / "code"
            code = f"snapshot of {snapshot(args.snapshot, args.code)} (git archive)"
            phases.REPO = args.code  # the operator commands' PYTHONPATH (bench.cli_batch)
        try:
            outcome = asyncio.run(bench(args, folder))
        except (RuntimeError, SetupError) as exc:  # the bot or a command failed: say how
            print(f"faults: {exc}", file=sys.stderr)
            return 1
    counts = analyse(outcome)
    counts.add("load average at the start / end", f"{load:.2f} / {os.getloadavg()[0]:.2f}")
    now = code if args.snapshot else checkout()
    moved = "" if now == code else f" → {now} (the code changed during the run!)"
    counts.add("checkout", code + moved)
    print_report(outcome, counts, time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
