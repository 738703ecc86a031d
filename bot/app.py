"""build_application(settings): the only place where the bot is wired together."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults

import handlers
from bot import jobs
from bot.clock import Clock
from bot.context import BotContext, ButlerApp
from bot.delivery import Dispatcher
from bot.services import Services
from bot.settings import Settings
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
    app: ButlerApp = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.api_base_url)
        .base_file_url(settings.api_file_url)
        .context_types(ContextTypes(context=BotContext))
        .defaults(Defaults(tzinfo=ZoneInfo(settings.timezone)))
        .connection_pool_size(64)
        .pool_timeout(10)
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


@asynccontextmanager
async def running(app: ButlerApp, *, poll_timeout: int = 10) -> AsyncIterator[ButlerApp]:
    """Upgrade the database, then serve updates by long polling until the block exits."""
    services = services_of(app)
    await services.db.upgrade()
    try:
        async with app:
            await services.invites.remember_bot(app.bot.username)
            await handlers.publish_commands(app)
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(
                timeout=poll_timeout, allowed_updates=Update.ALL_TYPES, drop_pending_updates=False
            )
            log.info("bot @%s is running", app.bot.username)
            try:
                yield app
            finally:
                await app.updater.stop()
                await app.stop()
    finally:
        await services.db.dispose()
