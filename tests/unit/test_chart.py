"""The digest chart: a title and legend in the reader's words, an axis on an empty fortnight."""

from __future__ import annotations

from datetime import date

import pytest

from bot.i18n import Translator
from bot.services.digest import chart
from bot.services.digest.chart import CHART_DAYS, ChartLabels, build_figure

DAY = date(2026, 12, 1)


def _labels(language: str) -> ChartLabels:
    return ChartLabels.of(Translator().bind(language), CHART_DAYS)


def _words(figure: object) -> tuple[str, list[str]]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    return axes.get_title(), legend


@pytest.mark.filterwarnings("ignore:Glyph")  # DejaVu stands in: it has no Chinese glyphs
def test_the_chart_speaks_the_readers_language_when_a_font_draws_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(chart, "cjk_font", lambda: "DejaVu Sans")  # as if one were installed
    zh = build_figure(DAY, [1] * CHART_DAYS, [0] * CHART_DAYS, _labels("zh-Hans"), _labels("en"))
    assert _words(zh) == ("近 14 天新增与完成的工单", ["新增", "完成"])


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
