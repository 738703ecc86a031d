"""/fees for residents and managers, the paid history, access, and the renovation estimate."""

from __future__ import annotations

from tests.e2e.fee_helpers import import_bills, resident, staff, unit_id
from tests.factories import make_estate
from tests.harness import Harness

# The clock starts on 2026-11-30 (Shanghai). 1-1-101 owes 402.75 + 302.75 + 80.22 overdue
# (oldest due 2026-09-15) and 402.75 not yet due: 1,188.47 outstanding.
BILLS_101 = (
    "1-1-101,2026-09,property,402.75,2026-09-15,0,",
    "1-1-101,2026-10,property,402.75,2026-10-15,100.00,2026-10-20",
    "1-1-101,2026-10,water,80.22,2026-11-10,0,",
    "1-1-101,2026-11,property,402.75,2026-11-15,402.75,2026-11-02",
    "1-1-101,2026-12,property,402.75,2026-12-15,0,",
)


async def test_a_resident_sees_totals_and_overdue_in_english(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS_101)
    chat = await resident(bot, estate, 5001, "1-1-101")
    await chat.send("/fees")
    found = await chat.expect("Fees of 1-1-101", "Outstanding: ¥1,188.47")
    text = found.text or ""
    assert "⚠️ Overdue: ¥785.72, since 2026-09-15" in text
    assert "• Property fee: ¥402.75, due 2026-09-15 ⚠️ overdue" in text
    assert "↳ paid ¥100.00 of ¥402.75" in text
    assert "• Water: ¥80.22, due 2026-11-10 ⚠️ overdue" in text
    assert "• Property fee: ¥402.75, due 2026-12-15\n" in text + "\n"
    assert "📅 2026-11" not in text  # the November bill is paid in full: not open
    await chat.press("📜 Paid in the last 12 months")
    history = await chat.expect("Paid in the last 12 months: 1-1-101")
    assert "• 2026-11 Property fee: ¥402.75, paid 2026-11-02" in (history.text or "")


async def test_a_resident_sees_the_same_totals_in_chinese_from_the_menu(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS_101)
    chat = await resident(bot, estate, 5002, "1-1-101", language="zh-hans")
    await chat.press("💰 缴费查询")
    found = await chat.expect("湖畔花园 1-1-101 缴费查询", "待缴合计：¥1,188.47")
    text = found.text or ""
    assert "⚠️ 已逾期：¥785.72（最早应缴日 2026-09-15）" in text
    assert "• 物业费：¥402.75，应缴日 2026-09-15 ⚠️已逾期" in text
    assert "• 水费：¥80.22，应缴日 2026-11-10 ⚠️已逾期" in text


async def test_a_resident_with_two_units_picks_one_and_one_without_bills_owes_nothing(
    bot: Harness,
) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS_101)
    chat = await resident(bot, estate, 5003, "1-1-101", "1-1-102")
    await chat.send("/fees")
    picker = await chat.expect("Which unit")
    assert picker.button_labels() == ["1-1-101", "1-1-102"]
    await chat.press("1-1-102")
    await chat.expect("Nothing due for 1-1-102")
    await chat.press("1-1-101", message_id=picker.message_id)
    await chat.expect("Outstanding: ¥1,188.47")


async def test_a_resident_never_sees_another_units_bills(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(bot, estate, *BILLS_101)
    chat = await resident(bot, estate, 5004, "1-1-102")
    await chat.send("/fees")
    await chat.expect("Nothing due for 1-1-102")
    other = await unit_id(bot, estate, "1-1-101")
    for forged in (f"1:fee:unit:{other}", f"1:fee:hist:{other}", f"1:reno:start:{other}"):
        await chat.press(data=forged)
        await chat.expect_answer("not found")
        await chat.expect_nothing()
    assert not [m for m in bot.emu.bot_messages(5004) if "1-1-101" in (m.text or "")]


async def test_staff_see_the_collection_rate_of_the_estate_or_their_grids(
    bot: Harness,
) -> None:
    estate = await make_estate(bot.services.db)
    await import_bills(
        bot,
        estate,
        "1-1-101,2026-11,property,100.00,2026-11-15,100.00,2026-11-10",
        "2-1-101,2026-11,property,200.00,2026-11-15,0,",
        "3-1-101,2026-11,property,300.00,2026-11-15,100.00,2026-11-12",
        "3-1-101,2026-10,property,300.00,2026-10-15,0,",
    )
    manager = await staff(bot, estate, 5005, "manager", [])
    await manager.send("/fees")
    found = await manager.expect("Collection rate 2026-11: 湖畔花园")
    assert (found.text or "").splitlines()[1:] == [
        "Whole estate: 33.3% (¥200.00 of ¥600.00)",
        "Grid A: 33.3% (¥100.00 of ¥300.00)",
        "Grid B: 33.3% (¥100.00 of ¥300.00)",
    ]
    butler = await staff(bot, estate, 5008, "butler", ["B"], language="zh-hans")
    await butler.send("/fees")
    mine = await butler.expect("湖畔花园 2026-11 收缴率")
    assert (mine.text or "").splitlines()[1:] == ["网格 B：33.3%（已收 ¥100.00 / 应收 ¥300.00）"]


async def test_the_renovation_estimate_re_asks_and_survives_a_restart(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    chat = await resident(bot, estate, 5006, "1-1-101")
    await chat.send("/renovation")
    await chat.expect("no renovation application yet")
    await chat.press("🧮 Estimate the fees")
    ask = await chat.expect("How many m² will be renovated")  # residential, from the record
    assert "The unit's area: 89.5 m²" in ask.button_labels()
    await chat.send_sticker()
    await chat.expect("Please send a number from 1 to 10000.", "How many m²")
    await chat.send("0")
    await chat.expect("0 is outside the range from 1 to 10000.")
    await chat.send("120.5")
    await chat.expect("second renovation")
    await chat.press("Yes")
    await chat.expect("m² of wall")
    await bot.restart()
    await chat.send("lots")
    await chat.expect("Please send a number from 0 to 10000.", "m² of wall")
    await chat.send("6.25")
    await chat.expect("sets of the works permit")
    await chat.send("2")
    await chat.expect("worker passes")
    await chat.send("1000")
    await chat.expect("1000 is outside the range from 0 to 60.")
    await chat.send("1.5")
    await chat.expect("Please send a number from 0 to 60.")
    await chat.send("10")
    result = await chat.expect("Renovation fee estimate")
    assert (result.text or "").splitlines()[1:] == [
        "• Renovation deposit (residential): ¥1,000.00 (refundable)",
        "• Debris removal, second renovation: 120.5 m² × ¥10.00 = ¥1,205.00",
        "• Wall demolition debris: 6.25 m² × ¥20.00 = ¥125.00",
        "• Works permit: 2 sets × ¥50.00 = ¥100.00",
        "• Worker pass: 10 passes × ¥20.00 = ¥200.00",
        "Total to pay: ¥2,630.00 = fees ¥1,630.00 + refundable deposit ¥1,000.00"
        " (refunded after the renovation passes inspection).",
    ]
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in result.text or "")  # no Chinese


async def test_the_renovation_estimate_from_fees_in_chinese_and_cancel(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    chat = await resident(bot, estate, 5007, "1-1-101", language="zh-hans")
    await chat.send("/fees")
    await chat.expect("目前没有待缴费用")
    await chat.press("🧮 装修费用估算")
    await chat.expect("装修面积")
    await chat.press("按房屋面积：89.5 ㎡")
    await chat.expect("二次装修")
    await chat.press("否")
    await chat.expect("砸墙的面积")
    await chat.send("０")  # full-width digits, as a Chinese input method types them
    await chat.expect("施工许可证")
    await chat.send("1份")
    await chat.expect("施工人员出入证")
    await chat.send("5张")
    result = await chat.expect("装修费用估算（装修管理收费标准）")
    text = result.text or ""
    assert "• 装修保证金（住宅）：¥1,000.00（可退）" in text
    assert "• 垃圾清运费：89.5 平方米 × ¥5.00 = ¥447.50" in text
    assert "• 施工许可证（正副本）：1 份 × ¥50.00 = ¥50.00" in text
    assert "• 施工人员出入证：5 张 × ¥20.00 = ¥100.00" in text
    assert "砸墙" not in text
    assert "合计应缴：¥1,597.50" in text
    await chat.send("/renovation")
    await chat.expect("您还没有装修申请")
    await chat.press("🧮 装修费用估算")
    await chat.expect("装修面积")
    await chat.send("/cancel")
    await chat.expect("已取消装修费用估算")
    await chat.send("12")
    await chat.expect("没有理解")
