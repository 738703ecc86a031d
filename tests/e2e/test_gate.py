"""The gate (门岗): a visitor pass let in once, refused when used, early, expired or revoked,
the resident told of the arrival; a plate check; a tenant's goods release approved by the
owner and let out once, a refused one; staff's /visitors; the gate log, digest and export."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from bot.services.gate.board import digest_counts
from storage.models import GateCheck, GoodsRelease, VisitorPass
from storage.repositories import gate
from tests.e2e.chat import Chat
from tests.e2e.estate import bind, populate
from tests.factories import resident_code, staff_code
from tests.harness import Harness

TOMORROW_1430 = datetime(2026, 12, 1, 6, 30, tzinfo=UTC)  # Tuesday 14:30 in Shanghai


async def _register(
    chat: Chat, name: str, plate: str | None, day: str, start: str, end: str, notify: str
) -> str:
    """Walk the visitor flow; return the code issued."""
    await chat.send("/visitor")
    await chat.expect("The visitor's name")
    await chat.send(name)
    await chat.expect("How many people come")
    await chat.send("2")
    await chat.expect("The car's plate")
    if plate is None:
        await chat.press("⏭ Skip")
    else:
        await chat.send(plate)
    await chat.expect("On which day do they come?")
    await chat.press(day)
    await chat.expect("From what time?")
    await chat.press(start)
    await chat.expect("Until what time?")
    await chat.press(end)
    await chat.expect("tell you when they arrive")
    await chat.press(notify)
    await chat.expect("Please check the visitor", name)
    await chat.press("✅ Confirm")
    photo = await chat.expect("Visitor pass for", name)
    assert photo.kind == "photo"
    done = await chat.expect("The pass is issued: code")
    return (done.text or "").split("code ")[1].split(".")[0]


async def _pass(bot: Harness, code: str) -> VisitorPass:
    async with bot.services.db.read() as conn:
        found = await gate.pass_by_code(conn, code)
    assert found is not None
    return found


async def _log(bot: Harness, estate_id: int) -> list[GateCheck]:
    async with bot.services.db.read() as conn:
        return await gate.checks_of(conn, estate_id)


async def test_a_visitor_pass_lets_in_once_and_the_gate_logs_every_check(bot: Harness) -> None:
    people = await populate(bot)
    resident = people.resident
    guard = await bind(
        bot, 5200, await staff_code(bot.services, people.estate, "guard", []), "en", "Sun Bao"
    )
    await guard.expect("gate guard")

    # bad input re-asks: a sticker for the name, a photo for the number of people
    await resident.send("/visitor")
    await resident.expect("The visitor's name")
    await resident.send_sticker()
    await resident.expect("I need text here, not a sticker")
    await resident.send("Chen Hua")
    await resident.expect("How many people come")
    await resident.send_photo()
    await resident.expect("Please send a number from 1 to 20")
    await resident.send("/cancel")
    await resident.expect("Cancelled the visitor registration")

    code = await _register(
        resident, "Chen Hua", "粤b 12345", "Today (2026-11-30)", "10:00", "12:00", "Yes"
    )
    found = await _pass(bot, code)
    assert found.plate == "粤B12345" and found.state == "active" and found.notify
    qr = [m for m in bot.emu.bot_messages(5000) if m.kind == "photo"][-1]
    assert bot.emu.file_bytes(qr.photo[-1]).startswith(b"\x89PNG")

    await guard.send(f"/pass {code.lower()}")
    card = await guard.expect("Visitor Chen Hua", "3-2-301", "Lin Fang", "Valid")
    await guard.press("✅ Let in", message_id=card.message_id)
    await guard.expect("Let in (the pass is now used)")
    first = (await _log(bot, people.estate.id))[0]
    await guard.press(data=f"1:vp:g:in:{first.id}")  # a second press: nothing more
    await guard.expect_answer("already been decided")
    await bot.tick()
    await resident.expect("Your visitor Chen Hua", "arrived at the gate at 10:00")
    await guard.send(f"/pass {code}")
    await guard.expect("Chen Hua", "Refused: already used")

    # a plate: not valid yet today, let in on its day after a refusal, expired after its window
    plate_code = await _register(
        resident, "Li Lei", "京A88888", "Tomorrow (2026-12-01)", "14:00", "16:00", "No"
    )
    late_code = await _register(
        resident, "Wu Di", None, "Tomorrow (2026-12-01)", "10:00", "12:00", "No"
    )
    revoked_code = await _register(
        resident, "Zhou Qi", None, "Tomorrow (2026-12-01)", "14:00", "18:00", "Yes"
    )
    await guard.send("/pass 京A88888")
    await guard.expect("Visitor Li Lei", "Refused: not valid yet")
    await resident.send("/visitors")
    await resident.expect("Your visitor passes", "Zhou Qi")
    await resident.press(f"⛔ Revoke pass {revoked_code}")
    await resident.expect(f"Pass {revoked_code} is revoked")

    bot.clock.set(TOMORROW_1430)
    await guard.send("/pass 京a·88888")
    card = await guard.expect("Visitor Li Lei", "Valid")
    await guard.press("⛔ Refuse", message_id=card.message_id)
    await guard.expect("Refused: refused by the guard")
    await guard.send("/pass 京A88888")
    card = await guard.expect("Visitor Li Lei", "Valid")
    await guard.press("✅ Let in", message_id=card.message_id)
    await guard.expect("Let in")
    assert (await _pass(bot, plate_code)).state == "used"
    await guard.send(f"/pass {late_code}")
    await guard.expect("Wu Di", "Refused: expired")
    await guard.send(f"/pass {revoked_code}")
    await guard.expect("Zhou Qi", "Refused: revoked by the resident")
    await guard.send("/pass NOSUCH")
    await guard.expect("No pass or permit matches NOSUCH")
    await bot.tick()
    assert not [m for m in bot.emu.bot_messages(5000) if "Li Lei" in (m.text or "") and
                "arrived" in (m.text or "")]  # fmt: skip

    # residents check nothing; staff see today's visitors of what they look after
    await resident.send(f"/pass {code}")
    await resident.expect("not for residents")
    await guard.send("/visitors")
    await guard.expect("the gate on 2026-12-01", "Expected visitors: 2", "Li Lei")
    await people.other_butler.send("/visitors")  # grid A: 3-2-301 is in grid B
    await people.other_butler.expect("Expected visitors: 0")

    log = await _log(bot, people.estate.id)
    assert [(c.kind, c.outcome, c.reason) for c in log] == [
        ("visitor", "admitted", ""),
        ("visitor", "refused", "used"),
        ("visitor", "refused", "early"),
        ("visitor", "refused", "guard"),
        ("visitor", "admitted", ""),
        ("visitor", "refused", "expired"),
        ("visitor", "refused", "revoked"),
        ("unknown", "refused", "unknown"),
    ]
    assert log[0].typed == code.lower() and log[2].typed == "京A88888"
    assert all(c.guard_account_id is not None for c in log)
    sheets = await bot.services.exports.sheets(
        people.estate, ["gate"], date(2026, 11, 30), date(2026, 12, 1)
    )
    assert len(sheets[0].rows) == len(log)
    assert sheets[0].rows[0][4:6] == ["3-2-301", "Chen Hua"]


async def _release(chat: Chat, items: str, day: str, *, said: str) -> str:
    await chat.send("/release")
    await chat.expect("What items do you take out")
    await chat.send(items)
    await chat.expect("On which day?")
    await chat.press(day)
    await chat.expect("Please check the goods release", items)
    await chat.press("✅ Confirm")
    done = await chat.expect(said)
    found = re.search(r"\b[ACDEFGHJKMNPQRTUVWXY3479]{6}\b", done.text or "")
    assert found is not None
    return found.group(0)


async def _release_row(bot: Harness, code: str) -> GoodsRelease:
    async with bot.services.db.read() as conn:
        found = await gate.release_by_code(conn, code)
    assert found is not None
    return found


async def test_a_tenants_goods_release_waits_for_the_owner_and_lets_out_once(
    bot: Harness,
) -> None:
    people = await populate(bot)
    owner = people.resident  # the owner of 3-2-301
    tenant = await bind(
        bot,
        5300,
        await resident_code(bot.services, people.estate, "3-2-301", "tenant"),
        "en",
        "Ma Jun",
    )
    await tenant.expect_count(2)
    guard = await bind(
        bot, 5200, await staff_code(bot.services, people.estate, "guard", []), "en", "Sun Bao"
    )
    await guard.expect("gate guard")

    code = await _release(
        tenant, "A sofa and two boxes", "Tomorrow (2026-12-01)", said="Sent to the unit's owner"
    )
    assert (await _release_row(bot, code)).state == "awaiting_owner"
    await guard.send(f"/pass {code}")
    await guard.expect("A sofa and two boxes", "Refused: the owner has not approved it yet")
    await bot.tick()
    ask = await owner.expect("Ma Jun, your tenant in 3-2-301", "A sofa and two boxes")
    await owner.press("✅ Approve", message_id=ask.message_id)
    await owner.expect("Approved: the tenant gets the release code")
    await bot.tick()
    await tenant.expect("The owner approved your goods release", code)
    await guard.send(f"/pass {code}")
    await guard.expect("Refused: not valid yet")

    bot.clock.set(TOMORROW_1430)
    async with bot.services.db.read() as conn:
        visitors, heads, releases = await digest_counts(conn, people.estate, date(2026, 12, 1))
    assert (visitors, heads, releases) == (0, 0, 1)
    await people.manager.send("/visitors")
    await people.manager.expect("Open goods releases: 1", code)
    await guard.send(f"/pass {code}")
    card = await guard.expect("Goods release", "asked by Ma Jun", "Valid")
    await guard.press("✅ Let the items out", message_id=card.message_id)
    await guard.expect("Let out (the release is now used)")
    await bot.tick()
    await tenant.expect("were let out at the gate")
    await guard.send(f"/pass {code}")
    await guard.expect("Refused: already used")

    refused = await _release(tenant, "A piano", "Today (2026-12-01)", said="for approval")
    await bot.tick()
    ask = await owner.expect("A piano", "Do you approve?")
    await owner.press("❌ Refuse", message_id=ask.message_id)
    await owner.expect("Refused: the tenant is told")
    await bot.tick()
    await tenant.expect("did not approve", "A piano")
    await guard.send(f"/pass {refused}")
    await guard.expect("A piano", "Refused: the owner refused it")
    await owner.press(data=f"1:gr:ok:{(await _release_row(bot, refused)).id}")  # decided
    await owner.expect_answer("already been decided")

    mine = await _release(owner, "Old desk", "Today (2026-12-01)", said="show the code")
    assert (await _release_row(bot, mine)).state == "approved"
    log = await _log(bot, people.estate.id)
    assert [(c.kind, c.outcome, c.reason) for c in log] == [
        ("release", "refused", "awaiting_owner"),
        ("release", "refused", "early"),
        ("release", "admitted", ""),
        ("release", "refused", "used"),
        ("release", "refused", "owner_refused"),
    ]


async def test_a_tenants_release_nobody_answers_lapses_at_the_end_of_its_day(
    bot: Harness,
) -> None:
    people = await populate(bot)
    tenant = await bind(
        bot,
        5300,
        await resident_code(bot.services, people.estate, "3-2-301", "tenant"),
        "en",
        "Ma Jun",
    )
    await tenant.expect_count(2)
    code = await _release(tenant, "A bicycle", "Tomorrow (2026-12-01)", said="for approval")
    await bot.tick()
    bot.clock.set(TOMORROW_1430)
    await bot.tick()
    await tenant.expect_nothing()  # still its day: the owner may answer
    bot.clock.set(TOMORROW_1430 + timedelta(hours=18))  # the next morning (quiet at night)
    await bot.tick()
    await tenant.expect("No owner answered your goods release", "A bicycle", "lapsed")
    assert (await _release_row(bot, code)).state == "expired"
    ask = next(m for m in bot.emu.bot_messages(5000) if "A bicycle" in (m.text or ""))
    await people.resident.press("✅ Approve", message_id=ask.message_id)
    await people.resident.expect_answer("already been decided")
