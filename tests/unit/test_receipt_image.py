"""The receipt image: a PNG in Chinese or English, drawn with the bundled Noto Sans CJK."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # matplotlib's dependency
from PIL import Image, ImageFont

from bot import fonts
from bot.services.fees import receipt_image
from bot.services.fees.receipt_image import (
    MAX_ITEMS,
    NoCjkFontError,
    ReceiptDrawing,
    draw_receipt,
    receipt_font,
)

CHINESE = ReceiptDrawing(
    title="收据",
    number="收据编号：HP-2026-000012",
    fields=[
        ("小区", "湖畔花园"),
        ("房号", "3-2-301"),
        ("缴费人", "林芳"),
        ("支付方式", "微信支付"),
        ("缴费时间", "2026-12-01 09:30"),
        ("确认人", "王管家"),
        ("备注", "补缴第三季度物业费及地下车位停车费，含滞纳金减免说明，" * 4),
    ],
    headers=("项目", "账期", "金额"),
    items=[
        ("物业费", "2026-07", "¥1,280.00"),
        ("停车费（地下车位 B2-118，月租，含管理费与清洁费）", "2026-07 至 2026-09", "¥900.00"),
        ("垃圾处理费", "2026 年第三季度", "¥30.00"),
    ],
    total=("合计", "¥2,210.00"),
    footer="本收据由湖畔花园物业服务中心的机器人出具，如有疑问请联系物业前台。",
)
ENGLISH = ReceiptDrawing(
    title="Receipt",
    number="Receipt no. HP-2026-000012",
    fields=[("Estate", "Lakeside Garden"), ("Unit", "3-2-301"), ("Payer", "Lin Fang")],
    headers=("Item", "Period", "Amount"),
    items=[("Property fee", "2026-07", "¥1,280.00"), ("Water", "2026-09", "¥56.40")],
    total=("Total", "¥1,336.40"),
    footer="Issued by the Lakeside Garden estate office's bot.",
)


def _texts(drawing: ReceiptDrawing) -> str:
    parts = [drawing.title, drawing.number, *drawing.headers, *drawing.total, drawing.footer]
    parts += [text for row in drawing.fields for text in row]
    parts += [text for row in drawing.items for text in row]
    return "".join(parts)


def _image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png))
    image.load()
    assert image.format == "PNG"
    return image


@pytest.fixture
def no_font_lookup_cache() -> Iterator[None]:
    """The font is looked up again, before and after the test."""
    fonts.find_cjk_font.cache_clear()
    yield
    fonts.find_cjk_font.cache_clear()


def test_the_receipt_is_drawn_with_the_bundled_noto_sans_cjk() -> None:
    path = Path(receipt_font())
    assert path.name == "NotoSansCJKtc-Regular.otf"
    assert path.parent.name == "cvttf_NotoSansCJK_Regular" and path.is_file()
    assert fonts.find_cjk_font() == fonts.CjkFont(path, "Noto Sans CJK TC", bundled=True)
    assert ImageFont.truetype(str(path), 20).getname() == ("Noto Sans CJK TC", "Regular")


@pytest.mark.parametrize("drawing", [CHINESE, ENGLISH], ids=["zh", "en"])
def test_a_receipt_is_a_png_of_a_readable_size(drawing: ReceiptDrawing) -> None:
    image = _image(draw_receipt(drawing))
    width, height = image.size
    assert width == 1000 and 700 < height < 2000
    dark = sum(image.convert("L").histogram()[:128])  # pixels darker than mid-grey
    assert image.getpixel((width - 1, height - 1)) == (255, 255, 255)  # on white
    assert 0.01 < dark / (width * height) < 0.2  # text was drawn, not blotted


def test_more_items_make_a_taller_receipt_within_telegrams_limits() -> None:
    one = _image(draw_receipt(_with_items(1)))
    sixty = _image(draw_receipt(_with_items(60)))
    most = _image(draw_receipt(_with_items(MAX_ITEMS)))
    assert one.height < sixty.height < most.height
    assert sum(most.size) <= 10_000 and most.height / most.width <= 20
    with pytest.raises(ValueError, match="at most"):
        draw_receipt(_with_items(MAX_ITEMS + 1))


def _with_items(count: int) -> ReceiptDrawing:
    items = [("物业费", f"{2020 + n // 12}-{n % 12 + 1:02d}", "¥1,280.00") for n in range(count)]
    return replace(CHINESE, items=items)


def test_every_character_of_a_chinese_receipt_is_in_the_font() -> None:
    with TTFont(receipt_font(), lazy=True) as font:
        cmap = font.getBestCmap()
    assert [c for c in _texts(CHINESE) if ord(c) not in cmap] == []
    assert ord("…") in cmap  # what cuts a text too long


def test_every_character_of_a_chinese_receipt_draws_as_itself_not_a_box() -> None:
    font = ImageFont.truetype(receipt_font(), 32)
    missing = bytes(font.getmask("\U0010fffd"))  # no font has it: the missing-glyph box
    assert missing.count(0) < len(missing)  # the box is drawn, so it can be told apart
    boxes = {c for c in _texts(CHINESE) if not c.isspace() and bytes(font.getmask(c)) == missing}
    assert boxes == set()


def test_characters_the_font_lacks_are_left_out_not_drawn_as_boxes() -> None:
    payer = replace(CHINESE, fields=[("缴费人", "林芳\U0001f338")])
    plain = replace(CHINESE, fields=[("缴费人", "林芳")])
    assert draw_receipt(payer) == draw_receipt(plain)


def test_long_texts_wrap_within_the_width_and_never_start_a_line_with_a_comma() -> None:
    font = ImageFont.truetype(receipt_font(), 26)
    text = "补缴第三季度物业费，含滞纳金减免说明，" * 6
    lines = receipt_image._wrapped(text, font, 400, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(font.getlength(line) <= 400 for line in lines)
    assert not any(line.startswith("，") for line in lines)
    width = font.getlength("补缴第三季度物业费") + 0.5  # "，" would begin the second line
    first, second, *_ = receipt_image._wrapped(text, font, width, 3)
    assert (first, second[:2]) == ("补缴第三季度物业", "费，")
    words = "underground parking space B2-118 monthly"
    english = receipt_image._wrapped(words, font, 300, 3)
    assert len(english) > 1 and " ".join(english) == words  # broken between words only
    assert all(font.getlength(line) <= 300 for line in english)


@pytest.mark.usefixtures("no_font_lookup_cache")
def test_without_any_chinese_font_the_receipt_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fonts, "PACKAGE", "no_such_font_package")
    monkeypatch.setattr(fonts, "system_font", lambda: None)
    with pytest.raises(NoCjkFontError, match="cvttf-notosanscjk-regular"):
        draw_receipt(CHINESE)


@pytest.mark.usefixtures("no_font_lookup_cache")
def test_without_the_package_a_system_font_stands_in_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    system = fonts.CjkFont(Path("/usr/share/fonts/wqy-zenhei.ttc"), "WenQuanYi Zen Hei", False)
    monkeypatch.setattr(fonts, "PACKAGE", "no_such_font_package")
    monkeypatch.setattr(fonts, "system_font", lambda: system)
    with caplog.at_level(logging.WARNING, logger=fonts.__name__):
        assert fonts.cjk_font_path() == system.path
        assert fonts.cjk_font_family() == "WenQuanYi Zen Hei"
    assert [r.message for r in caplog.records if "cvttf-notosanscjk-regular" in r.message] != []
    assert len(caplog.records) == 1
