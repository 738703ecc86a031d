"""The digest chart: a title and legend in the reader's words (in Chinese with the bundled
Noto Sans CJK), an axis on an empty fortnight."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from matplotlib import font_manager
from PIL import Image

from bot import fonts
from bot.i18n import Translator
from bot.services.digest import chart
from bot.services.digest.chart import CHART_DAYS, ChartLabels, build_figure, render_png

DAY = date(2026, 12, 1)


def _labels(language: str) -> ChartLabels:
    return ChartLabels.of(Translator().bind(language), CHART_DAYS)


def _words(figure: object) -> tuple[str, list[str]]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    return axes.get_title(), legend


def _font_files(figure: object) -> set[Path]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    texts = [axes.title, *axes.get_legend().get_texts()]
    return {Path(font_manager.findfont(text.get_fontproperties())) for text in texts}


def test_the_bundled_noto_sans_cjk_is_the_charts_font() -> None:
    path = fonts.cjk_font_path()
    assert path is not None and path.parent.name == "cvttf_NotoSansCJK_Regular"
    assert chart.cjk_font() == "Noto Sans CJK TC"
    noto = font_manager.FontProperties(family="Noto Sans CJK TC")
    assert Path(font_manager.findfont(noto, fallback_to_default=False)) == path


@pytest.mark.filterwarnings("error")  # a glyph missing from the font is a warning: fail on it
def test_the_chart_speaks_chinese_in_the_bundled_font() -> None:
    zh = build_figure(DAY, [1] * CHART_DAYS, [0] * CHART_DAYS, _labels("zh-Hans"), _labels("en"))
    assert _words(zh) == ("近 14 天新增与完成的工单", ["新增", "完成"])
    assert _font_files(zh) == {fonts.cjk_font_path()}
    png = render_png(DAY, [1] * CHART_DAYS, [0] * CHART_DAYS, _labels("zh-Hans"), _labels("en"))
    assert Image.open(io.BytesIO(png)).size == (800, 340)


@pytest.mark.filterwarnings("error")
def test_without_words_the_legend_is_signs_the_font_draws() -> None:
    signs = build_figure(DAY, [1] * CHART_DAYS, [0] * CHART_DAYS)
    assert _words(signs) == ("", ["+", "✓"])
    render_png(DAY, [1] * CHART_DAYS, [0] * CHART_DAYS)


def test_without_a_chinese_font_the_words_are_english_not_boxes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(chart, "cjk_font", lambda: None)
    zh = build_figure(DAY, [1] * CHART_DAYS, [0] * CHART_DAYS, _labels("zh-Hans"), _labels("en"))
    assert _words(zh) == ("Tickets opened and closed, last 14 days", ["opened", "closed"])


def test_an_empty_fortnight_still_has_an_axis() -> None:
    empty = build_figure(DAY, [0] * CHART_DAYS, [0] * CHART_DAYS, _labels("en"), None)
    low, high = empty.axes[0].get_ylim()
    assert (low, high) == (0, 1)
