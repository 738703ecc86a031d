"""The notices page: the latest notices with their read counts, and the emergencies."""

from __future__ import annotations

from aiohttp import web

from bot.web.keys import VIEWER
from bot.web.server import Desk

NAV = ("web-nav-notices", "/web/notices")


def routes(desk: Desk) -> list[web.RouteDef]:
    """The notices page."""

    async def page(request: web.Request) -> web.StreamResponse:
        """The viewer's notices and emergencies."""
        found = await desk.services.web_notices.page(request[VIEWER])
        return desk.render.html(request, "notices.html", page=found)

    return [web.get("/web/notices", page)]
