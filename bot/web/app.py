"""The desk's aiohttp application, and the server that runs it beside the bot."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.services import Services
from bot.web import board, complaints, digest, exports, fees, notices, patrols, signin, works
from bot.web.server import Desk, FileFetcher, middleware, static

log = logging.getLogger(__name__)
PAGES = (
    signin,
    board,
    complaints,
    fees,
    patrols,
    works,
    notices,
    digest,
    exports,
)  # in menu order


def build(services: Services, fetch_file: FileFetcher) -> web.Application:
    """The web application: every page module's routes behind the sign-in middleware."""
    secure = services.settings.web_address().startswith("https://")
    nav = [page.NAV for page in PAGES if hasattr(page, "NAV")]
    desk = Desk(services, fetch_file, secure, nav)
    app = web.Application(middlewares=[middleware(desk)], client_max_size=1 << 20)
    app.router.add_get("/web/static/{name}", static)
    for page in PAGES:
        app.router.add_routes(page.routes(desk))
    return app


class WebServer:
    """Serves the desk on its own port (several workers may share it)."""

    def __init__(self, app: web.Application) -> None:
        self._app = app
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def start(self, listen: str, port: int, *, reuse_port: bool = False) -> None:
        """Listen."""
        self._runner = web.AppRunner(self._app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, listen, port, reuse_port=reuse_port or None)
        await site.start()
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else port
        log.info("web desk listening on %s:%s", listen, self.port)

    async def stop(self) -> None:
        """Stop taking requests."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
