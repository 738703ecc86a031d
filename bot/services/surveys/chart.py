"""A survey's chart (a PNG): one bar per rating question (its average of 5) and per butler,
or the count per option of a choice question. Drawn in a worker thread, with the bundled
CJK font the digest's chart uses."""

from __future__ import annotations

import asyncio
import io

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.services.digest.chart import cjk_font

MAX_LABEL = 24


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def render_png(title: str, bars: list[tuple[str, float]], top: float) -> bytes:
    """Horizontal bars, the first at the top, on a 0 … `top` axis (blocking: use a thread)."""
    words = title + "".join(label for label, _ in bars)
    font = None if words.isascii() else cjk_font()
    prop = font_manager.FontProperties(family=font, size=9) if font else None
    labels = [_short(label) for label, _ in bars]
    if font is None and not words.isascii():  # no font draws Chinese: numbers only
        labels = [str(n) for n in range(1, len(bars) + 1)]
        title = ""
    figure = Figure(figsize=(7, 0.5 * len(bars) + 1.4), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(bars)))[::-1]
    values = [value for _, value in bars]
    axes.barh(positions, values, color="#2b8a3e", height=0.6)
    axes.set_yticks(positions, labels)
    if prop is not None:
        for tick in axes.get_yticklabels():
            tick.set_fontproperties(prop)
    for position, value in zip(positions, values, strict=True):
        axes.text(
            value + top * 0.01,
            position,
            f"{value:.1f}" if value % 1 else f"{value:g}",
            va="center",
            fontsize=8,
        )
    axes.set_xlim(0, top * 1.1)
    if font:
        axes.set_title(title, fontsize=10, fontfamily=font)
    else:
        axes.set_title(title, fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


async def draw(title: str, bars: list[tuple[str, float]], top: float) -> bytes:
    """The chart, drawn off the event loop."""
    return await asyncio.to_thread(render_png, title, bars, top)
