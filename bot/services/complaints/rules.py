"""Complaint types and the four stages of the training material.

acknowledge → analyse and coordinate → handle → follow up (see locales). Each stage has a
deadline counted from the end of the one before; the handler closes a stage with a note
that the resident sees. At the follow-up the resident says whether it is settled: yes
closes, no goes back to the analysis stage and the managers are told.
"""

from __future__ import annotations

from datetime import timedelta

COMPLAINT_TYPE_KEYS = {
    "attitude": "complaint-type-attitude",
    "sanitation": "complaint-type-sanitation",
    "noise": "complaint-type-noise",
    "parking": "complaint-type-parking",
    "security": "complaint-type-security",
    "neighbours": "complaint-type-neighbours",
    "fees": "complaint-type-fees",
    "other": "complaint-type-other",
}
# Complaints about staff go to the managers, never to the butler they may be about.
MANAGERS_ONLY = ("attitude",)

ACKNOWLEDGE, ANALYSE, HANDLE, FOLLOW_UP = "acknowledge", "analyse", "handle", "follow_up"
STAGES = (ACKNOWLEDGE, ANALYSE, HANDLE, FOLLOW_UP)
STAGE_KEYS = {
    ACKNOWLEDGE: "stage-acknowledge",
    ANALYSE: "stage-analyse",
    HANDLE: "stage-handle",
    FOLLOW_UP: "stage-follow-up",
}
DEFAULT_STAGE_MINUTES = {
    "complaint.acknowledge": 60,
    "complaint.analyse": 24 * 60,
    "complaint.handle": 72 * 60,
    "complaint.follow_up": 24 * 60,
}
OPEN, CLOSED = "open", "closed"
CALLBACK_CHOICES = ("no", "anytime", "morning", "afternoon", "evening")
CALLBACK_KEYS = {
    "no": "callback-no",
    "anytime": "callback-anytime",
    "morning": "callback-morning",
    "afternoon": "callback-afternoon",
    "evening": "callback-evening",
}


def next_stage(stage: str) -> str | None:
    """The stage after this one (None after the follow-up)."""
    index = STAGES.index(stage)
    return STAGES[index + 1] if index + 1 < len(STAGES) else None


def stage_deadline(rules: dict[str, int], stage: str) -> timedelta:
    """The time a stage may take, from the estate's rules or the defaults."""
    name = f"complaint.{stage}"
    return timedelta(minutes=rules.get(name, DEFAULT_STAGE_MINUTES[name]))
