"""Webhook mode: Telegram posts each update to us; we store it, then answer 200.

The secret token set with `setWebhook` comes back in `X-Telegram-Bot-Api-Secret-Token` on
every request; anything without it is refused. `/health` says whether this process can
reach its database and how long the oldest waiting update has waited.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from bot.services.inbox import Inbox
from storage.models import InboxUpdate

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20


class WebhookServer:
    """An aiohttp server with the webhook and the health endpoint."""

    def __init__(
        self,
        inbox: Inbox,
        secret: str,
        path: str,
        on_stored: Callable[[Sequence[InboxUpdate]], None],
        register: Callable[[], Awaitable[Any]],
    ) -> None:
        self._inbox = inbox
        self._secret = secret
        self._path = path
        self._on_stored = on_stored
        self._register = register
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    def build(self) -> web.Application:
        """The web application (routes only)."""
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self._path, self._update)
        app.router.add_get("/health", self._health)
        return app

    async def start(self, listen: str, port: int, *, reuse_port: bool = False) -> None:
        """Listen, then tell Telegram where to send updates."""
        self._runner = web.AppRunner(self.build(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, listen, port, reuse_port=reuse_port or None)
        await site.start()
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else port
        log.info("webhook listening on %s:%s%s", listen, self.port, self._path)
        await self._register()

    async def stop(self) -> None:
        """Stop taking requests (the workers then finish what was stored)."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _update(self, request: web.Request) -> web.Response:
        """Store one update, if it carries our secret."""
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self._secret.encode()):
            log.warning("webhook request without the secret token, refused")
            return web.Response(status=403)
        try:
            update = await request.json()
        except ValueError:
            return web.Response(status=400)
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.Response(status=400)
        try:
            stored = await self._inbox.store([update])
        except Exception:
            log.exception(
                "could not store update %s; Telegram will send it again", update["update_id"]
            )
            return web.Response(status=503)
        self._on_stored(stored)
        return web.Response(status=200)

    async def _health(self, request: web.Request) -> web.Response:
        """Database reachable, and how much waits."""
        try:
            waiting, oldest = await self._inbox.waiting()
        except Exception:
            return web.json_response({"ok": False, "database": "unreachable"}, status=503)
        age = (datetime.now(UTC) - oldest).total_seconds() if oldest else 0.0
        return web.json_response({"ok": True, "waiting_updates": waiting, "oldest_wait_s": age})
