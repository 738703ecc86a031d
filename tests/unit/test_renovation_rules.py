"""Pure rules of renovation: ID numbers, licence numbers, masking, the Pick step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from bot.services.renovation.ids import masked, valid_id_number, valid_licence
from handlers.flow.steps import Accept, Answer, Ask, Option, Pick, Reask, Stay


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("11010519491231002X", True),  # the standard's own example
        ("11010519491231002x", True),  # a lower-case x is read as X
        ("110105194912310021", False),  # wrong check digit
        ("1101051949123100", False),  # too short
        ("11010519491231002Y", False),
        ("", False),
    ],
)
def test_resident_id_numbers_are_checked_by_their_check_digit(number: str, valid: bool) -> None:
    assert valid_id_number(number) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("91310000MA1FL0AB3K", True),  # 统一社会信用代码
        ("91310000ma1fl0ab3k", True),
        ("310000000012345", True),  # an old 15-digit registration number
        ("91310000MA1FL0AB3", False),  # 17 characters
        ("91310000MA1FL0AB3I", False),  # I is never used
        ("12345", False),
    ],
)
def test_business_licence_numbers(number: str, valid: bool) -> None:
    assert valid_licence(number) is valid


def test_id_numbers_are_masked_on_cards() -> None:
    assert masked("11010519491231002X") == "110105********002X"


@dataclass
class Draft:
    works: list[str] = field(default_factory=list)


def _ask() -> Ask:
    options = (Option("walls", "Walls", literal=True), Option("floors", "Floors", literal=True))

    def labels(option: Any) -> set[str]:
        return {"done"} if option.value == "done" else {option.label.lower()}

    return Ask(
        options=options,
        labels=labels,
        t=lambda key, **args: {"flow-list-separator": ", "}.get(key, key),
        today=date(2026, 12, 1),
    )


def test_pick_toggles_options_and_needs_the_minimum_before_done() -> None:
    step = Pick(field="works", prompt="p", options=(), min_count=1)
    draft, ask = Draft(), _ask()
    assert isinstance(step.take(draft, Answer("button", value="done"), ask), Reask)
    assert [o.value for o in step.buttons(draft, ask)] == ["walls", "floors"]  # no Done yet
    assert isinstance(step.take(draft, Answer("button", value="walls"), ask), Stay)
    assert isinstance(step.take(draft, Answer("text", text="Floors"), ask), Stay)
    assert draft.works == ["walls", "floors"]
    assert [o.label for o in step.buttons(draft, ask)][:2] == ["✅ Walls", "✅ Floors"]
    step.take(draft, Answer("button", value="walls"), ask)  # pressed again: removed
    assert draft.works == ["floors"]
    assert isinstance(step.take(draft, Answer("sticker"), ask), Reask)
    assert isinstance(step.take(draft, Answer("button", value="forged"), ask), Reask)
    done = step.take(draft, Answer("text", text="done"), ask)
    assert isinstance(done, Accept) and done.echo == "Floors"
