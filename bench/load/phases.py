"""The phases of bench/flow_load.py: set up, start the bot, bind, time; the echo baselines."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from bench.load.databases import Databases, run_folder
from bench.load.operator import EstateCodes, Operator, make_units, set_up_estate
from bench.load.people import Person, Script, Step, walk_all
from bench.load.procs import BotProcess, bench_cpu_seconds
from bench.load.report import Phase, Run
from bot.sandbox.emulator import BotApiEmulator, make_png

REPO = Path(__file__).resolve().parent.parent.parent
TOKEN = "123456:BENCH-load_token"
RESIDENT_IDS, BUTLER_IDS, ECHO_IDS = 8_000_000, 9_000_000, 6_000_000
ECHO_CONCURRENCY = (1, 32)
BIND_TIMEOUT = 120.0
log = logging.getLogger("flow_load")


def echo_script(script: tuple[Step, ...]) -> tuple[Step, ...]:
    """The same actions for the echo bot: a text or photo gets a message, a press an answer."""
    return tuple(
        Step(s.name, s.action, "", "", wait="callback")
        if s.action == "press"
        else Step(s.name, s.action, s.arg, "")
        for s in script
    )


def clean_env(*, bench_modules: bool = False, **settings: str) -> dict[str, str]:
    """This process's environment without BUTLER_* settings, plus the given ones (and the
    checkout on PYTHONPATH for `python -m bench.…`, run from a temporary folder)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUTLER_")}
    if bench_modules:
        env["PYTHONPATH"] = str(REPO)
    return env | {f"BUTLER_{k.upper()}": v for k, v in settings.items()}


async def settle(emu: BotApiEmulator, quiet: float = 1.0, limit: float = 30.0) -> None:
    """Wait until the bot has made no request for `quiet` seconds (at most `limit`)."""
    deadline = time.monotonic() + limit
    last = -1
    while time.monotonic() < deadline and emu.stats["requests"] != last:
        last = emu.stats["requests"]
        await asyncio.sleep(quiet)


async def timed(
    name: str,
    emu: BotApiEmulator,
    bot: BotProcess,
    people: list[Person],
    script: tuple[Step, ...],
) -> Phase:
    """Everyone walks the script at once; measure it."""
    cpu, bench, requests = bot.cpu_seconds(), bench_cpu_seconds(), emu.stats["requests"]
    workers = bot.child_cpu_seconds()
    outcomes = await walk_all(people, script)
    if workers:  # `--workers N`: how the work split between the processes
        split = {
            pid: seconds - workers.get(pid, 0.0)
            for pid, seconds in bot.child_cpu_seconds().items()
        }
        log.info("%s: CPU s per worker process over the timed phase: %s", name, split)
    return Phase(
        name,
        len(people),
        outcomes,
        bot_cpu=bot.cpu_seconds() - cpu,
        bench_cpu=bench_cpu_seconds() - bench,
        requests=emu.stats["requests"] - requests,
    )


async def bind(people: list[Person], codes: list[str], answer: str) -> list[bool]:
    """Everyone sends `/start CODE` at once; return who got the welcome."""
    steps = [Step("bind", "send", f"/start {code}", answer) for code in codes]
    pairs = zip(people, steps, strict=True)
    outcomes = await asyncio.gather(*(p.do(s, BIND_TIMEOUT) for p, s in pairs))
    for outcome in [o for o in outcomes if o.failure][:5]:
        log.warning("binding failed: %s %s", outcome.failure, outcome.detail)
    return [not o.failure for o in outcomes]


def make_people(
    emu: BotApiEmulator,
    first_id: int,
    count: int,
    args: argparse.Namespace,
    script: Script,
    name: str = "住户",
    *,
    echo: bool = False,
) -> list[Person]:
    """Add `count` emulated users speaking the script's language; return them (for the echo
    bot, any answer is the right one)."""
    wrong = () if echo else script.wrong
    photo = make_png(64, 48)
    people = []
    for n in range(count):
        user_id = first_id + n
        emu.add_user(user_id, f"{name}{n + 1}", language_code=script.language_code)
        people.append(Person(emu, user_id, photo=photo, timeout=args.step_timeout, wrong=wrong))
    return people


@dataclass
class Prepared:
    """A run's fresh database with the estate set up; no bot has used it yet."""

    run: int
    folder: Path
    url: str
    codes: EstateCodes


async def prepare(args: argparse.Namespace, databases: Databases, run: int) -> Prepared:
    """Create the run's database and set the estate up with the operator commands."""
    started, folder = time.monotonic(), run_folder(databases.folder, run)
    url = await databases.create(run)
    env = clean_env(bench_modules=True, database_url=url, log_level="WARNING")
    try:
        with (folder / "operator.log").open("wb") as out:
            async with contextlib.AsyncExitStack() as stack:
                operators = [
                    await stack.enter_async_context(
                        Operator(env, folder, out, per_process=args.cli_per_process)
                    )
                    for _ in range(args.setup_processes)
                ]
                units = make_units(args.residents)
                codes = await set_up_estate(operators, folder / "units.csv", units)
    except BaseException:
        await databases.drop(url)
        raise
    log.info("run %d: estate set up in %.1f s", run, _since(started))
    return Prepared(run, folder, url, codes)


async def butler_phase(
    args: argparse.Namespace, prepared: Prepared, script: Script
) -> tuple[Phase, asyncio.Task[None]]:
    """Start the bot, bind everyone, time the repair flows; return the phase and the task
    that stops the bot (SIGTERM sent; it may take a while to drain its outbox)."""
    emu = BotApiEmulator("butler_bench_bot")
    await emu.start()
    folder, started = prepared.folder, time.monotonic()
    settings = {
        "bot_token": TOKEN,
        "database_url": prepared.url,
        "api_base_url": emu.base_url,
        "api_file_url": emu.base_file_url,
        "tick_seconds": str(args.tick_seconds),
        "log_level": args.log_level,
        "files_dir": str(folder / "files"),
    }
    bot = BotProcess(
        "butler",
        [*_profiler(args), "-m", "bot", "run", *args.bot_args],
        clean_env(**settings),
        folder / "bot.log",
    )
    try:
        await bot.start(emu, folder)
        residents, unbound = await bind_everyone(emu, prepared.codes, args, script)
        await settle(emu)
        log.info(
            "run %d: %d bound, %.1f s after the start",
            prepared.run,
            len(residents),
            _since(started),
        )
        emu.set_latency(args.latency_ms / 1000)
        phase = await timed("butler", emu, bot, residents, script.steps)
        phase.unbound = unbound
        emu.set_latency(0)
    except BaseException:
        await _stop(args, bot, emu)
        raise
    log.info("run %d: butler %.1f upd/s", prepared.run, phase.rate)
    return phase, asyncio.create_task(_stop(args, bot, emu, phase))


async def bind_everyone(
    emu: BotApiEmulator, codes: EstateCodes, args: argparse.Namespace, script: Script
) -> tuple[list[Person], int]:
    """The butlers, then the residents bind with `/start CODE`; return the residents who did
    and how many people did not."""
    butlers = make_people(emu, BUTLER_IDS, len(codes.butlers), args, script, "管家")
    residents = make_people(emu, RESIDENT_IDS, len(codes.residents), args, script)
    staff = await bind(butlers, [code for _, code in codes.butlers], script.bind_answer)
    bound = await bind(residents, [code for _, code in codes.residents], script.bind_answer)
    walking = [person for person, ok in zip(residents, bound, strict=True) if ok]
    return walking, staff.count(False) + bound.count(False)


async def _stop(
    args: argparse.Namespace, bot: BotProcess, emu: BotApiEmulator, phase: Phase | None = None
) -> None:
    """Stop the bot (SIGTERM, SIGKILL after the grace time), then its emulator."""
    pushed = staff_messages(emu)
    try:
        code = await bot.stop(args.stop_grace)
    finally:
        await emu.stop()
    how = f"killed after {args.stop_grace:g} s" if bot.killed else f"exit {code}"
    log.info(
        "%s stopped in %.1f s (%s); staff got %d bot messages before SIGTERM, %d after",
        bot.name,
        bot.stop_seconds,
        how,
        pushed,
        staff_messages(emu) - pushed,
    )
    if phase is not None:
        phase.problems, phase.stop_seconds = bot.problems(), bot.stop_seconds
        if bot.killed:
            phase.problems.append(f"did not stop within {args.stop_grace:g} s of SIGTERM: killed")


def staff_messages(emu: BotApiEmulator) -> int:
    """Bot messages in the butlers' chats (their welcome, then pushed tickets)."""
    chats = [chat for chat in emu.state.chats if chat >= BUTLER_IDS]
    return sum(len(emu.bot_messages(chat)) for chat in chats)


def _since(started: float) -> float:
    return time.monotonic() - started


async def echo_phase(
    args: argparse.Namespace, run: int, concurrency: int, folder: Path, script: Script
) -> Phase:
    """The echo bot with `concurrency` under the same load, emulator latency and script."""
    async with BotApiEmulator("echo_bench_bot") as emu:
        emu.set_latency(args.latency_ms / 1000)
        argv = ["-m", "bench.echo_bot", "--token", TOKEN, "--base-url", emu.base_url]
        argv += ["--base-file-url", emu.base_file_url, "--concurrent-updates", str(concurrency)]
        log_path = run_folder(folder, run) / f"echo{concurrency}.log"
        bot = BotProcess(f"echo({concurrency})", argv, clean_env(bench_modules=True), log_path)
        await bot.start(emu, folder)
        try:
            people = make_people(emu, ECHO_IDS, args.residents, args, script, echo=True)
            phase = await timed(bot.name, emu, bot, people, echo_script(script.steps))
        finally:
            await bot.stop()
        phase.problems, phase.stop_seconds = bot.problems(), bot.stop_seconds
        log.info("run %d: %s %.1f upd/s", run, bot.name, phase.rate)
        return phase


async def one_run(
    args: argparse.Namespace, databases: Databases, prepared: Prepared, script: Script
) -> tuple[Run, Prepared | None]:
    """The bot, then the echo baselines; the next run's estate is set up while the bot stops."""
    try:
        phase, stopping = await butler_phase(args, prepared, script)
        try:
            upcoming = None
            if prepared.run < args.runs:
                upcoming = await prepare(args, databases, prepared.run + 1)
        finally:
            await stopping
    finally:
        if not (args.keep and args.db == "sqlite"):
            await databases.drop(prepared.url)
    echo = {}
    if not args.no_echo:
        for concurrency in ECHO_CONCURRENCY:
            folder = databases.folder
            echo[concurrency] = await echo_phase(args, prepared.run, concurrency, folder, script)
    return Run(prepared.run, phase, echo), upcoming


async def bench(args: argparse.Namespace, folder: Path, script: Script) -> list[Run]:
    """All runs, one after another (args: see bench/flow_load.py's parse)."""
    databases = Databases(args.db, folder, args.pg_admin_url)
    runs = []
    prepared: Prepared | None = await prepare(args, databases, 1)
    while prepared is not None:
        run, prepared = await one_run(args, databases, prepared, script)
        runs.append(run)
    return runs


def _profiler(args: argparse.Namespace) -> list[str]:
    """Run the bot under cProfile when asked (`--profile FILE`; give it time to stop)."""
    return ["-m", "cProfile", "-o", args.profile] if args.profile else []
