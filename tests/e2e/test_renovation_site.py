"""Renovation after the permit: a pass added and revoked, reminders, access, and an acceptance
that finds problems, whose deadline passes, and ends with a deduction from the deposit."""

from __future__ import annotations

from sqlalchemy import select

from storage.repositories import bills, renovations
from storage.tables import refunds
from tests.e2e.fee_helpers import resident, staff, unit_id
from tests.e2e.renovation_helpers import LI, ZHANG, at, count, open_card, permitted
from tests.factories import make_estate
from tests.harness import Harness


async def test_passes_reminders_access_and_a_deduction(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    bot.clock.set(at(12, 1, 2))
    owner = await resident(bot, estate, 6201, "1-1-101")
    await staff(bot, estate, 7200, "manager", [])
    butler = await staff(bot, estate, 7201, "butler", ["A"])
    stranger = await staff(bot, estate, 7202, "butler", ["B"])
    unit = await unit_id(bot, estate, "1-1-101")
    rid = await permitted(bot, 6201, 7200, 7201, unit)
    await bot.tick()
    await owner.expect("Works permit issued")

    # a second worker after the permit: a pass billed, issued once paid, then revoked
    await open_card(owner, "ZX-2026-0001")
    await owner.press("👷 Add a worker")
    await owner.expect("full name")
    await owner.send("Li Si")
    await owner.expect("resident ID number")
    await owner.send(ZHANG)
    await owner.expect("already registered", "resident ID number")  # the same person twice
    await owner.send(LI)
    await owner.expect("photo of the worker")
    await owner.send_photo()
    await owner.expect("Please check the worker")
    await owner.press("✅ Confirm")
    await owner.expect("Li Si is registered", "billed")
    await bot.tick()
    await owner.expect("pass of a new worker", "¥20.00")
    async with bot.services.db.read() as conn:
        li = next(w for w in await renovations.workers_of(conn, rid) if w.name == "Li Si")
    assert li.state == "unpaid"
    await stranger.send("/renovation")
    await stranger.expect("No renovation is in progress")  # another grid's butler sees none
    await stranger.press(data=f"1:reno:do:view:{rid}")  # a forged or old button: nothing shown
    await stranger.expect_answer("not")
    await open_card(butler, "ZX-2026-0001")
    await butler.press("🧾 Record payment at the office")
    await butler.expect("¥20.00")
    await bot.tick()
    await owner.expect("Li Si: pass CR-2026-0002")
    async with bot.services.db.read() as conn:
        li = next(w for w in await renovations.workers_of(conn, rid) if w.name == "Li Si")
    assert li.state == "active" and li.pass_code
    bot.clock.set(at(12, 4, 2))
    await butler.send(f"/pass {li.pass_code}")
    await butler.expect("Li Si")
    await open_card(butler, "ZX-2026-0001")
    await butler.press("⛔ Revoke the pass of Li Si")
    await butler.expect("revoked")
    await butler.send(f"/pass {li.pass_code}")
    await butler.expect("Li Si", "revoked")

    # the day's patrol: its 装修户 checkpoint lists the grid's renovation in progress
    await bot.services.patrols.ensure_defaults()
    await bot.tick()
    await butler.expect("grid A · 2026-12-04", "0/7 checkpoints")
    await butler.press("🚶 Start the patrol")
    progress = await butler.expect("0/7 checked")
    for _ in range(6):
        await butler.press("✅ OK", message_id=progress.message_id)
        await butler.expect_answer()
    walk = await butler.expect("6/7 checked", "#7")
    assert "• ZX-2026-0001 1-1-101 → 2026-12-20" in (walk.text or "")

    # the expiry reminder: three days before the end, once, residents in daytime
    await bot.tick()
    before = count(bot, 6201, "2026-12-20")
    for moment in (at(12, 17, 0), at(12, 17, 1), at(12, 17, 5)):
        bot.clock.set(moment)
        await bot.tick()
    assert count(bot, 6201, "2026-12-20") == before + 1

    # finished; the acceptance finds a problem to fix by a day; not fixed: deducted
    await open_card(owner, "ZX-2026-0001")
    await owner.press("🏁 Works finished: ask for acceptance")
    await owner.expect("acceptance")
    await bot.tick()
    ask = await butler.expect("reported finished")
    await butler.press("🏁 Record the acceptance", message_id=ask.message_id)
    await butler.expect("Deposit held: ¥1,000.00")
    assert "💸" not in " ".join(butler.last().button_labels())  # only after a deadline
    await butler.press(next(x for x in butler.last().button_labels() if "fix" in x.lower()))
    await butler.expect("What is not up to standard")
    await butler.send("Debris left in the stairwell")
    await butler.expect("By which day")
    await butler.send("2026-12-19")
    await butler.expect("photos")
    await butler.send_photo()
    await butler.expect("Photo 1 of 5")
    await butler.press("Done")
    await butler.expect("Please check")
    await butler.press("✅ Confirm")
    await butler.expect("ZX-2026-0001")
    await bot.tick()
    await owner.expect("Debris left in the stairwell", "2026-12-19")
    bot.clock.set(at(12, 19, 1))
    await bot.tick()
    remind = await butler.expect("Deadline today")
    await butler.press("🏁 Record the acceptance", message_id=remind.message_id)
    await butler.expect("Deposit held")
    await butler.press(next(x for x in butler.last().button_labels() if "deduct" in x))
    await butler.expect("How much is deducted")
    await butler.send("1500")
    await butler.expect("at most the deposit held, ¥1,000.00")
    await butler.send("300")
    await butler.expect("Why is it deducted")
    await butler.send("Stairwell not cleaned by the deadline; cleaned by the office")
    await butler.expect("handed back")
    await butler.press("✔️ Done")
    await butler.expect("photos")
    await butler.send_photo()
    await butler.expect("Photo 1 of 5")
    await butler.press("Done")
    await butler.expect("Please check")
    await butler.press("✅ Confirm")
    await butler.expect("closed")
    await bot.tick()
    await owner.expect("¥300.00", "Stairwell not cleaned")

    async with bot.services.db.read() as conn:
        application = await renovations.get(conn, rid)
        own = {b.id: b.fee_type.partition("#")[0] for b in await bills.of_units(conn, [unit])}
        back = (await conn.execute(select(refunds.c.bill_id, refunds.c.amount_minor))).all()
    assert application is not None and application.state == "closed"
    assert application.deduction_minor == 30_000
    assert sorted((own[bill], amount) for bill, amount in back) == [
        ("renovation_deposit", 70_000),  # 1000 less the 300 deducted
        ("renovation_pass", 2_000),  # Zhang San's pass handed back; Li Si's was revoked
        ("renovation_permit", 5_000),
    ]
    await butler.send("/pass NOSUCH")
    await butler.expect("No pass or permit")
    await owner.send("/pass NOSUCH")  # residents check nothing
    await owner.expect("not")
