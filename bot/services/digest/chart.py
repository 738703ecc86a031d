"""The digest's chart: tickets opened and closed per day over two weeks (a PNG file)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator


def render_chart(path: Path, last_day: date, opened: list[int], closed: list[int]) -> Path:
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
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")
    return path
