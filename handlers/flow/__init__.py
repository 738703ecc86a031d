"""The conversation engine: flows declared as typed steps (see engine.py for the rules)."""

from handlers.flow.engine import Engine
from handlers.flow.flow import Entry, Flow, Reply
from handlers.flow.steps import Choice, Confirm, Day, Number, Option, Photos, Pick, Text

__all__ = [
    "Choice",
    "Confirm",
    "Day",
    "Engine",
    "Entry",
    "Flow",
    "Number",
    "Option",
    "Photos",
    "Pick",
    "Reply",
    "Text",
]
