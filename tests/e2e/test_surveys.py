"""Surveys: the quarterly satisfaction survey (季度客户满意度调查) sent, answered (once each,
changeable), reminded once, closed, counted per butler in the digest, on the results card
and in the export; a custom survey built in chat and answered in English."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.services.digest.figures import digest_args
from storage.repositories import accounts, surveys
from tests.e2e.chat import Chat
from tests.e2e.estate import bind, populate
from tests.factories import resident_code
from tests.harness import Harness

ANSWER_ZH = "✍️ 填写问卷"


def _texts(bot: Harness, user_id: int, fragment: str) -> list[str]:
    return [m.text or "" for m in bot.emu.bot_messages(user_id) if fragment in (m.text or "")]


async def _answer_zh(chat: Chat, push: int, stars: list[int], text: str | None) -> None:
    """Answer the quarterly survey from its push: five ratings, then the suggestions."""
    await chat.press(ANSWER_ZH, message_id=push)
    for number, star in enumerate(stars, start=1):
        await chat.expect(f"第 {number}/6 题")
        await chat.press(f"{star}⭐")
    await chat.expect("第 6/6 题", "意见和建议")
    if text is None:
        await chat.press("⏭ 跳过")
    else:
        await chat.send(text)


async def test_the_quarterly_survey_is_answered_reminded_closed_and_counted_per_butler(
    bot: Harness,
) -> None:
    people = await populate(bot, language="zh-Hans")
    manager, first, second = people.manager, people.resident, people.neighbour  # grids B, A
    third = await bind(  # grid B
        bot, 5100, await resident_code(bot.services, people.estate, "3-1-101"), "zh", "Sun Li"
    )
    silent = await bind(  # grid A: never answers
        bot, 5101, await resident_code(bot.services, people.estate, "2-1-101"), "zh", "Qian Hua"
    )
    for chat in (third, silent):
        await chat.expect_count(2)

    await manager.send("/surveys")
    await manager.expect("目前没有问卷。")
    await manager.press("📋 发起季度客户满意度调查")
    await manager.expect("请哪些住户填写？")
    await manager.press("🏘 全小区")
    await manager.expect("哪一天 20:00 截止？")
    await manager.send("2026-12-10")
    summary = await manager.expect("请核对问卷", "2026年第4季度客户满意度调查", "目前 4 位住户")
    assert "服务态度" in (summary.text or "") and "2026-12-10 20:00" in (summary.text or "")
    await manager.press("✅ 确认提交")
    await manager.expect("已发给 4 位住户", "2026-12-10 20:00 截止")
    await bot.tick()
    pushes = {}
    for chat in (first, second, third, silent):
        got = await chat.expect("2026年第4季度客户满意度调查", "共 6 题")
        pushes[chat.user_id] = got.message_id
    assert not _texts(bot, 5002, "客户满意度调查")  # staff are not asked

    # a sticker at a rating re-asks; then answers, one skipping the suggestions
    await first.press(ANSWER_ZH, message_id=pushes[5000])
    await first.expect("第 1/6 题", "服务态度", "1 分为非常不满意")
    await first.send_sticker()
    await first.expect("请点选下方的一个按钮", "第 1/6 题")
    await first.send("/cancel")
    await first.expect("已取消")
    await _answer_zh(first, pushes[5000], [5, 5, 4, 4, 5], "电梯间的卫生可以再加强。")
    await first.expect("感谢您填写“2026年第4季度客户满意度调查”", "仍可修改")
    await _answer_zh(second, pushes[5001], [3, 3, 2, 3, 3], None)
    await second.expect("感谢您填写")
    await _answer_zh(third, pushes[5100], [4, 4, 4, 4, 4], "希望增加夜间巡逻。")
    await third.expect("感谢您填写")

    # the next day the third changes their mind: the new answers replace the old
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    await _answer_zh(third, pushes[5100], [5, 5, 5, 5, 5], None)
    await third.expect("新答卷已替换之前的答卷")
    async with bot.services.db.read() as conn:
        responses = await surveys.responses(conn, 1)
        answers = await surveys.answers(conn, 1)
        sun = await accounts.by_telegram_id(conn, 5100)
    assert sun is not None
    assert len(responses) == 3  # one response each, however often they answer
    assert [r.changes for r in responses if r.account_id == sun.id] == [1]
    mine = [a for a in answers if a.account_id == sun.id]
    assert [a.rating for a in mine] == [5, 5, 5, 5, 5]  # the earlier text is gone too

    # the open survey in the day's digest: its answer count
    async with bot.services.db.read() as conn:
        figures = await bot.services.digest.compute(conn, people.estate, date(2026, 12, 1))
    text = bot.services.translator.t("zh-Hans", "digest-text", **digest_args(figures))
    assert "问卷调查：\n· 进行中：“2026年第4季度客户满意度调查”，4 人中 3 人作答" in text

    # one reminder, two days before the close, to the one who has not answered, once
    for moment in (
        datetime(2026, 12, 8, 11, 59, tzinfo=UTC),
        datetime(2026, 12, 8, 12, 1, tzinfo=UTC),  # 20:01 in Shanghai
        datetime(2026, 12, 9, 2, 0, tzinfo=UTC),
    ):
        bot.clock.set(moment)
        await bot.tick()
        await bot.tick()
    reminded = _texts(bot, 5101, "提醒：“2026年第4季度客户满意度调查”将于 2026-12-10 20:00 截止")
    assert len(reminded) == 1
    for user_id in (5000, 5001, 5100):
        assert not _texts(bot, user_id, "提醒：")

    # the close: the author hears; a late press is told the survey is over
    bot.clock.set(datetime(2026, 12, 10, 12, 1, tzinfo=UTC))
    await bot.tick()
    await bot.tick()
    await manager.expect("已结束：4 位住户中 3 位作答，平均评分 4.1")
    await silent.press(ANSWER_ZH, message_id=pushes[5101])
    await silent.expect_answer("已结束，不再收集答卷")
    async with bot.services.db.read() as conn:
        assert len(await surveys.responses(conn, 1)) == 3

    # the next morning's digest: the service survey per butler
    bot.clock.set(datetime(2026, 12, 11, 0, 0, tzinfo=UTC))
    await bot.tick()
    await bot.tick()
    digest = await manager.expect("Wang Li：平均 4.8 分（2 份答卷）")
    for line in (
        "· 已结束：“2026年第4季度客户满意度调查”，4 人中 3 人作答，平均 4.1 分",
        "· · Chen Jie：平均 4.8 分（2 份答卷）",
        "· · Liu Min：平均 2.8 分（1 份答卷）",
    ):
        assert line in (digest.text or ""), digest.text

    # the results card (and its chart) for the manager; a butler sees their grids only
    await manager.send("/surveys")
    listing = await manager.expect("📋 问卷（1）")
    await manager.press(listing.button_labels()[0], message_id=listing.message_id)
    card = await manager.expect("作答：3/4", "按管家")
    body = card.text or ""
    assert "平均 4.3 分，共 3 人评分 · 5★ 2 · 4★ 0 · 3★ 1 · 2★ 0 · 1★ 0" in body  # 服务态度
    assert "· A：2.8 · 1" in body and "· B：4.8 · 2" in body
    assert "· Wang Li：4.8 · 2" in body and "· Liu Min：2.8 · 1" in body
    assert "— 电梯间的卫生可以再加强。" in body and "希望增加夜间巡逻" not in body
    chart = await manager.expect()
    assert chart.kind == "photo"
    assert bot.emu.file_bytes(chart.photo[-1]).startswith(b"\x89PNG")
    await people.other_butler.send("/surveys")
    theirs = await people.other_butler.expect("📋 问卷（1）")
    await people.other_butler.press(theirs.button_labels()[0], message_id=theirs.message_id)
    await people.other_butler.expect("仅您负责的网格：A", "作答：1/4", "平均 3.0 分")
    await first.send("/surveys")
    await first.expect("目前没有问卷。")  # closed: nothing left to answer

    # every answer in the export
    sheets = await bot.services.exports.sheets(
        people.estate, ["surveys"], date(2026, 11, 30), date(2026, 12, 10)
    )
    rows = sheets[0].rows
    assert [(r[3], r[6]) for r in rows if r[3] == "3-2-301"][-1] == ("3-2-301", 6)
    assert len(rows) == 6 + 5 + 5  # the suggestions skipped twice; the changed one replaced
    assert [r[9] for r in rows if r[3] == "3-1-101"] == [5, 5, 5, 5, 5]
    assert {r[4] for r in rows} == {"A", "B"}


async def test_a_custom_survey_built_in_chat_answered_in_english(bot: Harness) -> None:
    people = await populate(bot)
    manager, resident = people.manager, people.resident  # Lin Fang lives in building 3
    await manager.send("/surveys")
    await manager.expect("No survey at the moment.")
    await manager.press("➕ Build a survey")
    await manager.expect("A new survey. Its title?")
    await manager.send("Clubhouse opening hours")
    await manager.expect("Question 1: what kind of answer?")
    await manager.press("🔘 One choice")
    await manager.expect("Question 1: its text")
    await manager.send("Which opening hours suit you best?")
    await manager.expect("Question 1: the choices, one per line.")
    await manager.send("Only mornings")
    await manager.expect("Please write two to 8 choices")
    await manager.send("Morning\nAfternoon\nEvening")
    await manager.expect("Question 2: what kind of answer — or no more questions?")
    await manager.press("☑️ Several choices")
    await manager.expect("Question 2: its text")
    await manager.send("Which facilities do you use?")
    await manager.expect("Question 2: the choices")
    await manager.send("Gym\nReading room\nPool")
    await manager.expect("Question 3: what kind")
    await manager.press("✍️ Free text")
    await manager.expect("Question 3: its text")
    await manager.send("Anything else we should know?")
    await manager.expect("Question 4: what kind")
    await manager.press("✅ No more questions")
    await manager.expect("Who is asked?")
    await manager.press("🏢 Some buildings")
    await manager.expect("Write their codes")
    await manager.send("3")
    await manager.expect("It closes at 20:00 on which day?")
    await manager.send("2026-12-05")
    summary = await manager.expect("Please check the survey", "1 resident(s) now")
    for line in (
        "1. Which opening hours suit you best? (🔘 One choice) — Morning / Afternoon / Evening",
        "2. Which facilities do you use? (☑️ Several choices) — Gym / Reading room / Pool",
        "3. Anything else we should know? (✍️ Free text)",
        "Closes: 2026-12-05 20:00",
    ):
        assert line in (summary.text or ""), summary.text
    await manager.press("✅ Confirm")
    posted = await manager.expect("Survey #1 “Clubhouse opening hours” went to 1 resident(s)")
    await bot.tick()
    push = await resident.expect("Clubhouse opening hours", "3 question(s)")
    await people.neighbour.expect_nothing()  # building 1

    await resident.press("✍️ Answer", message_id=push.message_id)
    await resident.expect("question 1 of 3", "Which opening hours suit you best?", "Choose one.")
    await resident.press("Evening")
    await resident.expect("question 2 of 3", "Choose all that apply")
    await resident.press("Gym")
    await resident.press("Pool")
    await resident.expect("2 chosen")
    await resident.press("✔️ Done")
    await resident.expect("question 3 of 3", "Anything else we should know?")
    await resident.send("Please open on Sundays too.")
    await resident.expect("Thank you for answering “Clubhouse opening hours”!")

    await manager.press("📊 Results", message_id=posted.message_id)
    card = await manager.expect("Survey #1", "answered: 1 of 1")
    for line in ("· Evening: 1", "· Morning: 0", "· Gym: 1", "· Pool: 1", "· Reading room: 0",
                 "1 answer(s):", "— Please open on Sundays too."):  # fmt: skip
        assert line in (card.text or ""), card.text
    assert "By butler" not in (card.text or "")  # per butler only for the service survey
    chart = await manager.expect()
    assert chart.kind == "photo"
