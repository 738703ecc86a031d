"""Running a flow: ask the current step, take an answer, finish, cancel — one card at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.errors import AppError
from bot.messages import drop_keyboard, edit_or_send
from bot.services.flows import new_token
from handlers.flow import render
from handlers.flow.flow import Flow
from handlers.flow.steps import (
    Accept,
    Answer,
    Ask,
    Choice,
    Confirm,
    Number,
    Option,
    Photos,
    Pick,
    Reask,
    Stay,
    Step,
    Text,
)
from handlers.flow.text import normalize
from storage.models import FlowState


@dataclass
class Run:
    """One update's work on one flow."""

    update: Update
    context: BotContext
    flow: Flow[Any]
    state: FlowState
    draft: Any
    toast: str | None = None  # a short answer to the button press (why it was not taken)
    saved_card: int | None = None  # the card as last stored

    @property
    def chat_id(self) -> int:
        """The private chat of the person."""
        assert self.update.effective_chat is not None
        return self.update.effective_chat.id

    def pressed_card(self) -> bool:
        """Tell whether this update is a press on the flow's current card."""
        query = self.update.callback_query
        return bool(
            query and query.message and query.message.message_id == self.state.card_message_id
        )


async def start(
    update: Update,
    context: BotContext,
    flow: Flow[Any],
    args: dict[str, Any],
    card: int | None = None,
) -> None:
    """Begin a flow afresh (its `begin` checks who may); `card` is a message to reuse."""
    draft = await flow.begin(context, args)
    now = context.services.clock.now()
    state = FlowState(
        account_id=context.require_account().id,
        name=flow.name,
        token=new_token(),
        title_key=flow.title,
        keep_draft=flow.keep_draft,
        card_message_id=card,
        ui={"args": args},
        answered=[
            *_prefill(flow, draft, args.get("prefill") or {}),
            *(flow.prefilled(draft) if flow.prefilled else ()),
        ],
        started_at=now,
        updated_at=now,
    )
    await advance(Run(update, context, flow, state, draft), in_place=card is not None)


def _prefill(flow: Flow[Any], draft: Any, values: dict[str, Any]) -> list[str]:
    """Put known answers in the draft (a guess from free text); their steps count as answered."""
    answered = []
    for name, value in values.items():
        if flow.by_field(name) is not None and value is not None:
            setattr(draft, name, value)
            answered.append(name)
    return answered


async def advance(run: Run, *, echo: str | None = None, in_place: bool = False) -> None:
    """Ask the next step, or finish when every step is answered."""
    step = run.flow.current(run.draft, run.state.answered)
    if step is None:
        await finish(run, in_place=in_place)
    else:
        await present(run, step, echo=echo, in_place=in_place)


async def ask_for(run: Run, step: Step) -> Ask:
    """What a step needs to read an answer: its options, labels in every language, today."""
    options: tuple[Option, ...] = ()
    source = step.options if isinstance(step, Choice | Number | Pick) else None
    if callable(source):
        options = tuple(await source(run.context, run.draft))
    elif source is not None:
        options = tuple(source)

    def labels(option: Any) -> set[str]:
        texts = (
            [option.label]
            if option.literal
            else run.context.t_everywhere(option.label, **option.args)
        )
        return {normalize(text) for text in texts}

    return Ask(options=options, labels=labels, t=run.context.t, today=run.context.today())


async def present(
    run: Run,
    step: Step,
    *,
    echo: str | None = None,
    note: Reask | Stay | None = None,
    in_place: bool = False,
) -> None:
    """Show a step's card (edited in place, or sent anew below) and store the state."""
    context, index = run.context, run.flow.index(step)
    if isinstance(step, Confirm):
        body = await step.summary(context, run.draft)
        text = render.card_text(context, body, echo=echo, note=note)
        markup: InlineKeyboardMarkup | None = render.confirm_keyboard(
            context, run.state, index, step, editable(run, step)
        )
    else:
        ask = await ask_for(run, step)
        anew = note is None and isinstance(step, Photos) and bool(getattr(run.draft, step.field))
        if anew and isinstance(step, Photos):
            count = len(getattr(run.draft, step.field))
            done = context.t("flow-btn-photos-done")
            note = Stay(
                "flow-photos-so-far", {"count": count, "max": step.max_count, "done": done}
            )
        markup = render.step_keyboard(context, run.state, index, step, run.draft, ask)
        body = render.prompt(context, run.flow, run.draft, step)
        text = render.card_text(
            context, body, echo=echo, note=note, hint=markup is None, question=anew
        )
    await save(run)  # first: what the person sees next is never ahead of what is stored
    await show(run, text, markup, in_place=in_place)
    await remember_card(run)


def editable(run: Run, step: Confirm) -> list[tuple[str, str]]:
    """The fields the summary offers to change: those whose steps apply to this draft."""
    found = []
    for field, key in step.editable:
        other = run.flow.by_field(field)
        if other is not None and other.applies(run.draft):
            found.append((field, key))
    return found


async def show(
    run: Run, text: str, markup: InlineKeyboardMarkup | None, *, in_place: bool
) -> None:
    """Edit the card, or take its buttons off and send a new one below what the person sent."""
    bot, card = run.context.bot, run.state.card_message_id
    if in_place and card is not None:
        run.state.card_message_id = await edit_or_send(bot, run.chat_id, card, text, markup)
        return
    await drop_keyboard(bot, run.chat_id, card)
    sent = await bot.send_message(run.chat_id, text, reply_markup=markup)
    run.state.card_message_id = sent.message_id


async def save(run: Run) -> None:
    """Store the state with the draft, in one write."""
    run.state.draft = run.draft.model_dump(mode="json")
    run.state = await run.context.services.flows.save(run.state)
    run.saved_card = run.state.card_message_id


async def remember_card(run: Run) -> None:
    """Store where the card is when it was sent anew (a small write after the step's one)."""
    if run.state.card_message_id != run.saved_card and run.state.card_message_id is not None:
        await run.context.services.flows.set_card(
            run.state.account_id, run.state.token, run.state.card_message_id
        )


async def take(run: Run, answer: Answer) -> None:
    """Read an answer at the current step."""
    step = run.flow.current(run.draft, run.state.answered)
    if step is None:
        await finish(run, in_place=run.pressed_card())
        return
    if answer.kind == "button" and answer.value == "cancel":
        await cancel(run)
        return
    if isinstance(step, Confirm):
        await _take_confirm(run, step, answer)
        return
    if answer.kind == "button" and answer.value == "skip" and step.optional:
        run.state.answered.append(step.field)
        await advance(run, echo=run.context.t("flow-skipped"), in_place=True)
        return
    outcome = step.take(run.draft, answer, await ask_for(run, step))
    if isinstance(outcome, Accept) and isinstance(step, Text) and step.check is not None:
        outcome = await _checked(run, step)
    by_button = answer.kind == "button" and run.pressed_card()
    if isinstance(outcome, Accept):
        run.state.answered.append(step.field)
        run.state.ui.pop("album", None)
        await advance(run, echo=outcome.echo if by_button else None, in_place=by_button)
    elif isinstance(outcome, Stay):
        same_album = answer.album is not None and answer.album == run.state.ui.get("album")
        run.state.ui["album"] = answer.album
        await present(run, step, note=outcome, in_place=by_button or same_album)
    else:
        if by_button:
            run.toast = run.context.t(outcome.key, **outcome.args)
        await present(run, step, note=outcome, in_place=by_button)


async def _checked(run: Run, step: Text) -> Accept | Reask:
    """Let the flow check a text against the data (a unit code that exists …)."""
    assert step.check is not None
    try:
        value = await step.check(run.context, run.draft, getattr(run.draft, step.field))
    except AppError as error:
        setattr(run.draft, step.field, None)
        return Reask(error.key, error.args_for_text)
    setattr(run.draft, step.field, value)
    return Accept()


async def _take_confirm(run: Run, step: Confirm, answer: Answer) -> None:
    """Confirm, open the edit menu, go back, or re-ask one field."""
    value = answer.value if answer.kind == "button" else None
    in_place = run.pressed_card()
    if value == "ok":
        run.state.answered.append(step.field)
        await finish(run, in_place=in_place)
    elif value in ("edit", "back"):
        run.state.ui["editing"] = value == "edit"
        await present(run, step, in_place=in_place)
    elif value and value.startswith("e.") and value[2:] in dict(editable(run, step)):
        run.state.ui["editing"] = False
        run.state.answered = [name for name in run.state.answered if name != value[2:]]
        await advance(run, in_place=in_place)
    else:
        await present(run, step, note=Reask("flow-reask-confirm"), in_place=False)


async def finish(run: Run, *, in_place: bool) -> None:
    """Hand the draft to the flow's service call and show what happened."""
    context, state = run.context, run.state
    try:
        reply = await run.flow.finish(context, run.draft, state.token)
    except AppError as error:  # it cannot be filed as it is (someone acted first): say so, end
        await context.services.flows.drop(state.account_id)
        await show(run, context.t(error.key, **error.args_for_text), None, in_place=in_place)
        return
    await context.services.flows.close(state.account_id, state.token)
    text = reply.text
    last = run.flow.steps[-1]
    if in_place and isinstance(last, Confirm):
        text = await last.summary(context, run.draft) + "\n\n" + reply.text
    await show(run, text, reply.markup, in_place=in_place)


async def cancel(run: Run) -> None:
    """Drop the draft; nothing is filed."""
    await run.context.services.flows.drop(run.state.account_id)
    text = run.context.t("flow-cancelled", title={"key": run.state.title_key})
    await show(run, text, None, in_place=run.pressed_card())
