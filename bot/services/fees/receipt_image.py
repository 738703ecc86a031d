"""A receipt (收据) drawn as a PNG: title, number, fields, an items table, the total, a footer.

Pure drawing with Pillow, no Telegram and no database: the caller passes the texts, already in
the reader's language. Chinese is drawn with the bundled Noto Sans CJK (`bot.fonts`); without
any font that draws it, drawing raises `NoCjkFontError` (the font package is a dependency).
The image is 1000 px wide and as tall as its rows; long texts wrap, or are cut with "…".
Characters the font has no glyph for (emoji, say) are left out rather than drawn as boxes.
Blocking: run it in a worker thread.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from bot import fonts

WIDTH = 1000
MARGIN = 56
MAX_ITEMS = 100  # keeps width + height within Telegram's 10000 px for a photo
TITLE, NUMBER, TEXT, TABLE, TOTAL, FOOTER = 46, 24, 26, 25, 34, 20  # font sizes in px
INK, MUTED, RULE, BAND, SHADE = "#1f2328", "#59636e", "#d1d9e0", "#2f6f4f", "#f2f4f6"
PERIOD_WIDTH, AMOUNT_WIDTH, GAP, PAD = 250, 210, 24, 14
NO_LINE_START = "，。、；：？！）》」』】〉”’,.;:?!)]}%"
MISSING = "\U0010fffd"  # a code point no font has: what the font draws for a missing glyph
_DRAWING = threading.Lock()  # one FreeType face per size is shared by every thread


class NoCjkFontError(RuntimeError):
    """No font that draws Chinese is installed (the package cvttf-notosanscjk-regular)."""


@dataclass(frozen=True)
class ReceiptDrawing:
    """What a receipt shows, every text already in the reader's language."""

    title: str  # "收据" / "Receipt"
    number: str  # "收据编号：HP-2026-000012"
    fields: list[tuple[str, str]]  # (label, value): estate, unit, payer, method, time, …
    headers: tuple[str, str, str]  # item, period, amount
    items: list[tuple[str, str, str]]  # (item, period, amount), the amount already formatted
    total: tuple[str, str]  # (label, amount)
    footer: str  # who issued it, e.g. the estate office's bot


def receipt_font() -> str:
    """The font file the receipt is drawn with (the bundled Noto Sans CJK)."""
    path = fonts.cjk_font_path()
    if path is None:
        raise NoCjkFontError(
            "no font draws Chinese: install the dependency cvttf-notosanscjk-regular"
        )
    return str(path)


@cache
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    """The font at a size, loaded once (FreeType reads the 16 MB file lazily)."""
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.BASIC)


@cache
def _has_glyph(path: str, char: str) -> bool:
    """Whether the font draws `char` as itself rather than as its missing-glyph box."""
    font = _font(path, TEXT)
    return char.isspace() or bytes(font.getmask(char)) != bytes(font.getmask(MISSING))


def _printable(path: str, text: str) -> str:
    """The text on one line, without the characters the font cannot draw."""
    kept = "".join(c for c in text if c.isprintable() and _has_glyph(path, c))
    return " ".join(kept.split())


def _ellipsized(text: str, font: ImageFont.FreeTypeFont, width: float) -> str:
    """The text, or as much of it as fits in `width` followed by "…"."""
    if font.getlength(text) <= width:
        return text
    n = _fitting(text, lambda head: head.rstrip() + "…", font, width)
    return text[:n].rstrip() + "…"


def _fitting(
    text: str, shown: Callable[[str], str], font: ImageFont.FreeTypeFont, width: float
) -> int:
    """The most characters of `text` whose `shown` form fits in `width` (at least one)."""
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if font.getlength(shown(text[:mid])) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def _wrapped(text: str, font: ImageFont.FreeTypeFont, width: float, lines: int) -> list[str]:
    """The text in at most `lines` lines of `width`: broken at a space between English words,
    else between any two characters (Chinese) but not before a closing mark; the last line
    cut with "…"."""
    out: list[str] = []
    rest = text
    while rest and len(out) < lines - 1 and font.getlength(rest) > width:
        n = _fitting(rest, lambda head: head, font, width)
        space = rest.rfind(" ", 0, n + 1)
        if n < len(rest) and _latin(rest[n - 1]) and _latin(rest[n]) and space > 0:
            n = space  # not inside an English word
        while 1 < n < len(rest) and rest[n] in NO_LINE_START:
            n -= 1  # "，" and "）" stay at the end of the line before
        out.append(rest[:n].rstrip())
        rest = rest[n:].lstrip()
    if rest or not out:
        out.append(_ellipsized(rest, font, width))
    return out


def _latin(char: str) -> bool:
    """Whether a character belongs to a word written with spaces between words."""
    return char.isascii() and not char.isspace()


@dataclass
class _Canvas:
    """The drawing laid out top to bottom: each step is kept, then drawn on an image as tall
    as they all are."""

    path: str
    y: float = MARGIN
    steps: list[Callable[[ImageDraw.ImageDraw], None]] = field(default_factory=list)

    def font(self, size: int) -> ImageFont.FreeTypeFont:
        """The receipt's font at a size."""
        return _font(self.path, size)

    def text(
        self,
        x: float,
        text: str,
        size: int,
        fill: str = INK,
        anchor: str = "ls",
        bold: bool = False,
    ) -> None:
        """One line on the current row's baseline (`anchor` as Pillow's: left, middle, right)."""
        font, baseline = self.font(size), self.y + self.font(size).getmetrics()[0]
        stroke = 1 if bold else 0  # the font has one weight: a thin stroke of ink thickens it
        self.steps.append(
            lambda draw: draw.text(
                (x, baseline),
                text,
                font=font,
                fill=fill,
                anchor=anchor,
                stroke_width=stroke,
                stroke_fill=fill,
            )
        )

    def line_height(self, size: int) -> int:
        """The height of one line of text at a size."""
        ascent, descent = self.font(size).getmetrics()
        return ascent + descent

    def rule(self, color: str = RULE, width: int = 2) -> None:
        """A horizontal line across the content at the current height."""
        y = self.y
        self.steps.append(
            lambda draw: draw.line([(MARGIN, y), (WIDTH - MARGIN, y)], fill=color, width=width)
        )

    def box(self, height: float, color: str, left: float = MARGIN) -> None:
        """A filled band from the current height down."""
        y = self.y
        self.steps.append(
            lambda draw: draw.rectangle([left, y, WIDTH - left, y + height], fill=color)
        )

    def image(self) -> Image.Image:
        """The drawing on white, as tall as the steps plus the bottom margin."""
        image = Image.new("RGB", (WIDTH, round(self.y + MARGIN)), "white")
        draw = ImageDraw.Draw(image)
        for step in self.steps:
            step(draw)
        return image


def draw_receipt(drawing: ReceiptDrawing) -> bytes:
    """The receipt as PNG bytes (blocking: run it in a thread)."""
    if len(drawing.items) > MAX_ITEMS:
        raise ValueError(f"a receipt draws at most {MAX_ITEMS} items, not {len(drawing.items)}")
    path = receipt_font()
    with _DRAWING:
        canvas = _Canvas(path)
        _heading(canvas, drawing)
        _fields(canvas, drawing)
        _table(canvas, drawing)
        _closing(canvas, drawing)
        out = io.BytesIO()
        canvas.image().save(out, format="PNG", optimize=True)
    return out.getvalue()


@dataclass(frozen=True)
class NoticeDrawing:
    """A notice to print (违章处理通知单): a title, its number, long fields, a signature line."""

    title: str
    number: str
    fields: list[tuple[str, str]]
    footer: list[str]  # the signature and date lines, and who issued it


def draw_notice(drawing: NoticeDrawing) -> bytes:
    """A notice as PNG bytes, drawn like a receipt without its table (blocking: a thread)."""
    path = receipt_font()
    with _DRAWING:
        canvas = _Canvas(path)
        _heading(canvas, drawing)
        _fields(canvas, drawing, most=12)
        canvas.rule(width=1)
        canvas.y += 60
        font = canvas.font(TEXT)
        for line in drawing.footer:
            for text in _wrapped(_printable(canvas.path, line), font, WIDTH - 2 * MARGIN, 2):
                canvas.text(MARGIN, text, TEXT)
                canvas.y += canvas.line_height(TEXT) + 16
        out = io.BytesIO()
        canvas.image().save(out, format="PNG", optimize=True)
    return out.getvalue()


def _heading(canvas: _Canvas, drawing: ReceiptDrawing | NoticeDrawing) -> None:
    """A band of colour, the title and the receipt's number, centred, then a rule."""
    canvas.y = 0
    canvas.box(10, BAND, left=0)
    canvas.y = MARGIN
    content = WIDTH - 2 * MARGIN
    title = _printable(canvas.path, drawing.title)
    title = _ellipsized(title, canvas.font(TITLE), content)
    canvas.text(WIDTH / 2, title, TITLE, anchor="ms", bold=True)
    canvas.y += canvas.line_height(TITLE) + 6
    number = _printable(canvas.path, drawing.number)
    number = _ellipsized(number, canvas.font(NUMBER), content)
    canvas.text(WIDTH / 2, number, NUMBER, MUTED, anchor="ms")
    canvas.y += canvas.line_height(NUMBER) + 22
    canvas.rule()
    canvas.y += 22


def _fields(canvas: _Canvas, drawing: ReceiptDrawing | NoticeDrawing, most: int = 3) -> None:
    """Each field a row: its label in a column on the left, its value wrapped beside it."""
    font, line = canvas.font(TEXT), canvas.line_height(TEXT)
    labels = [_printable(canvas.path, label) for label, _ in drawing.fields]
    label_width = min(max((font.getlength(x) for x in labels), default=0), 300)
    value_x = MARGIN + label_width + GAP
    value_width = WIDTH - MARGIN - value_x
    for label, (_, value) in zip(labels, drawing.fields, strict=True):
        canvas.text(MARGIN, _ellipsized(label, font, label_width), TEXT, MUTED)
        lines = _wrapped(_printable(canvas.path, value), font, value_width, most)
        for n, text in enumerate(lines):
            canvas.text(value_x, text, TEXT)
            canvas.y += line if n < len(lines) - 1 else 0
        canvas.y += line + 8
    canvas.y += 14


def _table(canvas: _Canvas, drawing: ReceiptDrawing) -> None:
    """The items: a shaded header row, then one row each, amounts aligned on the right."""
    font, line = canvas.font(TABLE), canvas.line_height(TABLE)
    item_x, right = MARGIN + PAD, WIDTH - MARGIN - PAD
    period_x = right - AMOUNT_WIDTH - GAP - PERIOD_WIDTH
    item_width = period_x - GAP - item_x
    header = [_printable(canvas.path, text) for text in drawing.headers]
    canvas.box(line + 2 * 10, SHADE)
    canvas.y += 10
    canvas.text(item_x, _ellipsized(header[0], font, item_width), TABLE, MUTED)
    canvas.text(period_x, _ellipsized(header[1], font, PERIOD_WIDTH), TABLE, MUTED)
    canvas.text(right, _ellipsized(header[2], font, AMOUNT_WIDTH), TABLE, MUTED, anchor="rs")
    canvas.y += line + 10
    for n, (item, period, amount) in enumerate(drawing.items):
        if n:
            canvas.rule(width=1)
        canvas.y += 10
        names = _wrapped(_printable(canvas.path, item), font, item_width, 2)
        period_text = _ellipsized(_printable(canvas.path, period), font, PERIOD_WIDTH)
        amount_text = _ellipsized(_printable(canvas.path, amount), font, AMOUNT_WIDTH)
        canvas.text(period_x, period_text, TABLE)
        canvas.text(right, amount_text, TABLE, anchor="rs")
        for k, name in enumerate(names):
            canvas.text(item_x, name, TABLE)
            canvas.y += line if k < len(names) - 1 else 0
        canvas.y += line + 10
    canvas.rule(INK, 2)
    canvas.y += 20


def _closing(canvas: _Canvas, drawing: ReceiptDrawing) -> None:
    """The total, larger and thickened, then the footer, small and centred."""
    font = canvas.font(TOTAL)
    label, amount = (_printable(canvas.path, text) for text in drawing.total)
    amount = _ellipsized(amount, font, WIDTH / 2 - MARGIN)
    label_width = WIDTH - 2 * MARGIN - PAD - font.getlength(amount) - GAP
    canvas.text(MARGIN + PAD, _ellipsized(label, font, label_width), TOTAL, bold=True)
    canvas.text(WIDTH - MARGIN - PAD, amount, TOTAL, anchor="rs", bold=True)
    canvas.y += canvas.line_height(TOTAL) + 40
    canvas.rule(width=1)
    canvas.y += 18
    footer = canvas.font(FOOTER)
    for text in _wrapped(_printable(canvas.path, drawing.footer), footer, WIDTH - 2 * MARGIN, 3):
        canvas.text(WIDTH / 2, text, FOOTER, MUTED, anchor="ms")
        canvas.y += canvas.line_height(FOOTER)
