"""The desk's web server: its routes, who is signed in, and how failures read.

Every page under /web/ but the sign-in ones needs a session (a signed cookie, or Telegram's
initData in `X-Telegram-Init-Data`, checked on that request); the viewer is read from the
database each time, so a person unbound or no longer staff is out at once.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from importlib.resources import files

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.errors import AppError, InvalidInput, NotAllowed, NotFound
from bot.i18n import pick_language
from bot.services import Services
from bot.web.keys import CSRF, LANGUAGE, SESSION, VIEWER
from bot.web.render import Renderer

log = logging.getLogger(__name__)
COOKIE = "butler_desk"
INIT_HEADER = "X-Telegram-Init-Data"
PUBLIC = ("/web/login", "/web/app", "/web/auth/telegram", "/web/static/", "/web/signed-out")
FRAME_ANCESTORS = "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
FileFetcher = Callable[[str], Awaitable[bytes]]
STATIC_TYPES = {"desk.css": "text/css", "desk.js": "application/javascript"}
STATUS = {NotFound: 404, NotAllowed: 403, InvalidInput: 400}


class Desk:
    """What every page module needs: the services, the renderer, and how to fetch a photo."""

    def __init__(
        self,
        services: Services,
        fetch_file: FileFetcher,
        secure: bool,
        nav: list[tuple[str, str]],
    ) -> None:
        self.services = services
        self.render = Renderer(services.translator, nav)
        self.fetch_file = fetch_file
        self.secure = secure  # https: cookies for Telegram's frame (SameSite=None; Secure)

    def set_session(self, response: web.StreamResponse, cookie: str, max_age: int) -> None:
        """Give the browser its session cookie."""
        response.set_cookie(
            COOKIE,
            cookie,
            max_age=max_age,
            path="/web",
            httponly=True,
            secure=self.secure,
            samesite="None" if self.secure else "Lax",
        )

    def explain(self, request: web.Request, error: AppError) -> str:
        """A domain error's text in the reader's language."""
        return self.services.translator.t(request[LANGUAGE], error.key, **error.args_for_text)

    def failure(self, request: web.Request, error: AppError) -> web.Response:
        """A domain error as a page in the reader's language."""
        status = next((code for kind, code in STATUS.items() if isinstance(error, kind)), 409)
        message = self.explain(request, error)
        return self.render.html(request, "failure.html", status=status, message=message)


def _language(request: web.Request, services: Services) -> str:
    """The browser's language, for pages before anyone is signed in."""
    header = request.headers.get("Accept-Language", "")
    first = header.split(",")[0].split(";")[0].strip() or None
    return pick_language(None, first, services.settings.default_language)


def middleware(desk: Desk) -> Middleware:
    """Sign the request in (or send it to the sign-in page), then turn errors into pages."""
    services = desk.services

    @web.middleware
    async def signed_in(request: web.Request, handler: Handler) -> web.StreamResponse:
        request[LANGUAGE] = _language(request, services)
        public = any(request.path.startswith(p) for p in PUBLIC)
        try:
            if not public:
                await _sign_in(request, desk)
                if request.get(VIEWER) is None:
                    return _refused(request, desk)
                if request.method == "POST" and not await _form_is_ours(request, desk):
                    return desk.failure(request, NotAllowed("web-form-stale"))
            response = await handler(request)
        except AppError as error:
            return desk.failure(request, error)
        response.headers.setdefault("Content-Security-Policy", FRAME_ANCESTORS)
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return signed_in


async def _sign_in(request: web.Request, desk: Desk) -> None:
    """Find the request's session: Telegram's initData header, else the cookie."""
    logins = desk.services.web_logins
    init_data = request.headers.get(INIT_HEADER)
    if init_data:
        account = await logins.telegram_account(init_data)
        _, current = logins.issue_for(account.id, "telegram")
    else:
        found = logins.session(request.cookies.get(COOKIE, ""))
        if found is None:
            return
        current = found
    try:
        viewer = await logins.staff(current.account_id)
    except NotAllowed:
        return
    request[VIEWER] = viewer
    request[SESSION] = current
    request[CSRF] = logins.csrf(current)
    request[LANGUAGE] = desk.services.accounts.language_of(viewer.account)


async def _form_is_ours(request: web.Request, desk: Desk) -> bool:
    """A POST carries its session's CSRF token (a form field, or a header for scripts);
    one signed by Telegram's initData header cannot come from another site's form."""
    if request.headers.get(INIT_HEADER):
        return True
    given = request.headers.get("X-CSRF-Token") or str((await request.post()).get("csrf", ""))
    return desk.services.web_logins.csrf_ok(request[SESSION], given)


def path_id(request: web.Request, name: str) -> int:
    """The id an address names (a ticket, a unit); NotFound when it is not one."""
    found = request.match_info[name]
    if not found.isdigit() or len(found) > 9:
        raise NotFound()
    return int(found)


def _refused(request: web.Request, desk: Desk) -> web.StreamResponse:
    """No session: pages go to the sign-in explanation, data requests get a 401."""
    if request.method == "GET" and "text/html" in request.headers.get("Accept", ""):
        raise web.HTTPSeeOther("/web/signed-out")
    return web.json_response({"ok": False}, status=401)


async def static(request: web.Request) -> web.StreamResponse:
    """The desk's stylesheet and script."""
    name = request.match_info["name"]
    cache = {"Cache-Control": "max-age=300"}
    if name not in STATIC_TYPES:
        raise web.HTTPNotFound()
    body = (files("bot") / "web" / "static" / name).read_bytes()
    return web.Response(body=body, content_type=STATIC_TYPES[name], headers=cache)
