"""/settings: personal preferences (for now, whether fee reminders come), a one-step flow."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from bot.context import BotContext
from handlers.flow import Choice, Flow, Option, Reply

CHOICES = (
    Option("on", "preferences-fee-turn-on"),
    Option("off", "preferences-fee-turn-off"),
)


class PreferencesDraft(BaseModel):
    """The person's choices."""

    now_on: bool = True
    fee_reminders: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> PreferencesDraft:
    """Anyone may change their own preferences."""
    on = await context.services.fee_reminders.enabled(context.require_account().id)
    return PreferencesDraft(now_on=on)


async def finish(context: BotContext, draft: PreferencesDraft, token: str) -> Reply:
    """Store the choice and say what holds now."""
    on = draft.fee_reminders == "on"
    await context.services.fee_reminders.set_enabled(context.require_account().id, on)
    state = context.t("preferences-on" if on else "preferences-off")
    return Reply(context.t("preferences-saved", fee=state))


def _state(context: BotContext, draft: PreferencesDraft) -> dict[str, Any]:
    return {"fee": context.t("preferences-on" if draft.now_on else "preferences-off")}


PREFERENCES = Flow(
    name="preferences",
    title="flow-title-preferences",
    draft=PreferencesDraft,
    begin=begin,
    finish=finish,
    commands=("settings",),
    menu="settings",
    prompt_args=_state,
    steps=[Choice(field="fee_reminders", prompt="preferences-text", options=CHOICES)],
)
FLOWS = [PREFERENCES]
