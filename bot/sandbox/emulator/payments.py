"""Telegram Payments: sendInvoice, answerPreCheckoutQuery, refundStarPayment, and the user's
side of a payment (:class:`PaymentActions`).

The flow as Telegram runs it: the bot sends an invoice; the user presses Pay; Telegram sends
the bot a pre_checkout_query, which it must answer within 10 s; only after ``ok: true`` does
the user's chat get a message with ``successful_payment``. A Star refund puts a
``refunded_payment`` service message into the chat. Shipping queries (``is_flexible``) are not
emulated: the pre-checkout query comes without a shipping option.

Error wordings seen from Telegram: CURRENCY_INVALID, CURRENCY_TOTAL_AMOUNT_INVALID,
PAYMENT_PROVIDER_INVALID, INVOICE_PAYLOAD_INVALID, STARS_INVOICE_INVALID, "can't parse prices
JSON object", 'parameter "currency" is required'; QUERY_ID_INVALID, CHARGE_NOT_FOUND and
CHARGE_ALREADY_REFUNDED as documented for this emulator; REPLY_MARKUP_BUY_EMPTY is Telegram's
MTProto name. INVOICE_TITLE_INVALID, INVOICE_DESCRIPTION_INVALID and the error_message check
are the emulator's own wording, in the same style.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from .errors import bad_request
from .models import (
    EmulatorUser,
    Invoice,
    JsonDict,
    Payment,
    PaymentResult,
    PreCheckout,
    PreCheckoutAnswer,
    SentMessage,
    StarRefund,
)
from .params import Params
from .registry import method
from .sending import reply_target
from .state import ChatState, EmulatorState
from .validate import check_reply_markup

STARS = "XTR"
MAX_TITLE = 32
MAX_DESCRIPTION = 255
MAX_PAYLOAD = 128  # bytes
PRE_CHECKOUT_TIMEOUT = 10.0  # seconds Telegram waits for answerPreCheckoutQuery
NEEDS = ("name", "phone_number", "email", "shipping_address")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
DEMO_ADDRESS = {
    "country_code": "CN",
    "state": "Shanghai",
    "city": "Shanghai",
    "street_line1": "1 Demo Road",
    "street_line2": "",
    "post_code": "200000",
}


# --- the bot's side ----------------------------------------------------------------------


def _required(p: Params, name: str) -> Any:
    value = p.get(name)
    if value is None or value == "":
        raise bad_request(f'parameter "{name}" is required')
    return value


def _check_length(value: Any, limit: int, error: str) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= limit:
        raise bad_request(error)
    return value


def _check_payload(value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value.encode()) <= MAX_PAYLOAD:
        raise bad_request("INVOICE_PAYLOAD_INVALID")
    return value


def _check_currency(value: Any) -> str:
    if not isinstance(value, str) or not _CURRENCY.match(value):
        raise bad_request("CURRENCY_INVALID")
    return value


def _is_amount(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_prices(raw: Any) -> list[JsonDict]:
    """The labeled prices (label, integer amount); their total must be positive."""
    if not isinstance(raw, list):
        raise bad_request("can't parse prices JSON object")
    prices: list[JsonDict] = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("label"), str):
            raise bad_request("can't parse prices JSON object")
        if not _is_amount(item.get("amount")):
            raise bad_request("can't parse prices JSON object")
        prices.append({"label": item["label"], "amount": item["amount"]})
    if sum(price["amount"] for price in prices) <= 0:
        raise bad_request("CURRENCY_TOTAL_AMOUNT_INVALID")
    return prices


def _check_provider(p: Params, currency: str, prices: list[JsonDict]) -> str:
    """The provider token: required for money, empty for Telegram Stars (one price, no tip)."""
    token = p.get("provider_token") or ""
    if currency == STARS:
        if token or len(prices) != 1 or p.get("max_tip_amount"):
            raise bad_request("STARS_INVOICE_INVALID")
        return ""
    if not isinstance(token, str) or not token.strip():
        raise bad_request("PAYMENT_PROVIDER_INVALID")
    return token


def _check_invoice_markup(raw: Any) -> JsonDict | None:
    """An invoice's own keyboard must start with a Pay button (absent: Telegram shows one)."""
    markup = check_reply_markup(raw, inline_only=True)
    if markup is None:
        return None
    rows = markup["inline_keyboard"]
    first = rows[0][0] if rows and rows[0] else {}
    if first.get("pay") is not True:
        raise bad_request("REPLY_MARKUP_BUY_EMPTY")
    return markup


def read_invoice(p: Params) -> Invoice:
    """The invoice of a sendInvoice request, validated as Telegram does."""
    title = _check_length(p.get("title"), MAX_TITLE, "INVOICE_TITLE_INVALID")
    description = _check_length(
        p.get("description"), MAX_DESCRIPTION, "INVOICE_DESCRIPTION_INVALID"
    )
    payload = _check_payload(p.get("payload"))
    currency = _check_currency(_required(p, "currency"))
    prices = _check_prices(_required(p, "prices"))
    token = _check_provider(p, currency, prices)
    needs = [] if currency == STARS else [need for need in NEEDS if p.get(f"need_{need}")]
    photo_url = p.get("photo_url")
    return Invoice(
        title,
        description,
        payload,
        currency,
        prices,
        provider_token=token,
        start_parameter=str(p.get("start_parameter") or ""),
        photo_url=photo_url if isinstance(photo_url, str) and photo_url else None,
        needs=needs,
        max_tip_amount=int(p.get("max_tip_amount") or 0),
    )


@method("sendInvoice")
async def send_invoice(state: EmulatorState, p: Params) -> Any:
    chat = state.chat(p.get("chat_id"))
    invoice = read_invoice(p)
    markup = _check_invoice_markup(p.get("reply_markup"))
    message = state.add_message(
        chat.user.user_id,
        from_bot=True,
        kind="invoice",
        text=f"{invoice.title}\n{invoice.description}",
        reply_markup=markup,
        reply_to_message_id=reply_target(chat, p),
        extra={"invoice": invoice.to_api()},
    )
    state.payments.invoices[(message.chat_id, message.message_id)] = invoice
    return state.message_api(message)


@method("answerPreCheckoutQuery")
async def answer_pre_checkout_query(state: EmulatorState, p: Params) -> Any:
    query_id = p.get("pre_checkout_query_id")
    query = state.payments.queries.get(query_id) if isinstance(query_id, str) else None
    if query is None or query.answer is not None or query.expired:
        raise bad_request("QUERY_ID_INVALID")
    ok = bool(p.get("ok"))
    error_message = p.get("error_message")
    if not ok and not (isinstance(error_message, str) and error_message.strip()):
        raise bad_request('parameter "error_message" is required when ok is false')
    answer = PreCheckoutAnswer(query.query_id, query.user_id, ok, None if ok else error_message)
    query.answer = answer
    state.payments.answers.append(answer)
    state.chat_changed(query.user_id)
    return True


@method("refundStarPayment")
async def refund_star_payment(state: EmulatorState, p: Params) -> Any:
    charge_id = p.get("telegram_payment_charge_id")
    payment = state.payments.payments.get(charge_id) if isinstance(charge_id, str) else None
    if payment is None or payment.user_id != p.get("user_id") or payment.currency != STARS:
        raise bad_request("CHARGE_NOT_FOUND")
    if payment.refunded:
        raise bad_request("CHARGE_ALREADY_REFUNDED")
    payment.refunded = True
    message = state.add_message(
        payment.user_id,
        from_bot=False,
        kind="refunded_payment",
        extra={"refunded_payment": payment.refund_api()},
    )
    state.enqueue("message", state.message_api(message))
    state.payments.refunds.append(
        StarRefund(
            payment.user_id,
            payment.telegram_payment_charge_id,
            payment.total_amount,
            message.message_id,
        )
    )
    return True


# --- the user's side ---------------------------------------------------------------------


def _payer(state: EmulatorState, user_id: int) -> ChatState:
    chat = state.chats.get(user_id)
    if chat is None:
        raise LookupError(f"unknown user {user_id}: call add_user() first")
    return chat


def find_invoice(
    state: EmulatorState, chat: ChatState, message_id: int | None
) -> tuple[SentMessage, Invoice]:
    """An invoice the bot sent (not deleted): message ``message_id``, or the chat's latest."""
    invoices = state.payments.invoices
    chat_id = chat.user.user_id
    if message_id is not None:
        message = chat.by_id.get(message_id)
        invoice = invoices.get((chat_id, message_id))
        if message is None or message.deleted or invoice is None:
            raise LookupError(f"no invoice #{message_id} in chat {chat_id}")
        return message, invoice
    for message in reversed(chat.messages):
        invoice = invoices.get((chat_id, message.message_id))
        if invoice is not None and not message.deleted:
            return message, invoice
    raise LookupError(f"no invoice in chat {chat_id}")


def _order_info(invoice: Invoice, user: EmulatorUser) -> JsonDict | None:
    """What the user fills in for the invoice's need_* fields (demo values)."""
    known: JsonDict = {
        "name": " ".join(filter(None, (user.first_name, user.last_name))),
        "phone_number": f"+1555{user.user_id % 10**7:07d}",
        "email": f"user{user.user_id}@example.org",
        "shipping_address": dict(DEMO_ADDRESS),
    }
    return {need: known[need] for need in invoice.needs} or None


def _query_api(query: PreCheckout, user: EmulatorUser) -> JsonDict:
    """The Bot API PreCheckoutQuery object."""
    data: JsonDict = {
        "id": query.query_id,
        "from": user.to_api(),
        "currency": query.currency,
        "total_amount": query.total_amount,
        "invoice_payload": query.invoice_payload,
    }
    if query.order_info:
        data["order_info"] = query.order_info
    return data


async def _wait_answer(
    state: EmulatorState,
    query: PreCheckout,
    timeout: float,  # noqa: ASYNC109
) -> PreCheckoutAnswer | None:
    """The bot's answer to the query, or None when none came within ``timeout``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while query.answer is None and not state.closing:
        remaining = deadline - loop.time()
        if remaining <= 0:
            break
        await state.activity.wait(remaining)
    return query.answer


def _complete(state: EmulatorState, query: PreCheckout) -> Payment:
    """Record the payment and put the user's successful_payment message in the queue."""
    number = state.next_id()
    payment = Payment(
        query.user_id,
        0,
        query.invoice_message_id,
        query.currency,
        query.total_amount,
        query.invoice_payload,
        f"tg_charge_{number}",
        f"prov_charge_{number}",
        query.order_info,
    )
    message = state.add_message(
        query.user_id,
        from_bot=False,
        kind="successful_payment",
        extra={"successful_payment": payment.to_api()},
    )
    payment.message_id = message.message_id
    state.payments.payments[payment.telegram_payment_charge_id] = payment
    state.enqueue("message", state.message_api(message))
    return payment


class PaymentActions:
    """Mixin of :class:`BotApiEmulator`: users pay invoices; tests look at the payments."""

    state: EmulatorState

    async def pay(
        self,
        user_id: int,
        message_id: int | None = None,
        *,
        order_info: JsonDict | None = None,
        total_amount: int | None = None,
        invoice_payload: str | None = None,
        currency: str | None = None,
        timeout: float = PRE_CHECKOUT_TIMEOUT,  # noqa: ASYNC109
    ) -> PaymentResult:
        """The user pays the latest invoice of their chat (or ``message_id``): a
        pre_checkout_query goes to the bot; if it answers ok within ``timeout``, a message
        with successful_payment follows. ``order_info`` replaces the demo values filled in for
        the invoice's need_* fields; ``total_amount``, ``invoice_payload`` and ``currency``
        replace the invoice's in the query and the payment (a tampered or stale invoice)."""
        chat = _payer(self.state, user_id)
        message, invoice = find_invoice(self.state, chat, message_id)
        query = PreCheckout(
            f"{user_id}{self.state.next_id():06d}",
            user_id,
            message.message_id,
            invoice.currency if currency is None else currency,
            invoice.total_amount if total_amount is None else total_amount,
            invoice.payload if invoice_payload is None else invoice_payload,
            _order_info(invoice, chat.user) if order_info is None else order_info,
        )
        self.state.payments.queries[query.query_id] = query
        self.state.enqueue("pre_checkout_query", _query_api(query, chat.user))
        answer = await _wait_answer(self.state, query, timeout)
        if answer is None:
            query.expired = True  # Telegram gives up: a late answer is QUERY_ID_INVALID
            return PaymentResult(False, answered=False, pre_checkout_query_id=query.query_id)
        if not answer.ok:
            return PaymentResult(False, answer.error_message, pre_checkout_query_id=query.query_id)
        payment = _complete(self.state, query)
        return PaymentResult(
            True,
            pre_checkout_query_id=query.query_id,
            telegram_payment_charge_id=payment.telegram_payment_charge_id,
            provider_payment_charge_id=payment.provider_payment_charge_id,
            message_id=payment.message_id,
        )

    def repeat_successful_payment(self, user_id: int, charge_id: str) -> JsonDict:
        """Deliver the successful_payment message of ``charge_id`` once more (a new update
        with the same message), as after a lost confirmation; returns the message."""
        payment = self.state.payments.payments.get(charge_id)
        if payment is None or payment.user_id != user_id:
            raise LookupError(f"no payment {charge_id!r} of user {user_id}")
        message = _payer(self.state, user_id).by_id[payment.message_id]
        data = self.state.message_api(message)
        self.state.enqueue("message", data)
        return data

    def invoice(self, chat_id: int, message_id: int | None = None) -> Invoice:
        """The whole invoice (prices, payload, provider token…) of message ``message_id``, or
        of the chat's latest invoice."""
        return find_invoice(self.state, _payer(self.state, chat_id), message_id)[1]

    @property
    def pre_checkout_answers(self) -> list[PreCheckoutAnswer]:
        """Every answerPreCheckoutQuery call, in order."""
        return self.state.payments.answers

    @property
    def payments(self) -> list[Payment]:
        """Every successful payment, in order (``refunded`` flags Star refunds)."""
        return list(self.state.payments.payments.values())

    @property
    def star_refunds(self) -> list[StarRefund]:
        """Every successful refundStarPayment call, in order."""
        return self.state.payments.refunds
