"""/duty: a manager puts a staff member on duty (值班) for a date and sees the week's rota."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel

from bot.context import BotContext
from handlers.flow import Choice, Day, Flow, Option, Reply


class DutyDraft(BaseModel):
    """Who is on duty, and when."""

    day: str | None = None
    account: int | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> DutyDraft:
    """Managers only."""
    await context.services.duty.managed(context.require_viewer())
    return DutyDraft()


async def staff(context: BotContext, draft: DutyDraft) -> list[Option]:
    """The estate's staff, by name."""
    found = await context.services.duty.staff_choices(context.require_viewer())
    return [Option(str(account), name, literal=True) for account, name in found.items()]


async def finish(context: BotContext, draft: DutyDraft, token: str) -> Reply:
    """Put them on duty; show the rota of the week from that day."""
    assert draft.day is not None and draft.account is not None
    day = date.fromisoformat(draft.day)
    service = context.services.duty
    estate = await service.put_on(context.require_viewer(), day, draft.account, token)
    lines = [context.t("duty-rota-title", day=day.isoformat())]
    lines += [
        context.t("duty-rota-line", day=x.day.isoformat(), name=x.name)
        for x in await service.rota(estate, day)
    ]
    return Reply("\n".join(lines))


DUTY = Flow(
    name="duty",
    title="flow-title-duty",
    draft=DutyDraft,
    begin=begin,
    finish=finish,
    commands=("duty",),
    steps=[
        Day(field="day", prompt="duty-ask-day", quick=("today", "tomorrow", "friday")),
        Choice(field="account", prompt="duty-ask-who", options=staff, parse=int, columns=2),
    ],
)
FLOWS = [DUTY]
