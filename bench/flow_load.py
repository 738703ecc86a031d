"""Load benchmark: every resident walks the repair flow at once; a bare PTB echo bot as baseline.

Run by hand (see bench/README.md):

    .venv/bin/python -m bench.flow_load --residents 200 --latency-ms 0 --db sqlite --runs 3 \
        [-- extra arguments for `butler run`, e.g. --workers 2]

The bot is a black box: `python -m bot run` in a subprocess, set up with the operator commands
(`python -m bot estate add …`), talking to the in-repo Bot API emulator of this process.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.load.databases import DEFAULT_PG_ADMIN, Databases, run_folder
from bench.load.operator import EstateCodes, Operator, make_units, set_up_estate
from bench.load.people import Person, Step, walk_all
from bench.load.procs import BotProcess, bench_cpu_seconds
from bench.load.report import Phase, Run, bot_row, echo_row, medians, runs_table, steps_table
from bot.sandbox.emulator import BotApiEmulator, make_png

# The script each resident walks, timed. Edit it when the bot's texts or buttons change.
# action: send a text / one photo (arg: caption) / press the inline button labelled arg.
# answer: a fragment of the bot message, sent or edited after the action, that answers it.
REPAIR_SCRIPT = (
    Step("repair", "send", "/repair", "请问需要维修什么"),
    Step("category", "press", "给排水", "是在您家中"),
    Step("place", "press", "户内", "请简单描述问题"),
    Step("description", "send", "厨房水管漏水，地上都是水", "可发送最多"),
    Step("photo", "photo", "", "已收到第 1 张照片"),
    Step("photos-done", "press", "完成", "什么时间上门"),
    Step("visit", "press", "尽快上门", "是否紧急"),
    Step("urgent", "press", "否", "请核对您的报修信息"),
    Step("confirm", "press", "✅ 确认提交", "工单号"),
)
BIND_ANSWER = "欢迎您"  # the answer to `/start CODE` (binding is not timed)
WRONG_ANSWERS = (  # bot texts that mean a step went wrong: fail at once, do not wait it out
    "系统出了点问题",  # error-generic
    "此按钮已失效",  # error-stale-button
    "请点选下方",  # flow-reask-choice
    "请核对摘要",  # flow-reask-confirm
    "还没有填完",  # flow-interrupt, flow-again
    "邀请码无效",  # invite-wrong
)
LANGUAGE_CODE = "zh"  # the emulated users' Telegram language (the bot answers in zh-Hans)


REPO = Path(__file__).resolve().parent.parent
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
    outcomes = await walk_all(people, script)
    return Phase(
        name,
        len(people),
        outcomes,
        bot_cpu=bot.cpu_seconds() - cpu,
        bench_cpu=bench_cpu_seconds() - bench,
        requests=emu.stats["requests"] - requests,
    )


async def bind(emu: BotApiEmulator, people: list[Person], codes: list[str]) -> int:
    """Everyone sends `/start CODE` at once; return how many did not get the welcome."""
    steps = [Step("bind", "send", f"/start {code}", BIND_ANSWER) for code in codes]
    outcomes = await asyncio.gather(*(p.do(s) for p, s in zip(people, steps, strict=True)))
    failed = [o for o in outcomes if o.failure]
    for outcome in failed[:5]:
        log.warning("binding failed: %s %s", outcome.failure, outcome.detail)
    return len(failed)


def make_people(
    emu: BotApiEmulator, first_id: int, count: int, args: argparse.Namespace
) -> list[Person]:
    """Add `count` emulated users speaking zh; return them."""
    photo = make_png(64, 48)
    people = []
    for n in range(count):
        user_id = first_id + n
        emu.add_user(user_id, f"住户{n}", language_code=LANGUAGE_CODE)
        people.append(
            Person(emu, user_id, photo=photo, timeout=args.step_timeout, wrong=WRONG_ANSWERS)
        )
    return people


async def butler_phase(args: argparse.Namespace, run: int, folder: Path) -> Phase:
    """A fresh database and bot: set up, bind everyone, then the timed repair flows."""
    databases = Databases(args.db, folder, args.pg_admin_url)
    url = await databases.create(run)
    try:
        async with BotApiEmulator("butler_bench_bot") as emu:
            return await _butler_on(args, run, run_folder(folder, run), url, emu)
    finally:
        await databases.drop(url)


async def _butler_on(
    args: argparse.Namespace, run: int, folder: Path, url: str, emu: BotApiEmulator
) -> Phase:
    started = time.monotonic()
    with (folder / "operator.log").open("wb") as out:
        env = clean_env(bench_modules=True, database_url=url, log_level="WARNING")
        async with Operator(env, folder, out, per_process=args.cli_per_process) as operator:
            codes: EstateCodes = await set_up_estate(
                operator, folder / "units.csv", make_units(args.residents)
            )
    log.info("run %d: estate set up in %.1f s", run, time.monotonic() - started)
    settings = {
        "bot_token": TOKEN,
        "database_url": url,
        "api_base_url": emu.base_url,
        "api_file_url": emu.base_file_url,
        "tick_seconds": str(args.tick_seconds),
        "log_level": args.log_level,
        "files_dir": str(folder / "files"),
    }
    argv = ["-m", "bot", "run", *args.bot_args]
    bot = BotProcess("butler", argv, clean_env(**settings), folder / "bot.log")
    await bot.start(emu, folder)
    try:
        butlers = make_people(emu, BUTLER_IDS, len(codes.butlers), args)
        residents = make_people(emu, RESIDENT_IDS, len(codes.residents), args)
        failed = await bind(emu, butlers, [code for _, code in codes.butlers])
        failed += await bind(emu, residents, [code for _, code in codes.residents])
        await settle(emu)
        log.info("run %d: bound (%d failed) %.1f s after the start", run, failed, _since(started))
        emu.set_latency(args.latency_ms / 1000)
        phase = await timed("butler", emu, bot, residents, REPAIR_SCRIPT)
    finally:
        emu.set_latency(0)
        code = await bot.stop(args.stop_grace)
    phase.problems, phase.stop_seconds = bot.problems(), bot.stop_seconds
    how = f"killed after {args.stop_grace:g} s" if bot.killed else f"exit {code}"
    log.info(
        "run %d: butler %.1f upd/s; stop took %.1f s (%s)",
        run,
        phase.rate,
        phase.stop_seconds,
        how,
    )
    if bot.killed:
        phase.problems.append(f"did not stop within {args.stop_grace:g} s of SIGTERM: killed")
    return phase


def _since(started: float) -> float:
    return time.monotonic() - started


async def echo_phase(args: argparse.Namespace, run: int, concurrency: int, folder: Path) -> Phase:
    """The echo bot with `concurrency` under the same load, emulator latency and script."""
    async with BotApiEmulator("echo_bench_bot") as emu:
        emu.set_latency(args.latency_ms / 1000)
        argv = ["-m", "bench.echo_bot", "--token", TOKEN, "--base-url", emu.base_url]
        argv += ["--base-file-url", emu.base_file_url, "--concurrent-updates", str(concurrency)]
        log_path = run_folder(folder, run) / f"echo{concurrency}.log"
        bot = BotProcess(f"echo({concurrency})", argv, clean_env(bench_modules=True), log_path)
        await bot.start(emu, folder)
        try:
            people = make_people(emu, ECHO_IDS, args.residents, args)
            phase = await timed(bot.name, emu, bot, people, echo_script(REPAIR_SCRIPT))
        finally:
            await bot.stop()
        phase.problems, phase.stop_seconds = bot.problems(), bot.stop_seconds
        log.info("run %d: %s %.1f upd/s", run, bot.name, phase.rate)
        return phase


async def bench(args: argparse.Namespace) -> list[Run]:
    """All runs, one after another."""
    runs = []
    with tempfile.TemporaryDirectory(prefix="flow_load_") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        for number in range(1, args.runs + 1):
            butler = await butler_phase(args, number, folder)
            echo = {}
            if not args.no_echo:
                echo = {c: await echo_phase(args, number, c, folder) for c in ECHO_CONCURRENCY}
            runs.append(Run(number, butler, echo))
    return runs


def report(args: argparse.Namespace, runs: list[Run]) -> None:
    """Print the runs, the median, per-step latencies, failures and the bot's log problems."""
    steps = len(REPAIR_SCRIPT)
    extra = " ".join(args.bot_args) or "(none)"
    print(
        f"\nflow_load: {args.residents} residents × {steps} actions,"
        f" latency {args.latency_ms:g} ms, {args.db}, {len(runs)} run(s);"
        f" extra `butler run` args: {extra};"
        f" step timeout {args.step_timeout:g} s\n\nbot (python -m bot run):"
    )
    print(runs_table(runs, bot_row))
    summary = f"median: {medians([bot_row(r) for r in runs])['upd/s']:.1f} updates/s"
    if runs[0].echo:
        print("\necho baselines (bench/echo_bot.py, concurrent_updates 1 and 32):")
        print(runs_table(runs, echo_row))
        echo = medians([echo_row(r) for r in runs])
        for concurrency in sorted(runs[0].echo):
            summary += f", ÷ echo({concurrency}) = {echo[f'÷ echo({concurrency})']:.3f}"
    print(f"\n{summary}\n\nresident-visible latency per step (all runs):")
    print(steps_table([r.bot for r in runs], [s.name for s in REPAIR_SCRIPT]))
    for run in runs:
        details = run.bot.failure_details()
        if details:
            not_run = run.bot.not_run(steps)
            print(f"\nrun {run.number} failures ({not_run} later steps not run):")
            for detail, count in details.most_common(8):
                print(f"  {count:4d} × {detail}")
        for phase in [run.bot, *run.echo.values()]:
            if phase.problems:
                print(f"\nrun {run.number} {phase.name} log: {len(phase.problems)} problem lines")
                for line in phase.problems[:6]:
                    print(f"  {line[:200]}")


def parse(argv: list[str]) -> argparse.Namespace:
    """Read the command line; what follows `--` goes to `butler run`."""
    cut = argv.index("--") if "--" in argv else len(argv)
    ours, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(prog="flow_load", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--residents", type=int, default=200)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--step-timeout", type=float, default=60.0, help="seconds (a failure)")
    parser.add_argument("--tick-seconds", type=float, default=2.0, help="BUTLER_TICK_SECONDS")
    parser.add_argument("--log-level", default="INFO", help="BUTLER_LOG_LEVEL of the bot")
    parser.add_argument("--pg-admin-url", default=DEFAULT_PG_ADMIN)
    parser.add_argument(
        "--stop-grace", type=float, default=30.0, help="seconds from SIGTERM to SIGKILL"
    )
    parser.add_argument("--no-echo", action="store_true", help="skip the echo baselines")
    parser.add_argument(
        "--cli-per-process",
        action="store_true",
        help="one `python -m bot …` per operator command (slow: ~2 s each)",
    )
    parser.add_argument("--keep", metavar="DIR", help="keep logs and files in DIR")
    args = parser.parse_args(ours)
    args.bot_args = extra
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    logging.getLogger("aiohttp").setLevel(logging.WARNING)
    started = time.monotonic()
    runs = asyncio.run(bench(args))
    report(args, runs)
    print(f"\n(total {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
