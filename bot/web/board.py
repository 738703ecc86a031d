"""The ticket board and a ticket's page: columns by state, the SLA clock, the chat's actions."""

from __future__ import annotations

from aiohttp import web

from bot.errors import AppError
from bot.services.people.access import ROLE_KEYS
from bot.services.tickets.cards import ACTION_BUTTON_KEYS
from bot.services.web.board import BoardFilters
from bot.services.web.ticket import TicketPage
from bot.web.keys import VIEWER
from bot.web.server import Desk, path_id

NAV = ("web-nav-board", "/web/board")
DONE_KEYS = {
    "accept": "web-done-accept",
    "start": "web-done-start",
    "resolve": "web-done-resolve",
    "transfer": "web-done-transfer",
    "escalate": "web-done-escalate",
}
PHOTO_KEYS = {"report": "web-photos-report", "resolve": "web-photos-resolve"}


def _number(value: str | None) -> int | None:
    """A whole number from the query, None when absent or not one."""
    return int(value) if value is not None and value.isdigit() and len(value) < 10 else None


def filters_of(request: web.Request) -> BoardFilters:
    """The board's filters as the query gives them (anything unknown is ignored)."""
    query = request.query
    urgency = query.get("urgency")
    category = query.get("category") or None
    return BoardFilters(
        grid=_number(query.get("grid")),
        category=category if category and len(category) < 32 else None,
        urgency=urgency if urgency in ("urgent", "normal") else None,
        assignee=_number(query.get("assignee")),
    )


def routes(desk: Desk) -> list[web.RouteDef]:
    """The board's pages."""
    services = desk.services

    async def home(request: web.Request) -> web.StreamResponse:
        """The desk starts at the board."""
        raise web.HTTPSeeOther("/web/board")

    async def board(request: web.Request) -> web.StreamResponse:
        """The whole board."""
        found = await services.web_board.board(request[VIEWER], filters_of(request))
        return desk.render.html(request, "board.html", board=found, query=request.query_string)

    async def live(request: web.Request) -> web.StreamResponse:
        """The board's columns again, when something changed since the page's stamp."""
        viewer = request[VIEWER]
        stamp = await services.web_board.stamp()
        if stamp == request.query.get("stamp"):
            return web.json_response({"stamp": stamp})
        found = await services.web_board.board(viewer, filters_of(request))
        html = desk.render.text(request, "board_columns.html", board=found)
        return web.json_response({"stamp": found.stamp, "html": html})

    async def ticket(request: web.Request) -> web.StreamResponse:
        """A ticket's card, history, photos and actions."""
        page = await services.web_ticket.page(request[VIEWER], path_id(request, "ticket"))
        done = DONE_KEYS.get(request.query.get("done", ""), "")
        return _ticket_page(request, page, done_key=done, error="")

    async def act(request: web.Request) -> web.StreamResponse:
        """Take one step on a ticket, then show it again."""
        viewer, found = request[VIEWER], path_id(request, "ticket")
        form = await request.post()
        action = str(form.get("action", ""))
        try:
            await services.web_ticket.act(
                viewer, found, action, str(form.get("note", "")), _number(str(form.get("to")))
            )
        except AppError as error:
            page = await services.web_ticket.page(viewer, found)
            message = desk.explain(request, error)
            return _ticket_page(request, page, done_key="", error=message, status=409)
        raise web.HTTPSeeOther(f"/web/tickets/{found}?done={action}")

    async def photo(request: web.Request) -> web.StreamResponse:
        """One photo of a ticket, fetched from Telegram."""
        index = _number(request.match_info["n"])
        phase = request.match_info["phase"]
        file_id = await services.web_ticket.photo(
            request[VIEWER], path_id(request, "ticket"), phase, index if index is not None else -1
        )
        body = await desk.fetch_file(file_id)
        return web.Response(body=body, content_type="image/jpeg")

    def _ticket_page(
        request: web.Request, page: TicketPage, *, done_key: str, error: str, status: int = 200
    ) -> web.Response:
        return desk.render.html(
            request,
            "ticket.html",
            status=status,
            page=page,
            done_key=done_key,
            error=error,
            labels=ACTION_BUTTON_KEYS,
            photo_keys=PHOTO_KEYS,
            role_keys=ROLE_KEYS,
        )

    return [
        web.get("/", home),
        web.get("/web", home),
        web.get("/web/", home),
        web.get("/web/board", board),
        web.get("/web/board/live", live),
        web.get("/web/tickets/{ticket}", ticket),
        web.post("/web/tickets/{ticket}", act),
        web.get("/web/tickets/{ticket}/photos/{phase}/{n}", photo),
    ]
