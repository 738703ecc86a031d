"""What the sign-in middleware leaves on a request for the pages to read."""

from __future__ import annotations

from aiohttp import web

from bot.services.people.access import Viewer
from bot.services.web.session import Session

LANGUAGE = web.RequestKey("language", str)
VIEWER = web.RequestKey("viewer", Viewer)
SESSION = web.RequestKey("session", Session)
CSRF = web.RequestKey("csrf", str)
