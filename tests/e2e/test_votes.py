"""Owners' votes in chat: the lift overhaul from the maintenance fund in a 40-unit estate,
counted by area and headcount; paper ballots, a changed vote, reminders, the published result."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import openpyxl

from bot.services import Services
from bot.services.votes.admin import VoteAdmin
from storage.models import Estate
from storage.repositories import estates, votes
from tests.e2e.chat import Chat
from tests.e2e.estate import bind
from tests.factories import NOW, make_estate, resident_code, staff_code
from tests.harness import Harness

ROOMS = ("101", "102", "201", "202", "301", "302", "401", "402", "501", "502")
MULTI = ("2-1-101", "2-1-102", "2-1-201")  # one owner, 150 m² each
DEVELOPER = ("2-2-501", "2-2-502")  # the developer's unsold units
COLUMNS = {"code", "building_id", "entrance", "room", "usage", "owner_name", "owner_phone"}


def _codes() -> list[str]:
    return [f"{b}-{e}-{room}" for b in "12" for e in "12" for room in ROOMS]


async def _estate(services: Services, missing_area: str | None = None) -> Estate:
    """40 units: buildings 1 (grid A) and 2 (grid B), 100 m² each but one owner's three."""
    async with services.db.transaction() as conn:
        estate = await estates.add_estate(conn, "湖畔花园", "Asia/Shanghai", "CNY", NOW)
        grids = {g: await estates.ensure_grid(conn, estate.id, g) for g in "AB"}
        building_ids = {
            b: await estates.ensure_building(conn, estate.id, b, grids["A" if b == "1" else "B"])
            for b in "12"
        }
        for index, code in enumerate(_codes()):
            building, entrance, room = code.split("-")
            area = 15000 if code in MULTI else 10000
            phone = "13900000000" if code in MULTI else f"1380000{index:04d}"
            await estates.upsert_unit(
                conn,
                estate.id,
                {
                    "code": code,
                    "building_id": building_ids[building],
                    "entrance": entrance,
                    "room": room,
                    "area_centi_m2": 0 if code == missing_area else area,
                    "usage": "residential",
                    "owner_name": "开发商" if code in DEVELOPER else f"业主{index}",
                    "owner_phone": phone,
                    "developer": code in DEVELOPER,
                },
            )
    return estate


async def _owner(bot: Harness, estate: Estate, user_id: int, unit: str, lang: str = "en") -> Chat:
    chat = await bind(bot, user_id, await resident_code(bot.services, estate, unit), lang, unit)
    await chat.expect_count(2)
    return chat


async def _vote(owner: Chat, choice: str) -> None:
    await owner.expect("Owners' vote BJ-2026-0001")
    await owner.press("🗳 Open the vote")
    await owner.expect("Your voting weight")
    await owner.press(choice)
    await owner.expect_answer("Your vote is recorded")


async def test_the_lift_overhaul_vote_is_counted_by_area_and_headcount(bot: Harness) -> None:
    services = bot.services
    estate = await _estate(services, missing_area="2-2-402")
    manager = bot.chat(6000, language_code="en", first_name="Zhang Wei")
    await manager.send(f"/start {await staff_code(services, estate, 'manager', [])}")
    butler = bot.chat(6001, language_code="en", first_name="Wang Li")
    await butler.send(f"/start {await staff_code(services, estate, 'butler', ['B'])}")
    await manager.expect_count(2)
    await butler.expect_count(2)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))  # 10:00 in Shanghai

    # a unit without its area blocks the vote, named
    await manager.send("/votes")
    await manager.expect("No owners' votes yet")
    await manager.press("🗳 Open a vote")
    await manager.expect_answer("One unit has no registered area", "2-2-402")
    async with services.db.transaction() as conn:
        blank = await estates.unit_by_code(conn, estate.id, "2-2-402")
        assert blank is not None
        fixed = blank.model_dump(include=COLUMNS) | {"area_centi_m2": 10000}
        await estates.upsert_unit(conn, estate.id, fixed)

    # owners bind; one owner of three units (zh), a tenant who cannot vote
    multi = await _owner(bot, estate, 7000, "2-1-101", "zh-Hans")
    voters = {}
    online = [c for c in _codes() if c.startswith("1-")] + ["2-2-101", "2-2-102"]
    for offset, code in enumerate(online, start=1):
        voters[code] = await _owner(bot, estate, 7000 + offset, code)
    silent = [await _owner(bot, estate, 7100 + i, c) for i, c in enumerate(("2-2-201", "2-2-202"))]
    late = await _owner(bot, estate, 7200, "2-2-302")  # votes on paper, then online
    tenant_code = await resident_code(services, estate, "1-1-101", "tenant")
    tenant = await bind(bot, 7300, tenant_code, "en", "Tenant")
    await tenant.expect_count(2)

    await manager.send("/votes")
    await manager.expect("No owners' votes yet")
    await manager.press("🗳 Open a vote")
    await manager.expect("Its title")
    await manager.send("Lift overhaul from the maintenance fund")
    await manager.expect("Describe the matter")
    await manager.send("Overhaul of the four lifts of buildings 1 and 2: 480,000 yuan.")
    await manager.expect("Which kind of matter?")
    await manager.press("Ordinary matter (such as using the maintenance fund)")
    await manager.expect("Send photos of the quote")
    await manager.send_photo("quote")
    await manager.expect("Photo 1 of 5 received")
    await manager.press("Done")
    await manager.expect("Until which day")
    await manager.send("2026-12-10")
    summary = await manager.expect("Please check the vote")
    assert "Roll: 40 units, 37 owners, 4150.00 m² in all" in (summary.text or "")
    await manager.press("✅ Confirm")
    await manager.expect("The vote is open", "BJ-2026-0001", "Voted: 0 of 40 units")
    await bot.tick()

    # the owner of three units sees their weight in Chinese and votes once for all three
    await multi.expect("业主表决 BJ-2026-0001")
    await multi.press("🗳 打开表决")
    card = await multi.expect("您的表决权重")
    assert "2-1-101, 2-1-102, 2-1-201，共 3 套、450.00 ㎡，按一人计" in (card.text or "")
    await multi.press("同意")
    await multi.expect_answer("已记录您的投票")
    await multi.expect("您的投票：同意")

    choices = {code: "Agree" for code in online}
    for code in ("1-1-201", "1-1-301", "1-1-401", "1-1-501", "1-2-101", "1-2-201"):
        choices[code] = "Disagree"
    for code in ("1-2-301", "1-2-401"):
        choices[code] = "Abstain"
    for code in online:
        await _vote(voters[code], choices[code])
    # one owner changes their mind on the same card
    changer = voters["1-2-201"]
    await changer.press("Agree")
    await changer.expect_answer("Your vote is recorded")
    changed = await changer.expect("Your vote: Agree")
    assert "✅ Agree" in changed.button_labels()

    # the tenant reads the vote but cannot vote, even with a forged button
    await tenant.expect_nothing()
    await tenant.send("/votes")
    listing = await tenant.expect("Owners' votes:")
    await tenant.press(listing.button_labels()[0])
    await tenant.expect("tenants and family members can read them but not vote")
    await tenant.press(data="1:bj:agree:1")
    await tenant.expect_answer("Only the owner of record can vote")

    # the butler enters two paper ballots from their grid; an online vote is not overwritten
    await butler.send("/votes")
    listing = await butler.expect("Owners' votes:")
    await butler.press(listing.button_labels()[0])
    await butler.expect("Voted: 25 of 40 units", "how they voted is not shown before the close")
    for unit, choice in (("2-2-301", "Agree"), ("2-2-302", "Abstain")):
        await butler.press("📝 Enter a paper ballot")
        await butler.expect("Which unit?")
        if unit == "2-2-301":
            await butler.send("1-1-101")
            await butler.expect("1-1-101 is not in your grids")
            await butler.send("2-2-101")
            await butler.expect("has voted online")
        await butler.send(unit)
        await butler.expect("What does the ballot say?")
        await butler.press(choice)
        await butler.expect("Send a photo of the ballot")
        await butler.send_photo()
        await butler.expect(f"the paper ballot of {unit} says “{choice}”")
        await butler.press("✅ Confirm")
        await butler.expect(f"The paper ballot of {unit} is recorded")
    await butler.press("🚪 Owners who have not voted")
    visits = await butler.expect("Owners who have not voted (13 units)")
    assert "2-2-201" in (visits.text or "") and "1-1-" not in (visits.text or "")

    # the owner of the paper ballot votes online later: it replaces the paper one
    await _vote(late, "Agree")
    await late.expect("online vote replaced the paper ballot")

    # two days before the close the bound owners who have not voted are reminded, once
    bot.clock.set(datetime(2026, 12, 8, 12, tzinfo=UTC))
    await bot.tick()
    for chat in silent:
        await chat.expect("closes 2026-12-10 20:00 and you have not voted yet")
    await bot.tick()
    for chat in (*silent, voters["1-1-101"], multi):
        await chat.expect_nothing()

    # the close: the result by the ordinary rule, published to every resident with the figures
    bot.clock.set(datetime(2026, 12, 10, 12, tzinfo=UTC))
    await bot.tick()
    await tenant.expect(
        "Owners' vote result",
        "Result: passed",
        "Participating area 2850.00 m² of 4150.00 m² (68.67%)",
        "Participating owners 25 of 37 (67.57%)",
        "Agreeing area 2150.00 m² of 2850.00 m² participating (75.44%)",
        "Agreeing owners 18 of 25 participating (72.00%)",
        "Disagree: 5 owners (500.00 m²); abstain: 2 owners (200.00 m²)",
    )
    await multi.expect(
        "【业主表决结果公示】", "参与表决专有部分面积 2850.00 ㎡ / 总面积 4150.00 ㎡（68.67%）"
    )
    await manager.expect("has closed: passed")
    await voters["1-1-101"].press(data="1:bj:disagree:1")
    await voters["1-1-101"].expect_answer("This vote has closed")
    async with services.db.read() as conn:
        stored = await votes.get(conn, 1)
        events = await votes.events(conn, 1)
    assert stored is not None and stored.state == "closed" and stored.notice_id is not None
    assert stored.result is not None and stored.result["paper"] == 1
    assert [e.action for e in events].count("replaced") == 1
    assert [e.action for e in events].count("changed") == 1

    # every ballot exported, with how each owner voted now that it has closed
    await manager.send("/votes")
    listing = await manager.expect("Owners' votes:")
    await manager.press(listing.button_labels()[0])
    await manager.expect("Result: ✅ passed")
    await manager.press("📊 Export the ballots")
    sent = await manager.expect()
    assert sent.kind == "document"
    book = openpyxl.load_workbook(io.BytesIO(bot.emu.file_bytes(sent.file_id or "")))
    rows = {r[0]: r for r in book["Ballots"].iter_rows(min_row=2, values_only=True)}
    assert rows["1-1-201"][4] == "Disagree" and rows["2-1-102"][4] == "Agree"
    assert rows["2-2-302"][5] == "online" and rows["2-2-302"][6] == "yes"
    assert rows["2-2-301"][5] == "paper" and rows["2-2-201"][3] == "no"


async def test_a_secret_three_quarter_vote_with_a_co_owned_unit(bot: Harness) -> None:
    services = bot.services
    estate = await make_estate(services.db)  # 5 units of 89.50 m², owners not recorded
    await VoteAdmin(services.db).set_secret(estate, True)
    manager = bot.chat(6000, language_code="en", first_name="Zhang Wei")
    await manager.send(f"/start {await staff_code(services, estate, 'manager', [])}")
    await manager.expect_count(2)
    first = await _owner(bot, estate, 7000, "3-2-301")
    second = await _owner(bot, estate, 7001, "3-2-301")  # the unit's second owner
    others = {
        code: await _owner(bot, estate, 7002 + i, code)
        for i, code in enumerate(("1-1-101", "1-1-102", "2-1-101", "3-1-101"))
    }
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))

    await manager.send("/votes")
    await manager.expect("No owners' votes yet")
    await manager.press("🗳 Open a vote")
    await manager.expect("Its title")
    await manager.send("Raise the maintenance fund by 2 yuan/m²")
    await manager.expect("Describe the matter")
    await manager.send("The fund is nearly spent; each unit adds 2 yuan per m² once.")
    await manager.expect("Which kind of matter?")
    await manager.press("Raising the maintenance fund")
    await manager.expect("Send photos")
    await manager.press("Done")
    await manager.expect("Until which day")
    await manager.send("12-5")
    summary = await manager.expect("Please check the vote", "at least three quarters")
    assert "Roll: 5 units, 5 owners, 447.50 m² in all" in (summary.text or "")
    await manager.press("✅ Confirm")
    await manager.expect("The vote is open")
    await bot.tick()

    # the owner bound first votes for the unit until the office names the other one
    await second.expect_nothing()
    await second.send("/votes")
    listing = await second.expect("Owners' votes:")
    await second.press(listing.button_labels()[0])
    await second.expect("Your unit's vote is cast by its voting owner")
    await second.press(data="1:bj:agree:1")
    await second.expect_answer("Another owner of your unit casts its vote")
    await first.expect("Owners' vote BJ-2026-0001")
    await VoteAdmin(services.db).set_voter(estate, "3-2-301", 7001)
    await second.press(listing.button_labels()[0])
    await second.expect("Your voting weight: 3-2-301, one unit with 89.50 m²")
    await second.press("Agree")
    await second.expect_answer("Your vote is recorded")
    await first.press(data="1:bj:disagree:1")
    await first.expect_answer("Another owner of your unit casts its vote")
    for code, choice in (
        ("1-1-101", "Agree"),
        ("1-1-102", "Agree"),
        ("2-1-101", "Disagree"),
        ("3-1-101", "Disagree"),
    ):
        await _vote(others[code], choice)

    # three of five agree: enough for an ordinary matter, not for raising the fund
    bot.clock.set(datetime(2026, 12, 5, 12, tzinfo=UTC))
    await bot.tick()
    await first.expect(
        "Result: not passed",
        "Agreeing area 268.50 m² of 447.50 m² participating (60.00%)",
        "Agreeing owners 3 of 5 participating (60.00%)",
        "at least three quarters",
    )
    await manager.send("/votes")
    listing = await manager.expect("Owners' votes:")
    await manager.press(listing.button_labels()[0])
    await manager.expect(
        "Result: ❌ not passed", "Voted: 5 of 5 units (how they voted stays secret)"
    )
    await manager.press("📊 Export the ballots")
    sent = await manager.expect()
    book = openpyxl.load_workbook(io.BytesIO(bot.emu.file_bytes(sent.file_id or "")))
    rows = list(book["Ballots"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 5 and all(r[3] == "yes" and not r[4] for r in rows)
