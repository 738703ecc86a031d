"""Signing in to the desk: the one-time link from `/web`, or Telegram's Mini App initData."""

from __future__ import annotations

from aiohttp import web

from bot.errors import AppError
from bot.services.web.session import LIFETIME
from bot.web.server import COOKIE, Desk

MAX_AGE = int(LIFETIME.total_seconds())


def routes(desk: Desk) -> list[web.RouteDef]:
    """The sign-in pages."""
    logins = desk.services.web_logins

    async def link(request: web.Request) -> web.StreamResponse:
        """Spend a one-time link and go to the board."""
        cookie, _ = await logins.redeem(request.query.get("t", ""))
        response = web.HTTPSeeOther("/web/board")
        desk.set_session(response, cookie, MAX_AGE)
        raise response

    async def mini_app(request: web.Request) -> web.StreamResponse:
        """The Mini App's first page: its script hands Telegram's initData to `telegram`."""
        return desk.render.html(request, "app.html")

    async def telegram(request: web.Request) -> web.StreamResponse:
        """Check initData; a session cookie, or the reason it was refused."""
        form = await request.post()
        try:
            cookie, _ = await logins.from_telegram(str(form.get("init_data", "")))
        except AppError as error:
            message = desk.explain(request, error)
            return web.json_response({"ok": False, "message": message}, status=403)
        response = web.json_response({"ok": True, "next": "/web/board"})
        desk.set_session(response, cookie, MAX_AGE)
        return response

    async def signed_out(request: web.Request) -> web.StreamResponse:
        """How to get in: send /web to the bot."""
        return desk.render.html(request, "signed_out.html", status=401)

    async def sign_out(request: web.Request) -> web.StreamResponse:
        """Forget the session."""
        response = web.HTTPSeeOther("/web/signed-out")
        response.del_cookie(COOKIE, path="/web")
        raise response

    return [
        web.get("/web/login", link),
        web.get("/web/app", mini_app),
        web.post("/web/auth/telegram", telegram),
        web.get("/web/signed-out", signed_out),
        web.post("/web/sign-out", sign_out),
    ]
