"""物品放行 in chat: a resident asks to take items out on a day; a tenant's request waits for
the owner's two buttons; the resident gets the release code; the resident may cancel it."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import ReleaseAct
from bot.context import BotContext
from bot.services.gate import rules
from bot.services.gate.releases import ReleaseInput
from handlers.flow import Confirm, Day, Flow, Reply
from handlers.flow import Text as TextStep
from handlers.flow.common import resident_unit, unit_code, unit_step
from handlers.gate import text


class ReleaseDraft(BaseModel):
    """Items to take out, and the day."""

    unit_id: int | None = None
    items: str | None = None
    day: str | None = None


async def begin(context: BotContext, args: dict[str, Any]) -> ReleaseDraft:
    """Residents only."""
    return ReleaseDraft(unit_id=resident_unit(context))


async def summary(context: BotContext, draft: ReleaseDraft) -> str:
    """The request as the gate will read it."""
    return context.t(
        "gate-release-summary",
        unit=unit_code(context, draft.unit_id),
        items=draft.items or "-",
        day=draft.day or "-",
    )


async def finish(context: BotContext, draft: ReleaseDraft, token: str) -> Reply:
    """File it: the code now, or once the owner approves."""
    form = ReleaseInput(
        unit_id=draft.unit_id or 0,
        items=draft.items or "",
        day=date.fromisoformat(draft.day or "2000-01-01"),
    )
    found = await context.services.goods_releases.request(context.require_viewer(), form, token)
    key = "gate-release-done-waiting" if found.state == "awaiting_owner" else "gate-release-done"
    return Reply(context.t(key, code=found.code, day=found.day.isoformat()))


RELEASE = Flow(
    name="release",
    title="flow-title-release",
    draft=ReleaseDraft,
    begin=begin,
    finish=finish,
    commands=("release",),
    menu="release",
    steps=[
        unit_step("gate-ask-unit"),
        TextStep(field="items", prompt="gate-ask-items", max_length=rules.MAX_ITEMS),
        Day(
            field="day",
            prompt="gate-ask-release-day",
            quick=("today", "tomorrow", "friday"),
            days_ahead=rules.DAYS_AHEAD,
        ),
        Confirm(summary=summary, editable=[("items", "gate-field-items")]),
    ],
)
FLOWS: list[Flow[Any]] = [RELEASE]


async def act(update: Update, context: BotContext) -> None:
    """The owner approves or refuses; the resident cancels."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = ReleaseAct.unpack(query.data)
    assert data is not None
    viewer, releases = context.require_viewer(), context.services.goods_releases
    if data.action == "cx":
        found = await releases.cancel(viewer, data.release_id)
        note = context.t("gate-release-cancelled", code=found.code)
    else:
        found = await releases.decide(viewer, data.release_id, data.action == "ok")
        note = context.t("gate-owner-decided", approved=1 if found.state == "approved" else 0)
    await query.answer()
    await query.edit_message_reply_markup(None)
    await context.bot.send_message(
        update.effective_chat.id, f"{note}\n\n{text.release_card(context.t, found)}"
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """The owner's and the resident's buttons."""
    return [CallbackQueryHandler(act, pattern=ReleaseAct.where(action=("ok", "no", "cx")))]
