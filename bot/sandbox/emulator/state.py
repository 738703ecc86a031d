"""The emulator's world: users and their private chats, messages, updates, commands."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .errors import bad_request
from .files import FileStore
from .models import (
    CallbackAnswer,
    EmulatorUser,
    JsonDict,
    PaymentBook,
    RequestRecord,
    SentMessage,
)

DEFAULT_BOT_ID = 7000000001
REQUEST_LOG_SIZE = 2000
DEFAULT_UPDATES = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post", "callback_query",
        "inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query",
        "poll", "poll_answer", "my_chat_member", "chat_join_request", "business_message",
    }
)  # fmt: skip


class Signal:
    """Wakes every waiter on :meth:`fire` (an Event that is replaced after each firing)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def fire(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> None:
        """Wait for the next firing, at most ``seconds`` (no error when the time is up)."""
        event = self._event
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), max(seconds, 0))


@dataclass
class ChatState:
    user: EmulatorUser
    messages: list[SentMessage] = field(default_factory=list)
    by_id: dict[int, SentMessage] = field(default_factory=dict)
    next_id: int = 1
    reply_keyboard: JsonDict | None = None


@dataclass
class PendingQuery:
    user_id: int
    data: str | None
    answered: bool = False


class EmulatorState:
    """Everything the bot side and the control side share."""

    def __init__(self, bot_username: str, clock: Callable[[], datetime] | None) -> None:
        self.bot_username = bot_username
        self.bot_id = DEFAULT_BOT_ID
        self.clock = clock
        self.users: dict[int, EmulatorUser] = {}
        self.chats: dict[int, ChatState] = {}
        self.files = FileStore()
        self.updates: list[JsonDict] = []
        self.allowed_updates: frozenset[str] = DEFAULT_UPDATES
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_answers: list[int] = []  # HTTP statuses the webhook answered
        self.poll_generation = 0
        self.seq = 0
        self.queries: dict[str, PendingQuery] = {}
        self.callback_answers: list[CallbackAnswer] = []
        self.payments = PaymentBook()
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.requests: deque[RequestRecord] = deque(maxlen=REQUEST_LOG_SIZE)
        self.bot_settings: dict[str, JsonDict] = {}
        self.updates_signal = Signal()
        self.activity = Signal()
        self.chat_activity: dict[int, Signal] = {}  # one chat's changes (for many waiters)
        self.closed = asyncio.Event()
        self._update_ids = itertools.count(1)
        self._ids = itertools.count(1)
        self._media_groups = itertools.count(13000000000000001)

    @property
    def closing(self) -> bool:
        return self.closed.is_set()

    def now(self) -> int:
        return int(self.clock().timestamp()) if self.clock else int(time.time())

    def next_id(self) -> int:
        """A fresh emulator-wide number (callback query ids, …)."""
        return next(self._ids)

    def new_media_group_id(self) -> str:
        return str(next(self._media_groups))

    def bot_user(self) -> JsonDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Butler",
            "username": self.bot_username,
        }

    def add_user(self, user: EmulatorUser) -> EmulatorUser:
        self.users[user.user_id] = user
        chat = self.chats.get(user.user_id)
        if chat is None:
            self.chats[user.user_id] = ChatState(user)
        else:
            chat.user = user
        return user

    def chat(self, chat_id: Any) -> ChatState:
        """The private chat with this id, or a 400 "chat not found"."""
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def bump(self, message: SentMessage) -> None:
        """Record a change of ``message`` and wake waiters."""
        self.seq += 1
        message.seq = self.seq
        self.activity.fire()
        self.chat_changed(message.chat_id)

    def chat_signal(self, chat_id: int) -> Signal:
        """The signal fired on every change in one chat (its messages, its callback answers)."""
        return self.chat_activity.setdefault(chat_id, Signal())

    def chat_changed(self, chat_id: int) -> None:
        if (signal := self.chat_activity.get(chat_id)) is not None:
            signal.fire()

    def add_message(
        self, chat_id: int, *, from_bot: bool, kind: str, **fields: Any
    ) -> SentMessage:
        chat = self.chat(chat_id)
        message = SentMessage(chat.next_id, chat_id, from_bot, kind, self.now(), **fields)
        chat.next_id += 1
        chat.messages.append(message)
        chat.by_id[message.message_id] = message
        if from_bot and message.reply_markup is not None:
            if "keyboard" in message.reply_markup:
                chat.reply_keyboard = message.reply_markup
            elif "remove_keyboard" in message.reply_markup:
                chat.reply_keyboard = None
        self.bump(message)
        message.created_seq = message.seq
        return message

    def message_api(self, message: SentMessage, *, nested: bool = False) -> JsonDict:
        """The Bot API Message object for a stored message."""
        chat = self.chats[message.chat_id]
        data: JsonDict = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": chat.user.chat_api(),
            "from": self.bot_user() if message.from_bot else chat.user.to_api(),
        }
        field_name = "text" if message.kind == "text" else "caption"
        if message.text is not None and message.kind != "invoice":  # its title, description
            data[field_name] = message.text
        if message.entities:
            data["entities" if message.kind == "text" else "caption_entities"] = message.entities
        if message.has_inline_keyboard():
            data["reply_markup"] = message.reply_markup
        if message.media_group_id:
            data["media_group_id"] = message.media_group_id
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        replied = chat.by_id.get(message.reply_to_message_id or 0)
        if replied is not None and not nested:
            data["reply_to_message"] = self.message_api(replied, nested=True)
        data.update(message.extra)
        return data

    def enqueue(self, update_type: str, payload: JsonDict) -> JsonDict:
        update = {"update_id": next(self._update_ids), update_type: payload}
        self.updates.append(update)
        self.updates_signal.fire()
        self.activity.fire()
        return update

    def confirm(self, offset: int | None) -> None:
        """getUpdates offset semantics: forget updates below ``offset`` (negative: keep tail)."""
        if offset is None or offset == 0:
            return
        if offset < 0:
            self.updates = self.updates[offset:]
        else:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]

    def pending(self, limit: int) -> list[JsonDict]:
        """Up to ``limit`` unconfirmed updates; those of disallowed types are dropped."""
        self.updates = [u for u in self.updates if _update_type(u) in self.allowed_updates]
        return self.updates[:limit]


def _update_type(update: JsonDict) -> str:
    return next(key for key in update if key != "update_id")
