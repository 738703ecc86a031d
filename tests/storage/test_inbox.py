"""The inbox and its workers: many chats at once, each chat in order, every update once."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

import pytest
from telegram import Update

from bot.services.inbox import Inbox, chat_key
from bot.workers import UpdateWorkers
from storage.db import Database

CHATS = (101, 102, 103, 104)
PER_CHAT = 6


def _message(update_id: int, chat: int) -> dict[str, Any]:
    user = {"id": chat, "is_bot": False, "first_name": "U"}
    message = {
        "message_id": update_id,
        "date": 1_790_000_000,
        "chat": {"id": chat, "type": "private"},
        "from": user,
        "text": f"m{update_id}",
    }
    return {"update_id": update_id, "message": message}


class RecordingApp:
    """Stands in for the Application: records what it was given, slowly."""

    bot = None

    def __init__(self) -> None:
        self.seen: dict[int, list[int]] = defaultdict(list)
        self.running = 0
        self.most = 0
        self.in_chat: dict[int, int] = defaultdict(int)
        self.most_in_a_chat = 0  # updates of one chat handled at the same time: must stay 1

    async def process_update(self, update: Update) -> None:
        """Take a little while, as a handler talking to Telegram does (later updates of a
        chat are often quicker, so handling them at once would finish them out of order)."""
        assert update.effective_chat is not None
        chat = update.effective_chat.id
        self.running += 1
        self.in_chat[chat] += 1
        self.most = max(self.most, self.running)
        self.most_in_a_chat = max(self.most_in_a_chat, self.in_chat[chat])
        await asyncio.sleep(0.005 * (4 - update.update_id % 4))
        self.seen[chat].append(update.update_id)
        self.in_chat[chat] -= 1
        self.running -= 1


async def _drain(workers: list[UpdateWorkers], inbox: Inbox) -> None:
    for worker in workers:
        worker.start()
        worker.wake()
    for _ in range(500):
        waiting, _ = await inbox.waiting()
        if waiting == 0:
            break
        await asyncio.sleep(0.02)
    for worker in workers:
        await worker.stop()


async def _fill(inbox: Inbox) -> None:
    updates = [
        _message(n * len(CHATS) + i + 1, chat)
        for n in range(PER_CHAT)
        for i, chat in enumerate(CHATS)
    ]
    assert len(await inbox.store(updates)) == len(updates)


@pytest.mark.parametrize("shared", [True, False], ids=["leases", "alone"])
async def test_chats_run_at_once_and_each_chat_keeps_its_order(db: Database, shared: bool) -> None:
    inbox = Inbox(db)
    await _fill(inbox)  # alone: what a crash left waiting is picked up at start
    app = RecordingApp()
    worker = UpdateWorkers(app, inbox, concurrency=4, shared=shared)  # type: ignore[arg-type]
    await _drain([worker], inbox)
    for chat in CHATS:
        assert app.seen[chat] == sorted(app.seen[chat]) and len(app.seen[chat]) == PER_CHAT
    assert app.most >= 2  # chats overlapped
    assert app.most_in_a_chat == 1  # never two of one chat at once
    assert await inbox.store([_message(1, CHATS[0])]) == []  # handled once: never again


async def test_alone_the_worker_takes_what_the_receiver_hands_it_in_order(db: Database) -> None:
    inbox = Inbox(db)
    app = RecordingApp()
    worker = UpdateWorkers(app, inbox, concurrency=2, shared=False)  # type: ignore[arg-type]
    left = await inbox.store([_message(1, 101), _message(2, 102)])  # before a restart
    worker.start()
    for n in range(3, 3 + 4 * PER_CHAT, 2):  # batches arriving while chats are in hand
        worker.wake(await inbox.store([_message(n, 101), _message(n + 1, 102)]))
        await asyncio.sleep(0.005)
    await _drain([], inbox)
    await worker.stop()
    assert len(left) == 2 and app.most_in_a_chat == 1
    assert app.seen[101] == list(range(1, 3 + 4 * PER_CHAT, 2))
    assert app.seen[102] == list(range(2, 3 + 4 * PER_CHAT, 2))


async def test_two_workers_share_the_inbox_without_breaking_order_or_doubling(
    db: Database,
) -> None:
    first, second = Database(db.url), Database(db.url)  # two processes' pools
    try:
        app = RecordingApp()
        inboxes = [Inbox(first), Inbox(second)]
        await _fill(inboxes[0])
        workers = [
            UpdateWorkers(app, box, concurrency=2, shared=True)  # type: ignore[arg-type]
            for box in inboxes
        ]
        await _drain(workers, inboxes[0])
    finally:
        await first.dispose()
        await second.dispose()
    for chat in CHATS:
        assert app.seen[chat] == sorted(set(app.seen[chat]))  # in order, none twice
        assert len(app.seen[chat]) == PER_CHAT
    assert app.most_in_a_chat == 1  # one worker at a time on a chat


@pytest.mark.parametrize("shared", [True, False], ids=["leases", "alone"])
async def test_an_update_the_library_cannot_read_is_dropped_alone(
    db: Database, shared: bool
) -> None:
    inbox = Inbox(db)
    bad = _message(1, 101)
    bad["message"]["date"] = "yesterday"
    await inbox.store([bad, _message(2, 101), _message(3, 102)])
    app = RecordingApp()
    worker = UpdateWorkers(app, inbox, concurrency=2, shared=shared)  # type: ignore[arg-type]
    await _drain([worker], inbox)
    assert dict(app.seen) == {101: [2], 102: [3]}


def test_the_chat_of_an_update() -> None:
    assert chat_key(_message(5, 77)) == 77
    press = {"update_id": 6, "callback_query": {"id": "q", "from": {"id": 78}, "data": "x"}}
    assert chat_key(press) == 78
    assert chat_key({"update_id": 7, "poll": {"id": "p"}}) == 0
