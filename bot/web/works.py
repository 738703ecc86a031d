"""The works page: renovations in progress and open violations."""

from __future__ import annotations

from aiohttp import web

from bot.web.keys import VIEWER
from bot.web.server import Desk

NAV = ("web-nav-works", "/web/works")


def routes(desk: Desk) -> list[web.RouteDef]:
    """The works page."""

    async def page(request: web.Request) -> web.StreamResponse:
        """The viewer's renovations and violations."""
        found = await desk.services.web_works.page(request[VIEWER])
        return desk.render.html(request, "works.html", page=found)

    return [web.get("/web/works", page)]
