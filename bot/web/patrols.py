"""The patrol page: plans, today's walks and the week's missed walks."""

from __future__ import annotations

from aiohttp import web

from bot.web.keys import VIEWER
from bot.web.server import Desk

NAV = ("web-nav-patrols", "/web/patrols")


def routes(desk: Desk) -> list[web.RouteDef]:
    """The patrol page."""

    async def page(request: web.Request) -> web.StreamResponse:
        """The viewer's patrols."""
        found = await desk.services.web_patrols.page(request[VIEWER])
        return desk.render.html(request, "patrols.html", page=found)

    return [web.get("/web/patrols", page)]
