"""The staff desk's exports: a form of sheets and periods, and the workbook to download."""

from __future__ import annotations

import re
from urllib.parse import quote

from aiohttp import web

from bot.errors import InvalidInput
from bot.services.exports import PERIODS
from bot.services.exports.choices import KIND_KEYS, PERIOD_KEYS
from bot.web.keys import LANGUAGE, VIEWER
from bot.web.server import Desk

NAV = ("web-nav-exports", "/web/exports")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLAIN_NAME = re.compile(r"^[A-Za-z0-9._-]+$")


def disposition(filename: str, fallback: str) -> str:
    """An attachment's header: a plain ASCII name, and the real one (RFC 5987) beside it."""
    plain = filename if PLAIN_NAME.match(filename) else fallback
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"


def routes(desk: Desk) -> list[web.RouteDef]:
    """The exports' form and download."""
    services = desk.services

    async def page(request: web.Request) -> web.StreamResponse:
        """What can be exported, and for which days."""
        periods = await services.exports.periods_for(request[VIEWER])
        return desk.render.html(
            request, "exports.html", kinds=KIND_KEYS, periods=periods, period_keys=PERIOD_KEYS
        )

    async def download(request: web.Request) -> web.StreamResponse:
        """The workbook of one kind (or all) for a named period."""
        viewer = request[VIEWER]
        await services.exports.estate_of(viewer)  # a butler hears "managers only" first
        kind, named = request.query.get("kind", ""), request.query.get("period", "")
        if kind not in KIND_KEYS or named not in PERIODS:
            raise InvalidInput("web-export-bad-choice")
        made = await services.exports.for_manager(viewer, kind, named, request[LANGUAGE])
        fallback = f"butler-{kind}-{made.start.isoformat()}-{made.end.isoformat()}.xlsx"
        headers = {"Content-Disposition": disposition(made.filename, fallback)}
        return web.Response(body=made.data, content_type=XLSX, headers=headers)

    return [web.get("/web/exports", page), web.get("/web/exports/download", download)]
