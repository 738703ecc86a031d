"""The digest's chart: tickets opened and closed per day over two weeks (a PNG).

A push carries the chart as a reference (`chart:<last day>:<opened>:<closed>`); it is drawn
when the push is sent, in a worker thread, never inside a transaction or on the event loop.
Its words are drawn with the bundled Noto Sans CJK (`bot.fonts`), registered with matplotlib;
only with no font that draws Chinese at all are they the fallback's (English) words.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot import fonts

log = logging.getLogger(__name__)
PREFIX = "chart:"
CHART_DAYS = 14
MAX_TICKS = 16  # dates named under the bars, at most
_REGISTERING = threading.Lock()  # charts are drawn in worker threads


@dataclass(frozen=True)
class ChartLabels:
    """The chart's words in the reader's language."""

    title: str
    opened: str
    closed: str

    @classmethod
    def of(cls, t: Callable[..., str], days: int) -> ChartLabels:
        """The labels from the locale texts."""
        return cls(t("chart-title", days=days), t("chart-opened"), t("chart-closed"))


@cache
def cjk_font() -> str | None:
    """The family that draws Chinese: the bundled Noto Sans CJK, added to matplotlib's fonts
    (a system font only without the package), or None when there is none at all."""
    font = fonts.find_cjk_font()
    if font is None:
        return None
    manager = font_manager.fontManager
    with _REGISTERING:
        if not any(Path(entry.fname) == font.path for entry in manager.ttflist):
            try:
                manager.addfont(font.path)  # OpenType/CFF: FreeType draws it on the Agg canvas
            except (OSError, RuntimeError):
                log.exception("matplotlib cannot read the font %s", font.path)
                return None
        names = [entry.name for entry in manager.ttflist if Path(entry.fname) == font.path]
    return font.family if font.family in names else names[0]


def _drawable(labels: ChartLabels, fallback: ChartLabels | None) -> tuple[ChartLabels, str | None]:
    """The labels and font to draw with: without a Chinese font, the fallback's words."""
    text = labels.title + labels.opened + labels.closed
    if text.isascii():
        return labels, None
    font = cjk_font()
    if font is not None:
        return labels, font
    log.warning("no font draws Chinese (reinstall the project): the chart's words are English")
    return fallback or labels, None


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


def render_ref(
    ref: str, labels: ChartLabels | None = None, fallback: ChartLabels | None = None
) -> bytes:
    """Draw the chart a reference describes (blocking: run it in a thread)."""
    _, day, opened, closed = ref.split(":")
    return render_png(date.fromisoformat(day), _ints(opened), _ints(closed), labels, fallback)


def _ints(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n]


def build_figure(
    last_day: date,
    opened: list[int],
    closed: list[int],
    labels: ChartLabels | None = None,
    fallback: ChartLabels | None = None,
) -> Figure:
    """Opened/closed bars per day ending on `last_day`, titled and with a legend."""
    words, font = _drawable(labels or SYMBOLS, fallback)
    prop = font_manager.FontProperties(family=font, size=8) if font else None
    days = [last_day - timedelta(days=len(opened) - 1 - i) for i in range(len(opened))]
    positions = list(range(len(days)))
    figure = Figure(figsize=(8, 3.4), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.bar([p - 0.2 for p in positions], opened, width=0.4, color="#d9822b", label=words.opened)
    axes.bar([p + 0.2 for p in positions], closed, width=0.4, color="#2b8a3e", label=words.closed)
    step = -(-len(days) // MAX_TICKS)  # a long period: every few days under the bars
    names = [d.strftime("%m-%d") for d in days]
    axes.set_xticks(positions[::step], names[::step], rotation=45, fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max([*opened, *closed, 0]) + 1)  # an empty fortnight still has an axis
    if font:
        axes.set_title(words.title, fontsize=10, fontfamily=font)
    else:
        axes.set_title(words.title, fontsize=10)
    axes.legend(loc="upper left", fontsize=8, frameon=False, prop=prop)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return figure


def render_png(
    last_day: date,
    opened: list[int],
    closed: list[int],
    labels: ChartLabels | None = None,
    fallback: ChartLabels | None = None,
) -> bytes:
    """The chart as a PNG (blocking: run it in a thread)."""
    figure = build_figure(last_day, opened, closed, labels, fallback)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


SYMBOLS = ChartLabels("", "+", "✓")  # no words to draw in: signs only
