"""Message entities: the HTML parse mode (a strict subset, like Telegram) and bot commands.

Offsets and lengths are in UTF-16 code units, as in the Bot API.
"""

from __future__ import annotations

import html
import re

from .errors import ApiError, bad_request
from .models import JsonDict

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^<>]*)?)>")
_CHAR_REF = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?")
_ALIASES = {"strong": "b", "em": "i", "ins": "u", "strike": "s", "del": "s"}
_TYPES = {
    "b": "bold",
    "i": "italic",
    "u": "underline",
    "s": "strikethrough",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _parse_error(detail: str, source: str, pos: int) -> ApiError:
    offset = len(source[:pos].encode())
    return bad_request(f"can't parse entities: {detail} at byte offset {offset}")


def _open_entity(name: str, attrs: str, source: str, pos: int) -> JsonDict:
    entity: JsonDict = {"type": _TYPES[name]}
    if name == "a":
        match = _HREF.search(attrs)
        if match is None:
            raise _parse_error('Can\'t find "href" attribute of tag "a"', source, pos)
        entity["url"] = html.unescape(next(g for g in match.groups() if g is not None))
    elif name == "span" and "tg-spoiler" not in attrs:
        raise _parse_error('Tag "span" must have class "tg-spoiler"', source, pos)
    elif name == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    return entity


class _HtmlParser:
    """A strict parser of Telegram's HTML subset producing UTF-16 based entities."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.out: list[str] = []
        self.length = 0  # of the output so far, in UTF-16 code units
        self.stack: list[tuple[str, JsonDict, int]] = []
        self.entities: list[JsonDict] = []

    def _tag(self, pos: int) -> int:
        match = _TAG.match(self.source, pos)
        if match is None:
            raise _parse_error('Unsupported start tag ""', self.source, pos)
        closing, raw_name, attrs = match.groups()
        name = _ALIASES.get(raw_name.lower(), raw_name.lower())
        if name not in _TYPES:
            kind = "end" if closing else "start"
            raise _parse_error(f'Unsupported {kind} tag "{raw_name}"', self.source, pos)
        if not closing:
            entity = _open_entity(name, attrs, self.source, pos)
            self.stack.append((name, entity, self.length))
            return match.end()
        if not self.stack or self.stack[-1][0] != name:
            expected = f"</{self.stack[-1][0]}>" if self.stack else "nothing"
            detail = f'Unmatched end tag, expected "{expected}", found "</{raw_name}>"'
            raise _parse_error(detail, self.source, pos)
        _, entity, start = self.stack.pop()
        if self.length > start:
            self.entities.append({**entity, "offset": start, "length": self.length - start})
        return match.end()

    def _text(self, pos: int) -> int:
        ref = _CHAR_REF.match(self.source, pos) if self.source[pos] == "&" else None
        piece = html.unescape(ref.group(0)) if ref else self.source[pos]
        self.out.append(piece)
        self.length += utf16_len(piece)
        return ref.end() if ref else pos + 1

    def parse(self) -> tuple[str, list[JsonDict]]:
        pos = 0
        while pos < len(self.source):
            pos = self._tag(pos) if self.source[pos] == "<" else self._text(pos)
        if self.stack:
            detail = f'Can\'t find end tag corresponding to start tag "{self.stack[-1][0]}"'
            raise _parse_error(detail, self.source, len(self.source))
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities


def parse_html(source: str) -> tuple[str, list[JsonDict]]:
    """Return (plain text, entities) for an HTML-formatted text; malformed HTML is a 400."""
    return _HtmlParser(source).parse()


def format_text(text: str, parse_mode: str | None) -> tuple[str, list[JsonDict]]:
    """Apply a parse mode: HTML is parsed into entities; Markdown modes are kept verbatim."""
    if parse_mode is not None and parse_mode.lower() == "html":
        return parse_html(text)
    if parse_mode and parse_mode.lower() not in ("markdown", "markdownv2"):
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    return text, []


def command_entities(text: str) -> list[JsonDict]:
    """A bot_command entity for a text starting with ``/command`` (``/cmd@bot`` too)."""
    match = _COMMAND.match(text)
    if match is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group(0))}]
