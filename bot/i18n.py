"""Locale loading and rendering: every user-visible text comes from locales/ (Fluent)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from bot.settings import SUPPORTED_LANGUAGES

log = logging.getLogger(__name__)
LOCALES_DIR: Traversable = files("bot") / "locales"  # in a wheel; in the tree, a link
FLUENT_LOCALE = {"zh-Hans": "zh", "en": "en"}

Translate = Callable[..., str]


class Translator:
    """All bundles, loaded once; renders a key in a language."""

    def __init__(self, root: Traversable = LOCALES_DIR, default: str = "zh-Hans") -> None:
        self.default = default
        self.bundles: dict[str, FluentBundle] = {}
        for language in SUPPORTED_LANGUAGES:
            bundle = FluentBundle([FLUENT_LOCALE[language]], use_isolating=False)
            for path in sorted((root / language).iterdir(), key=lambda entry: entry.name):
                if path.name.endswith(".ftl"):
                    bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self.bundles[language] = bundle

    def has(self, key: str, language: str = "en") -> bool:
        """Tell whether a key exists in a language."""
        return self.bundles[language].has_message(key)

    def t(self, language: str, key: str, **args: Any) -> str:
        """Render one message; a missing key is logged and shown as the key itself.

        An argument may itself be a text, ``{"key": …, "args": {…}}``, or a list of texts
        (rendered one per line): pushes stored in the outbox use this to carry localized
        parts (a fee type, an amount) that are rendered in the recipient's language.
        """
        bundle = self.bundles.get(language) or self.bundles[self.default]
        if not bundle.has_message(key):
            log.error("missing locale key %s in %s", key, language)
            return key
        message = bundle.get_message(key)
        if message.value is None:
            return key
        args = {name: self._nested(language, value) for name, value in args.items()}
        text, errors = bundle.format_pattern(message.value, args)
        for error in errors:
            log.error("locale key %s in %s: %s", key, language, error)
        return str(text)

    def _nested(self, language: str, value: Any) -> Any:
        """Render an argument that is a text, a list of texts or names; keep others as they are.

        ``{"names": [...]}`` is a list of names joined as the language joins them (in Chinese
        with 、 and no spaces). ``{"texts": {"zh-Hans": ..., "en": ...}}`` is a text the estate
        wrote in each language (a kind's name), shown in the reader's.
        """
        if isinstance(value, dict) and "key" in value:
            return self.t(language, value["key"], **value.get("args", {}))
        if isinstance(value, dict) and "texts" in value:
            texts = value["texts"]
            return texts.get(language) or texts.get(self.default) or next(iter(texts.values()))
        if isinstance(value, dict) and "names" in value:
            return join_names(language, [str(name) for name in value["names"]])
        if isinstance(value, list):
            return "\n".join(str(self._nested(language, item)) for item in value)
        return value

    def value(self, language: str, value: Any) -> Any:
        """Render an argument as `t` renders the arguments of a text (a key, names …)."""
        return self._nested(language, value)

    def bind(self, language: str) -> Translate:
        """Return t(key, **args) fixed to one language."""

        def translate(key: str, **args: Any) -> str:
            return self.t(language, key, **args)

        return translate


def join_names(language: str, names: list[str]) -> str:
    """A list of names as the language writes it: 王管家、李管家 / Wang Li, Chen Jie."""
    return ("、" if language == "zh-Hans" else ", ").join(name.strip() for name in names)


def pick_language(chosen: str | None, telegram_code: str | None, default: str = "zh-Hans") -> str:
    """The user's choice, else zh-Hans for any zh* Telegram language, else English."""
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    if telegram_code is None:
        return default
    return "zh-Hans" if telegram_code.lower().startswith("zh") else "en"


def parse_language(text: str, options: Iterable[str] = SUPPORTED_LANGUAGES) -> str | None:
    """Map a free-form language code to a supported one."""
    lowered = text.strip().lower()
    for code in options:
        if lowered in (code.lower(), code.lower().split("-")[0]):
            return code
    return None
