"""A browser-less client of the web desk, and the ways in: `/web`'s link, Mini App initData."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from aiohttp import ClientResponse, ClientSession, CookieJar

from bot.services.web import initdata
from tests.e2e.chat import Chat
from tests.harness import Harness

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def address(bot: Harness) -> str:
    """Where the running bot serves its desk."""
    return f"http://127.0.0.1:{bot.app.bot_data['web_port']}"


async def login_link(chat: Chat) -> str:
    """Ask the bot for a one-time link with /web; return it."""
    await chat.send("/web")
    sent = await chat.expect("/web/login?t=")
    found = re.search(r"(http://\S+/web/login\?t=\S+)", sent.text or "")
    assert found is not None
    return found.group(1)


def init_data(bot: Harness, user_id: int, *, signed_at: datetime | None = None) -> str:
    """The initData Telegram would hand the Mini App of a user, signed with the bot's token."""
    token = bot.settings.bot_token
    assert token is not None
    moment = signed_at or bot.clock.now()
    user = json.dumps({"id": user_id, "first_name": "Staff"}, separators=(",", ":"))
    fields = {"auth_date": str(int(moment.timestamp())), "query_id": "AAE", "user": user}
    return initdata.sign(fields, token.get_secret_value())


class Browserless:
    """An HTTP client with its own cookies, following the desk's redirects."""

    def __init__(self, session: ClientSession, base: str) -> None:
        self.session = session
        self.base = base
        self.csrf = ""

    async def get(self, path: str, **kwargs: object) -> tuple[ClientResponse, str]:
        """GET a page; remember its form token."""
        async with self.session.get(self.base + path, **kwargs) as response:  # type: ignore[arg-type]
            body = await response.text()
        if found := CSRF.search(body):
            self.csrf = found.group(1)
        return response, body

    async def post(self, path: str, data: dict[str, str]) -> tuple[ClientResponse, str]:
        """POST a form (with the token of the last page, unless one is given)."""
        form = {"csrf": self.csrf} | data
        async with self.session.post(self.base + path, data=form) as response:
            return response, await response.text()


@asynccontextmanager
async def browserless(bot: Harness) -> AsyncIterator[Browserless]:
    """A client of the desk (cookies for 127.0.0.1 too)."""
    headers = {"Accept": "text/html", "Accept-Language": "en"}
    async with ClientSession(cookie_jar=CookieJar(unsafe=True), headers=headers) as session:
        yield Browserless(session, address(bot))
