"""/renovation: estimate renovation fees from the estate's table (装修管理收费标准)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from bot.callbacks import RenovationStart
from bot.context import BotContext
from bot.services.renovation.estimate import MAX_AREA, MAX_PASSES, MAX_PERMITS, RenovationInput
from handlers.fees import text as fee_text
from handlers.flow import Choice, Entry, Flow, Number, Option, Reply
from handlers.flow.common import YES_NO

USAGES = (
    Option("residential", "renovation-usage-residential"),
    Option("office", "renovation-usage-office"),
)


class EstimateDraft(BaseModel):
    """The estimate's answers, and the unit's area when its record has one."""

    estate_id: int | None = None
    area: str | None = None
    usage: str | None = None
    debris_m2: str | None = None
    second: bool | None = None
    wall_m2: str | None = None
    permits: int | None = None
    passes: int | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> EstimateDraft:
    """The estate whose table applies; the unit's use and area when known."""
    found = await context.services.renovation.start(context.require_viewer(), args.get("unit_id"))
    area = f"{found.area:f}" if found.area is not None else None
    return EstimateDraft(estate_id=found.estate_id, area=area, usage=found.usage)


async def area_options(context: BotContext, draft: EstimateDraft) -> list[Option]:
    """The unit's registered area, one tap away."""
    if draft.area is None:
        return []
    return [Option(draft.area, "renovation-use-unit-area", {"area": draft.area})]


async def finish(context: BotContext, draft: EstimateDraft, token: str) -> Reply:
    """The itemized estimate."""
    answers = RenovationInput.model_validate(draft.model_dump(exclude={"estate_id", "area"}))
    result = await context.services.renovation.estimate(
        context.require_viewer(), draft.estate_id, answers
    )
    return Reply(fee_text.estimate(context.t, result))


ESTIMATE = Flow(
    name="renovation_estimate",
    title="flow-title-estimate",
    draft=EstimateDraft,
    begin=begin,
    finish=finish,
    entries=[Entry(RenovationStart, lambda data: {"unit_id": data.unit_id})],
    steps=[
        Choice(
            field="usage",
            prompt="renovation-ask-usage",
            options=USAGES,
            when=lambda d: d.usage is None,
        ),
        Number(
            field="debris_m2",
            prompt="renovation-ask-debris",
            minimum=Decimal(1),
            maximum=MAX_AREA,
            decimals=2,
            options=area_options,
        ),
        Choice(
            field="second",
            prompt="renovation-ask-second",
            options=YES_NO,
            parse=lambda v: v == "1",
        ),
        Number(
            field="wall_m2",
            prompt="renovation-ask-wall",
            minimum=Decimal(0),
            maximum=MAX_AREA,
            decimals=2,
        ),
        Number(
            field="permits",
            prompt="renovation-ask-permits",
            minimum=Decimal(1),
            maximum=Decimal(MAX_PERMITS),
        ),
        Number(
            field="passes",
            prompt="renovation-ask-passes",
            minimum=Decimal(0),
            maximum=Decimal(MAX_PASSES),
        ),
    ],
)
FLOWS = [ESTIMATE]
