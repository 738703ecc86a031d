"""Bot messages as terminal lines: text with numbered buttons, media as placeholder lines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
ZERO_DECIMALS = frozenset({"XTR", "JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD", "UGX"})
PAY = "💳"


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


def money(amount: int, currency: str) -> str:
    """An amount in the smallest units as `280.00 CNY` (`50 XTR` for Stars)."""
    if currency in ZERO_DECIMALS:
        return f"{amount} {currency}"
    return f"{amount / 100:.2f} {currency}"


def pay_label(message: SentMessage) -> str:
    """The Pay button Telegram shows under an invoice sent without a keyboard."""
    invoice = message.invoice or {}
    return f"{PAY} {money(int(invoice.get('total_amount', 0)), str(invoice.get('currency')))}"


def invoice_lines(message: SentMessage, prices: Sequence[JsonDict], style: Style) -> list[str]:
    """An invoice: title, description, each price and the total."""
    invoice = message.invoice or {}
    currency = str(invoice.get("currency"))
    head = style.paint(DIM, "[invoice]")
    lines = [f"{head} {style.paint(STYLES['bold'], str(invoice.get('title', '')))}"]
    lines += str(invoice.get("description", "")).split("\n")
    lines += [f"• {price['label']}: {money(int(price['amount']), currency)}" for price in prices]
    lines.append(f"= {money(int(invoice.get('total_amount', 0)), currency)}")
    return lines


def button_lines(message: SentMessage, style: Style) -> list[str]:
    """Inline buttons numbered across rows, one line per row: `[1] 受理  [2] 转派`; an
    invoice without a keyboard has Telegram's own Pay button."""
    if message.kind == "invoice" and not message.has_inline_keyboard():
        return [style.paint(BUTTON, f"[1] {pay_label(message)}")]
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


def body_lines(
    messages: list[SentMessage], style: Style, prices: Sequence[JsonDict] = ()
) -> list[str]:
    """The text lines of one message, or of one album (messages sharing a media group);
    ``prices`` are the labeled prices of an invoice."""
    first = messages[0]
    if first.kind == "invoice":
        return invoice_lines(first, prices, style)
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
