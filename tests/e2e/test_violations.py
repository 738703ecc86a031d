"""Violations (违章处理): a patrol problem becomes a fire-safety violation whose notice is
acknowledged and fixed; a resident's anonymous report of a parked car; the reminders."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.services.violations.admin import ViolationAdmin
from storage.repositories import violations
from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.harness import Harness

TOMORROW_0900 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def _at(day: int, hour: int = 1) -> datetime:
    return datetime(2026, 12, day, hour, tzinfo=UTC)


def _count(bot: Harness, user_id: int, fragment: str) -> int:
    return sum(fragment in (m.text or "") for m in bot.emu.bot_messages(user_id))


async def _open_cases(bot: Harness, estate_id: int) -> list[int]:
    async with bot.services.db.read() as conn:
        return [v.id for v in await violations.open_of_estate(conn, estate_id)]


async def _confirm(chat: Chat) -> None:
    await chat.expect("Please check")
    await chat.press("✅ Confirm")


async def test_a_patrol_problem_becomes_a_notice_acknowledged_and_fixed(bot: Harness) -> None:
    people = await populate(bot)
    butler, manager, neighbour = people.butler, people.manager, people.neighbour
    await bot.services.patrols.ensure_defaults()
    bot.clock.set(TOMORROW_0900)
    await bot.tick()
    await bot.tick()
    await butler.expect("grid B · 2026-12-01")
    await butler.press("🚶 Start the patrol")
    progress = await butler.expect("0/7 checked")
    for _ in range(4):
        await butler.press("✅ OK", message_id=progress.message_id)
        await butler.expect_answer()
    await butler.expect("4/7 checked", "#5")
    await butler.press("⚠️ Problem", message_id=progress.message_id)
    await butler.expect("What is the problem?")
    await butler.send("Bicycles and boxes block the fire exit of building 3")
    await butler.expect("Send a photo of it")
    await butler.send_photo()
    await butler.expect("Problem recorded")

    # the problem as a fire-safety violation: place, facts and photo come along
    await butler.press("⚠️ Record a violation")
    await butler.expect("What kind is it?")
    await butler.press("Fire safety")
    await butler.expect("Which one exactly?")
    await butler.press("Blocked fire exit or passage")
    await butler.expect("Which unit is it")
    await butler.send("9-9-909")
    await butler.expect("There is no unit 9-9-909", "Which unit is it")
    await butler.send("1-1-101")
    await butler.expect("Where exactly")
    await butler.send("Building 3, ground-floor fire exit")
    await butler.expect("advise them on the spot")
    await butler.press("🙅 Advised: they ignored it (pass it on)")
    await butler.expect("General, or serious")
    await butler.press("General")
    summary = await butler.expect("Please check the violation")
    assert "block the fire exit" in (summary.text or "") and "Photos: 1" in (summary.text or "")
    await butler.press("✅ Confirm")
    await butler.expect("Violation WZ-2026-0001 is recorded; its handler is told.")
    await bot.tick()
    told = await manager.expect("New violation WZ-2026-0001", "Blocked fire exit", "Wang Li")

    # the manager (the default handler) issues the notice; the household acknowledges it
    await manager.press("📄 Open the case", message_id=told.message_id)
    await manager.expect("⚠️ Violation WZ-2026-0001", "Fire safety", "Unit: 1-1-101")
    await manager.press("📄 Issue the notice")
    await manager.expect("Which rule is broken?")  # the facts come from the record
    await manager.press("Skip")
    await manager.expect("What must the household do")
    await manager.send("Clear the fire exit of your bicycles and boxes")
    await manager.expect("By which day")
    await manager.send("2026-12-04")
    notice = await manager.expect("Please check the notice")
    assert "fire-safety rules" in (notice.text or "")
    await manager.press("✅ Confirm")
    await manager.expect("sent to 1 resident(s)", "sent, awaiting acknowledgement")
    await bot.tick()
    pushed = await neighbour.expect("Violation notice WZ-2026-0001", "Clear the fire exit")
    assert "Wang Li" not in (pushed.text or "")
    await neighbour.press("✍️ Acknowledge (signature)", message_id=pushed.message_id)
    await neighbour.expect("acknowledgement is recorded")
    await bot.tick()
    await manager.expect("Zhao Yong acknowledged the notice")
    async with bot.services.db.read() as conn:
        case = (await violations.open_of_estate(conn, people.estate.id))[0]
        events = await violations.events_of(conn, case.id)
    assert case.notice_state == "acknowledged" and case.category == "fire"
    assert case.source == "patrol" and case.unit_id is not None
    signed = next(e for e in events if e.action == "acknowledged")
    assert signed.data["account"] and signed.data["at"]

    # the unanswered-notice reminder stays silent once acknowledged; the deadline reminds once
    bot.clock.set(_at(3))
    await bot.tick()
    assert _count(bot, 5001, "waits for your acknowledgement") == 0
    for moment in (_at(4, 0), _at(4, 1), _at(4, 5)):
        bot.clock.set(moment)
        await bot.tick()
    assert _count(bot, 5005, "the deadline 2026-12-04 is today") == 1
    remind = await manager.expect("the deadline 2026-12-04 is today")
    await manager.press("🔍 Re-inspect", message_id=remind.message_id)
    await manager.expect("what did you find?")
    await manager.press("✅ Fixed: close it")
    await manager.expect("A note on what you saw")
    await manager.send("Exit clear")
    await manager.expect("Photos of what you found")
    await manager.send_photo()
    await manager.expect("Photo 1 of 5")
    await manager.press("Done")
    await _confirm(manager)
    await manager.expect("WZ-2026-0001 is closed.")
    await bot.tick()
    await neighbour.expect("WZ-2026-0001 (1-1-101) is closed: fixed.")

    # three days on, the handler is reminded once to follow up, and records it
    for moment in (_at(7, 1), _at(7, 2)):
        bot.clock.set(moment)
        await bot.tick()
    assert _count(bot, 5005, "was closed a few days ago") == 1
    follow = await manager.expect("was closed a few days ago")
    await manager.press("🤝 Record the follow-up", message_id=follow.message_id)
    await manager.expect("how did the talk with the household go?")
    await manager.send("Called Mr Zhao; thanked him for clearing it quickly")
    await _confirm(manager)
    await manager.expect("the follow-up is recorded")
    async with bot.services.db.read() as conn:
        done = await violations.get(conn, case.id)
    assert done is not None and done.state == "closed" and done.followed_up_at is not None
    await manager.send("/unit 1-1-101")  # the household card lists it
    await manager.expect(
        "Violations: 0 open", "WZ-2026-0001 Blocked fire exit or passage — closed"
    )


async def test_an_anonymous_report_of_a_parked_car(bot: Harness) -> None:
    people = await populate(bot)
    reporter, household, manager = people.resident, people.neighbour, people.manager
    await reporter.send("/violations")
    await reporter.expect("Notices to your household: 0")
    await reporter.press("⚠️ Report a violation")
    await reporter.expect("What kind is it?")
    await reporter.press("Public order")
    await reporter.expect("Which one exactly?")
    await reporter.press("Illegal parking")
    await reporter.expect("Where is it")
    await reporter.send("Fire lane by building 1, a white car ABC123")
    await reporter.expect("What is happening?")
    await reporter.send("Parked there every night for a week")
    await reporter.expect("at least one photo")
    assert "Done" not in " ".join(reporter.last().button_labels())  # a photo is needed
    await reporter.send_sticker()
    await reporter.expect("This step needs a photo")
    await reporter.send_photo()
    await reporter.expect("Photo 1 of 5")
    await reporter.press("Done")
    await reporter.expect("Please check your report")
    await reporter.press("✅ Confirm")
    await reporter.expect("Report WZ-2026-0001 is with the estate office")
    await bot.tick()
    told = await manager.expect("Resident's report WZ-2026-0001", "Illegal parking", "Lin Fang")

    # staff find the household: the notice names the unit; it never names the reporter
    await manager.press("📄 Open the case", message_id=told.message_id)
    await manager.expect("Unit: not known yet", "a resident's report (Lin Fang)")
    await manager.press("📄 Issue the notice")
    await manager.expect("which unit is it for")
    await manager.send("1-1-101")
    await manager.expect("Which rule is broken?")
    await manager.send("Parking in the fire lane is forbidden (management statute art. 12)")
    await manager.expect("What must the household do")
    await manager.send("Move the car to your own space")
    await manager.expect("By which day")
    await manager.send("2026-12-03")
    await _confirm(manager)
    await manager.expect("sent to 1 resident(s)")
    await bot.tick()
    notice = await household.expect("Violation notice WZ-2026-0001", "art. 12")
    await household.press("📄 Open the case", message_id=notice.message_id)
    card = await household.expect("⚠️ Violation WZ-2026-0001")
    for message in bot.emu.bot_messages(5001):
        assert "Lin Fang" not in (message.text or "") and "report" not in (message.text or "")
    assert "History" not in " ".join(card.button_labels())  # residents see no staff steps
    await household.press("🙅 Refuse", message_id=card.message_id)
    await household.expect("Your refusal is recorded")

    # a reporter's forged confirm, and the manager's re-inspection: the reporter is told
    async with bot.services.db.read() as conn:
        case = (await violations.open_of_estate(conn, people.estate.id))[0]
    await reporter.press(data=f"1:vl:do:confirm:{case.id}")
    await reporter.expect_answer()
    await bot.tick()
    await manager.expect("Zhao Yong refused the notice")
    await manager.send("/violations")
    listing = await manager.expect("Open violations: 1")
    await manager.press(next(x for x in listing.button_labels() if "WZ-2026-0001" in x))
    await manager.expect("Notice: refused by the household")
    await manager.press("🔍 Re-inspect")
    await manager.expect("what did you find?")
    await manager.press("✅ Fixed: close it")
    await manager.expect("A note on what you saw")
    await manager.press("Skip")
    await manager.expect("Photos of what you found")
    await manager.press("Done")
    await _confirm(manager)
    await manager.expect("WZ-2026-0001 is closed.")
    await bot.tick()
    outcome = await reporter.expect("Your report WZ-2026-0001", "is handled: fixed")
    assert "1-1-101" not in (outcome.text or "")  # the reporter never learns the household
    await reporter.send("/violations")
    mine = await reporter.expect("your reports: 1")
    await reporter.press(next(x for x in mine.button_labels() if "WZ-2026-0001" in x))
    view = await reporter.expect("⚠️ Violation WZ-2026-0001", "anonymous")
    assert "1-1-101" not in (view.text or "") and "Zhao" not in (view.text or "")


async def test_a_named_head_handles_a_report_counted_in_the_digest_and_export(
    bot: Harness,
) -> None:
    people = await populate(bot)
    estate = people.estate
    head, other = people.butler, people.other_butler  # grid B's butler named 客户服务部部长
    general, _serious = await ViolationAdmin(bot.services.db).set_heads(estate, 5002, None)
    assert general is not None and general.name == "Wang Li"
    await people.resident.send("/violations")
    await people.resident.expect("your reports: 0")
    await people.resident.press("⚠️ Report a violation")
    await people.resident.expect("What kind is it?")
    await people.resident.press("Environment and sanitation")
    await people.resident.expect("Which one exactly?")
    await people.resident.press("Loud speakers, noise")
    await people.resident.expect("Where is it")
    await people.resident.send("Square by building 3, after 22:00")
    await people.resident.expect("What is happening?")
    await people.resident.send_photo(caption="Dancing with loud speakers every night")
    await people.resident.expect("You have sent 1 of at most 5 photos")
    await people.resident.press("Done")
    await people.resident.expect("Please check your report")
    await people.resident.press("✅ Confirm")
    await people.resident.expect("Report WZ-2026-0001")
    await bot.tick()
    await head.expect("Resident's report WZ-2026-0001", "Loud speakers")
    await people.manager.expect_nothing()  # the named head handles it, not the managers
    case = (await _open_cases(bot, estate.id))[0]
    await other.press(data=f"1:vl:do:view:{case}")  # grid A's butler: not theirs
    await other.expect_answer()
    await other.expect_nothing()
    await head.press(data=f"1:vl:do:view:{case}")
    card = await head.expect("Handled by: Wang Li")
    assert "📄 Issue the notice" in card.button_labels()

    # the figures: the digest counts it, the export lists it, the household card shows it
    async with bot.services.db.read() as conn:
        figures = await bot.services.digest.compute(conn, estate, bot.clock.now().date())
    assert figures.violations_new == 1 and figures.violations_overdue == 0
    sheets = await bot.services.exports.sheets(
        estate, ["violations"], bot.clock.now().date(), bot.clock.now().date()
    )
    assert len(sheets[0].rows) == 1 and sheets[0].rows[0][0] == "WZ-2026-0001"
    await head.press(data=f"1:vl:do:check:{case}")
    await head.expect("what did you find?")
    await head.press("🚫 No violation found: dismiss")
    await head.expect("A note on what you saw")
    await head.send("Checked two nights: music stops at 21:30")
    await head.expect("Photos of what you found")
    await head.press("Done")
    await _confirm(head)
    await head.expect("State: dismissed (no violation found)")
    await bot.tick()
    await people.resident.expect("is handled: no violation found")
