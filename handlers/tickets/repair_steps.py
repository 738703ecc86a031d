"""The steps of the repair report: what each asks, its buttons, and the draft."""

from __future__ import annotations

from enum import IntEnum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.services.tickets.push import CATEGORY_KEYS, VISIT_KEYS
from bot.services.tickets.repairs import RepairDraft
from handlers import callbacks, keyboards

DRAFT = "repair"
MAX_WHERE = 200


class RepairState(IntEnum):
    """Steps of the repair conversation."""

    UNIT = 1
    CATEGORY = 2
    LOCATION = 3
    WHERE = 4
    DESCRIPTION = 5
    PHOTOS = 6
    VISIT = 7
    URGENT = 8
    CONFIRM = 9


ASK_KEYS = {
    RepairState.UNIT: "repair-ask-unit",
    RepairState.CATEGORY: "repair-ask-category",
    RepairState.LOCATION: "repair-ask-location",
    RepairState.WHERE: "repair-ask-where",
    RepairState.DESCRIPTION: "repair-ask-description",
    RepairState.PHOTOS: "repair-ask-photos",
    RepairState.VISIT: "repair-ask-visit",
    RepairState.URGENT: "repair-ask-urgent",
}
EDITABLE = {
    "category": "repair-field-category",
    "location": "repair-field-location",
    "description": "repair-field-description",
    "photos": "repair-field-photos",
    "visit_time": "repair-field-visit",
    "urgent": "repair-field-urgent",
}


def next_state(draft: RepairDraft) -> RepairState:
    """The first step whose answer is still missing; CONFIRM when all are there."""
    if draft.unit_id is None:
        return RepairState.UNIT
    if draft.category is None:
        return RepairState.CATEGORY
    if draft.location is None:
        return RepairState.LOCATION
    if draft.location == "public" and not draft.location_note:
        return RepairState.WHERE
    if draft.description is None:
        return RepairState.DESCRIPTION
    if not draft.photos_done:
        return RepairState.PHOTOS
    if draft.visit_time is None:
        return RepairState.VISIT
    if draft.urgent is None:
        return RepairState.URGENT
    return RepairState.CONFIRM


def _button(label: str, *parts: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=callbacks.make("rp", *map(str, parts)))


def step_keyboard(context: BotContext, state: RepairState) -> InlineKeyboardMarkup | None:
    """The buttons of a step (None for steps answered with text)."""
    t = context.t
    viewer = context.require_viewer()
    if state == RepairState.UNIT:
        units = [_button(o.unit_code, "unit", o.unit_id) for o in viewer.occupancies]
        return keyboards.rows(units, 2)
    if state == RepairState.CATEGORY:
        return keyboards.rows([_button(t(k), "cat", c) for c, k in CATEGORY_KEYS.items()], 2)
    if state == RepairState.LOCATION:
        return keyboards.rows(
            [
                _button(t("repair-in-unit"), "loc", "unit"),
                _button(t("repair-public"), "loc", "public"),
            ]
        )
    if state == RepairState.PHOTOS:
        return keyboards.rows([_button(t("repair-photos-done"), "ph", "done")])
    if state == RepairState.VISIT:
        return keyboards.rows([_button(t(k), "visit", c) for c, k in VISIT_KEYS.items()], 3)
    if state == RepairState.URGENT:
        return keyboards.rows(
            [_button(t("repair-urgent-yes"), "urg", 1), _button(t("repair-urgent-no"), "urg", 0)]
        )
    return None


async def load(context: BotContext) -> RepairDraft:
    """The resident's draft."""
    data = await context.services.drafts.get(context.require_account().id, DRAFT)
    return RepairDraft.model_validate(data)


async def save(context: BotContext, draft: RepairDraft) -> None:
    """Store the draft."""
    await context.services.drafts.update(context.require_account().id, DRAFT, **draft.model_dump())


async def ask(update: Update, context: BotContext, draft: RepairDraft) -> RepairState:
    """Ask the next missing answer, or show the summary."""
    state = next_state(draft)
    assert update.effective_chat is not None
    markup: InlineKeyboardMarkup | None
    if state == RepairState.CONFIRM:
        text, markup = render_summary(context, draft), summary_keyboard(context)
    else:
        text, markup = context.t(ASK_KEYS[state]), step_keyboard(context, state)
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)
    return state


async def reask(update: Update, context: BotContext) -> RepairState:
    """Explain what the current step needs and ask again."""
    draft = await load(context)
    state = next_state(draft)
    assert update.effective_chat is not None
    if update.callback_query:
        await update.callback_query.answer()
    key = ASK_KEYS.get(state, "repair-reask-confirm")
    await context.bot.send_message(
        update.effective_chat.id,
        context.t("repair-reask", question=context.t(key)),
        reply_markup=step_keyboard(context, state),
    )
    return state


def render_summary(context: BotContext, draft: RepairDraft) -> str:
    """The draft as the resident will confirm it."""
    t = context.t
    units = {o.unit_id: o.unit_code for o in context.require_viewer().occupancies}
    where = draft.location_note if draft.location == "public" else t("repair-in-unit")
    return t(
        "repair-summary",
        unit=units.get(draft.unit_id or 0, "-"),
        category=t(CATEGORY_KEYS[draft.category or "other"]),
        where=where,
        description=draft.description or "",
        photos=len(draft.photos),
        visit=t(VISIT_KEYS[draft.visit_time or "asap"]),
        urgent="yes" if draft.urgent else "no",
    )


def summary_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    """Confirm, edit a field, or cancel."""
    t = context.t
    return keyboards.rows(
        [
            _button(t("repair-confirm"), "ok"),
            _button(t("repair-edit"), "edit"),
            _button(t("repair-cancel"), "cancel"),
        ],
        3,
    )


def edit_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    """One button per field that can be changed."""
    return keyboards.rows([_button(context.t(k), "ed", f) for f, k in EDITABLE.items()], 2)
