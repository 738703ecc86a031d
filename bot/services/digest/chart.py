"""The digest's chart: tickets opened and closed per day over two weeks (a PNG).

A push carries the chart as a reference (`chart:<last day>:<opened>:<closed>`); it is drawn
when the push is sent, in a worker thread, never inside a transaction or on the event loop.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

PREFIX = "chart:"


def chart_ref(last_day: date, opened: list[int], closed: list[int]) -> str:
    """The reference a push carries instead of the image."""
    return ":".join(
        [
            PREFIX.rstrip(":"),
            last_day.isoformat(),
            ",".join(map(str, opened)),
            ",".join(map(str, closed)),
        ]
    )


def render_ref(ref: str) -> bytes:
    """Draw the chart a reference describes (blocking: run it in a thread)."""
    _, day, opened, closed = ref.split(":")
    return render_png(date.fromisoformat(day), _ints(opened), _ints(closed))


def _ints(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n]


def render_png(last_day: date, opened: list[int], closed: list[int]) -> bytes:
    """Draw opened/closed bars per day ending on `last_day`; labels are dates and numbers only."""
    days = [last_day - timedelta(days=len(opened) - 1 - i) for i in range(len(opened))]
    positions = list(range(len(days)))
    figure = Figure(figsize=(8, 3.2), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.bar([p - 0.2 for p in positions], opened, width=0.4, color="#d9822b", label="+")
    axes.bar([p + 0.2 for p in positions], closed, width=0.4, color="#2b8a3e", label="✓")
    axes.set_xticks(positions, [d.strftime("%m-%d") for d in days], rotation=45, fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
