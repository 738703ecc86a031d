"""What an estate's renovation process is made of: declarable works, documents, checks.

The defaults follow the training material (四、工作规范 (二)装修管理); an estate stores its
own list of works to replace them.
"""

from __future__ import annotations

from storage.models import WorkItem

WALL_DEMOLITION = "wall_demolition"
DEFAULT_WORKS = (
    WorkItem(
        code="walls",
        name_zh="墙面装饰",
        name_en="Walls (paint, tiles, paper)",
        wet=False,
        measured=False,
        position=1,
    ),
    WorkItem(
        code="floors", name_zh="地面铺装", name_en="Floors", wet=False, measured=False, position=2
    ),
    WorkItem(
        code="ceiling", name_zh="吊顶", name_en="Ceiling", wet=False, measured=False, position=3
    ),
    WorkItem(
        code="lines",
        name_zh="水电线路改造",
        name_en="Water and electricity lines",
        wet=False,
        measured=False,
        position=4,
    ),
    WorkItem(
        code="waterproofing",
        name_zh="防水工程",
        name_en="Waterproofing",
        wet=True,
        measured=False,
        position=5,
    ),
    WorkItem(
        code="kitchen_bath",
        name_zh="厨卫改造",
        name_en="Kitchen and bathroom",
        wet=True,
        measured=False,
        position=6,
    ),
    WorkItem(
        code=WALL_DEMOLITION,
        name_zh="拆改非承重墙",
        name_en="Wall demolition",
        wet=False,
        measured=True,
        position=7,
    ),
    WorkItem(
        code="balcony", name_zh="阳台", name_en="Balcony", wet=False, measured=False, position=8
    ),
    WorkItem(
        code="windows",
        name_zh="门窗",
        name_en="Doors and windows",
        wet=False,
        measured=False,
        position=9,
    ),
    WorkItem(
        code="aircon",
        name_zh="空调安装",
        name_en="Air conditioning",
        wet=False,
        measured=False,
        position=10,
    ),
)
# The documents a resident reads and confirms before applying, in the material's order.
DOCUMENTS = ("rules", "lift", "notice")
DOCUMENT_KEYS = {
    "rules": "renovation-doc-rules",
    "lift": "renovation-doc-lift",
    "notice": "renovation-doc-notice",
}
# The 装修巡检记录 checklist: what an inspection visit looks at.
CHECKS = ("declared", "passes", "structure", "utilities", "safety", "debris", "door")
CHECK_KEYS = {
    "declared": "renovation-check-declared",
    "passes": "renovation-check-passes",
    "structure": "renovation-check-structure",
    "utilities": "renovation-check-utilities",
    "safety": "renovation-check-safety",
    "debris": "renovation-check-debris",
    "door": "renovation-check-door",
}
STATE_KEYS = {
    "draft": "renovation-state-draft",
    "awaiting_owner": "renovation-state-awaiting-owner",
    "submitted": "renovation-state-submitted",
    "rejected": "renovation-state-rejected",
    "approved": "renovation-state-approved",
    "permitted": "renovation-state-permitted",
    "completed": "renovation-state-completed",
    "fixing": "renovation-state-fixing",
    "closed": "renovation-state-closed",
    "cancelled": "renovation-state-cancelled",
}
PASS_KEYS = {
    "listed": "renovation-pass-listed",
    "unpaid": "renovation-pass-unpaid",
    "active": "renovation-pass-active",
    "suspended": "renovation-pass-suspended",
    "revoked": "renovation-pass-revoked",
    "returned": "renovation-pass-returned",
}
WATER_KEYS = {
    "none": "renovation-water-none",
    "booked": "renovation-water-booked",
    "failed": "renovation-water-failed",
    "passed": "renovation-water-passed",
}


def works_of(stored: list[WorkItem]) -> list[WorkItem]:
    """The estate's active works (the defaults when it stored none)."""
    items = stored or list(DEFAULT_WORKS)
    return [w for w in items if w.active]


def work_name(item: WorkItem, language: str) -> str:
    """A work item's name in a language (the estate writes both)."""
    return item.name_zh if language.startswith("zh") else item.name_en
