"""Pages from Jinja templates, every text through the locales in the reader's language."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.i18n import Translator
from bot.web.keys import CSRF, LANGUAGE, VIEWER

LANG_ATTR = {"zh-Hans": "zh-Hans", "en": "en"}


def environment() -> Environment:
    """The template environment (built once per desk)."""
    env = Environment(
        loader=PackageLoader("bot", "web/templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local"] = _local
    return env


def _local(moment: datetime | None, timezone: str, shape: str = "%m-%d %H:%M") -> str:
    """A moment in the estate's time zone."""
    if moment is None:
        return "-"
    return moment.astimezone(ZoneInfo(timezone)).strftime(shape)


class Renderer:
    """Renders a template for one request, with `t` and `text` bound to its language."""

    def __init__(self, translator: Translator, nav: list[tuple[str, str]]) -> None:
        self._env = environment()
        self._translator = translator
        self._nav = nav  # the menu: (label key, address)

    def html(
        self, request: web.Request, template: str, *, status: int = 200, **context: Any
    ) -> web.Response:
        """A page (or a fragment) as a response."""
        return web.Response(
            text=self.text(request, template, **context),
            status=status,
            content_type="text/html",
            charset="utf-8",
        )

    def text(self, request: web.Request, template: str, **context: Any) -> str:
        """A template rendered for the request's reader."""
        language = request.get(LANGUAGE, self._translator.default)
        translator = self._translator

        def t(key: str, **args: Any) -> str:
            return translator.t(language, key, **args)

        def text(value: Any) -> str:
            return str(translator.value(language, value))

        return self._env.get_template(template).render(
            t=t,
            text=text,
            language=language,
            lang_attr=LANG_ATTR.get(language, "en"),
            request=request,
            viewer=request.get(VIEWER),
            csrf=request.get(CSRF, ""),
            path=request.path,
            nav=self._nav,
            **context,
        )
