"""How a step looks: the card's text and its one keyboard."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import FlowButton
from bot.context import BotContext
from handlers.flow.flow import Flow
from handlers.flow.steps import Ask, Choice, Confirm, Option, Photos, Pick, Reask, Stay, Step
from storage.models import FlowState

INTERRUPT_STEP = 99
CONTROL_STEPS = (Choice, Photos, Confirm)


def button(context: BotContext, state: FlowState, step: int, value: str, label: str) -> Any:
    """One flow button."""
    data = FlowButton(token=state.token, step=step, value=value).pack()
    return InlineKeyboardButton(label, callback_data=data)


def _label(context: BotContext, option: Option) -> str:
    return option.label if option.literal else context.t(option.label, **option.args)


def rows(buttons: list[Any], width: int) -> list[list[Any]]:
    """Buttons in rows of `width`."""
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def prompt(context: BotContext, flow: Flow[Any], draft: Any, step: Step) -> str:
    """The step's question with the flow's and the step's arguments."""
    args = dict(flow.prompt_args(context, draft)) if flow.prompt_args else {}
    return context.t(step.prompt, **args, **step.prompt_args(draft))


def card_text(
    context: BotContext,
    body: str,
    *,
    echo: str | None = None,
    note: Reask | Stay | None = None,
    hint: bool = False,
    question: bool = False,
) -> str:
    """The card: what was just answered, why it asks again (or what changed), the question.

    A step that stays says what changed, not the question again, unless `question` (a photo
    step shown anew with the photos it has: the person may not remember what it asks).
    """
    lines = [context.t("flow-echo", answer=echo)] if echo else []
    if note is not None:
        lines.append(context.t(note.key, **note.args))
    if question or not isinstance(note, Stay):
        lines.append(body)
    if hint:
        lines.append(context.t("flow-hint-cancel"))
    return "\n\n".join(lines)


def step_keyboard(
    context: BotContext, state: FlowState, index: int, step: Step, draft: Any, ask: Ask
) -> InlineKeyboardMarkup | None:
    """The step's buttons, then Skip and Cancel where they apply."""
    own = [
        button(context, state, index, o.value, _label(context, o))
        for o in step.buttons(draft, ask)
    ]
    width = step.columns if isinstance(step, Choice | Pick) else 2
    grid = rows(own, width)
    controls = []
    if step.optional:
        controls.append(button(context, state, index, "skip", context.t("flow-btn-skip")))
    if own or controls or isinstance(step, CONTROL_STEPS):
        controls.append(button(context, state, index, "cancel", context.t("flow-btn-cancel")))
    grid.append(controls)
    return InlineKeyboardMarkup(grid) if any(grid) else None


def confirm_keyboard(
    context: BotContext,
    state: FlowState,
    index: int,
    step: Confirm,
    editable: list[tuple[str, str]],
) -> InlineKeyboardMarkup:
    """Confirm, Edit and Cancel; while editing, one button per field that applies, and Back."""
    if state.ui.get("editing"):
        fields = [button(context, state, index, f"e.{f}", context.t(k)) for f, k in editable]
        back = button(context, state, index, "back", context.t("flow-btn-back"))
        return InlineKeyboardMarkup([*rows(fields, 2), [back]])
    buttons = [button(context, state, index, "ok", context.t("flow-btn-confirm"))]
    if step.editable:
        buttons.append(button(context, state, index, "edit", context.t("flow-btn-edit")))
    buttons.append(button(context, state, index, "cancel", context.t("flow-btn-cancel")))
    return InlineKeyboardMarkup([buttons])


def interrupt_card(
    context: BotContext, state: FlowState, new_title: str, *, note: Reask | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    """Ask whether to go on with the open flow or drop it for the new one."""
    title = {"key": state.title_key}
    same = new_title == state.title_key
    key = (
        ("flow-resume" if state.status == "paused" else "flow-again") if same else "flow-interrupt"
    )
    since = state.updated_at.astimezone(context.zone()).strftime("%m-%d %H:%M")
    body = context.t(key, title=title, new=context.t(new_title), since=since)
    keep_key, drop_key = (
        ("flow-btn-resume", "flow-btn-restart") if same else ("flow-btn-keep", "flow-btn-drop")
    )
    keep = button(context, state, INTERRUPT_STEP, "keep", context.t(keep_key, title=title))
    drop = button(
        context, state, INTERRUPT_STEP, "drop", context.t(drop_key, new=context.t(new_title))
    )
    return card_text(context, body, note=note), InlineKeyboardMarkup([[keep], [drop]])
