"""The digest over a period a manager picks: figures per day, and their charts."""

from __future__ import annotations

from aiohttp import web

from bot.errors import InvalidInput
from bot.services.web.figures import CHARTS
from bot.services.web.period import COUNTED, MAX_DAYS, PeriodFigures
from bot.web.keys import LANGUAGE, VIEWER
from bot.web.server import Desk

NAV = ("web-nav-digest", "/web/digest")


def _period(request: web.Request) -> tuple[str, str]:
    """The form's first and last day, as typed (short: nothing longer is a date)."""
    return request.query.get("from", "")[:32], request.query.get("to", "")[:32]


def routes(desk: Desk) -> list[web.RouteDef]:
    """The digest's page and its charts."""
    services = desk.services

    async def page(request: web.Request) -> web.StreamResponse:
        """The figures of the period, or the form again saying what is wrong with it."""
        start, end = _period(request)
        try:
            found = await services.web_figures.period(request[VIEWER], start, end)
        except InvalidInput as error:
            message = desk.explain(request, error)
            return _page(request, None, start, end, error=message, status=400)
        return _page(request, found, found.start.isoformat(), found.end.isoformat(), error="")

    async def chart(request: web.Request) -> web.StreamResponse:
        """One of the period's charts, as a PNG."""
        start, end = _period(request)
        kind = request.query.get("kind", "repairs")
        png = await services.web_figures.chart(
            request[VIEWER], start, end, kind, request[LANGUAGE]
        )
        return web.Response(body=png, content_type="image/png")

    def _page(
        request: web.Request,
        found: PeriodFigures | None,
        start: str,
        end: str,
        *,
        error: str,
        status: int = 200,
    ) -> web.Response:
        return desk.render.html(
            request,
            "digest.html",
            status=status,
            figures=found,
            start=start,
            end=end,
            error=error,
            counted=COUNTED,
            charts=list(CHARTS),
            max_days=MAX_DAYS,
        )

    return [web.get("/web/digest", page), web.get("/web/digest/chart.png", chart)]
