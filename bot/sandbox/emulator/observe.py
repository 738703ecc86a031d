"""Looking at what the bot did: transcripts, waits, callback answers, commands, files."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from .botapi import scope_key
from .models import CallbackAnswer, JsonDict, RequestRecord, SentMessage
from .state import ChatState, EmulatorState


class Observer:
    """Mixin of :class:`BotApiEmulator` for tests and the sandbox."""

    state: EmulatorState

    def _known_chat(self, chat_id: int) -> ChatState:
        chat = self.state.chats.get(chat_id)
        if chat is None:
            raise LookupError(f"unknown chat {chat_id}: call add_user() first")
        return chat

    def transcript(self, chat_id: int) -> list[SentMessage]:
        """All messages of the chat in order, user's and bot's (deleted ones flagged)."""
        return list(self._known_chat(chat_id).messages)

    def bot_messages(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.transcript(chat_id) if m.from_bot and not m.deleted]

    def mark(self, chat_id: int | None = None) -> int:
        """The current change counter; compare with ``SentMessage.seq`` / ``created_seq``."""
        return self.state.seq

    def created_since(self, chat_id: int, mark: int) -> list[SentMessage]:
        """Bot messages created after ``mark`` (deleted ones included), oldest first."""
        return [m for m in self.transcript(chat_id) if m.from_bot and m.created_seq > mark]

    def changed_since(self, chat_id: int, mark: int) -> list[SentMessage]:
        """Bot messages created or edited after ``mark``, not deleted, by time of change."""
        changed = [
            m for m in self.transcript(chat_id) if m.from_bot and m.seq > mark and not m.deleted
        ]
        return sorted(changed, key=lambda m: m.seq)

    def tail(self, chat_id: int, count: int = 10) -> str:
        """The last messages of a chat, one per line (for assertion messages)."""
        lines = [m.summary() for m in self.transcript(chat_id)[-count:]]
        return "\n".join(lines) or "(empty chat)"

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> None:
        """Wait until ``predicate()`` is true; re-checked after every bot request/change."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout} s")
            await self.state.activity.wait(remaining)

    async def wait_for_chat(
        self,
        chat_id: int,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> None:
        """Like :meth:`wait_for`, re-checked only after changes in this chat (a message of it
        sent, edited or deleted, a callback of its user answered): cheap with many waiters."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        signal = self.state.chat_signal(chat_id)
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout} s")
            await signal.wait(remaining)

    def query_answered(self, query_id: str) -> bool:
        """Whether the bot has answered this callback query (answerCallbackQuery)."""
        query = self.state.queries.get(query_id)
        return query is not None and query.answered

    async def wait_for_bot_messages(
        self,
        chat_id: int,
        count: int = 1,
        *,
        after: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[SentMessage]:
        """Wait until the bot has sent ``count`` messages since the mark ``after``; return
        the first ``count`` of them (deleted ones count too: the bot did send them)."""
        try:
            await self.wait_for(lambda: len(self.created_since(chat_id, after)) >= count, timeout)
        except TimeoutError:
            got = len(self.created_since(chat_id, after))
            raise TimeoutError(
                f"expected {count} bot message(s) in chat {chat_id} within {timeout} s, "
                f"got {got}; transcript tail:\n{self.tail(chat_id)}"
            ) from None
        return self.created_since(chat_id, after)[:count]

    def reply_keyboard(self, chat_id: int) -> list[list[str]] | None:
        """Labels of the reply keyboard the user currently sees, if any."""
        markup = self._known_chat(chat_id).reply_keyboard
        if markup is None:
            return None
        return [
            [b if isinstance(b, str) else str(b.get("text")) for b in row]
            for row in markup["keyboard"]
        ]

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        return self.state.callback_answers

    @property
    def requests(self) -> list[RequestRecord]:
        """The latest Bot API requests of the bot (bounded), oldest first."""
        return list(self.state.requests)

    @property
    def chat_actions(self) -> list[tuple[int, str]]:
        """(chat_id, action) of every sendChatAction."""
        return self.state.chat_actions

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Updates not yet confirmed by the bot."""
        return list(self.state.updates)

    def commands(self, scope: JsonDict | None = None, language_code: str = "") -> list[JsonDict]:
        """What setMyCommands stored for exactly this scope and language."""
        return list(self.state.commands.get((scope_key(scope), language_code), []))

    def file_bytes(self, file_id: str) -> bytes:
        """Content of a stored file (e.g. a document the bot sent)."""
        stored = self.state.files.by_id.get(file_id)
        if stored is None:
            raise LookupError(f"unknown file_id {file_id!r}")
        return stored.data
