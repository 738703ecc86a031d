"""Up the ladder: a renovation violation not fixed by its deadline stops the workers' passes
(in Chinese); a compensation and an escalation need another manager's confirmation; a
household nobody bound gets a printed notice."""

from __future__ import annotations

from storage.repositories import bills, renovations, violations
from tests.e2e.chat import Chat
from tests.e2e.fee_helpers import resident, staff, unit_id
from tests.e2e.renovation_helpers import at, count, permitted
from tests.factories import make_estate
from tests.harness import Harness


async def _open(chat: Chat, violation_id: int, *fragments: str) -> None:
    await chat.press(data=f"1:vl:do:view:{violation_id}")
    await chat.expect(*fragments)


async def _only_case(bot: Harness, estate_id: int) -> int:
    async with bot.services.db.read() as conn:
        found = await violations.open_of_estate(conn, estate_id)
    assert len(found) == 1
    return found[0].id


async def test_a_renovation_violation_not_fixed_stops_the_passes(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    bot.clock.set(at(12, 1, 2))
    owner = await resident(bot, estate, 6301, "1-1-101", language="zh-Hans")
    manager = await staff(bot, estate, 7300, "manager", [], language="zh-Hans")
    butler = await staff(bot, estate, 7301, "butler", ["A"], language="zh-Hans")
    rid = await permitted(bot, 6301, 7300, 7301, await unit_id(bot, estate, "1-1-101"))
    async with bot.services.db.read() as conn:
        worker = (await renovations.workers_of(conn, rid))[0]
    assert worker.state == "active" and worker.pass_code
    bot.clock.set(at(12, 4, 2))

    # the butler records it from the renovation's card: the kind's category and unit come along
    await butler.press(data=f"1:reno:do:view:{rid}")
    await butler.expect("ZX-2026-0001")
    await butler.press("⚠️ 记录违章")
    await butler.expect("具体是哪一项？")
    await butler.press("擅自改变房屋结构")
    await butler.expect("看到了什么情况")
    await butler.send("擅自拆除阳台承重墙体")
    await butler.expect("请发送现场照片")
    await butler.send_photo()
    await butler.expect("已收到第 1 张")
    await butler.press("完成")
    await butler.expect("是否已现场劝导")
    await butler.press("🙅 已劝导，当事人置之不理（转客服部）")
    await butler.expect("一般违章，还是重大违章")
    await butler.press("一般违章")
    summary = await butler.expect("请核对违章记录", "装修及房屋结构", "房号：1-1-101")
    del summary
    await butler.press("✅ 确认提交")
    await butler.expect("违章 WZ-2026-0001 已记录，已通知处理人。")
    await bot.tick()
    told = await manager.expect("新违章 WZ-2026-0001", "擅自改变房屋结构")

    # the notice; at its deadline the handler is reminded, finds it not fixed: passes stopped
    await manager.press("📄 查看详情", message_id=told.message_id)
    await manager.expect("装修：ZX-2026-0001")
    await manager.press("📄 开具通知单")
    await manager.expect("违反了哪项规定")
    await manager.press("⏭ 跳过")
    await manager.expect("住户应如何整改")
    await manager.send("恢复墙体原状，并提交结构安全鉴定")
    await manager.expect("限期到哪一天")
    await manager.send("2026-12-06")
    await manager.expect("请核对违章处理通知单", "违反小区装修管理规定")
    await manager.press("✅ 确认提交")
    await manager.expect("已发送给该户 1 位住户")
    await bot.tick()
    await owner.expect("违章处理通知单 WZ-2026-0001", "恢复墙体原状")
    bot.clock.set(at(12, 5, 2))
    await bot.tick()
    await owner.expect("尚待签收")  # not answered within a day: asked once more
    bot.clock.set(at(12, 5, 8))
    await bot.tick()
    assert count(bot, 6301, "尚待签收") == 1
    for hour in (0, 1, 3):
        bot.clock.set(at(12, 6, hour))
        await bot.tick()
    assert count(bot, 7300, "今天（2026-12-06）整改到期") == 1
    remind = await manager.expect("今天（2026-12-06）整改到期")
    await manager.press("🔍 复查", message_id=remind.message_id)
    await manager.expect("结果如何")
    await manager.press("❌ 未整改")
    await manager.expect("采取哪些措施")
    await manager.press("限制施工人员入场（停用出入证）")
    await manager.expect("已选 1 项")
    await manager.press("✔️ 选好了")
    await manager.expect("重新限期吗")
    await manager.send("2026-12-10")
    await manager.expect("复查情况说明")
    await manager.press("⏭ 跳过")
    await manager.expect("请发送复查照片")
    await manager.send_photo()
    await manager.expect("已收到第 1 张")
    await manager.press("完成")
    await manager.expect("请核对复查结果", "限制施工人员入场")
    await manager.press("✅ 确认提交")
    await manager.expect("已记录所采取的措施")
    await bot.tick()
    await owner.expect("逾期未整改", "已停用 1 张施工人员出入证")
    await butler.send(f"/pass {worker.pass_code}")
    await butler.expect("已被管理处暂停")
    async with bot.services.db.read() as conn:
        stopped = await renovations.worker(conn, worker.id)
        history = await renovations.events_of(conn, rid)
    assert stopped is not None and stopped.state == "suspended"
    assert any(e.action == "passes_suspended" for e in history)

    # fixed by the new deadline: closed, the passes work again
    bot.clock.set(at(12, 10, 1))
    await bot.tick()
    remind = await manager.expect("今天（2026-12-10）整改到期")
    await manager.press("🔍 复查", message_id=remind.message_id)
    await manager.expect("结果如何")
    await manager.press("✅ 已整改：结案")
    await manager.expect("复查情况说明")
    await manager.press("⏭ 跳过")
    await manager.expect("请发送复查照片")
    await manager.press("完成")
    await manager.expect("请核对复查结果")
    await manager.press("✅ 确认提交")
    await manager.expect("WZ-2026-0001 已结案")
    await bot.tick()
    await owner.expect("已结案：已整改", "1 张施工人员出入证已恢复使用")
    async with bot.services.db.read() as conn:
        again = await renovations.worker(conn, worker.id)
    assert again is not None and again.state == "active"


async def test_compensation_and_escalation_need_another_managers_confirmation(
    bot: Harness,
) -> None:
    estate = await make_estate(bot.services.db)
    bot.clock.set(at(12, 1, 2))
    household = await resident(bot, estate, 6401, "1-1-101")
    first = await staff(bot, estate, 7400, "manager", [])
    second = await staff(bot, estate, 7401, "manager", [])
    butler = await staff(bot, estate, 7402, "butler", ["A"])

    # the butler records a damaged fire cabinet of 1-1-101; the first manager handles it
    await butler.send("/violations")
    await butler.expect("No open violation")
    await butler.press("➕ Record a violation")
    await butler.expect("What kind is it?")
    await butler.press("Fire safety")
    await butler.expect("Which one exactly?")
    await butler.press("Damaged fire equipment, alarm or sign")
    await butler.expect("Which unit is it")
    await butler.send("1-1-101")
    await butler.expect("Where exactly")
    await butler.send("Stair hall, building 1, floor 1")
    await butler.expect("What did you see?")
    await butler.send("Fire hose cabinet glass broken while moving furniture")
    await butler.expect("Send photos")
    await butler.press("Done")
    await butler.expect("advise them on the spot")
    await butler.press("🚪 Nobody there to advise (pass it on)")
    await butler.expect("General, or serious")
    await butler.press("General")
    await butler.expect("Please check the violation")
    await butler.press("✅ Confirm")
    await butler.expect("WZ-2026-0001 is recorded")
    case = await _only_case(bot, estate.id)
    await bot.tick()
    await first.expect("New violation WZ-2026-0001")
    await _open(first, case, "Damaged fire equipment")
    await first.press("💰 Compensation")
    await first.expect("what was damaged or lost?")
    await first.send("Glass of the fire hose cabinet")
    await first.expect("How much is the loss")
    await first.send("a lot")
    await first.expect("above zero", "How much is the loss")
    await first.send("350")
    await first.expect("Photos of the damage")
    await first.press("Done")
    await first.expect("Please check the compensation", "¥350.00")
    await first.press("✅ Confirm")
    await first.expect("waits for a manager's confirmation", "Waiting for a manager")
    assert "✅ Confirm" not in " ".join(first.last().button_labels())
    await first.press(data=f"1:vl:do:confirm:{case}")  # a forged confirm of one's own ask
    await first.expect_answer("Another manager must confirm")
    await butler.press(data=f"1:vl:do:confirm:{case}")
    await butler.expect_answer("Only a manager confirms")
    await household.press(data=f"1:vl:do:confirm:{case}")
    await household.expect_answer()
    unit = await unit_id(bot, estate, "1-1-101")
    async with bot.services.db.read() as conn:
        assert not [
            b for b in await bills.of_units(conn, [unit]) if b.fee_type.startswith("violation")
        ]
    await bot.tick()
    asked = await second.expect("asks your confirmation of a compensation of ¥350.00")

    # not confirmed within a day: reminded once; confirmed: a bill of the unit
    bot.clock.set(at(12, 2, 3))
    await bot.tick()
    bot.clock.set(at(12, 2, 5))
    await bot.tick()
    assert count(bot, 7401, "still waits for your confirmation") == 1
    await second.press("✅ Confirm", message_id=asked.message_id)
    await second.expect("Confirmed.", "Compensation billed: ¥350.00")
    await bot.tick()
    await first.expect("confirmed the compensation of ¥350.00")
    await household.expect("a compensation of ¥350.00 is billed", "Glass of the fire hose")
    async with bot.services.db.read() as conn:
        billed = [
            b for b in await bills.of_units(conn, [unit]) if b.fee_type == f"violation_loss#{case}"
        ]
        stored = await violations.get(conn, case)
    assert len(billed) == 1 and billed[0].amount_minor == 35000
    assert stored is not None and stored.bill_id == billed[0].id and stored.step == "compensation"
    await household.send("/fees")
    await household.expect("Compensation (violation)")

    # an escalation (上报主管部门) waits for the other manager as well; declined, nothing changes
    await _open(first, case, "Compensation billed")
    await first.press("⚖️ Escalate")
    await first.expect("to whom?")
    await first.press("Lawyer's letter")
    await first.expect("law firm's name")
    await first.send("Lakeside Law Firm")
    await first.expect("reference")
    await first.send("LL-2026-88")
    await first.expect("On which day")
    await first.send("2026-12-03")
    await first.expect("Please check (a manager confirms it)", "Lawyer's letter")
    await first.press("✅ Confirm")
    await first.expect("the escalation waits")
    await bot.tick()
    asked = await second.expect("Lawyer's letter: Lakeside Law Firm, ref. LL-2026-88")
    await second.press("✖️ Decline", message_id=asked.message_id)
    await second.expect("Declined.")
    async with bot.services.db.read() as conn:
        stored = await violations.get(conn, case)
    assert stored is not None and stored.step == "compensation" and stored.pending is None


async def test_an_unbound_household_gets_a_printed_notice(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    bot.clock.set(at(12, 1, 2))
    manager = await staff(bot, estate, 7500, "manager", [])
    butler = await staff(bot, estate, 7501, "butler", ["A"])
    await butler.send("/violations")
    await butler.expect("No open violation")
    await butler.press("➕ Record a violation")
    await butler.expect("What kind is it?")
    await butler.press("Environment and sanitation")
    await butler.expect("Which one exactly?")
    await butler.press("Piling, hanging or building in a public area")
    await butler.expect("Which unit is it")
    await butler.send("1-1-102")
    await butler.expect("Where exactly")
    await butler.send("Corridor outside 1-1-102")
    await butler.expect("What did you see?")
    await butler.send_photo(caption="Old sofa and boxes in the corridor")
    await butler.expect("You have sent 1 of at most 5 photos")
    await butler.press("Done")
    await butler.expect("advise them on the spot")
    await butler.press("🚪 Nobody there to advise (pass it on)")
    await butler.expect("General, or serious")
    await butler.press("Serious")
    await butler.expect("Please check the violation", "Old sofa", "serious: handled")
    await butler.press("✅ Confirm")
    await butler.expect("WZ-2026-0001 is recorded")
    case = await _only_case(bot, estate.id)
    await _open(manager, case, "Old sofa and boxes", "serious")
    await manager.press("📄 Issue the notice")
    await manager.expect("Which rule is broken?")
    await manager.press("Skip")
    await manager.expect("What must the household do")
    await manager.send("Clear the corridor")
    await manager.expect("By which day")
    await manager.press("Tomorrow (2026-12-02)")
    await manager.expect("Please check the notice")
    await manager.press("✅ Confirm")
    await manager.expect("Nobody of the household uses the bot", "to be printed and handed over")
    await manager.press("🖨 Print the notice")
    await manager.expect_answer()
    await manager.expect_count(2)
    documents = [m for m in bot.emu.bot_messages(7500) if m.kind == "document"]
    assert len(documents) == 2  # both languages
    await butler.press(data=f"1:vl:do:deliver:{case}")
    await butler.expect("photo of the notice handed over")
    await butler.send_photo()
    await butler.expect("Photo 1 of 3")
    await butler.press("Done")
    await butler.expect("(who received it)")
    await butler.send("Left with the owner's mother")
    await butler.expect("Please check")
    await butler.press("✅ Confirm")
    await butler.expect("the notice's delivery is recorded", "handed over on paper")
    async with bot.services.db.read() as conn:
        stored = await violations.get(conn, case)
        events = await violations.events_of(conn, case)
    assert stored is not None and stored.notice_state == "delivered" and stored.serious
    assert [e.action for e in events] == ["recorded", "notice", "delivered"]
