"""Bot messages as terminal lines: text with numbered buttons, media as placeholder lines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.sandbox.emulator import SentMessage
from bot.sandbox.emulator.models import JsonDict

INDENT = "    "
RESET = "\033[0m"
STYLES = {
    "bold": "\033[1m",
    "italic": "\033[3m",
    "underline": "\033[4m",
    "strikethrough": "\033[9m",
    "code": "\033[36m",
    "pre": "\033[36m",
}
PREFIX = "\033[1;36m"
BUTTON = "\033[33m"
NOTE = "\033[35m"
DIM = "\033[2m"
ERROR = "\033[31m"
MEDIA_LABELS = {"photo": "photo", "media_group": "photo", "document": "document"}


@dataclass(frozen=True)
class Style:
    """Colours on a terminal, plain text in a pipe."""

    colour: bool

    def paint(self, code: str, text: str) -> str:
        """Wrap text in an ANSI code when colours are on."""
        return f"{code}{text}{RESET}" if self.colour and text else text


def styled_text(text: str, entities: Iterable[JsonDict], style: Style) -> str:
    """Show bold, italic and code entities as ANSI styles (or drop them without colour)."""
    spans = [e for e in entities if e.get("type") in STYLES]
    if not style.colour or not spans:
        return text
    starts: list[int] = []  # UTF-16 offset of each character
    position = 0
    for char in text:
        starts.append(position)
        position += 2 if ord(char) > 0xFFFF else 1
    out: list[str] = []
    current = ""
    for char, start in zip(text, starts, strict=True):
        codes = "".join(
            STYLES[e["type"]] for e in spans if e["offset"] <= start < e["offset"] + e["length"]
        )
        if codes != current:
            out.append(RESET + codes if current else codes)
            current = codes
        out.append(char)
    if current:
        out.append(RESET)
    return "".join(out)


def button_lines(message: SentMessage, style: Style) -> list[str]:
    """Inline buttons numbered across rows, one line per row: `[1] 受理  [2] 转派`."""
    lines: list[str] = []
    number = 0
    for row in message.buttons():
        cells = []
        for label, target in row:
            number += 1
            link = f" ↗ {target}" if target and target.startswith("http") else ""
            cells.append(style.paint(BUTTON, f"[{number}] {label}{link}"))
        lines.append("  ".join(cells))
    return lines


def body_lines(messages: list[SentMessage], style: Style) -> list[str]:
    """The text lines of one message, or of one album (messages sharing a media group)."""
    first = messages[0]
    caption = next((m.text for m in messages if m.text), None)
    entities = next((m.entities for m in messages if m.text), [])
    text = styled_text(caption, entities, style) if caption else ""
    if first.kind == "text":
        return text.split("\n") or [""]
    label = MEDIA_LABELS.get(first.kind, first.kind)
    if first.kind == "document" and first.file_name:
        label = f"{label} {first.file_name}"
    if len(messages) > 1:
        label = f"{label} ×{len(messages)}"
    head = style.paint(DIM, f"[{label}]")
    lines = text.split("\n") if text else [""]
    lines[0] = f"{head} {lines[0]}".rstrip()
    return lines


def framed(prefix: str, lines: list[str]) -> str:
    """The first line after the prefix, the others indented."""
    return "\n".join([f"{prefix} {lines[0]}", *(f"{INDENT}{line}" for line in lines[1:])])


def group_albums(messages: list[SentMessage]) -> list[list[SentMessage]]:
    """Group consecutive messages of the same media group; others stand alone."""
    groups: list[list[SentMessage]] = []
    for message in messages:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and message.media_group_id
            and message.media_group_id == last.media_group_id
        ):
            groups[-1].append(message)
        else:
            groups.append([message])
    return groups
