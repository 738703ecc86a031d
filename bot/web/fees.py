"""The fees pages: collection rates by building and period, the arrears list, a unit's log."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from aiohttp import web

from bot.i18n import Translate
from bot.services.fees.common import fee_type, money
from bot.services.fees.log_lines import contact
from bot.web.keys import LANGUAGE, VIEWER
from bot.web.server import Desk, path_id
from storage.models import CollectionLog, Estate

NAV = ("web-nav-fees", "/web/fees")
PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def period_of(request: web.Request) -> str | None:
    """The period asked for in the query (YYYY-MM), None when absent or malformed."""
    asked = request.query.get("period", "")
    return asked if PERIOD.match(asked) else None


def routes(desk: Desk) -> list[web.RouteDef]:
    """The fees pages."""
    services = desk.services

    def lines(request: web.Request) -> dict[str, Any]:
        """What the templates need to write amounts and log entries as the chat does."""
        t: Translate = partial(services.translator.t, request[LANGUAGE])

        def line(log: CollectionLog, estate: Estate) -> str:
            return contact(t, log, estate)

        return {"money": money, "fee_type": fee_type, "line": line}

    async def fees(request: web.Request) -> web.StreamResponse:
        """Collection rates and the overdue units of the viewer's scope."""
        page = await services.web_fees.page(request[VIEWER], period_of(request))
        return desk.render.html(request, "fees.html", page=page, **lines(request))

    async def unit(request: web.Request) -> web.StreamResponse:
        """One unit's arrears, collection log and promises to pay."""
        found = await services.web_fees.unit(request[VIEWER], path_id(request, "unit"))
        return desk.render.html(request, "fees_unit.html", unit=found, **lines(request))

    return [web.get("/web/fees", fees), web.get("/web/fees/units/{unit}", unit)]
