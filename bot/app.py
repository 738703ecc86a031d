"""build_application(settings): the only place where the bot is wired together."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults

import handlers
from bot import jobs
from bot.clock import Clock
from bot.context import BotContext, ButlerApp
from bot.delivery import Dispatcher
from bot.patience import ButlerBot, PatientRequest
from bot.receiver import Poller
from bot.services import Services
from bot.services.inbox import Inbox
from bot.settings import Settings
from bot.web import app as web_app
from bot.web.app import WebServer
from bot.webhook import WebhookServer
from bot.workers import UpdateWorkers
from storage.db import Database

log = logging.getLogger(__name__)


def build_application(
    settings: Settings, *, clock: Clock | None = None, db: Database | None = None
) -> ButlerApp:
    """Assemble the Application, its services, handlers and jobs (no I/O yet)."""
    if settings.bot_token is None:
        raise ValueError("a bot token is needed to build the application")
    # Opt into PTB 23's behaviour now: durations such as RetryAfter.retry_after as timedelta.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    db = db or Database(settings.database_url)
    services = Services.build(settings, db, clock or Clock())
    pool = max(64, 4 * settings.concurrency)
    bot = ButlerBot(
        settings.bot_token.get_secret_value(),
        base_url=settings.api_base_url,
        base_file_url=settings.api_file_url,
        request=PatientRequest(connection_pool_size=pool, pool_timeout=10),
        defaults=Defaults(tzinfo=ZoneInfo(settings.timezone)),
    )
    app: ButlerApp = (
        ApplicationBuilder()
        .bot(bot)
        .context_types(ContextTypes(context=BotContext))
        .updater(None)
        .build()
    )
    app.bot_data["services"] = services
    app.bot_data["dispatcher"] = Dispatcher(
        app.bot, services.outbox, services.translator, settings.default_language
    )
    handlers.register(app)
    jobs.register(app)
    return app


def services_of(app: ButlerApp) -> Services:
    """Return the services wired into an application."""
    services: Services = app.bot_data["services"]
    return services


class Receiver(Protocol):
    """Where updates come from: the long poller or the webhook server."""

    async def stop(self) -> None:
        """Stop receiving."""


@asynccontextmanager
async def running(
    app: ButlerApp, *, poll_timeout: int = 10, receive: bool = True
) -> AsyncIterator[ButlerApp]:
    """Upgrade the database, then serve updates until the block exits.

    Updates come in through the inbox: by long polling (the default) or a webhook (with
    `webhook_url` set); `receive=False` only works the inbox (another process receives).
    On exit the receiver stops first, then the workers finish the updates in hand.
    """
    services = services_of(app)
    settings = services.settings
    await services.db.upgrade()
    try:
        async with app:
            await services.invites.remember_bot(app.bot.username)
            await handlers.publish_commands(app)
            # One process alone on SQLite keeps its chats' queues in memory; else leases.
            shared = receive is False or not services.db.is_sqlite
            if not shared and (taken := await services.outbox.take_back_leases()):
                log.info("%d pushes the last run had begun are due again", taken)
            jobs.dispatcher_of(app).resume()
            await app.start()
            inbox = Inbox(services.db)
            workers = UpdateWorkers(app, inbox, settings.concurrency, shared=shared)
            workers.start()
            receiver = await _receiver(app, inbox, workers, poll_timeout) if receive else None
            desk = await _web_desk(app) if settings.web else None
            log.info("bot @%s is running", app.bot.username)
            try:
                yield app
            finally:
                if desk is not None:
                    await desk.stop()
                if receiver is not None:
                    await receiver.stop()
                await workers.stop()
                jobs.dispatcher_of(app).halt()  # the job in flight ends between pushes
                await app.stop()
    finally:
        await services.db.dispose()


async def _web_desk(app: ButlerApp) -> WebServer | None:
    """Serve the web desk and Mini App beside the bot (its photos come through the bot)."""
    services = services_of(app)

    async def fetch_file(file_id: str) -> bytes:
        found = await app.bot.get_file(file_id)
        return bytes(await found.download_as_bytearray())

    server = WebServer(web_app.build(services, fetch_file))
    settings = services.settings
    try:
        # Workers of one estate share the port (PostgreSQL); one SQLite process has it alone.
        shared = not services.db.is_sqlite
        await server.start(settings.web_listen, settings.web_port, reuse_port=shared)
    except OSError as exc:  # the bot still serves Telegram; /web says the desk is off
        log.error("web desk not started on %s:%s: %s", settings.web_listen, settings.web_port, exc)
        await server.stop()
        return None
    app.bot_data["web_port"] = server.port
    return server


async def _receiver(
    app: ButlerApp, inbox: Inbox, workers: UpdateWorkers, poll_timeout: int
) -> Receiver:
    """Start the long poller, or the webhook server with Telegram told where it is."""
    settings = services_of(app).settings
    assert settings.bot_token is not None
    if settings.webhook_url is None:
        poller = Poller(
            settings.api_base_url,
            settings.bot_token.get_secret_value(),
            inbox,
            workers.wake,
            timeout=poll_timeout,
        )
        await poller.start()
        return poller
    secret = settings.webhook_token()

    async def register() -> None:
        await app.bot.set_webhook(
            settings.webhook_url or "",
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
            max_connections=40,
        )

    path = urlsplit(settings.webhook_url).path or "/"
    server = WebhookServer(inbox, secret, path, workers.wake, register)
    await server.start(settings.webhook_listen, settings.webhook_port, reuse_port=True)
    return server
