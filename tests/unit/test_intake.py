"""The intake classifier on single messages and on the labelled sets of both languages."""

from __future__ import annotations

import re
from collections import Counter
from time import perf_counter

import pytest

from bench.intake import LANGUAGES, evaluate, load, select
from bot.services.intake import (
    COMPLAINT_TYPES,
    OFFER_THRESHOLD,
    REPAIR_CATEGORIES,
    Guess,
    classify,
)
from bot.services.intake.vocabulary import ZH


@pytest.mark.parametrize(
    ("text", "intent", "category", "location"),
    [
        ("楼道灯不亮", "repair", "electricity", "public"),
        ("my kitchen tap leaks", "repair", "water", "unit"),
        ("物业费怎么交", "fee", None, None),
        ("你好", "unknown", None, None),
        ("hello", "unknown", None, None),
        ("隔壁装修太吵了", "complaint", "noise", None),
        ("维修工态度很差", "complaint", "attitude", None),
        ("电梯坏了三天没人修", "repair", "elevator", "public"),
        ("楼上漏水到我家了", "repair", "water", "unit"),
        ("how much is my property fee", "fee", None, None),
        ("why am I charged twice for the property fee", "complaint", "fees", None),
        ("the lift light is broken", "repair", "elevator", "public"),
        ("ＣＯＲＲＩＤＯＲ　ＰＩＰＥ　ＬＥＡＫＩＮＧ！", "repair", "water", "public"),
        ("３栋　楼道的灯不亮！！", "repair", "electricity", "public"),
        ("谢谢师傅，水管已经修好了", "unknown", None, None),
        ("nobody has fixed the corridor light", "repair", "electricity", "public"),
    ],
)
def test_single_messages_route_as_decided(
    text: str, intent: str, category: str | None, location: str | None
) -> None:
    guess = classify(text)
    assert (guess.intent, guess.category, guess.location) == (intent, category, location)


@pytest.mark.parametrize("text", ["", "   ", "？？？", "😊", "3-2-301", "a" * 5000])
def test_empty_or_meaningless_text_is_unknown(text: str) -> None:
    assert classify(text).intent == "unknown"


def test_every_guess_is_well_formed_and_repeatable() -> None:
    for language in LANGUAGES:
        for row in load(language):
            guess = classify(row.text)
            assert guess == classify(row.text)
            assert 0.0 <= guess.confidence <= 1.0
            assert _well_formed(guess), (row.text, guess)


def _well_formed(guess: Guess) -> bool:
    """Check the fields a guess may carry for its intent."""
    if guess.intent == "repair":
        return (
            guess.category in REPAIR_CATEGORIES
            and guess.location in ("unit", "public")
            and guess.confidence >= OFFER_THRESHOLD
        )
    if guess.intent == "complaint":
        return (
            guess.category in COMPLAINT_TYPES
            and guess.location is None
            and guess.confidence >= OFFER_THRESHOLD
        )
    if guess.intent == "fee":
        return guess.category is None and guess.location is None
    return guess.intent == "unknown" and guess.category is None and guess.location is None


def test_chinese_terms_hold_no_latin_letters() -> None:
    # The Chinese table is matched inside every message, English ones included.
    terms = [t for line in ZH.splitlines() if ":" in line for t in line.split(":")[1].split(",")]
    assert terms and not [t for t in terms if re.search("[A-Za-z]", t)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_labelled_set_has_the_agreed_shape(language: str) -> None:
    rows = load(language)
    intents = Counter(r.intent for r in rows)
    categories = Counter((r.intent, r.category) for r in rows)
    assert len(rows) >= 220
    assert {r.split for r in rows} == {"dev", "test"}
    assert all(categories["repair", c] >= 12 for c in REPAIR_CATEGORIES)
    assert all(categories["complaint", t] >= 5 for t in COMPLAINT_TYPES)
    assert {r.location for r in rows if r.intent == "repair"} == {"unit", "public"}
    assert intents["repair"] >= 0.45 * len(rows) and intents["fee"] >= 0.08 * len(rows)


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_set_meets_the_floors(language: str) -> None:
    report = evaluate(load(language))
    assert report.intent_accuracy >= 0.90
    assert report.repair_category >= 0.90
    assert report.repair_location >= 0.90
    assert report.complaint_type >= 0.85
    assert all(p >= 0.85 and r >= 0.85 for p, r, _ in report.per_intent.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_held_out_split_meets_the_floors(language: str) -> None:
    report = evaluate(select(load(language), "test"))
    assert report.intent_accuracy >= 0.85
    assert report.repair_category >= 0.85
    assert report.repair_location >= 0.80
    assert report.complaint_type >= 0.75


def test_a_message_takes_well_under_a_millisecond() -> None:
    texts = [r.text for language in LANGUAGES for r in load(language)]
    longest = ("".join(texts) * 10)[:4096]
    classify(longest)
    start = perf_counter()
    for text in [*texts, longest]:
        classify(text)
    assert (perf_counter() - start) / (len(texts) + 1) < 0.001
