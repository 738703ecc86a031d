"""Telegram Payments: invoices, pre-checkout queries, successful payments and Star refunds."""

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any, cast

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LabeledPrice, Update
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
    MessageHandler,
    PreCheckoutQueryHandler,
    filters,
)

from bot.sandbox.commands import Kind, Line, parse_line
from bot.sandbox.emulator import BotApiEmulator, PaymentResult
from bot.sandbox.feed import Feed
from bot.sandbox.personas import BUTLER, PERSONAS, RESIDENT
from bot.sandbox.reader import LineReader
from bot.sandbox.render import Style
from bot.sandbox.terminal import Sandbox, Terminal
from tests.e2e.chat import Chat

from .conftest import ALICE, BOB, TOKEN

FEE: dict[str, Any] = {
    "title": "Property fee 2024-05",
    "description": "Unit 3-201, May 2024",
    "payload": "bill:42",
    "provider_token": "284685063:TEST:abc",
    "currency": "CNY",
    "prices": [LabeledPrice("Property fee", 25000), LabeledPrice("Parking", 3000)],
}
STARS: dict[str, Any] = {
    "title": "Gym pass",
    "description": "One month",
    "payload": "gym:7",
    "currency": "XTR",
    "prices": [LabeledPrice("Gym pass", 50)],
}

NOT_PAY = InlineKeyboardMarkup([[InlineKeyboardButton("Pay", callback_data="pay")]])


async def take(bot: Bot) -> Update:
    """The one pending update, confirmed so that the next call sees only newer ones."""
    [update] = await bot.get_updates(timeout=2)
    await bot.get_updates(offset=update.update_id + 1, timeout=0)
    return update


async def paid(
    emu: BotApiEmulator, bot: Bot, user_id: int = ALICE, **pay: Any
) -> tuple[PaymentResult, Update]:
    """Pay the latest invoice and answer ok; return the result and the payment update."""
    task = asyncio.create_task(emu.pay(user_id, **pay))
    query = (await take(bot)).pre_checkout_query
    assert query is not None
    assert await bot.answer_pre_checkout_query(query.id, ok=True)
    return await task, await take(bot)


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"currency": "cny"}, "CURRENCY_INVALID"),
        ({"currency": "YUAN"}, "CURRENCY_INVALID"),
        ({"prices": []}, "CURRENCY_TOTAL_AMOUNT_INVALID"),
        ({"prices": [LabeledPrice("Fee", 100), LabeledPrice("Discount", -100)]}, "TOTAL_AMOUNT"),
        ({"title": "x" * 33}, "INVOICE_TITLE_INVALID"),
        ({"description": "x" * 256}, "INVOICE_DESCRIPTION_INVALID"),
        ({"payload": "é" * 65}, "INVOICE_PAYLOAD_INVALID"),
        ({"provider_token": None}, "PAYMENT_PROVIDER_INVALID"),
        ({"provider_token": ""}, "PAYMENT_PROVIDER_INVALID"),
        ({"reply_markup": NOT_PAY}, "REPLY_MARKUP_BUY_EMPTY"),
    ],
)
async def test_invoice_validation(bot: Bot, changes: dict[str, Any], fragment: str) -> None:
    with pytest.raises(BadRequest, match=rf"(?i){fragment}"):
        await bot.send_invoice(ALICE, **{**FEE, **changes})


@pytest.mark.parametrize(
    "changes",
    [
        {"provider_token": "284685063:TEST:abc"},
        {"prices": [LabeledPrice("Gym", 50), LabeledPrice("Towel", 5)]},
        {"max_tip_amount": 10},
    ],
)
async def test_star_invoice_rules(bot: Bot, changes: dict[str, Any]) -> None:
    with pytest.raises(BadRequest, match=r"(?i)STARS_INVOICE_INVALID"):
        await bot.send_invoice(ALICE, **{**STARS, **changes})


@pytest.mark.parametrize(
    ("prices", "fragment"),
    [
        ("not json", "can't parse prices JSON object"),
        ('[{"label": "Fee", "amount": 1.5}]', "can't parse prices JSON object"),
        ('[{"amount": 100}]', "can't parse prices JSON object"),
        (None, 'parameter "prices" is required'),
    ],
)
async def test_malformed_prices(emu: BotApiEmulator, prices: str | None, fragment: str) -> None:
    form = {k: v for k, v in FEE.items() if k != "prices"}
    form["chat_id"] = str(ALICE)
    if prices is not None:
        form["prices"] = prices
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{emu.base_url}{TOKEN}/sendInvoice", data=form) as resp,
    ):
        assert resp.status == 400
        assert (await resp.json())["description"] == f"Bad Request: {fragment}"


async def test_invoice_in_transcript(emu: BotApiEmulator, bot: Bot) -> None:
    chat = Chat(emu, ALICE, timeout=1)
    sent = await bot.send_invoice(ALICE, **FEE, start_parameter="fee42", need_name=True)
    assert sent.invoice is not None and sent.text is None and sent.caption is None
    assert (sent.invoice.title, sent.invoice.description) == (FEE["title"], FEE["description"])
    assert (sent.invoice.currency, sent.invoice.total_amount) == ("CNY", 28000)
    assert sent.invoice.start_parameter == "fee42" and sent.reply_markup is None
    [stored] = emu.bot_messages(ALICE)
    assert stored.kind == "invoice" and stored.text == f"{FEE['title']}\n{FEE['description']}"
    assert stored.invoice == sent.invoice.to_dict()
    invoice = emu.invoice(ALICE)
    assert invoice == emu.invoice(ALICE, sent.message_id)
    assert (invoice.payload, invoice.provider_token) == ("bill:42", "284685063:TEST:abc")
    assert invoice.prices == [
        {"label": "Property fee", "amount": 25000},
        {"label": "Parking", "amount": 3000},
    ]
    assert invoice.needs == ["name"] and invoice.total_amount == 28000
    assert "invoice" in stored.summary() and emu.stats["sent"] == 1
    assert (await chat.expect("Property fee", "Unit 3-201")).message_id == sent.message_id
    assert chat.last_invoice_payload() == "bill:42"
    with pytest.raises(BadRequest, match=r"(?i)no caption"):
        await bot.edit_message_caption(ALICE, sent.message_id, caption="x")


async def test_invoice_with_its_own_pay_button(emu: BotApiEmulator, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("Pay ¥280", pay=True)],
         [InlineKeyboardButton("Details", callback_data="fee:42")]]
    )  # fmt: skip
    sent = await bot.send_invoice(ALICE, **FEE, reply_markup=keyboard)
    assert sent.reply_markup == keyboard
    assert emu.bot_messages(ALICE)[0].button_labels() == ["Pay ¥280", "Details"]


async def test_payment_after_ok(emu: BotApiEmulator, bot: Bot) -> None:
    invoice = await bot.send_invoice(ALICE, **FEE)
    task = asyncio.create_task(emu.pay(ALICE))
    query = (await take(bot)).pre_checkout_query
    assert query is not None and query.from_user.id == ALICE
    assert (query.currency, query.total_amount, query.invoice_payload) == ("CNY", 28000, "bill:42")
    assert query.order_info is None
    await asyncio.sleep(0.05)
    assert not task.done() and emu.transcript(ALICE)[-1].kind == "invoice"  # nothing paid yet
    assert await bot.answer_pre_checkout_query(query.id, ok=True)
    result = await task
    assert result.ok and result.answered and result.error_message is None
    assert result.pre_checkout_query_id == query.id
    message = (await take(bot)).message
    assert message is not None and message.from_user and message.from_user.id == ALICE
    payment = message.successful_payment
    assert payment is not None and message.message_id == result.message_id
    assert (payment.currency, payment.total_amount, payment.invoice_payload) == (
        "CNY",
        28000,
        "bill:42",
    )
    assert payment.telegram_payment_charge_id == result.telegram_payment_charge_id
    assert payment.provider_payment_charge_id == result.provider_payment_charge_id
    assert str(result.telegram_payment_charge_id).startswith("tg_charge_")
    [recorded] = emu.payments
    assert recorded.invoice_message_id == invoice.message_id and not recorded.refunded
    [answer] = emu.pre_checkout_answers
    assert (answer.pre_checkout_query_id, answer.user_id, answer.ok) == (query.id, ALICE, True)
    with pytest.raises(BadRequest, match=r"(?i)QUERY_ID_INVALID"):
        await bot.answer_pre_checkout_query(query.id, ok=True)  # answered twice
    with pytest.raises(BadRequest, match=r"(?i)QUERY_ID_INVALID"):
        await bot.answer_pre_checkout_query("424242", ok=True)
    second, _ = await paid(emu, bot)
    assert second.telegram_payment_charge_id != result.telegram_payment_charge_id


async def test_declined_payment(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.send_invoice(ALICE, **FEE)
    task = asyncio.create_task(emu.pay(ALICE))
    query = (await take(bot)).pre_checkout_query
    assert query is not None
    with pytest.raises(BadRequest, match=r"(?i)error_message"):
        await bot.answer_pre_checkout_query(query.id, ok=False)
    assert await bot.answer_pre_checkout_query(query.id, ok=False, error_message="Already paid")
    result = await task
    assert not result.ok and result.answered and result.error_message == "Already paid"
    assert result.telegram_payment_charge_id is None and result.message_id is None
    assert await bot.get_updates(timeout=0) == () and emu.payments == []
    assert emu.transcript(ALICE)[-1].kind == "invoice"


async def test_unanswered_query_times_out(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.send_invoice(ALICE, **FEE)
    result = await emu.pay(ALICE, timeout=0.2)
    assert not result.ok and not result.answered and result.error_message is None
    query = (await take(bot)).pre_checkout_query
    assert query is not None and query.id == result.pre_checkout_query_id
    with pytest.raises(BadRequest, match=r"(?i)QUERY_ID_INVALID"):
        await bot.answer_pre_checkout_query(query.id, ok=True)  # too late
    assert emu.payments == [] and emu.pre_checkout_answers == []


async def test_pay_errors(emu: BotApiEmulator, bot: Bot) -> None:
    with pytest.raises(LookupError, match="no invoice in chat"):
        await emu.pay(ALICE)
    sent = await bot.send_message(ALICE, "not an invoice")
    with pytest.raises(LookupError, match=f"no invoice #{sent.message_id}"):
        await emu.pay(ALICE, sent.message_id)
    with pytest.raises(LookupError, match="unknown user"):
        await emu.pay(4242)


async def test_tampered_amount_order_info_and_repeat(emu: BotApiEmulator, bot: Bot) -> None:
    first = await bot.send_invoice(ALICE, **FEE, need_name=True, need_email=True)
    await bot.send_invoice(ALICE, **{**FEE, "payload": "bill:43"})
    task = asyncio.create_task(emu.pay(ALICE, first.message_id, total_amount=1))
    query = (await take(bot)).pre_checkout_query
    assert query is not None and (query.total_amount, query.invoice_payload) == (1, "bill:42")
    assert query.order_info and query.order_info.name == "Alice"
    assert query.order_info.email == f"user{ALICE}@example.org"
    await bot.answer_pre_checkout_query(query.id, ok=True)
    result = await task
    message = (await take(bot)).message
    assert message and message.successful_payment
    assert message.successful_payment.total_amount == 1
    assert message.successful_payment.order_info == query.order_info
    again = emu.repeat_successful_payment(ALICE, str(result.telegram_payment_charge_id))
    duplicate = (await take(bot)).message
    assert duplicate and duplicate.message_id == message.message_id == again["message_id"]
    assert duplicate.successful_payment == message.successful_payment
    assert len(emu.payments) == 1
    with pytest.raises(LookupError, match="no payment"):
        emu.repeat_successful_payment(BOB, str(result.telegram_payment_charge_id))
    _, update = await paid(emu, bot, invoice_payload="bill:999", order_info={"name": "Z"})
    assert update.message and update.message.successful_payment
    assert update.message.successful_payment.invoice_payload == "bill:999"
    assert update.message.successful_payment.order_info is not None
    assert update.message.successful_payment.order_info.name == "Z"


async def test_star_refunds(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.send_invoice(ALICE, **STARS, provider_token="")
    result, _ = await paid(emu, bot)
    charge = str(result.telegram_payment_charge_id)
    with pytest.raises(BadRequest, match=r"(?i)CHARGE_NOT_FOUND"):
        await bot.refund_star_payment(BOB, charge)
    with pytest.raises(BadRequest, match=r"(?i)CHARGE_NOT_FOUND"):
        await bot.refund_star_payment(ALICE, "tg_charge_999999")
    assert await bot.refund_star_payment(ALICE, charge)
    message = (await take(bot)).message
    assert message and message.refunded_payment
    assert (message.refunded_payment.total_amount, message.refunded_payment.invoice_payload) == (
        50,
        "gym:7",
    )
    assert message.refunded_payment.telegram_payment_charge_id == charge
    [refund] = emu.star_refunds
    assert (refund.user_id, refund.telegram_payment_charge_id, refund.total_amount) == (
        ALICE,
        charge,
        50,
    )
    assert emu.payments[0].refunded
    with pytest.raises(BadRequest, match=r"(?i)CHARGE_ALREADY_REFUNDED"):
        await bot.refund_star_payment(ALICE, charge)
    await bot.send_invoice(ALICE, **FEE)
    card, _ = await paid(emu, bot)
    with pytest.raises(BadRequest, match=r"(?i)CHARGE_NOT_FOUND"):  # not a payment in Stars
        await bot.refund_star_payment(ALICE, str(card.telegram_payment_charge_id))


async def test_http_control_pay_and_payments(emu: BotApiEmulator, bot: Bot) -> None:
    await bot.send_invoice(ALICE, **FEE)
    base = emu.control_url

    async def answer() -> None:
        query = (await take(bot)).pre_checkout_query
        assert query is not None
        await bot.answer_pre_checkout_query(query.id, ok=True)

    async with aiohttp.ClientSession() as http:
        answering = asyncio.create_task(answer())
        async with http.post(f"{base}/users/{ALICE}/pay", json={"total_amount": 5}) as resp:
            assert resp.status == 200
            result = await resp.json()
        await answering
        assert result["ok"] is True and result["message_id"] is not None
        body = {"charge_id": result["telegram_payment_charge_id"]}
        async with http.post(f"{base}/users/{ALICE}/repeat_payment", json=body) as resp:
            assert (await resp.json())["message_id"] == result["message_id"]
        async with http.get(f"{base}/payments") as resp:
            book = await resp.json()
        assert [p["total_amount"] for p in book["payments"]] == [5]
        assert [a["ok"] for a in book["pre_checkout_answers"]] == [True]
        assert book["refunds"] == []
        async with http.post(f"{base}/users/{BOB}/pay", json={}) as resp:
            assert resp.status == 404
        async with http.get(f"{base}/chats/{ALICE}/transcript") as resp:
            kinds = [m["kind"] for m in (await resp.json())["messages"]]
        assert kinds == ["invoice", "successful_payment"]
        assert json.dumps(book)  # JSON-ready


async def check_bill(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.pre_checkout_query
    assert query is not None
    if query.invoice_payload == "bill:42" and query.total_amount == 28000:
        await query.answer(ok=True)
    else:
        await query.answer(ok=False, error_message="This bill has changed, please reopen it")


async def thank(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message and message.successful_payment
    await message.reply_text(f"Paid, thank you ({message.successful_payment.total_amount})")


@pytest.fixture
async def shop(emu: BotApiEmulator) -> AsyncIterator[Application]:
    application = ApplicationBuilder().token(TOKEN).base_url(emu.base_url).build()
    application.add_handler(PreCheckoutQueryHandler(check_bill))
    application.add_handler(MessageHandler(filters.SUCCESSFUL_PAYMENT, thank))
    async with application:
        await application.start()
        assert application.updater
        await application.updater.start_polling(poll_interval=0, timeout=10)
        yield application
        await application.updater.stop()
        await application.stop()


async def test_payment_through_application(emu: BotApiEmulator, shop: Application) -> None:
    chat = Chat(emu, ALICE, timeout=3)
    await shop.bot.send_invoice(ALICE, **FEE)
    await chat.expect("Property fee 2024-05")
    result = await chat.pay(total_amount=1)
    assert not result.ok and result.error_message == "This bill has changed, please reopen it"
    await chat.expect_nothing(0.2)
    result = await chat.pay()
    assert result.ok
    await chat.expect("Paid, thank you (28000)")
    await chat.repeat_payment(str(result.telegram_payment_charge_id))
    await chat.expect("Paid, thank you")  # this bot does not deduplicate: it thanks again


def words(key: str, **args: Any) -> str:
    """A stand-in for the sandbox's translations: the key and its arguments."""
    return f"{key} {args}"


async def keep_offset(offset: timedelta) -> None:
    """The sandbox's clock store, unused here."""


async def test_sandbox_shows_an_invoice_and_pays_it(emu: BotApiEmulator, bot: Bot) -> None:
    for persona in PERSONAS:
        emu.add_user(persona.user_id, persona.name)
    printed: list[str] = []
    feed = Feed(emu, words, Style(colour=False), printed.append, RESIDENT)
    sandbox = Sandbox(cast(Any, None), emu, cast(Any, None), "UTC", keep_offset)
    terminal = Terminal(sandbox, feed, cast(LineReader, None), words)
    await bot.send_invoice(RESIDENT.user_id, **FEE)
    feed.flush()
    assert printed[-1].splitlines()[1:] == [
        "    Unit 3-201, May 2024",
        "    • Property fee: 250.00 CNY",
        "    • Parking: 30.00 CNY",
        "    = 280.00 CNY",
        "    [1] 💳 280.00 CNY",
    ]
    assert printed[-1].splitlines()[0].endswith("[invoice] Property fee 2024-05")

    async def answer(ok: bool, error_message: str | None = None) -> None:
        query = (await take(bot)).pre_checkout_query
        assert query is not None
        await bot.answer_pre_checkout_query(query.id, ok, error_message)

    answering = asyncio.create_task(answer(False, "Sold out"))
    await terminal._send(Line(Kind.NUMBER, "1"))  # the invoice's Pay button
    await answering
    assert printed[-1].endswith("💬 Sold out") and emu.payments == []
    answering = asyncio.create_task(answer(True))
    await terminal._send(parse_line(":pay"))
    await answering
    assert [p.user_id for p in emu.payments] == [RESIDENT.user_id]
    feed.current = BUTLER  # no invoice in the butler's chat
    await terminal._send(parse_line(":pay"))
    assert printed[-1] == "sandbox-no-button {'number': '💳'}"
