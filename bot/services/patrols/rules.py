"""The default patrol checklist and its standards, from the training material."""

from __future__ import annotations

from typing import Any

# item code -> (name key, standard key)
DEFAULT_ITEMS: dict[str, tuple[str, str]] = {
    "roads": ("patrol-item-roads", "patrol-std-roads"),
    "notice_boards": ("patrol-item-notice-boards", "patrol-std-notice-boards"),
    "lobby_doors": ("patrol-item-lobby-doors", "patrol-std-lobby-doors"),
    "corridors": ("patrol-item-corridors", "patrol-std-corridors"),
    "fire_exits": ("patrol-item-fire-exits", "patrol-std-fire-exits"),
    "elevators": ("patrol-item-elevators", "patrol-std-elevators"),
    "renovation": ("patrol-item-renovation", "patrol-std-renovation"),
}
DEFAULT_CHECKLIST: list[Any] = list(DEFAULT_ITEMS)
DEFAULT_TIME = "09:00"
PENDING, IN_PROGRESS, DONE, MISSED = "pending", "in_progress", "done", "missed"
STATUS_KEYS = {
    PENDING: "patrol-status-pending",
    IN_PROGRESS: "patrol-status-in-progress",
    DONE: "patrol-status-done",
    MISSED: "patrol-status-missed",
}
MAX_NOTE = 500
MAX_PLAN_NAME = 100  # the column's size
MAX_ITEM = 100  # a free-text checklist item, as a button shows it

WEEKDAY_KEYS = (  # Monday = 0, as plans store them
    "cli-weekday-mon",
    "cli-weekday-tue",
    "cli-weekday-wed",
    "cli-weekday-thu",
    "cli-weekday-fri",
    "cli-weekday-sat",
    "cli-weekday-sun",
)


def item_args(item: Any) -> dict[str, Any]:
    """Arguments naming a checklist item: a default one by key, a custom one as text."""
    if isinstance(item, str) and item in DEFAULT_ITEMS:
        name, standard = DEFAULT_ITEMS[item]
        return {"item": {"key": name}, "standard": {"key": standard}}
    text = item.get("text", "") if isinstance(item, dict) else str(item)
    return {"item": text, "standard": "-"}


def parse_checklist(entries: list[str]) -> list[Any]:
    """Turn command-line entries into checklist items (known codes or free text)."""
    return [e if e in DEFAULT_ITEMS else {"text": e} for e in (x.strip() for x in entries) if e]
