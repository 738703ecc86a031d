"""The one conversation engine: routes commands, buttons and messages to the open flow.

One flow per person. Starting another (a command, a menu button, a push's button) while one
is open asks whether to continue the open one or drop it; nothing is guessed from free text.
Messages go to the open flow; other commands pass through; /cancel ends it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from telegram import Update
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import FlowButton, MenuAction
from bot.context import BotContext
from bot.messages import drop_keyboard
from handlers.flow import render, runtime
from handlers.flow.flow import Flow
from handlers.flow.runtime import Run
from handlers.flow.steps import Answer, Reask
from storage.models import FlowState

Callback = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
MEDIA_KINDS = ("sticker", "voice", "video", "video_note", "animation", "document", "audio")
OTHER_KINDS = ("location", "contact", "poll", "dice", "venue")
ENGINE_KEY = "flow_engine"


def answer_of(update: Update, value: str | None = None) -> Answer:
    """What the person sent, as a step reads it."""
    if update.callback_query is not None:
        return Answer("button", value=value)
    message = update.effective_message
    assert message is not None
    if message.photo:
        photo = message.photo[-1].file_id
        return Answer("photo", text=message.caption, photo=photo, album=message.media_group_id)
    if message.text is not None:
        return Answer("text", text=message.text)
    for kind in (*MEDIA_KINDS, *OTHER_KINDS):
        if getattr(message, kind, None):
            return Answer(
                {"video_note": "video", "animation": "video", "audio": "voice"}.get(kind, kind)
            )
    return Answer("other")


class Engine:
    """All flows, and the handlers that run them."""

    def __init__(self, flows: Sequence[Flow[Any]]) -> None:
        self.flows = {flow.name: flow for flow in flows}

    async def _open(self, context: BotContext) -> FlowState | None:
        state = await self._state(context)
        if state is None or state.status == "done" or state.name not in self.flows:
            return None
        return state

    async def _state(self, context: BotContext) -> FlowState | None:
        """The person's flow row: read with who they are, once per update."""
        if context.flow is not None:
            state, context.flow = context.flow, None  # a later read sees this update's writes
            return state
        return await context.services.flows.load(context.require_account().id)

    def _run(self, update: Update, context: BotContext, state: FlowState) -> Run:
        flow = self.flows[state.name]
        return Run(update, context, flow, state, flow.load(state.draft))

    async def begin(
        self,
        update: Update,
        context: BotContext,
        flow: Flow[Any],
        args: dict[str, Any],
        card: int | None = None,
    ) -> None:
        """Start a flow, or ask what to do with the one that is open."""
        state = await self._open(context)
        if state is None:
            await runtime.start(update, context, flow, args, card=card)
        elif state.name == flow.name and state.status == "active" and state.ui.get("args") == args:
            run = self._run(update, context, state)
            await runtime.advance(run)  # the same flow again: ask its current step anew
        else:
            state.ui["interrupt"] = {"flow": flow.name, "args": args}
            await self._ask_interrupt(update, context, state)
        if update.callback_query is not None:
            await update.callback_query.answer()

    async def _ask_interrupt(
        self, update: Update, context: BotContext, state: FlowState, note: Reask | None = None
    ) -> None:
        new = self.flows[state.ui["interrupt"]["flow"]]
        text, markup = render.interrupt_card(context, state, new.title, note=note)
        run = self._run(update, context, state)
        await runtime.save(run)
        await runtime.show(run, text, markup, in_place=False)
        await runtime.remember_card(run)

    async def _interrupted(
        self, update: Update, context: BotContext, state: FlowState, value: str
    ) -> None:
        """Continue the open flow, or drop it and start the new one."""
        wanted = state.ui.pop("interrupt")
        run = self._run(update, context, state)
        if value == "keep":
            state.status = "active"
            await runtime.advance(run, in_place=run.pressed_card())
            return
        new = self.flows[wanted["flow"]]
        await runtime.start(update, context, new, wanted["args"], card=state.card_message_id)

    async def on_button(self, update: Update, context: BotContext) -> None:
        """A flow button: the current step's answer, or an old one (said so, never re-asked)."""
        query = update.callback_query
        assert query is not None and query.message is not None
        data = FlowButton.unpack(query.data)
        assert data is not None
        state = await self._state(context)
        if state is None or state.token != data.token or state.name not in self.flows:
            await self._stale(update, context)
        elif state.status == "done":
            await self._repeat(update, context, state, data.value)
        elif data.step == render.INTERRUPT_STEP and "interrupt" in state.ui:
            await self._interrupted(update, context, state, data.value)
        else:
            run = self._run(update, context, state)
            step = run.flow.current(run.draft, state.answered)
            if step is None or run.flow.index(step) != data.step or "interrupt" in state.ui:
                await self._answered(update, context, run)
            state.status = "active"
            await runtime.take(run, answer_of(update, data.value))
            await query.answer(run.toast)
            raise ApplicationHandlerStop
        await query.answer()
        raise ApplicationHandlerStop

    async def _stale(self, update: Update, context: BotContext, key: str = "flow-stale") -> None:
        query = update.callback_query
        assert query is not None and query.message is not None
        await query.answer(context.t(key), show_alert=True)
        state = await context.services.flows.load(context.require_account().id)
        if state is None or state.card_message_id != query.message.message_id:
            await drop_keyboard(context.bot, query.message.chat.id, query.message.message_id)
        raise ApplicationHandlerStop

    async def _answered(self, update: Update, context: BotContext, run: Run) -> None:
        """A button of an earlier step: said so; the card is brought up to date."""
        query = update.callback_query
        assert query is not None and query.message is not None
        await query.answer(context.t("flow-answered"), show_alert=True)
        if run.pressed_card() and "interrupt" not in run.state.ui:
            await runtime.advance(run, in_place=True)  # no change after a double tap
        elif not run.pressed_card():
            await drop_keyboard(context.bot, query.message.chat.id, query.message.message_id)
        raise ApplicationHandlerStop

    async def _repeat(
        self, update: Update, context: BotContext, state: FlowState, value: str
    ) -> None:
        """A second Confirm of a finished flow shows the same result; anything else is old."""
        if value != "ok":
            await self._stale(update, context)
        await runtime.finish(self._run(update, context, state), in_place=True)

    async def on_message(self, update: Update, context: BotContext) -> None:
        """A message while a flow is open: its answer (commands other than /cancel pass)."""
        message = update.effective_message
        if message is None or update.effective_user is None:
            return
        state = await self._open(context)
        if state is None or state.status != "active":
            return
        text = message.text or ""
        if text.startswith("/"):
            if text.split()[0].split("@")[0].lower() != "/cancel":
                return
            await runtime.cancel(self._run(update, context, state))
        elif "interrupt" in state.ui:
            await self._ask_interrupt(update, context, state, Reask("flow-reask-choice"))
        else:
            await runtime.take(self._run(update, context, state), answer_of(update))
        raise ApplicationHandlerStop

    def _starter(self, flow: Flow[Any], args: Callable[[Update], dict[str, Any]]) -> Callback:
        async def handler(update: Update, context: BotContext) -> None:
            """Start the flow (or ask about the open one)."""
            await self.begin(update, context, flow, args(update))
            raise ApplicationHandlerStop

        return handler

    def build_handlers(self) -> list[BaseHandler[Update, BotContext, Any]]:
        """Entry points of every flow, then flow buttons, then messages to the open flow."""
        found: list[BaseHandler[Update, BotContext, Any]] = []
        for flow in self.flows.values():
            if flow.commands:
                found.append(CommandHandler(list(flow.commands), self._starter(flow, _no_args)))
            if flow.menu:
                found.append(
                    CallbackQueryHandler(
                        self._starter(flow, _no_args), pattern=MenuAction.where(action=flow.menu)
                    )
                )
            for entry in flow.entries:
                found.append(
                    CallbackQueryHandler(
                        self._starter(flow, _entry_args(entry)), pattern=entry.matches
                    )
                )
        found.append(CallbackQueryHandler(self.on_button, pattern=FlowButton.matches))
        found.append(MessageHandler(filters.UpdateType.MESSAGE, self.on_message))
        return found


async def start_flow(
    update: Update,
    context: BotContext,
    name: str,
    args: dict[str, Any],
    card: int | None = None,
) -> None:
    """Start a flow from another handler (an answer to a guess, say), as its entry would."""
    engine: Engine = context.application.bot_data[ENGINE_KEY]
    await engine.begin(update, context, engine.flows[name], args, card=card)


def _no_args(update: Update) -> dict[str, Any]:
    return {}


def _entry_args(entry: Any) -> Callable[[Update], dict[str, Any]]:
    def args(update: Update) -> dict[str, Any]:
        assert update.callback_query is not None
        return dict(entry.args(entry.kind.unpack(update.callback_query.data)))

    return args
