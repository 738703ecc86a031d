"""Figures of a timed phase and the tables printed at the end."""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from bench.load.people import Outcome


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank q-th percentile (nan for no values)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


@dataclass
class Phase:
    """One bot under one load: throughput, latencies, failures, CPU."""

    name: str
    people: int
    outcomes: list[list[Outcome]]
    bot_cpu: float  # seconds, the bot's process tree, over the timed phase
    bench_cpu: float  # seconds, this process (emulator + people)
    requests: int  # Bot API requests the bot made during the phase
    problems: list[str] = field(default_factory=list)  # the bot's log lines ≥ WARNING
    stop_seconds: float = math.nan  # SIGTERM → exit
    unbound: int = 0  # people whose `/start CODE` got no welcome (they do not walk)

    @property
    def flat(self) -> list[Outcome]:
        return [o for walk in self.outcomes for o in walk]

    @property
    def actions(self) -> int:
        """Every user action counts as one update."""
        return len(self.flat)

    @property
    def seconds(self) -> float:
        """From the first action to the last answer."""
        flat = self.flat
        answered = [o.answered for o in flat if o.answered is not None]
        return max(answered) - min(o.started for o in flat) if answered else math.nan

    @property
    def rate(self) -> float:
        """Updates handled a second."""
        return self.actions / self.seconds if self.seconds else math.nan

    @property
    def longest_gap(self) -> float:
        """The longest time in the phase with no answer at all (a stall shows here)."""
        flat = self.flat
        times = sorted(o.answered for o in flat if o.answered is not None)
        if not times:
            return math.nan
        edges = [min(o.started for o in flat), *times]
        return max(b - a for a, b in itertools.pairwise(edges))

    def latencies(self, step: str | None = None) -> list[float]:
        return [
            o.seconds
            for o in self.flat
            if o.seconds is not None and not o.failure and step in (None, o.step)
        ]

    def failures(self) -> Counter[str]:
        """Failed steps by kind ("timeout", "wrong")."""
        return Counter(o.failure for o in self.flat if o.failure)

    def failure_details(self) -> Counter[str]:
        return Counter(f"{o.step}: {o.failure}: {o.detail}" for o in self.flat if o.failure)

    def not_run(self, steps: int) -> int:
        """Steps never tried because an earlier one failed."""
        return self.people * steps - self.actions


@dataclass
class Run:
    """One repetition: the bot and the echo baselines."""

    number: int
    bot: Phase
    echo: dict[int, Phase]  # by concurrent_updates


def _ms(seconds: float) -> str:
    return "–" if math.isnan(seconds) else f"{seconds * 1000:.0f}"


def _num(value: float, digits: int = 1) -> str:
    return "–" if math.isnan(value) else f"{value:.{digits}f}"


def bot_row(run: Run) -> dict[str, float]:
    """The bot's figures in one run, by column."""
    bot, lat = run.bot, run.bot.latencies()
    return {
        "upd/s": bot.rate,
        "p50 ms": percentile(lat, 50),
        "p95 ms": percentile(lat, 95),
        "p99 ms": percentile(lat, 99),
        "failed": float(sum(bot.failures().values())),
        "unbound": float(bot.unbound),
        "wall s": bot.seconds,
        "max gap ms": bot.longest_gap,
        "bot CPU s": bot.bot_cpu,
        "bench CPU s": bot.bench_cpu,
        "calls/upd": bot.requests / bot.actions if bot.actions else math.nan,
        "stop s": bot.stop_seconds,
    }


def echo_row(run: Run) -> dict[str, float]:
    """The echo baselines' figures in one run and the bot's ratios to them, by column."""
    row = {}
    for concurrency, phase in sorted(run.echo.items()):
        lat = phase.latencies()
        name = f"echo({concurrency})"
        row[f"{name} upd/s"] = phase.rate
        row[f"{name} p50 ms"] = percentile(lat, 50)
        row[f"{name} p95 ms"] = percentile(lat, 95)
        row[f"{name} failed"] = float(sum(phase.failures().values()))
        row[f"{name} CPU s"] = phase.bot_cpu
        row[f"{name} bench CPU s"] = phase.bench_cpu
    for concurrency, phase in sorted(run.echo.items()):
        row[f"÷ echo({concurrency})"] = run.bot.rate / phase.rate if phase.rate else math.nan
    return row


def _cell(column: str, value: float) -> str:
    if column.endswith(" ms"):
        return _ms(value)
    if column.startswith("÷"):
        return _num(value, 3)
    if column.endswith(("failed", "unbound")):
        return f"{value:.0f}"
    return _num(value, 2 if column == "calls/upd" else 1)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def medians(rows: list[dict[str, float]]) -> dict[str, float]:
    """The median of each column (each on its own: not one run's row)."""
    return {c: statistics.median(row[c] for row in rows) for c in rows[0]}


def runs_table(runs: list[Run], row_of: Callable[[Run], dict[str, float]]) -> str:
    """All runs, then the median of each column."""
    rows = [row_of(run) for run in runs]
    columns = list(rows[0])
    body = [
        [str(run.number), *(_cell(c, row[c]) for c in columns)]
        for run, row in zip(runs, rows, strict=True)
    ]
    body.append(["median", *(_cell(c, m) for c, m in medians(rows).items())])
    return markdown(["run", *columns], body)


def steps_table(phases: list[Phase], steps: list[str]) -> str:
    """Per step over all runs: latency percentiles and failures."""
    body = []
    for step in [*steps, None]:
        lat = [x for phase in phases for x in phase.latencies(step)]
        failed = sum(1 for p in phases for o in p.flat if o.failure and step in (None, o.step))
        cells = [_ms(percentile(lat, q)) for q in (50, 95, 99, 100)]
        body.append([step or "all", *cells, str(failed)])
    return markdown(["step", "p50 ms", "p95 ms", "p99 ms", "max ms", "failed"], body)


def print_report(header: str, runs: list[Run], steps: list[str]) -> None:
    """Print the runs, the medians, per-step latencies, failures and the bots' log problems."""
    print(f"\n{header}\n\nbot (python -m bot run):")
    print(runs_table(runs, bot_row))
    summary = f"median: {medians([bot_row(r) for r in runs])['upd/s']:.1f} updates/s"
    if runs[0].echo:
        print("\necho baselines (bench/echo_bot.py, concurrent_updates 1 and 32):")
        print(runs_table(runs, echo_row))
        echo = medians([echo_row(r) for r in runs])
        for concurrency in sorted(runs[0].echo):
            summary += f", ÷ echo({concurrency}) = {echo[f'÷ echo({concurrency})']:.3f}"
    print(f"\n{summary}\n\nresident-visible latency per step (all runs):")
    print(steps_table([r.bot for r in runs], steps))
    for run in runs:
        details = run.bot.failure_details()
        if details:
            not_run = run.bot.not_run(len(steps))
            print(f"\nrun {run.number} failures ({not_run} later steps not run):")
            for detail, count in details.most_common(8):
                print(f"  {count:4d} × {detail}")
        for phase in [run.bot, *run.echo.values()]:
            if phase.problems:
                print(f"\nrun {run.number} {phase.name} log: {len(phase.problems)} problem lines")
                for line, count in grouped(phase.problems).most_common(8):
                    print(f"  {count:4d} × {line[:220]}")


def grouped(lines: list[str]) -> Counter[str]:
    """Log lines without their time stamps, numbers and times blurred, counted."""
    counted: Counter[str] = Counter()
    for line in lines:
        words = line.split(" ", 2)
        text = words[2] if len(words) == 3 and words[0][:1].isdigit() else line
        counted[re.sub(r"\d{2}:\d{2}:\d{2}", "hh:mm:ss", text)] += 1
    return counted
