"""Notices from chat: an audience checked by name, counted, read, reminded once, pinned,
planned; emergencies at night: at once, "need help" to the on-duty butler, the silent list."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storage.models import Account
from storage.repositories import accounts, notices
from tests.e2e.estate import bind, populate
from tests.factories import resident_code
from tests.harness import Harness


async def _account(bot: Harness, telegram_id: int) -> Account:
    async with bot.services.db.read() as conn:
        found = await accounts.by_telegram_id(conn, telegram_id)
    assert found is not None
    return found


def _texts(bot: Harness, user_id: int, fragment: str) -> list[str]:
    return [m.text or "" for m in bot.emu.bot_messages(user_id) if fragment in (m.text or "")]


async def test_a_notice_to_two_buildings_is_counted_read_reminded_and_pinned(
    bot: Harness,
) -> None:
    people = await populate(bot)
    manager, butler = people.manager, people.butler
    other = await bind(
        bot, 5100, await resident_code(bot.services, people.estate, "2-1-101"), "en", "Sun Li"
    )
    await other.expect_count(2)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))  # 10:00 in Shanghai

    await manager.send("/notice")
    await manager.expect("Who is it for?")
    await manager.press("🏢 Some buildings")
    await manager.expect("Write their codes")
    await manager.send("1, 9")
    await manager.expect("No such building in this estate: 9", "Write their codes")
    await manager.send("1、3")
    await manager.expect("All residents, or owners only?")
    await manager.press("All residents")
    await manager.expect("The notice's text")
    await manager.send("Water is off in buildings 1 and 3 on Friday 09:00-12:00.")
    await manager.expect("in the other language")
    await manager.send("周五 09:00-12:00 1、3 号楼停水。")
    await manager.expect("Photos to go with it")
    await manager.press("Done")
    await manager.expect("Normal, or important")
    await manager.press("📌 Important (pinned)")
    await manager.expect("now, or at a time?")
    await manager.press("Send now")
    summary = await manager.expect("Please check the notice", "2 recipient(s) now")
    assert "Some buildings: 1, 3" in (summary.text or "")
    await manager.press("✅ Confirm")
    card = await manager.expect("Notice #1 to", "Recipients: 2", "read: 0")
    await bot.tick()
    got = await people.resident.expect("Important notice from", "Water is off")
    assert got.extra.get("pinned") is True
    await people.neighbour.expect("Water is off")
    await other.expect_nothing()
    assert not _texts(bot, 5002, "Water is off")  # staff are not residents of the buildings
    await people.resident.press("✅ Got it", message_id=got.message_id)
    await people.resident.expect_answer("marked as read")
    await people.resident.press(data="1:nt:read:1")  # a second tap changes nothing
    await people.resident.expect_answer()
    await other.press(data="1:nt:read:1")  # not a recipient
    await other.expect_answer()

    # the author's counts; the unread are reminded once
    await manager.press("🔄 Refresh", message_id=card.message_id)
    counted = await manager.expect("Recipients: 2 · sent: 2", "read: 1")
    await manager.press("🔔 Remind the unread (once)", message_id=counted.message_id)
    await manager.expect_answer("1 recipient(s) reminded")
    await bot.tick()
    await people.neighbour.expect("you have not read this notice yet")
    assert not _texts(bot, 5000, "you have not read")
    await manager.press(data="1:nt:remind:1")
    await manager.expect_answer("already reminded")
    async with bot.services.db.read() as conn:
        rows = await notices.recipients(conn, 1)
    assert sorted(r.account_id for r in rows) == sorted(
        r.account_id for r in rows if r.unit_id is not None
    )
    assert len(rows) == 2 and sum(r.read_at is not None for r in rows) == 1

    # a resident reads it again in /notices, in their language; a butler may not write estate-wide
    await people.resident.send("/notices")
    listing = await people.resident.expect("Your latest notices (1)")
    await people.resident.press(listing.button_labels()[0])
    await people.resident.expect("Water is off")
    await butler.send("/notice")
    options = await butler.expect("Who is it for?")
    assert options.button_labels()[:2] == ["🗺 Some grids", "🚪 Some units"]
    await butler.press("🚪 Some units")
    await butler.expect("Write their codes")
    await butler.send("1-1-101")
    await butler.expect("1-1-101 is not in your grids")


async def test_a_notice_planned_for_the_evening_goes_then(bot: Harness) -> None:
    people = await populate(bot, language="zh-Hans")
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    manager = people.manager
    await manager.send("/notice")
    await manager.expect("发给谁")
    await manager.press("🏘 全小区")
    await manager.expect("全部住户，还是仅业主")
    await manager.press("仅业主")
    await manager.expect("通知内容")
    await manager.send("今晚 19:00 在小区广场举行业主恳谈会。")
    await manager.expect("另一种语言")
    await manager.press("⏭ 跳过")
    await manager.expect("照片")
    await manager.press("完成")
    await manager.expect("普通通知，还是重要通知")
    await manager.press("普通")
    await manager.expect("立即发送，还是定时发送")
    await manager.press("定时发送")
    await manager.expect("哪一天发送")
    await manager.press("今天（2026-12-01）")
    await manager.expect("几点发送")
    await manager.press("18:00")
    await manager.expect("将于 2026-12-01 18:00 发送", "目前 2 人")
    await manager.press("✅ 确认提交")
    await manager.expect("定于 2026-12-01 18:00 发送")
    await bot.tick()
    await people.resident.expect_nothing()
    bot.clock.set(datetime(2026, 12, 1, 10, 1, tzinfo=UTC))  # 18:01
    await bot.tick()
    await bot.tick()
    await people.resident.expect("业主恳谈会")
    await people.neighbour.expect("业主恳谈会")


async def test_an_emergency_at_night_help_reaches_the_on_duty_butler(bot: Harness) -> None:
    people = await populate(bot)
    night = datetime(2026, 12, 1, 18, tzinfo=UTC)  # 02:00 in Shanghai, inside quiet hours
    await bot.services.duty.set(people.estate.name, date(2026, 12, 2), 5002)  # Wang Li
    bot.clock.set(night)
    await people.other_butler.send("/emergency")
    await people.other_butler.expect("What happened?")
    await people.other_butler.press("💧 Flood or burst pipe")
    await people.other_butler.expect("Who is affected?")
    await people.other_butler.press("🏢 Some buildings")
    await people.other_butler.expect("Write their codes")
    await people.other_butler.send("1, 3")
    await people.other_butler.expect("Where exactly?")
    await people.other_butler.send("Basement garage, level B1")
    await people.other_butler.expect("What should residents do?")
    await people.other_butler.press("⏭ Skip")
    check = await people.other_butler.expect("it goes out at once", "2 resident(s)")
    assert "Stay away from the water" in (check.text or "")
    await people.other_butler.press("✅ Confirm")
    await people.other_butler.expect("Emergency #1", "households not answered: 2")
    await bot.tick()
    pushed = await people.resident.expect("Flood or burst pipe", "Basement garage")
    await people.neighbour.expect("Flood or burst pipe")
    await people.manager.expect("Liu Min raised", "Basement garage")

    await people.neighbour.press("✅ I'm safe / noted")
    await people.neighbour.expect("Stay safe")
    await people.resident.press("🆘 I need help", message_id=pushed.message_id)
    await people.resident.expect("Someone will contact you at once")
    await bot.tick()
    await people.butler.expect("Help needed: Lin Fang, unit 3-2-301")
    await people.manager.expect("Help needed: Lin Fang")
    async with bot.services.db.read() as conn:
        answers = sorted(r.answer for r in await notices.recipients(conn, 1))
    assert answers == ["help", "safe"]

    # everybody answered: nobody left to call; an update, then the all clear
    await people.other_butler.press(data="1:nt:answers:1")
    answered = await people.other_butler.expect("safe: 1 · need help: 1")
    assert "households not answered: 0" in (answered.text or "")
    await people.other_butler.press("📣 Send an update", message_id=answered.message_id)
    await people.other_butler.expect("what has changed?")
    await people.other_butler.send("The pipe is closed; pumping out the water.")
    await people.other_butler.expect("Please check the update")
    await people.other_butler.press("✅ Confirm")
    await people.other_butler.expect("The update went to 2 recipient(s).")
    await bot.tick()
    await people.resident.expect("Update", "pumping out the water")
    await people.other_butler.press(data="1:nt:clear:1")
    await people.other_butler.expect("The all clear")
    await people.other_butler.send("The garage is dry and open again.")
    await people.other_butler.expect("Please check the all clear")
    await people.other_butler.press("✅ Confirm")
    await people.other_butler.expect("the emergency is closed")
    await bot.tick()
    await people.neighbour.expect("All clear", "dry and open again")
    await people.other_butler.press(data="1:nt:clear:1")
    await people.other_butler.expect_answer()

    # in the digest of the day and the export
    async with bot.services.db.read() as conn:
        figures = await bot.services.digest.compute(conn, people.estate, date(2026, 12, 2))
    assert figures.emergencies == 1
    day = date(2026, 12, 2)
    sheets = await bot.services.exports.sheets(people.estate, ["emergencies"], day, day)
    assert [row[4:8] for row in sheets[0].rows] == [["Liu Min", 2, 1, 1]]


async def test_the_silent_households_of_a_butlers_grid(bot: Harness) -> None:
    people = await populate(bot)
    bot.clock.set(datetime(2026, 12, 1, 18, tzinfo=UTC))
    await people.manager.send("/emergency")
    await people.manager.expect("What happened?")
    await people.manager.press("⚡ Power cut")
    await people.manager.expect("Who is affected?")
    await people.manager.press("🏘 The whole estate")
    await people.manager.expect("Where exactly?")
    await people.manager.send("All buildings")
    await people.manager.expect("What should residents do?")
    await people.manager.send("The power company is repairing the substation.")
    await people.manager.expect("it goes out at once")
    await people.manager.press("✅ Confirm")
    await people.manager.expect("households not answered: 2")
    await bot.tick()
    told = await people.butler.expect("Zhang Wei raised", "Power cut")
    await people.butler.press("📋 Who answered", message_id=told.message_id)
    mine = await people.butler.expect("households not answered: 1")
    assert "3-2-301 Lin Fang" in (mine.text or "") and "1-1-101" not in (mine.text or "")


async def test_an_outage_gets_its_four_pushes_and_a_repair_hears_of_it(bot: Harness) -> None:
    people = await populate(bot)
    manager, resident = people.manager, people.resident  # Lin Fang lives in building 3
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))  # 10:00 in Shanghai
    await manager.send("/outages")
    await manager.expect("No planned outage")
    await manager.press("🔧 Register an outage")
    await manager.expect("Of what?")
    await manager.press("🚰 Water cut")
    await manager.expect("Where?")
    await manager.press("🏢 Some buildings")
    await manager.expect("Write their codes")
    await manager.send("3")
    await manager.expect("starts on which day?")
    await manager.send("2026-12-03")
    await manager.expect("At what time?")
    await manager.press("09:00")
    await manager.expect("ends on which day?")
    await manager.send("2026-12-03")
    await manager.expect("At what time?")
    await manager.press("12:00")
    await manager.expect("Why")
    await manager.send("Pipe replacement by the water company")
    await manager.expect("Please check the outage", "1 resident(s)", "2026-12-03 09:00 to")
    await manager.press("✅ Confirm")
    await manager.expect("Outage #1 is registered; 1 resident(s) are told.")
    await bot.tick()
    await resident.expect("Planned: 🚰 Water cut — building(s) 3", "Pipe replacement")
    await people.neighbour.expect_nothing()  # building 1

    moments = {  # the evening before at 20:00 and one hour before, 08:00 local
        "Tomorrow: 🚰 Water cut": datetime(2026, 12, 2, 12, 0, tzinfo=UTC),
        "In one hour": datetime(2026, 12, 3, 0, 0, tzinfo=UTC),
    }
    for fragment, moment in moments.items():
        bot.clock.set(moment)
        await bot.tick()
        await bot.tick()
        assert len(_texts(bot, 5000, fragment)) == 1  # once, however often the clock ticks
    # a repair of that kind in building 3 during it hears of the outage first
    bot.clock.set(datetime(2026, 12, 3, 2, 0, tzinfo=UTC))  # 10:00, during the outage
    await bot.tick()
    await resident.send("/repair")
    await resident.expect("What needs repairing")
    await resident.press("Water")
    await resident.expect("a planned outage is going on", "Water cut", "you can still report it")
    await resident.send("/cancel")

    # extended to 14:00: told; the 12:00 "over" says nothing; over at 14:00
    await manager.send("/outages")
    listing = await manager.expect("Planned outages:", "#1 🚰 Water cut")
    await manager.press("⏳ Extend #1", message_id=listing.message_id)
    await manager.expect("Extended until which day?")
    await manager.send("2026-12-03")
    await manager.expect("Until what time?")
    await manager.press("14:00")
    await manager.expect("now ends 2026-12-03 14:00")
    await manager.press("✅ Confirm")
    await manager.expect("The new end is told")
    await bot.tick()
    await resident.expect("Extended", "until 2026-12-03 14:00")
    bot.clock.set(datetime(2026, 12, 3, 4, 1, tzinfo=UTC))  # 12:01
    await bot.tick()
    assert not _texts(bot, 5000, "Over:")
    bot.clock.set(datetime(2026, 12, 3, 6, 1, tzinfo=UTC))  # 14:01
    await bot.tick()
    await bot.tick()
    assert len(_texts(bot, 5000, "Over: 🚰 Water cut")) == 1


async def test_an_event_fills_and_a_cancellation_moves_the_waiting_list(bot: Harness) -> None:
    people = await populate(bot)
    manager, first, second = people.manager, people.resident, people.neighbour
    third = await bind(
        bot, 5100, await resident_code(bot.services, people.estate, "2-1-101"), "en", "Sun Li"
    )
    await third.expect_count(2)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    await manager.send("/events")
    await manager.expect("No community event")
    await manager.press("🎉 Post an event")
    await manager.expect("Its title?")
    await manager.send("Winter solstice dumplings")
    await manager.expect("On which day?")
    await manager.send("2026-12-21")
    await manager.expect("At what time?")
    await manager.press("15:00")
    await manager.expect("Where?")
    await manager.send("Clubhouse, building 1")
    await manager.expect("How many people")
    await manager.send("3")
    await manager.expect("Who may join?")
    await manager.press("🏘 The whole estate")
    await manager.expect("Please check the event", "3 places", "3 resident(s)")
    await manager.press("✅ Confirm")
    await manager.expect("Coming: 0 of 3 places")
    await bot.tick()
    for chat, count in ((first, "2"), (second, "2"), (third, "1")):
        posted = await chat.expect("Winter solstice dumplings", "Sign up below")
        await chat.press("✋ Sign up", message_id=posted.message_id)
        await chat.expect("how many people")
        await chat.press(count)
    await first.expect("You are signed up")
    await second.expect("you are on the waiting list")
    await third.expect("you are on the waiting list")  # first come first: no jumping the queue
    await first.press("✖️ Cancel my sign-up")
    await first.expect("Your sign-up is cancelled", "Coming: 3 of 3 places")
    await bot.tick()
    await second.expect("A place freed up", "with 2 people")
    await third.expect("A place freed up", "with 1 person.")

    # the author's list and message; the reminder the day before; the stars afterwards
    await manager.send("/events")
    listing = await manager.expect("Coming events:")
    await manager.press(listing.button_labels()[0], message_id=listing.message_id)
    view = await manager.expect("Zhao Yong: 2 coming", "Sun Li: 1 coming")
    await manager.press("✉️ Message the attendees", message_id=view.message_id)
    await manager.expect("The message to everyone coming")
    await manager.send("Bring your own apron!")
    await manager.expect("Sent to 2 attendee(s).")
    await bot.tick()
    await second.expect("Bring your own apron!")
    assert not _texts(bot, 5000, "Bring your own apron")
    for hour in (9, 10, 12):  # 17:00, 18:00, 20:00 on the 20th
        bot.clock.set(datetime(2026, 12, 20, hour, 1, tzinfo=UTC))
        await bot.tick()
    assert len(_texts(bot, 5001, "Tomorrow: “Winter solstice dumplings”")) == 1
    assert not _texts(bot, 5000, "Tomorrow:")
    bot.clock.set(datetime(2026, 12, 21, 10, 1, tzinfo=UTC))  # 18:01, three hours after
    await bot.tick()
    ask = await second.expect("How was “Winter solstice dumplings”?")
    await second.press("5⭐", message_id=ask.message_id)
    await second.expect_answer("Thank you for your rating")
    view2 = await bot.services.events.view(
        await bot.services.access.viewer(await _account(bot, 5005)), 1
    )
    assert view2.rating == 5.0 and view2.going == 3
