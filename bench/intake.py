"""Measure the intake classifier on the labelled sets in tests/data/intake.

Run by hand: `.venv/bin/python -m bench.intake [--errors 8] [--errors-from dev|test|all]`.
For each language and each split (dev: the part the vocabulary was built against; test: the
part written before the vocabulary and only measured on) it prints intent accuracy, each
intent's precision, recall and count, repair category and location accuracy, complaint type
accuracy, some misclassified messages, and the time per message.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from bot.services.intake import Guess, classify

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "intake"
LANGUAGES = ("zh-Hans", "en")
INTENTS = ("repair", "complaint", "fee", "unknown")
SPLITS = ("dev", "test", "all")
TELEGRAM_MAX = 4096  # characters in one Telegram message


@dataclass(frozen=True)
class Row:
    """One labelled message."""

    text: str
    intent: str
    category: str | None
    location: str | None
    split: str


@dataclass(frozen=True)
class Report:
    """The figures of one language and split."""

    count: int
    intent_accuracy: float
    per_intent: dict[str, tuple[float, float, int]]  # precision, recall, count
    repair_category: float
    repair_location: float
    complaint_type: float
    errors: list[tuple[Row, Guess]]


def load(language: str) -> list[Row]:
    """Read the labelled set of one language."""
    with (DATA / f"{language}.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(r["text"], r["intent"], r["category"] or None, r["location"] or None, r["split"])
            for r in reader
        ]


def select(rows: Sequence[Row], split: str) -> list[Row]:
    """Keep the rows of one split ("all" keeps every row)."""
    return [r for r in rows if split in ("all", r.split)]


def evaluate(rows: Sequence[Row]) -> Report:
    """Classify every row and compute the figures."""
    guesses = [classify(r.text) for r in rows]
    pairs = list(zip(rows, guesses, strict=True))
    per_intent = {}
    for intent in INTENTS:
        predicted = sum(g.intent == intent for g in guesses)
        actual = sum(r.intent == intent for r in rows)
        hits = sum(r.intent == g.intent == intent for r, g in pairs)
        per_intent[intent] = (_ratio(hits, predicted), _ratio(hits, actual), actual)
    repairs = [(r, g) for r, g in pairs if r.intent == "repair"]
    complaints = [(r, g) for r, g in pairs if r.intent == "complaint"]
    return Report(
        count=len(rows),
        intent_accuracy=_ratio(sum(r.intent == g.intent for r, g in pairs), len(pairs)),
        per_intent=per_intent,
        repair_category=_share(
            repairs, lambda r, g: g.intent == "repair" and g.category == r.category
        ),
        repair_location=_share(repairs, lambda r, g: g.location == r.location),
        complaint_type=_share(
            complaints, lambda r, g: g.intent == "complaint" and g.category == r.category
        ),
        errors=[(r, g) for r, g in pairs if _wrong(r, g)],
    )


def _ratio(part: int, whole: int) -> float:
    """Divide, taking 0/0 as 1 (nothing to get wrong)."""
    return part / whole if whole else 1.0


def _share(pairs: Sequence[tuple[Row, Guess]], ok: Callable[[Row, Guess], bool]) -> float:
    """Return the share of pairs for which ok(row, guess) holds."""
    return _ratio(sum(ok(r, g) for r, g in pairs), len(pairs))


def _wrong(row: Row, guess: Guess) -> bool:
    """Say whether any labelled field of the row was guessed wrong."""
    return (row.intent, row.category, row.location) != (
        guess.intent,
        guess.category,
        guess.location,
    )


def _print_language(language: str, rows: Sequence[Row], errors: int, errors_from: str) -> None:
    """Print the table of one language, then misclassified examples of one split."""
    reports = {split: evaluate(select(rows, split)) for split in SPLITS}
    counts = ", ".join(f"{s} {reports[s].count}" for s in SPLITS[:2])
    print(f"\n== {language} ({len(rows)} messages: {counts}) ==")
    print(f"{'':24}" + "".join(f"{s:>20}" for s in SPLITS))
    print(
        f"{'intent accuracy':24}" + "".join(f"{reports[s].intent_accuracy:>20.3f}" for s in SPLITS)
    )
    for intent in INTENTS:
        cells = []
        for split in SPLITS:
            precision, recall, count = reports[split].per_intent[intent]
            cells.append(f"{precision:.2f} / {recall:.2f} ({count:>3})")
        print(f"{'  ' + intent + ' P / R (n)':24}" + "".join(f"{c:>20}" for c in cells))
    for name, attr in (
        ("repair category", "repair_category"),
        ("repair location", "repair_location"),
        ("complaint type", "complaint_type"),
    ):
        print(f"{name:24}" + "".join(f"{getattr(reports[s], attr):>20.3f}" for s in SPLITS))
    wrong = reports[errors_from].errors
    print(f"misclassified ({errors_from}): {len(wrong)}, showing {min(errors, len(wrong))}")
    for row, guess in wrong[:errors]:
        want = "/".join(filter(None, (row.intent, row.category, row.location)))
        got = "/".join(filter(None, (guess.intent, guess.category, guess.location)))
        print(f"  {row.text}\n      want {want:32} got {got} ({guess.confidence:.2f})")


def _timing(texts: Sequence[str], rounds: int = 20) -> float:
    """Return the mean microseconds per classified message."""
    classify(texts[0])
    start = perf_counter()
    for _ in range(rounds):
        for text in texts:
            classify(text)
    return (perf_counter() - start) / (rounds * len(texts)) * 1e6


def main() -> None:
    """Print the report of both languages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=8, help="misclassified examples to show")
    parser.add_argument("--errors-from", choices=SPLITS, default="test")
    args = parser.parse_args()
    every: list[Row] = []
    for language in LANGUAGES:
        rows = load(language)
        every.extend(rows)
        _print_language(language, rows, args.errors, args.errors_from)
    texts = [r.text for r in every]
    print(f"\ntime per message: {_timing(texts):.1f} µs (mean over {len(texts)} messages)")
    for language in LANGUAGES:
        longest = ("".join(r.text for r in load(language)) * 20)[:TELEGRAM_MAX]
        print(f"  a {TELEGRAM_MAX}-character {language} message: {_timing([longest]):.0f} µs")


if __name__ == "__main__":
    main()
