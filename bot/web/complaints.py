"""The complaints page: open complaints by stage, each stage's deadline, recent closings."""

from __future__ import annotations

from aiohttp import web

from bot.web.keys import VIEWER
from bot.web.server import Desk

NAV = ("web-nav-complaints", "/web/complaints")


def routes(desk: Desk) -> list[web.RouteDef]:
    """The complaints page (a complaint itself opens on the ticket page)."""
    services = desk.services

    async def complaints(request: web.Request) -> web.StreamResponse:
        """The viewer's open complaints by stage."""
        page = await services.web_complaints.page(request[VIEWER])
        return desk.render.html(request, "complaints.html", page=page)

    return [web.get("/web/complaints", complaints)]
