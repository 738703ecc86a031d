"""Plain data kept by the emulator: users, messages, callback answers, request log entries."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

JsonDict = dict[str, Any]


@dataclass
class EmulatorUser:
    """A Telegram user talking to the bot; their private chat id equals ``user_id``."""

    user_id: int
    first_name: str = "User"
    language_code: str | None = "en"
    username: str | None = None
    last_name: str | None = None

    def to_api(self) -> JsonDict:
        data: JsonDict = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if (value := getattr(self, key)) is not None:
                data[key] = value
        return data

    def chat_api(self) -> JsonDict:
        data: JsonDict = {"id": self.user_id, "type": "private", "first_name": self.first_name}
        for key in ("last_name", "username"):
            if (value := getattr(self, key)) is not None:
                data[key] = value
        return data


@dataclass
class SentMessage:
    """A message of a chat transcript, sent by the user or by the bot.

    ``text`` holds the text, or the caption of a media message. ``photo`` lists the file ids
    of the photo sizes (smallest first); ``file_id`` is the main file (largest photo size,
    document, sticker, voice). Edits update the object in place and bump ``edits``; ``seq``
    is the emulator-wide change counter of the last create/edit/delete, ``created_seq`` that
    of the creation (compare them with :meth:`BotApiEmulator.mark`).
    """

    message_id: int
    chat_id: int
    from_bot: bool
    kind: str
    date: int
    text: str | None = None
    entities: list[JsonDict] = field(default_factory=list)
    parse_mode: str | None = None
    reply_markup: JsonDict | None = None
    photo: list[str] = field(default_factory=list)
    file_id: str | None = None
    file_name: str | None = None
    media_group_id: str | None = None
    reply_to_message_id: int | None = None
    extra: JsonDict = field(default_factory=dict)
    edits: int = 0
    edit_date: int | None = None
    deleted: bool = False
    seq: int = 0
    created_seq: int = 0

    @property
    def caption(self) -> str | None:
        return None if self.kind == "text" else self.text

    def buttons(self) -> list[list[tuple[str, str | None]]]:
        """Keyboard rows as (label, callback_data or url); reply-keyboard buttons give None."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        result: list[list[tuple[str, str | None]]] = []
        for row in rows:
            cells: list[tuple[str, str | None]] = []
            for button in row:
                if isinstance(button, str):
                    cells.append((button, None))
                    continue
                target = button.get("callback_data", button.get("url"))
                cells.append((str(button.get("text", "")), target))
            result.append(cells)
        return result

    def button_labels(self) -> list[str]:
        return [label for row in self.buttons() for label, _ in row]

    def has_inline_keyboard(self) -> bool:
        return bool(self.reply_markup and self.reply_markup.get("inline_keyboard"))

    def to_dict(self) -> JsonDict:
        """A JSON-ready view (used by the HTTP control API)."""
        data = asdict(self)
        data["buttons"] = [[list(cell) for cell in row] for row in self.buttons()]
        return data

    def summary(self) -> str:
        """One line for assertion messages: who, kind, text and buttons."""
        who = "bot" if self.from_bot else "user"
        flags = "".join(
            [f" edited×{self.edits}" if self.edits else "", " DELETED" if self.deleted else ""]
        )
        text = (self.text or "").replace("\n", "⏎")
        buttons = f" buttons={self.button_labels()}" if self.reply_markup else ""
        return f"#{self.message_id} {who} {self.kind}{flags}: {text!r}{buttons}"


@dataclass
class CallbackAnswer:
    """One ``answerCallbackQuery`` call."""

    callback_query_id: str
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    user_id: int | None = None
    data: str | None = None


class RequestRecord(NamedTuple):
    """One Bot API request made by the bot (canonical method name, decoded parameters)."""

    method: str
    params: JsonDict
