"""``Chat``: a conversation with the bot as one emulated user, for end-to-end tests.

Every action (send, press, pay) records a mark; ``expect`` then waits for a bot message sent or
edited since that mark (or since the message the previous ``expect`` matched).
"""

from __future__ import annotations

from bot.sandbox.emulator import (
    BotApiEmulator,
    CallbackAnswer,
    Invoice,
    PaymentResult,
    SentMessage,
)
from bot.sandbox.emulator.files import make_png
from bot.sandbox.emulator.models import JsonDict


class Chat:
    def __init__(self, emu: BotApiEmulator, user_id: int, *, timeout: float = 5.0) -> None:
        self.emu = emu
        self.user_id = user_id
        self.timeout = timeout
        self._mark = emu.mark(user_id)
        self._last_query_id: str | None = None

    # --- actions -----------------------------------------------------------------------

    def _start_action(self) -> None:
        self._mark = self.emu.mark(self.user_id)

    async def send(self, text: str) -> None:
        self._start_action()
        await self.emu.send_text(self.user_id, text)

    async def send_photo(
        self, caption: str | None = None, *, content: bytes | None = None
    ) -> None:
        self._start_action()
        await self.emu.send_photo(self.user_id, caption, content=content or make_png(64, 48))

    async def send_document(
        self, filename: str, content: bytes, caption: str | None = None
    ) -> None:
        self._start_action()
        await self.emu.send_document(self.user_id, filename, content, caption)

    async def send_sticker(self) -> None:
        self._start_action()
        await self.emu.send_sticker(self.user_id)

    async def send_voice(self) -> None:
        self._start_action()
        await self.emu.send_voice(self.user_id)

    async def send_contact(self, phone_number: str, *, own: bool = True) -> None:
        self._start_action()
        await self.emu.send_contact(self.user_id, phone_number, own=own)

    async def send_location(self, latitude: float, longitude: float) -> None:
        self._start_action()
        await self.emu.send_location(self.user_id, latitude, longitude)

    async def press(
        self,
        label: str | None = None,
        *,
        data: str | None = None,
        message_id: int | None = None,
        row: int | None = None,
        col: int | None = None,
    ) -> None:
        """Press an inline button of the latest keyboard (or of ``message_id``)."""
        self._start_action()
        query = await self.emu.press(
            self.user_id, message_id, label=label, row=row, col=col, data=data
        )
        self._last_query_id = str(query["id"])

    async def pay(
        self,
        message_id: int | None = None,
        *,
        order_info: JsonDict | None = None,
        total_amount: int | None = None,
        invoice_payload: str | None = None,
        currency: str | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> PaymentResult:
        """Pay the latest invoice (or ``message_id``): returns once the bot answered the
        pre-checkout query (or ``timeout`` passed); see :meth:`BotApiEmulator.pay`."""
        self._start_action()
        return await self.emu.pay(
            self.user_id,
            message_id,
            order_info=order_info,
            total_amount=total_amount,
            invoice_payload=invoice_payload,
            currency=currency,
            timeout=timeout,
        )

    async def repeat_payment(self, charge_id: str | None) -> None:
        """Deliver the successful_payment message of ``charge_id`` once more (None, the charge
        id of a failed payment, is a test error)."""
        if charge_id is None:
            raise AssertionError("repeat_payment() needs the charge id of a successful payment")
        self._start_action()
        self.emu.repeat_successful_payment(self.user_id, charge_id)

    # --- expectations ------------------------------------------------------------------

    def _since_mark(self) -> str:
        changed = self.emu.changed_since(self.user_id, self._mark)
        lines = [m.summary() for m in changed] or ["(nothing)"]
        return "\n".join(lines)

    async def expect(
        self,
        *fragments: str,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> SentMessage:
        """Wait for a bot message sent or edited since the mark whose text (or caption)
        contains every fragment; return it and move the mark to it."""
        found: list[SentMessage] = []

        def matches() -> bool:
            for message in self.emu.changed_since(self.user_id, self._mark):
                if all(fragment in (message.text or "") for fragment in fragments):
                    found.append(message)
                    return True
            return False

        wait = self.timeout if timeout is None else timeout
        try:
            await self.emu.wait_for(matches, wait)
        except TimeoutError:
            raise AssertionError(
                f"no bot message containing {list(fragments)} within {wait} s; "
                f"the bot sent since the mark:\n{self._since_mark()}"
            ) from None
        self._mark = found[0].seq
        return found[0]

    async def expect_count(
        self,
        n: int,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> list[SentMessage]:
        """Wait for ``n`` new bot messages since the mark; return them, mark after them."""
        wait = self.timeout if timeout is None else timeout
        try:
            messages = await self.emu.wait_for_bot_messages(
                self.user_id, n, after=self._mark, timeout=wait
            )
        except TimeoutError as exc:
            raise AssertionError(str(exc)) from None
        self._mark = max(m.seq for m in messages) if messages else self._mark
        return messages

    async def expect_nothing(self, seconds: float = 0.3) -> None:
        """Assert that the bot sends no new message for ``seconds``."""
        try:
            await self.emu.wait_for_bot_messages(
                self.user_id, 1, after=self._mark, timeout=seconds
            )
        except TimeoutError:
            return
        raise AssertionError(f"expected no bot message, got:\n{self._since_mark()}")

    async def expect_answer(
        self,
        *fragments: str,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> CallbackAnswer:
        """Wait until the bot answers the last press (answerCallbackQuery)."""
        query_id = self._last_query_id
        if query_id is None:
            raise AssertionError("expect_answer() needs a press() first")

        def answer() -> CallbackAnswer | None:
            return next(
                (a for a in self.emu.callback_answers if a.callback_query_id == query_id), None
            )

        wait = self.timeout if timeout is None else timeout
        try:
            await self.emu.wait_for(lambda: answer() is not None, wait)
        except TimeoutError:
            raise AssertionError(f"the bot did not answer the callback within {wait} s") from None
        result = answer()
        assert result is not None
        missing = [f for f in fragments if f not in (result.text or "")]
        assert not missing, f"callback answer {result.text!r} lacks {missing}"
        return result

    # --- inspection --------------------------------------------------------------------

    def last(self) -> SentMessage:
        """The latest bot message (not deleted)."""
        messages = self.emu.bot_messages(self.user_id)
        if not messages:
            raise AssertionError("the bot has sent nothing in this chat")
        return messages[-1]

    def invoice(self, message_id: int | None = None) -> Invoice:
        """The whole invoice (prices, payload…) of ``message_id``, or of the latest one."""
        try:
            return self.emu.invoice(self.user_id, message_id)
        except LookupError as exc:
            raise AssertionError(str(exc)) from None

    def last_invoice_payload(self, message_id: int | None = None) -> str:
        """The bot's payload of invoice ``message_id``, or of the latest invoice."""
        return self.invoice(message_id).payload

    @property
    def transcript(self) -> list[SentMessage]:
        return self.emu.transcript(self.user_id)

    @property
    def reply_keyboard(self) -> list[list[str]] | None:
        return self.emu.reply_keyboard(self.user_id)
