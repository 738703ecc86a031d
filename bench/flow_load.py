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

from bench.load.databases import DEFAULT_PG_ADMIN
from bench.load.operator import SetupError
from bench.load.people import Script, Step
from bench.load.phases import bench
from bench.load.report import print_report

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
SCRIPT = Script(REPAIR_SCRIPT, BIND_ANSWER, WRONG_ANSWERS, LANGUAGE_CODE)


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
        "--stop-grace", type=float, default=10.0, help="seconds from SIGTERM to SIGKILL"
    )
    parser.add_argument("--no-echo", action="store_true", help="skip the echo baselines")
    parser.add_argument(
        "--cli-per-process",
        action="store_true",
        help="one `python -m bot …` per operator command (slow: ~2 s each)",
    )
    parser.add_argument(
        "--setup-processes", type=int, default=2, help="operator processes issuing invites"
    )
    parser.add_argument("--profile", metavar="FILE", help="cProfile the bot into FILE")
    parser.add_argument("--keep", metavar="DIR", help="keep logs, files (and SQLite) in DIR")
    args = parser.parse_args(ours)
    args.bot_args = extra
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    logging.getLogger("aiohttp").setLevel(logging.WARNING)
    started, load = time.monotonic(), os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="flow_load_") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        try:
            runs = asyncio.run(bench(args, folder, SCRIPT))
        except (RuntimeError, SetupError) as exc:  # the bot or a command failed: say how
            print(f"flow_load: {exc}", file=sys.stderr)
            return 1
    extra = " ".join(args.bot_args) or "(none)"
    header = (
        f"flow_load: {args.residents} residents × {len(REPAIR_SCRIPT)} actions,"
        f" latency {args.latency_ms:g} ms, {args.db}, {len(runs)} run(s);"
        f" extra `butler run` args: {extra}; step timeout {args.step_timeout:g} s;"
        f" load average {load:.2f} at the start, {os.getloadavg()[0]:.2f} at the end"
    )
    print_report(header, runs, [step.name for step in REPAIR_SCRIPT])
    print(f"\n(total {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
