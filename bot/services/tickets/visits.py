"""When the repair worker may come: as soon as possible, or a part of today or tomorrow."""

from __future__ import annotations

from datetime import datetime

PARTS = {"morning": 12, "afternoon": 18, "evening": 20}  # each part and the hour it ends
VISIT_KEYS = {
    "asap": "visit-asap",
    "today_morning": "visit-today-morning",
    "today_afternoon": "visit-today-afternoon",
    "today_evening": "visit-today-evening",
    "tomorrow_morning": "visit-tomorrow-morning",
    "tomorrow_afternoon": "visit-tomorrow-afternoon",
    "tomorrow_evening": "visit-tomorrow-evening",
    # the choices of earlier versions, still shown on their tickets
    "today": "visit-today",
    "tomorrow": "visit-tomorrow",
    "morning": "visit-morning",
    "afternoon": "visit-afternoon",
    "evening": "visit-evening",
}


def visit_choices(local_now: datetime) -> list[str]:
    """The visit times that can still be offered: today's parts not (nearly) over, tomorrow's."""
    today = [f"today_{part}" for part, ends in PARTS.items() if local_now.hour < ends - 1]
    return ["asap", *today, *(f"tomorrow_{part}" for part in PARTS)]
