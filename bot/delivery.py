"""The dispatcher: sends due pushes from the outbox to Telegram within flood limits."""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from telegram import Bot, InputMediaPhoto
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.i18n import Translate, Translator, pick_language
from bot.messages import edit_or_send, keyboard, set_keyboard
from bot.ratelimit import FloodLimiter
from bot.services.digest.chart import CHART_DAYS, ChartLabels, render_ref
from bot.services.digest.chart import PREFIX as CHART_PREFIX
from bot.services.notify.outbox import OutboxService
from bot.workers import worker_name
from storage.models import OutboxMessage, Recipient

log = logging.getLogger(__name__)


@dataclass
class DeliveryStats:
    """What one round of sending did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    unreachable: int = 0
    rate_limited: int = 0
    errors: list[str] = field(default_factory=list)


async def photo_input(
    photo: str, words: tuple[ChartLabels, ChartLabels] | None = None
) -> str | bytes:
    """A Telegram file id as is; a chart reference drawn (in a thread) in the reader's words,
    or the second ones when no font draws the first; `file:` read."""
    if photo.startswith(CHART_PREFIX):
        labels, fallback = words or (None, None)
        return await asyncio.to_thread(render_ref, photo, labels, fallback)
    if photo.startswith("file:"):
        return await asyncio.to_thread(Path(photo.removeprefix("file:")).read_bytes)
    return photo


def _by_turns(messages: list[OutboxMessage]) -> list[OutboxMessage]:
    """Chats take turns, each chat's pushes in order: a reply to a resident does not wait
    behind a butler's hundred pushes, paced at one a second for that chat."""
    chats: dict[int, list[OutboxMessage]] = {}
    for message in messages:
        chats.setdefault(message.account_id, []).append(message)
    rounds = max((len(queue) for queue in chats.values()), default=0)
    return [queue[n] for n in range(rounds) for queue in chats.values() if n < len(queue)]


class Dispatcher:
    """Renders each push in its recipient's language and sends it."""

    def __init__(
        self,
        bot: Bot,
        outbox: OutboxService,
        translator: Translator,
        default_language: str,
        limiter: FloodLimiter | None = None,
        concurrency: int = 8,
    ) -> None:
        self._bot = bot
        self._outbox = outbox
        self._translator = translator
        self._default_language = default_language
        self.limiter = limiter or FloodLimiter()
        self._concurrency = concurrency
        self._lock = asyncio.Lock()
        self._halted = asyncio.Event()
        self.name = worker_name()

    def halt(self) -> None:
        """Stopping: finish the pushes being sent, give the rest of the batch back."""
        self._halted.set()

    def resume(self) -> None:
        """Started (again): send."""
        self._halted.clear()

    async def _turn(self, chat_id: int) -> bool:
        """Wait for the flood limits to allow a send; False when halted meanwhile."""
        waiting = asyncio.ensure_future(self.limiter.acquire(chat_id))
        halted = asyncio.ensure_future(self._halted.wait())
        await asyncio.wait({waiting, halted}, return_when=asyncio.FIRST_COMPLETED)
        halted.cancel()
        if waiting.done():
            waiting.result()
            return True
        waiting.cancel()  # the buckets give back a token not yet taken
        with suppress(asyncio.CancelledError):
            await waiting
        return False

    async def send_due(self, limit: int = 100) -> DeliveryStats:
        """Send due pushes batch after batch until one comes back short (never two at once)."""
        stats = DeliveryStats()
        async with self._lock:
            while not self._halted.is_set():
                messages, recipients = await self._outbox.claim(self.name, limit)
                queue: asyncio.Queue[OutboxMessage] = asyncio.Queue()
                for message in _by_turns(messages):
                    queue.put_nowait(message)
                left: list[OutboxMessage] = []  # not begun when the sender was halted
                workers = [
                    asyncio.create_task(self._work(queue, recipients, stats, left))
                    for _ in range(min(self._concurrency, len(messages)))
                ]
                await asyncio.gather(*workers)
                if left:  # halted: what was not begun goes back, for the next start
                    await self._outbox.release(left, self.name)
                if len(messages) < limit:
                    return stats
            return stats

    async def _work(
        self,
        queue: asyncio.Queue[OutboxMessage],
        recipients: dict[int, Recipient],
        stats: DeliveryStats,
        left: list[OutboxMessage],
    ) -> None:
        while not queue.empty():
            message = queue.get_nowait()
            recipient = recipients.get(message.account_id)
            if recipient is None:  # an account deleted meanwhile takes its pushes along
                continue
            if self._halted.is_set():
                left.append(message)
            else:
                await self._deliver(message, recipient, stats, left)

    async def _deliver(
        self,
        message: OutboxMessage,
        recipient: Recipient,
        stats: DeliveryStats,
        left: list[OutboxMessage],
    ) -> None:
        """Send one push and record how it ended."""
        if recipient.unreachable:
            await self._outbox.unreachable(message, "account marked unreachable")
            stats.unreachable += 1
            return
        try:
            if not await self._turn(recipient.telegram_id):  # stopped while it waited
                left.append(message)
                return
            telegram_id = await self._send(message, recipient)
        except RetryAfter as error:
            retry_after = error.retry_after
            seconds = (
                retry_after.total_seconds()
                if isinstance(retry_after, timedelta)
                else float(retry_after)
            )
            seconds = max(seconds, 0.5)
            self.limiter.overall.pause(seconds)
            await self._outbox.retry(message, str(error), after=seconds)
            stats.rate_limited += 1
        except Forbidden as error:
            await self._outbox.unreachable(message, str(error))
            stats.unreachable += 1
        except BadRequest as error:
            log.error("push %s refused by Telegram: %s", message.id, error)
            await self._outbox.failed(message, str(error))
            stats.failed += 1
        except (NetworkError, TelegramError) as error:
            log.warning("push %s: network error, will retry: %s", message.id, error)
            await self._outbox.retry(message, str(error))
            stats.retried += 1
        except Exception as error:  # our bug (a missing file, say): retry a few times, then fail
            log.exception("push %s could not be prepared", message.id)
            await self._outbox.retry(message, repr(error))
            stats.retried += 1
        else:
            await self._outbox.sent(message, telegram_id)
            stats.sent += 1

    async def _send(self, message: OutboxMessage, recipient: Recipient) -> int:
        """Render and send (or edit); return the Telegram id of the text message."""
        language = pick_language(
            recipient.language, recipient.telegram_language, self._default_language
        )
        t = self._translator.bind(language)
        chat_id = recipient.telegram_id
        markup = keyboard(t, message.buttons)
        if message.action == "markup":
            await set_keyboard(self._bot, chat_id, message.target_message_id, markup)
            return message.target_message_id or 0
        text = t(message.text_key, **message.args)
        if message.action == "edit":
            return await edit_or_send(self._bot, chat_id, message.target_message_id, text, markup)
        failed = message.photos_failed
        if message.photos and message.parts_done < 1:
            failed = await self._send_photos(chat_id, message.photos, t)
            await self._outbox.photos_sent(message, failed)  # a retry sends only the text
        if failed:
            text = t("push-photo-missing") + "\n" + text
        sent = await self._bot.send_message(chat_id, text, reply_markup=markup)
        if message.pin:
            await self._pin(chat_id, sent.message_id)
        return sent.message_id

    async def _pin(self, chat_id: int, message_id: int) -> None:
        """Pin an important notice; a chat that refuses it still has the message."""
        try:
            await self._bot.pin_chat_message(chat_id, message_id, disable_notification=True)
        except BadRequest as error:
            log.warning("could not pin message %s in chat %s: %s", message_id, chat_id, error)

    async def _send_photos(self, chat_id: int, photos: list[str], t: Translate) -> bool:
        """Send a push's photos; True when Telegram no longer knows them (sent without)."""
        words = None
        if any(p.startswith(CHART_PREFIX) for p in photos):  # a chart: in the reader's words
            english = self._translator.bind("en")
            words = (ChartLabels.of(t, CHART_DAYS), ChartLabels.of(english, CHART_DAYS))
        try:
            if len(photos) == 1:
                await self._bot.send_photo(chat_id, await photo_input(photos[0], words))
            else:
                media = [InputMediaPhoto(await photo_input(p, words)) for p in photos[:10]]
                await self._bot.send_media_group(chat_id, media)
        except BadRequest as error:
            if "file" not in str(error).lower():
                raise
            log.warning("a push's photo is no longer known to Telegram: %s", error)
            return True
        return False
