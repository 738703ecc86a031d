"""What violations are made of: the material's kinds, the ladder's steps, measures.

The kinds follow the training material (四、工作规范 (三)违章处理 5); an estate stores its own
list to replace them (`butler violation kinds`).
"""

from __future__ import annotations

from storage.models import ViolationKind

CATEGORIES = ("renovation", "fire", "environment", "order", "harm", "other")
CATEGORY_KEYS = {
    "renovation": "violation-category-renovation",
    "fire": "violation-category-fire",
    "environment": "violation-category-environment",
    "order": "violation-category-order",
    "harm": "violation-category-harm",
    "other": "violation-category-other",
}
# the notice's default rule, by category
RULE_KEYS = {
    "renovation": "violation-rule-renovation",
    "fire": "violation-rule-fire",
    "environment": "violation-rule-environment",
    "order": "violation-rule-order",
    "harm": "violation-rule-harm",
    "other": "violation-rule-other",
}


def _kind(code: str, category: str, zh: str, en: str, position: int) -> ViolationKind:
    return ViolationKind(code=code, category=category, name_zh=zh, name_en=en, position=position)


DEFAULT_KINDS = (
    _kind("renovation_rules", "renovation", "违反装修管理规定", "Breach of renovation rules", 1),
    _kind("structure", "renovation", "擅自改变房屋结构", "Altering the structure", 2),
    _kind("fire_exit", "fire", "堵塞消防通道", "Blocked fire exit or passage", 10),
    _kind(
        "fire_equipment",
        "fire",
        "损坏消防设备、器材或标识",
        "Damaged fire equipment, alarm or sign",
        11,
    ),
    _kind("wiring", "fire", "超负荷用电、乱接电线", "Overloaded or improvised wiring", 12),
    _kind("burning", "fire", "在公共场地焚烧杂物", "Burning things in a public area", 13),
    _kind("extinguisher", "fire", "营业场所未配置灭火器材", "Shop without extinguishers", 14),
    _kind("fire_other", "fire", "其他违反消防管理规定的行为", "Other fire-safety breach", 15),
    _kind("litter", "environment", "乱丢垃圾、随地吐痰", "Litter, spitting", 20),
    _kind("sanitation", "environment", "破坏卫生设备设施", "Damaging sanitation facilities", 21),
    _kind(
        "piling",
        "environment",
        "在公用场地堆放、吊挂杂物、乱搭乱建",
        "Piling, hanging or building in a public area",
        22,
    ),
    _kind("posting", "environment", "乱张贴涂写", "Posting or painting on walls", 23),
    _kind("height", "environment", "高空抛物、倒污水", "Throwing from height, pouring water", 24),
    _kind("noise", "environment", "播放高音喇叭制造噪音", "Loud speakers, noise", 25),
    _kind(
        "greenery",
        "environment",
        "践踏草坪、攀摘花木、损坏园林小品",
        "Lawns, plants or garden features damaged",
        26,
    ),
    _kind("parking", "order", "违章停车", "Illegal parking", 30),
    _kind(
        "dangerous_goods",
        "order",
        "存放、排放易燃易爆剧毒放射性物品",
        "Flammable, explosive, toxic or radioactive goods",
        31,
    ),
    _kind("gambling", "order", "聚众赌博、打架斗殴", "Gambling or fighting", 32),
    _kind(
        "harm", "harm", "损害其他业主利益或影响小区安全", "Harming other owners or the estate", 40
    ),
    _kind("other", "other", "其他违章行为", "Other violation", 50),
)

# The ladder (违章的处理办法), in order; a case records the furthest step it reached.
STEPS = ("reported", "persuaded", "notice", "measures", "compensation", "escalated")
STEP_KEYS = {
    "reported": "violation-step-reported",
    "persuaded": "violation-step-persuaded",
    "notice": "violation-step-notice",
    "measures": "violation-step-measures",
    "compensation": "violation-step-compensation",
    "escalated": "violation-step-escalated",
}
STATE_KEYS = {
    "open": "violation-state-open",
    "closed": "violation-state-closed",
    "dismissed": "violation-state-dismissed",
}
NOTICE_KEYS = {
    "none": "violation-notice-none",
    "sent": "violation-notice-sent",
    "acknowledged": "violation-notice-acknowledged",
    "refused": "violation-notice-refused",
    "printed": "violation-notice-printed",
    "delivered": "violation-notice-delivered",
}
PERSUASION = ("complied", "refused", "absent")  # 劝导: stopped, ignored it, nobody there
MEASURES = ("suspend_passes", "notify_department", "other")  # 限制施工人员入场等措施
ESCALATIONS = ("authority", "lawyer", "lawsuit")  # 上报主管部门, 律师函, 提起诉讼
MEASURE_KEYS = {
    "suspend_passes": "violation-measure-suspend-passes",
    "notify_department": "violation-measure-notify-department",
    "other": "violation-measure-other",
}
ESCALATION_KEYS = {
    "authority": "violation-escalation-authority",
    "lawyer": "violation-escalation-lawyer",
    "lawsuit": "violation-escalation-lawsuit",
}
OUTCOME_KEYS = {
    "complied": "violation-outcome-complied",
    "fixed": "violation-outcome-fixed",
    "dismissed": "violation-outcome-dismissed",
}
LOSS_FEE = "violation_loss"  # the compensation's bill: violation_loss#<violation id>


def kinds_of(stored: list[ViolationKind]) -> list[ViolationKind]:
    """The estate's active kinds (the defaults when it stored none)."""
    items = stored or list(DEFAULT_KINDS)
    return [k for k in items if k.active]


def kind_name(kinds: list[ViolationKind], code: str, language: str) -> str:
    """A kind's name in a language (the estate writes both); its code when unknown."""
    found = next((k for k in kinds if k.code == code), None)
    if found is None:
        found = next((k for k in DEFAULT_KINDS if k.code == code), None)
    if found is None:
        return code
    return found.name_zh if language.startswith("zh") else found.name_en


def step_at_least(step: str, wanted: str) -> str:
    """The further of two steps of the ladder."""
    return step if STEPS.index(step) >= STEPS.index(wanted) else wanted


def kind_text(kinds: list[ViolationKind], code: str) -> dict[str, dict[str, str]]:
    """A kind's name as a push argument, shown in each reader's language."""
    return {
        "texts": {
            "zh-Hans": kind_name(kinds, code, "zh-Hans"),
            "en": kind_name(kinds, code, "en"),
        }
    }


PENDING_KEYS = {"loss": "violation-pending-loss", "escalation": "violation-pending-escalation"}
