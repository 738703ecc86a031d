"""The receipt's words in both languages, drawn with the bundled Noto Sans CJK font."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image

from bot.fonts import bundled_font_path
from bot.i18n import Translator
from bot.services.fees.payments import Receipt
from bot.services.fees.receipt_image import draw_receipt, receipt_font
from handlers.fees.payment_text import receipt_drawing
from storage.models import Estate, Payment, PaymentItem, Unit

PAID_AT = datetime(2026, 11, 30, 3, 5, tzinfo=UTC)  # 11:05 in Shanghai


def _receipt(method: str = "transfer", refund: int = 0) -> Receipt:
    estate = Estate(
        id=1, name="湖畔花园", timezone="Asia/Shanghai", currency="CNY",
        quiet_start="21:00", quiet_end="08:00",
    )  # fmt: skip
    unit = Unit.model_validate(
        {"id": 5, "estate_id": 1, "building_id": 1, "grid_id": 1, "code": "1-1-101",
         "building": "1", "entrance": "1", "room": "101", "area_centi_m2": 8950,
         "usage": "residential", "owner_name": "王芳", "owner_phone": ""}
    )  # fmt: skip
    payment = Payment(
        id=9, estate_id=1, unit_id=5, payer_account_id=3, method=method, status="paid",
        amount_minor=48297 + refund, currency="CNY", receipt_no="2026-000012", charge_id=None,
        provider_charge_id=None, proof_file_id=None, reason="", decided_by=4,
        created_at=PAID_AT, paid_at=PAID_AT,
    )  # fmt: skip
    items = [
        PaymentItem(payment_id=9, bill_id=1, period="2026-10", fee_type="property",
                    amount_minor=40275, applied_minor=40275),
        PaymentItem(payment_id=9, bill_id=2, period="2026-11", fee_type="water",
                    amount_minor=8022, applied_minor=8022),
    ]  # fmt: skip
    return Receipt(
        payment=payment, estate=estate, unit=unit, payer="王芳",
        confirmed_by="李管家" if method == "transfer" else None, items=items, refund_minor=refund,
    )  # fmt: skip


def test_the_receipt_in_chinese_carries_every_item_and_who_confirmed_it() -> None:
    drawing = receipt_drawing(Translator().bind("zh-Hans"), _receipt(refund=1000))
    assert drawing.title == "收据"
    assert drawing.number == "收据编号：2026-000012"
    assert drawing.fields == [
        ("小区", "湖畔花园"),
        ("房号", "1-1-101"),
        ("缴款人", "王芳"),
        ("缴费方式", "银行转账（管理处已确认）"),
        ("收款时间", "2026-11-30 11:05"),
        ("确认人", "李管家"),
        ("待退款", "¥10.00"),
    ]
    assert drawing.headers == ("项目", "账期", "金额")
    assert drawing.items == [("物业费", "2026-10", "¥402.75"), ("水费", "2026-11", "¥80.22")]
    assert drawing.total == ("合计", "¥482.97")


def test_the_receipt_in_english_says_telegram_confirmed_a_payment_in_chat() -> None:
    drawing = receipt_drawing(Translator().bind("en"), _receipt(method="telegram"))
    assert drawing.title == "Receipt"
    assert ("Method", "Paid in Telegram") in drawing.fields
    assert ("Confirmed by", "Telegram Payments") in drawing.fields
    assert drawing.items[0] == ("Property fee", "2026-10", "¥402.75")
    assert drawing.total == ("Total", "¥482.97")


def test_both_receipts_are_drawn_with_the_bundled_chinese_font() -> None:
    bundled = bundled_font_path()
    assert bundled is not None and "NotoSansCJK" in bundled.name
    assert receipt_font() == str(bundled)
    for language in ("zh-Hans", "en"):
        image = draw_receipt(receipt_drawing(Translator().bind(language), _receipt()))
        with Image.open(io.BytesIO(image)) as png:
            assert png.format == "PNG" and png.width >= 800 and png.height > 400
