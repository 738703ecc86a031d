"""Run many `butler` operator commands in one process (saves ~1.5 s of start-up each).

Reads one JSON list of arguments a line (as after `butler`), calls the same entry point as the
`butler` script, and writes one JSON line back: {"rc": exit code, "stdout": what it printed}.
Run by bench/load/operator.py as `python -m bench.cli_batch`; the environment holds the
settings (BUTLER_DATABASE_URL …), exactly as for `python -m bot …`.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys


def run_one(argv: list[str]) -> dict[str, object]:
    """Run one command; return its exit code and output."""
    from bot.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            code: object = main(argv)
        except SystemExit as exc:  # argparse errors and --help
            code = exc.code if isinstance(exc.code, int) else 2
    return {"rc": code, "stdout": out.getvalue()}


def main() -> int:
    """Answer each line of stdin until it closes."""
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(run_one(json.loads(line)), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
