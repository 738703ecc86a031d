"""One residential renovation in zh-Hans, from application to deposit refund (装修管理).

Rejected once and resubmitted, paid in chat, a failed and a passed 24-hour waterproof test,
two inspections (one with a problem), acceptance and the refunds; every reminder on the way
fires once with the clock moved. The bills are computed here from the fee table.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.services.fees.payment_admin import PaymentAdmin
from bot.services.renovation.estimate import DEFAULT_RATES
from storage.models import Bill
from storage.repositories import bills, payments, renovations
from storage.tables import refunds
from tests.e2e.chat import Chat
from tests.e2e.fee_helpers import import_bills, resident, staff, unit_id
from tests.factories import make_estate
from tests.harness import Harness

TOKEN = "284685063:TEST:provider-token"
LICENCE = "91310000MA1FL0AB3K"
ZHANG = "11010519491231002X"
LI = "440524198001010013"
DONE, PICKED, CONFIRM = "完成", "✔️ 选好了", "✅ 确认提交"


def _at(day: int, hour: int = 1, month: int = 12, year: int = 2026) -> datetime:
    """A moment in UTC; 01:00 UTC is 09:00 in Shanghai."""
    return datetime(year, month, day, hour, tzinfo=UTC)


async def _photos(chat: Chat, count: int = 1) -> None:
    for number in range(1, count + 1):
        await chat.send_photo()
        await chat.expect(f"第 {number} 张")
    await chat.press(DONE)


async def _worker(owner: Chat, name: str, id_number: str) -> None:
    await owner.press("👷 登记施工人员")
    await owner.expect("施工人员的姓名")
    await owner.send(name)
    await owner.expect("身份证号码")
    await owner.send(id_number)
    await owner.expect("正面照片")
    await owner.send_photo()
    await owner.expect(name)
    await owner.press(CONFIRM)
    await owner.expect(f"已登记施工人员{name}")


async def _tick(bot: Harness, moment: datetime) -> None:
    bot.clock.set(moment)
    await bot.tick()


async def _open(bot: Harness, unit: int) -> list[Bill]:
    async with bot.services.db.read() as conn:
        return await bills.open_of_unit(conn, unit)


def _count(bot: Harness, user_id: int, fragment: str) -> int:
    return sum(fragment in (m.text or "") for m in bot.emu.bot_messages(user_id))


async def test_a_renovation_from_application_to_deposit_refund(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    await PaymentAdmin(bot.services.db, bot.clock).configure(estate, provider_token=TOKEN)
    bot.clock.set(_at(1, 2))
    owner = await resident(bot, estate, 6101, "1-1-101", language="zh-Hans")
    manager = await staff(bot, estate, 7100, "manager", [], language="zh-Hans")
    butler = await staff(bot, estate, 7101, "butler", ["A"], language="zh-Hans")
    engineer = await staff(bot, estate, 7102, "technician", [], language="zh-Hans")

    # 申报: the form (the unit's record gives residential use and its area)
    await owner.send("/renovation")
    await owner.expect("您还没有装修申请")
    await owner.press("📝 申请装修 1-1-101")
    await owner.expect("装修管理规定")
    await owner.press("✅ 我已阅读并遵守以上规定")
    await owner.expect("计划何时开工")
    await owner.send("2026-12-07")
    await owner.expect("预计何时完工")
    await owner.send("2027-01-31")
    await owner.expect("本次装修包括哪些项目")
    assert PICKED not in owner.last().button_labels()  # no Done before a work is chosen
    await owner.send("好了")
    await owner.expect("请至少选择 1 项")
    for work in ("墙面装饰", "防水工程", "拆改非承重墙"):
        await owner.press(work)
    await owner.expect("已选 3 项")
    await owner.press(PICKED)
    await owner.expect("砸墙面积")
    await owner.send_sticker()
    await owner.expect("砸墙面积")
    await owner.send("6")
    await owner.expect("装修面积是多少平方米")
    await owner.press("按房屋面积：89.5 ㎡")
    await owner.expect("二次装修")
    await owner.press("否")
    await owner.expect("施工单位名称")
    await owner.send("上海美家装饰工程有限公司")
    await owner.expect("营业执照号码")
    await owner.send("123")
    await owner.expect("统一社会信用代码")
    await owner.send(LICENCE)
    await owner.expect("资质证书")
    await owner.send("建筑装饰装修工程专业承包二级")
    await owner.expect("营业执照的照片")
    await _photos(owner)
    await owner.expect("资质证书的照片")
    await _photos(owner)
    await owner.expect("施工图纸的照片")
    await _photos(owner, 2)
    await owner.expect("墙面装饰、防水工程、拆改非承重墙")
    await owner.press(CONFIRM)
    await owner.expect("ZX-2026-0001", "已保存为草稿")
    await _worker(owner, "张三", ZHANG)
    await _worker(owner, "李四", LI)
    await owner.press("📨 提交审核")
    await owner.expect("管理处将进行审核")
    await bot.tick()

    # 审核: rejected with a reason per item, fixed and resubmitted
    review = await manager.expect("待审核", "ZX-2026-0001")
    await manager.press("📋 审核", message_id=review.message_id)
    await manager.expect("请点选所有不符合要求的项目")
    await manager.press("施工单位及证照")
    await manager.press("李四")
    await manager.expect("已选 2 项")
    await manager.press(PICKED)
    await manager.expect("每项一行")
    await manager.send("营业执照已过期，请上传有效执照\n缺少身份证复印件，请重新登记")
    summary = await manager.expect("退回装修申请")
    assert "施工单位及证照：营业执照已过期" in (summary.text or "")
    await manager.press(CONFIRM)
    await manager.expect("已退回修改")
    await bot.tick()
    rejected = await owner.expect("审核未通过")
    assert "缺少身份证复印件" in (rejected.text or "")
    await owner.press("📄 查看申请", message_id=rejected.message_id)
    await owner.expect("ZX-2026-0001", "李四")
    await owner.press("🗑 删除李四")
    await owner.expect("已删除该施工人员")
    await owner.press("✏️ 修改申请")
    await owner.expect("施工单位名称")  # only what was objected to is asked again
    await owner.send("上海美家装饰工程有限公司")
    await owner.expect("营业执照号码")
    await owner.send(LICENCE)
    await owner.expect("资质证书")
    await owner.send("建筑装饰装修工程专业承包二级（2026年换证）")
    await owner.expect("您已发送 1 张照片", "营业执照的照片")  # the old one is still there
    await owner.press("🗑 删除已发的照片")
    await owner.expect("已删除")
    await _photos(owner)
    await owner.expect("资质证书的照片")
    await owner.press("🗑 删除已发的照片")
    await owner.expect("已删除")
    await _photos(owner)
    await owner.expect("请核对您的装修申请表")
    await owner.press(CONFIRM)
    await owner.expect("已修改，并重新提交审核")
    await bot.tick()
    again = await manager.expect("待审核", "ZX-2026-0001")
    await manager.press("📋 审核", message_id=again.message_id)
    await manager.expect("请点选所有不符合要求的项目")
    await manager.press(PICKED)
    await manager.expect("批准")
    await manager.press(CONFIRM)
    await manager.expect("ZX-2026-0001 已批准，已通知住户缴费")
    await bot.tick()

    # 办证: the fees of the table, paid in chat; the permit and the pass issued
    rate = {k: int(v * 100) for k, v in DEFAULT_RATES.items()}
    expected = {
        "renovation_deposit": rate["deposit_residential"],
        "renovation_debris": int(89.5 * rate["debris"]),
        "renovation_wall": 6 * rate["wall_debris"],
        "renovation_permit": rate["works_permit"],
        "renovation_pass": rate["worker_pass"],
    }
    fees = await owner.expect("已审核通过", "合计 ¥1,637.50")
    assert "装修保证金" in (fees.text or "")
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.read() as conn:
        billed = {
            b.fee_type.partition("#")[0]: b.amount_minor
            for b in await bills.of_units(conn, [unit])
        }
    assert billed == expected and sum(expected.values()) == 163_750
    await import_bills(bot, estate, "1-1-101,2026-12,property,402.75,2026-12-15,0,")
    await owner.press("💳 缴纳费用", message_id=fees.message_id)
    invoice = await owner.expect("1-1-101 账单")
    assert owner.invoice(invoice.message_id).total_amount == 163_750  # not the property fee
    assert (await owner.pay(invoice.message_id)).ok
    await owner.expect("已缴纳 ¥1,637.50")
    await bot.tick()
    permit = await owner.expect("装修施工许可证已办理")
    async with bot.services.db.read() as conn:
        application = (await renovations.of_unit(conn, unit))[0]
        workers = await renovations.workers_of(conn, application.id)
    assert application.state == "permitted" and application.permit_number == "XK-2026-0001"
    assert [(w.name, w.state) for w in workers] == [("张三", "active"), ("李四", "removed")]
    assert application.permit_code and application.permit_code in (permit.text or "")

    # 闭水试验: not booked within two days: the engineers are reminded (once)
    await _tick(bot, _at(3, 3))
    await _tick(bot, _at(3, 4))
    assert _count(bot, 7102, "待预约闭水试验") == 1
    reminder = await engineer.expect("待预约闭水试验")
    await engineer.press("💧 预约闭水试验", message_id=reminder.message_id)
    await engineer.expect("哪一天")
    await engineer.press("2026-12-04")
    await engineer.expect("几点开始")
    await engineer.press("09:00")
    await engineer.expect("请核对预约信息")
    await engineer.press(CONFIRM)
    await engineer.expect("已预约")
    await bot.tick()
    await owner.expect("闭水试验已预约在 2026-12-04 09:00")
    await _tick(bot, _at(5, 1, 12) + timedelta(minutes=1))  # 24 hours after 09:00 local
    result = await engineer.expect("24小时闭水试验已到时间")
    await engineer.press("💧 登记闭水试验结果", message_id=result.message_id)
    await engineer.expect("是否渗漏")
    await engineer.press("❌ 不合格，有渗漏")
    await engineer.expect("闭水试验的照片")
    await _photos(engineer)
    await engineer.expect("还有需要说明的吗")
    await engineer.send("卫生间地漏处渗水")
    await engineer.expect("请核对闭水试验结果")
    await engineer.press(CONFIRM)
    await engineer.expect("不合格。防水重做后请重新预约闭水试验")
    await bot.tick()
    await owner.expect("闭水试验不合格", "卫生间地漏处渗水")
    await engineer.send("/renovation")
    await engineer.expect("ZX-2026-0001")
    await engineer.press("ZX-2026-0001 1-1-101")
    await engineer.expect("ZX-2026-0001")
    await engineer.press("💧 预约闭水试验")
    await engineer.expect("哪一天")
    await engineer.press("2026-12-06")
    await engineer.expect("几点开始")
    await engineer.press("14:00")
    await engineer.expect("请核对预约信息")
    await engineer.press(CONFIRM)
    await engineer.expect("已预约")
    await _tick(bot, _at(7, 7))  # 24 hours after 14:00 on the 6th
    await engineer.expect("24小时闭水试验已到时间")
    await engineer.press("💧 登记闭水试验结果")
    await engineer.expect("是否渗漏")
    await engineer.press("✅ 合格，无渗漏")
    await engineer.expect("闭水试验的照片")
    await _photos(engineer)
    await engineer.expect("还有需要说明的吗")
    await engineer.press("⏭ 跳过")
    await engineer.expect("请核对闭水试验结果")
    await engineer.press(CONFIRM)
    await engineer.expect("合格")
    await bot.tick()
    await owner.expect("闭水试验合格")

    # 监管: the inspection visits (the first due on the start day), one with a problem
    assert _count(bot, 7101, "到期巡查") == 1  # 2026-12-07 09:00 passed with the last tick
    visit = await butler.expect("到期巡查")
    await butler.press("🚶 装修巡检", message_id=visit.message_id)
    await butler.expect("签到")
    await butler.press("✍️ 巡检签到")
    await butler.expect("发现了哪些问题")
    await butler.press("施工期间关闭入户门")
    await butler.expect("已选 1 项")
    await butler.press(PICKED)
    await butler.expect("现场照片")
    await _photos(butler)
    await butler.expect("还有需要说明的吗")
    await butler.send("施工时入户门关闭，已当场劝导")
    await butler.expect("限期整改")
    await butler.send("2026-12-09")
    await butler.expect("请核对装修巡检记录")
    await butler.press(CONFIRM)
    await butler.expect("已通知住户整改内容和期限")
    await bot.tick()
    notice = await owner.expect("施工期间关闭入户门", "2026-12-09")
    assert "已当场劝导" in (notice.text or "")
    await _tick(bot, _at(9, 1))
    await _tick(bot, _at(9, 2))
    assert _count(bot, 7101, "今天是整改期限") == 1
    fix = await butler.expect("今天是整改期限")
    await butler.press("🚶 装修巡检", message_id=fix.message_id)
    await butler.expect("签到")
    await butler.press("✍️ 巡检签到")
    await butler.expect("发现了哪些问题")
    await butler.press(PICKED)
    await butler.expect("现场照片")
    await _photos(butler)
    await butler.expect("还有需要说明的吗")
    await butler.press("⏭ 跳过")
    await butler.expect("请核对装修巡检记录")
    await butler.press(CONFIRM)
    await butler.expect("未发现问题")

    # 验收: the works are reported finished, accepted; the deposit and returned papers refunded
    await owner.send("/renovation")
    await owner.expect("您的装修申请")
    await owner.press("📄 查看 ZX-2026-0001")
    card = await owner.expect("ZX-2026-0001")
    finish = next(label for label in card.button_labels() if label.startswith("🏁"))
    await owner.press(finish)
    await owner.expect("已通知管理处进行装修验收")
    await bot.tick()
    ask = await butler.expect("已报完工")
    await butler.press("🏁 验收", message_id=ask.message_id)
    await butler.expect("已收保证金：¥1,000.00")
    await butler.press("✅ 验收合格，结案退款")
    await butler.expect("交回")
    await butler.press(PICKED)
    await butler.expect("照片")
    await _photos(butler)
    await butler.expect("请核对")
    await butler.press(CONFIRM)
    await butler.expect("申请已结案")
    await bot.tick()
    closed = await owner.expect("验收合格，已结案")
    assert "¥1,070.00" in (closed.text or "")  # 1000 deposit + 50 permit + 20 pass

    async with bot.services.db.read() as conn:
        application = (await renovations.of_unit(conn, unit))[0]
        own = {b.id: b.fee_type.partition("#")[0] for b in await bills.of_units(conn, [unit])}
        back = (await conn.execute(select(refunds.c.bill_id, refunds.c.amount_minor))).all()
        history = [e.action for e in await renovations.events_of(conn, application.id)]
        paid = await payments.paid_of_unit(conn, unit, 5)
        workers = await renovations.workers_of(conn, application.id)
    assert application.state == "closed" and application.permit_state == "returned"
    assert sorted((own[bill], amount) for bill, amount in back) == [
        ("renovation_deposit", expected["renovation_deposit"]),
        ("renovation_pass", expected["renovation_pass"]),
        ("renovation_permit", expected["renovation_permit"]),
    ]
    assert [(p.method, p.amount_minor) for p in paid] == [("telegram", 163_750)]
    assert [b.fee_type for b in await _open(bot, unit)] == ["property"]  # still owed
    assert [w.state for w in workers] == ["returned", "removed"]
    assert history == [
        "applied", "worker_added", "worker_added", "submitted", "rejected", "worker_removed",
        "fixed", "submitted", "approved", "permitted", "pass_issued", "water_booked",
        "water_failed", "water_booked", "water_passed", "inspected_problem", "inspected_ok",
        "completed", "accepted",
    ]  # fmt: skip
