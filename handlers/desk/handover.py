"""The desk's list (/desk), the handover against the pickup code, and the household naming
who collects an item for them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from telegram import InlineKeyboardButton, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import DeskAct, MenuAction
from bot.context import BotContext
from bot.services.desk.rules import KIND_KEYS, MAX_NAME, days_held, is_overdue
from handlers import keyboards
from handlers.desk.register import REGISTER
from handlers.flow import Choice, Entry, Flow, Option, Reply
from handlers.flow import Text as TextStep

MAX_BUTTONS = 30


class HandDraft(BaseModel):
    """A handover: the code typed, and who took the item."""

    item_id: int
    unit: str = ""
    collector: str = ""
    code: str | None = None
    who: str | None = None
    taker: str | None = None


async def begin_hand(context: BotContext, args: dict[str, Any]) -> HandDraft:
    """Staff of the item's grid, while it is held."""
    loaded = await context.services.desk.check_hand(context.require_viewer(), args["item_id"])
    return HandDraft(
        item_id=loaded.item.id, unit=loaded.unit.code, collector=loaded.item.collector
    )


async def checked_code(context: BotContext, draft: HandDraft, value: str) -> str:
    """The item's pickup code; a wrong one is asked again."""
    return await context.services.desk.check_code(context.require_viewer(), draft.item_id, value)


async def who_options(context: BotContext, draft: HandDraft) -> list[Option]:
    """The household, the person they named (if any), someone else."""
    found = [Option("self", "desk-who-self")]
    if draft.collector:
        found.append(Option("named", "desk-who-named", {"name": draft.collector}))
    return [*found, Option("other", "desk-who-other")]


async def finish_hand(context: BotContext, draft: HandDraft, token: str) -> Reply:
    """Record it; the household is told."""
    takers = {"self": "", "named": draft.collector}
    taker = takers.get(draft.who or "", draft.taker or "")
    await context.services.desk.hand(
        context.require_viewer(), draft.item_id, draft.code or "", taker, token
    )
    who = taker or context.t("desk-taker-household")
    return Reply(context.t("desk-handed-staff", number=draft.item_id, unit=draft.unit, who=who))


HAND = Flow(
    name="desk_hand",
    title="flow-title-desk-hand",
    draft=HandDraft,
    begin=begin_hand,
    finish=finish_hand,
    prompt_args=lambda context, draft: {"unit": draft.unit, "number": draft.item_id},
    entries=[Entry(DeskAct, lambda data: {"item_id": data.item_id}, lambda d: d.action == "hand")],
    steps=[
        TextStep(field="code", prompt="desk-ask-code", max_length=20, check=checked_code),
        Choice(field="who", prompt="desk-ask-who", options=who_options, columns=1),
        TextStep(
            field="taker",
            prompt="desk-ask-taker",
            max_length=MAX_NAME,
            when=lambda d: d.who == "other",
        ),
    ],
)


class CollectorDraft(BaseModel):
    """Who collects an item for the household."""

    item_id: int
    unit: str = ""
    name: str | None = None


async def begin_collector(context: BotContext, args: dict[str, Any]) -> CollectorDraft:
    """The household of the item's unit, while it is held."""
    loaded = await context.services.desk_household.check_household(
        context.require_viewer(), args["item_id"]
    )
    return CollectorDraft(item_id=loaded.item.id, unit=loaded.unit.code)


async def finish_collector(context: BotContext, draft: CollectorDraft, token: str) -> Reply:
    """Keep the name for the desk."""
    name = await context.services.desk_household.name_collector(
        context.require_viewer(), draft.item_id, draft.name or "", token
    )
    return Reply(context.t("desk-collector-set", name=name, unit=draft.unit))


COLLECTOR = Flow(
    name="desk_collector",
    title="flow-title-desk-collector",
    draft=CollectorDraft,
    begin=begin_collector,
    finish=finish_collector,
    prompt_args=lambda context, draft: {"unit": draft.unit},
    entries=[Entry(DeskAct, lambda data: {"item_id": data.item_id}, lambda d: d.action == "who")],
    steps=[TextStep(field="name", prompt="desk-ask-collector", max_length=MAX_NAME)],
)
FLOWS: list[Flow[Any]] = [REGISTER, HAND, COLLECTOR]


async def listing(update: Update, context: BotContext) -> None:
    """/desk: the items held, per grid, oldest first; each one's button hands it over."""
    assert update.effective_chat is not None
    if update.callback_query is not None:
        await update.callback_query.answer()
    found = await context.services.desk.held(context.require_viewer())
    now = context.services.clock.now()
    lines = [context.t("desk-list-head", count=len(found))]
    buttons: list[InlineKeyboardButton] = []
    grid = None
    for held in found:
        item = held.item
        if held.grid_code != grid:
            grid = held.grid_code
            lines.append(context.t("desk-list-grid", grid=grid))
        args = {
            "number": item.id,
            "unit": held.unit_code,
            "kind": context.t(KIND_KEYS.get(item.kind, KIND_KEYS["other"])),
            "days": days_held(item.created_at, now),
        }
        late = 1 if is_overdue(item.created_at, now) else 0
        lines.append(context.t("desk-list-line", description=item.description, late=late, **args))
        if len(buttons) < MAX_BUTTONS:
            data = DeskAct(action="hand", item_id=item.id).pack()
            label = context.t("desk-list-button", **args)
            buttons.append(InlineKeyboardButton(label, callback_data=data))
    if len(found) > MAX_BUTTONS:
        lines.append(context.t("desk-list-more", count=len(found) - MAX_BUTTONS))
    new = MenuAction(action="desk_new").pack()
    buttons.append(InlineKeyboardButton(context.t("desk-button-new"), callback_data=new))
    await context.bot.send_message(
        update.effective_chat.id, "\n".join(lines), reply_markup=keyboards.rows(buttons, width=1)
    )


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/desk and its menu button."""
    return [
        CommandHandler("desk", listing),
        CallbackQueryHandler(listing, pattern=MenuAction.where(action="desk")),
    ]
