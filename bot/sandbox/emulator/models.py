"""Plain data kept by the emulator: users, messages, callback answers, request log entries,
invoices and payments."""

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

    ``text`` holds the text, or the caption of a media message; for an invoice, its title and
    description (a searchable view, not sent as text). ``photo`` lists the file ids of the
    photo sizes (smallest first); ``file_id`` is the main file (largest photo size, document,
    sticker, voice). Edits update the object in place and bump ``edits``; ``seq`` is the
    emulator-wide change counter of the last create/edit/delete, ``created_seq`` that of the
    creation (compare them with :meth:`BotApiEmulator.mark`). The whole invoice of an invoice
    message (prices, payload…) is :meth:`BotApiEmulator.invoice`.
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
        return None if self.kind in ("text", "invoice") else self.text

    @property
    def invoice(self) -> JsonDict | None:
        """The Bot API Invoice of an invoice message (title, currency, total_amount…)."""
        return self.extra.get("invoice")

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


@dataclass
class Invoice:
    """An invoice the bot sent (sendInvoice): what its Message shows, and what pay() uses."""

    title: str
    description: str
    payload: str
    currency: str
    prices: list[JsonDict]
    provider_token: str = ""
    start_parameter: str = ""
    photo_url: str | None = None
    needs: list[str] = field(default_factory=list)  # "name", "phone_number", "email", …
    max_tip_amount: int = 0

    @property
    def total_amount(self) -> int:
        return sum(int(price["amount"]) for price in self.prices)

    def to_api(self) -> JsonDict:
        """The Bot API Invoice object (the ``invoice`` field of the Message)."""
        return {
            "title": self.title,
            "description": self.description,
            "start_parameter": self.start_parameter,
            "currency": self.currency,
            "total_amount": self.total_amount,
        }


@dataclass
class PreCheckoutAnswer:
    """One ``answerPreCheckoutQuery`` call."""

    pre_checkout_query_id: str
    user_id: int
    ok: bool
    error_message: str | None = None


@dataclass
class PreCheckout:
    """A pre_checkout_query sent to the bot; ``expired`` once nobody may answer it any more."""

    query_id: str
    user_id: int
    invoice_message_id: int
    currency: str
    total_amount: int
    invoice_payload: str
    order_info: JsonDict | None = None
    answer: PreCheckoutAnswer | None = None
    expired: bool = False


@dataclass
class Payment:
    """A successful payment made by a user (the successful_payment message of their chat)."""

    user_id: int
    message_id: int
    invoice_message_id: int
    currency: str
    total_amount: int
    invoice_payload: str
    telegram_payment_charge_id: str
    provider_payment_charge_id: str
    order_info: JsonDict | None = None
    refunded: bool = False

    def to_api(self) -> JsonDict:
        """The Bot API SuccessfulPayment object."""
        data: JsonDict = {
            "currency": self.currency,
            "total_amount": self.total_amount,
            "invoice_payload": self.invoice_payload,
            "telegram_payment_charge_id": self.telegram_payment_charge_id,
            "provider_payment_charge_id": self.provider_payment_charge_id,
        }
        if self.order_info:
            data["order_info"] = self.order_info
        return data

    def refund_api(self) -> JsonDict:
        """The Bot API RefundedPayment object for a refund of this payment."""
        data = self.to_api()
        data.pop("order_info", None)
        return data


@dataclass
class StarRefund:
    """One successful ``refundStarPayment`` call."""

    user_id: int
    telegram_payment_charge_id: str
    total_amount: int
    message_id: int  # the refunded_payment service message


@dataclass(frozen=True)
class PaymentResult:
    """What :meth:`BotApiEmulator.pay` saw: the bot's answer to the pre-checkout query
    (``answered`` False: none within the timeout) and, when it said ok, the payment."""

    ok: bool
    error_message: str | None = None
    answered: bool = True
    pre_checkout_query_id: str = ""
    telegram_payment_charge_id: str | None = None
    provider_payment_charge_id: str | None = None
    message_id: int | None = None  # the user's successful_payment message


@dataclass
class PaymentBook:
    """Everything about payments: invoices (by chat and message id), pre-checkout queries (by
    id), their answers, successful payments (by telegram_payment_charge_id), Star refunds."""

    invoices: dict[tuple[int, int], Invoice] = field(default_factory=dict)
    queries: dict[str, PreCheckout] = field(default_factory=dict)
    answers: list[PreCheckoutAnswer] = field(default_factory=list)
    payments: dict[str, Payment] = field(default_factory=dict)
    refunds: list[StarRefund] = field(default_factory=list)

    def to_dict(self) -> JsonDict:
        """A JSON-ready view (used by the HTTP control API)."""
        return {
            "pre_checkout_answers": [asdict(answer) for answer in self.answers],
            "payments": [asdict(payment) for payment in self.payments.values()],
            "refunds": [asdict(refund) for refund in self.refunds],
        }
