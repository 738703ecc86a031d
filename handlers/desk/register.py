"""Registering an item held at the front desk: the unit, the kind, a few words, a photo."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from bot.context import BotContext
from bot.services.desk.items import ItemInput
from bot.services.desk.rules import KIND_KEYS, MAX_DESCRIPTION
from handlers.flow import Choice, Confirm, Flow, Option, Photos, Reply
from handlers.flow import Text as TextStep

KIND_OPTIONS = tuple(Option(kind, key) for kind, key in KIND_KEYS.items())


class RegisterDraft(BaseModel):
    """An item as the desk registers it."""

    unit: str | None = None
    kind: str | None = None
    description: str | None = None
    photos: list[str] = []


async def begin(context: BotContext, args: dict[str, Any]) -> RegisterDraft:
    """Guards, butlers and managers."""
    context.services.desk.scope(context.require_viewer())
    return RegisterDraft()


async def checked_unit(context: BotContext, draft: RegisterDraft, value: str) -> str:
    """A unit of the estate (a butler's: of their grids), by its code."""
    unit = await context.services.desk.unit_for(context.require_viewer(), value)
    return unit.code


async def summary(context: BotContext, draft: RegisterDraft) -> str:
    """The item as the household will read it."""
    return context.t(
        "desk-summary",
        unit=draft.unit or "-",
        kind=context.t(KIND_KEYS.get(draft.kind or "", KIND_KEYS["other"])),
        description=draft.description or "-",
        photos=len(draft.photos),
    )


async def finish(context: BotContext, draft: RegisterDraft, token: str) -> Reply:
    """Hold it; the household is told with the pickup code."""
    form = ItemInput(
        unit_code=draft.unit or "",
        kind=draft.kind or "other",
        description=draft.description or "",
        photo=draft.photos[0] if draft.photos else None,
    )
    done = await context.services.desk.register(context.require_viewer(), form, token)
    if done.code is not None:
        return Reply(
            context.t("desk-registered-nobody", number=done.item_id, unit=form.unit_code)
            + "\n"
            + context.t("desk-code-for-phone", code=done.code)
        )
    return Reply(
        context.t("desk-registered", number=done.item_id, unit=form.unit_code, told=done.told)
    )


REGISTER = Flow(
    name="desk_register",
    title="flow-title-desk",
    draft=RegisterDraft,
    begin=begin,
    finish=finish,
    menu="desk_new",
    steps=[
        TextStep(field="unit", prompt="desk-ask-unit", max_length=40, check=checked_unit),
        Choice(field="kind", prompt="desk-ask-kind", options=KIND_OPTIONS),
        TextStep(
            field="description",
            prompt="desk-ask-description",
            max_length=MAX_DESCRIPTION,
            photos_to="photos",
            photos_max=1,
        ),
        Photos(field="photos", prompt="desk-ask-photo", max_count=1),
        Confirm(
            summary=summary,
            editable=[("unit", "desk-field-unit"), ("description", "desk-field-description")],
        ),
    ],
)
