"""What users do: add themselves, send messages and media, press inline buttons."""

from __future__ import annotations

import mimetypes
from typing import Any

from .entities import command_entities
from .files import make_png
from .models import EmulatorUser, JsonDict, SentMessage
from .sending import media_fields
from .state import ChatState, EmulatorState, PendingQuery


class UserActions:
    """Mixin of :class:`BotApiEmulator`: every action enqueues an Update for getUpdates."""

    state: EmulatorState

    def add_user(
        self,
        user_id: int,
        first_name: str = "User",
        *,
        language_code: str | None = "en",
        username: str | None = None,
        last_name: str | None = None,
    ) -> EmulatorUser:
        """Add (or replace) a user; their private chat with the bot has id ``user_id``."""
        user = EmulatorUser(user_id, first_name, language_code, username, last_name)
        return self.state.add_user(user)

    def _chat(self, user_id: int) -> ChatState:
        chat = self.state.chats.get(user_id)
        if chat is None:
            raise LookupError(f"unknown user {user_id}: call add_user() first")
        return chat

    def _user_message(self, user_id: int, kind: str, **fields: Any) -> JsonDict:
        self._chat(user_id)
        message = self.state.add_message(user_id, from_bot=False, kind=kind, **fields)
        data = self.state.message_api(message)
        self.state.enqueue("message", data)
        return data

    async def send_text(self, user_id: int, text: str, *, reply_to: int | None = None) -> JsonDict:
        """The user sends a text; ``/command`` texts get a bot_command entity."""
        if not text:
            raise ValueError("a Telegram message text can't be empty")
        entities = command_entities(text)
        return self._user_message(
            user_id, "text", text=text, entities=entities, reply_to_message_id=reply_to
        )

    async def send_photo(
        self, user_id: int, caption: str | None = None, *, content: bytes | None = None
    ) -> JsonDict:
        stored = self.state.files.add_photo(content or make_png(640, 480))
        fields = media_fields(self.state, stored)
        return self._user_message(user_id, "photo", text=caption or None, **fields)

    async def send_document(
        self,
        user_id: int,
        filename: str,
        content: bytes,
        caption: str | None = None,
        mime_type: str | None = None,
    ) -> JsonDict:
        mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        stored = self.state.files.add("document", content, file_name=filename, mime_type=mime)
        fields = media_fields(self.state, stored)
        return self._user_message(user_id, "document", text=caption or None, **fields)

    async def send_sticker(self, user_id: int) -> JsonDict:
        stored = self.state.files.add("sticker", b"RIFF\x00\x00\x00\x00WEBP", size=(512, 512))
        return self._user_message(user_id, "sticker", **media_fields(self.state, stored))

    async def send_voice(self, user_id: int, content: bytes = b"OggS\x00voice") -> JsonDict:
        stored = self.state.files.add("voice", content, mime_type="audio/ogg")
        return self._user_message(user_id, "voice", **media_fields(self.state, stored))

    async def send_contact(
        self, user_id: int, phone_number: str, first_name: str | None = None, *, own: bool = True
    ) -> JsonDict:
        """Share a contact; ``own`` (the default) shares the user's own one (with user_id)."""
        contact: JsonDict = {
            "phone_number": phone_number,
            "first_name": first_name or self._chat(user_id).user.first_name,
        }
        if own:
            contact["user_id"] = user_id
        return self._user_message(user_id, "contact", extra={"contact": contact})

    async def send_location(self, user_id: int, latitude: float, longitude: float) -> JsonDict:
        location = {"latitude": float(latitude), "longitude": float(longitude)}
        return self._user_message(user_id, "location", extra={"location": location})

    def inject(self, update_type: str, payload: JsonDict) -> JsonDict:
        """Queue an update exactly as given (malformed ones too, as Telegram can send)."""
        return self.state.enqueue(update_type, payload)

    def press_inline(self, user_id: int, data: str) -> JsonDict:
        """Press a button under an inline message (one sent through inline mode, not a chat)."""
        chat = self._chat(user_id)
        query_id = f"{user_id}{self.state.next_id():06d}"
        self.state.queries[query_id] = PendingQuery(user_id, data)
        query: JsonDict = {
            "id": query_id,
            "from": chat.user.to_api(),
            "inline_message_id": f"inline-{query_id}",
            "chat_instance": str(-7_000_000_000_000 - user_id),
            "data": data,
        }
        self.state.enqueue("callback_query", query)
        return query

    def delete(self, user_id: int, message_id: int) -> None:
        """The user deletes a message of their private chat (for both sides)."""
        message = self._chat(user_id).by_id.get(message_id)
        if message is None or message.deleted:
            raise LookupError(f"no message #{message_id} in chat {user_id}")
        message.deleted = True
        self.state.bump(message)

    async def press(
        self,
        user_id: int,
        message_id: int | None = None,
        *,
        label: str | None = None,
        row: int | None = None,
        col: int | None = None,
        data: str | None = None,
    ) -> JsonDict:
        """Press an inline button (by label, by row/col, or the only one) of a bot message, or
        send forged callback ``data``; returns the callback query put into the update queue."""
        chat = self._chat(user_id)
        message = _press_target(chat, message_id, forged=data is not None)
        if data is None:
            data = _find_button(message, label, row, col)
        query_id = f"{user_id}{self.state.next_id():06d}"
        self.state.queries[query_id] = PendingQuery(user_id, data)
        query: JsonDict = {
            "id": query_id,
            "from": chat.user.to_api(),
            "message": self.state.message_api(message),
            "chat_instance": str(-7_000_000_000_000 - user_id),
            "data": data,
        }
        self.state.enqueue("callback_query", query)
        return query


def _press_target(chat: ChatState, message_id: int | None, *, forged: bool) -> SentMessage:
    if message_id is not None:
        message = chat.by_id.get(message_id)
        if message is None or message.deleted or not message.from_bot:
            raise LookupError(f"no bot message #{message_id} in chat {chat.user.user_id}")
        if not forged and not message.has_inline_keyboard():
            raise LookupError(f"message #{message_id} has no inline keyboard")
        return message
    alive = [m for m in reversed(chat.messages) if m.from_bot and not m.deleted]
    with_keyboard = [m for m in alive if m.has_inline_keyboard()]
    if with_keyboard:
        return with_keyboard[0]
    if forged and alive:
        return alive[0]
    raise LookupError(f"no bot message with an inline keyboard in chat {chat.user.user_id}")


def _find_button(message: SentMessage, label: str | None, row: int | None, col: int | None) -> str:
    rows: list[list[JsonDict]] = (message.reply_markup or {}).get("inline_keyboard", [])
    buttons = [button for line in rows for button in line]
    labels = [str(button.get("text")) for button in buttons]
    where = f"message #{message.message_id}; available buttons: {labels}"
    if label is not None:
        chosen = [b for b in buttons if b.get("text") == label]
        if not chosen:
            chosen = [b for b in buttons if label in str(b.get("text"))]
        if len(chosen) != 1:
            problem = "no button" if not chosen else "several buttons"
            raise LookupError(f"{problem} matching {label!r} in {where}")
        button = chosen[0]
    elif row is not None and col is not None:
        try:
            button = rows[row][col]
        except IndexError:
            raise LookupError(f"no button at row {row}, col {col} in {where}") from None
    elif len(buttons) == 1:
        button = buttons[0]
    else:
        raise LookupError(f"say which button to press (label, or row and col) in {where}")
    if "callback_data" not in button:
        raise LookupError(f"button {button.get('text')!r} has no callback data ({where})")
    return str(button["callback_data"])
