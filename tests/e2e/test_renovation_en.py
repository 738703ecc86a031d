"""Renovation in English: a tenant applies for an office with the owner's consent; review;
the fees of the table (an office pays the 2000 deposit); a guard's pass check."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from bot.services.renovation.admin import RenovationAdmin
from storage.repositories import bills, renovations
from storage.tables import units
from tests.e2e.chat import Chat
from tests.e2e.fee_helpers import staff, unit_id
from tests.factories import make_estate, resident_code
from tests.harness import Harness

LICENCE = "91310000MA1FL0AB3K"  # a well-formed unified social credit code
WORKER_ID = "11010519491231002X"  # the national standard's own example ID number


async def _bound(bot: Harness, estate: object, user_id: int, unit: str, relation: str) -> Chat:
    chat = bot.chat(user_id, language_code="en")
    await chat.send(f"/start {await resident_code(bot.services, estate, unit, relation)}")  # type: ignore[arg-type]
    await chat.expect("Resident menu")
    return chat


async def _photo(chat: Chat, seen: str) -> None:
    await chat.send_photo()
    await chat.expect(seen)
    await chat.press("Done")


async def test_a_tenant_applies_for_an_office_with_the_owners_consent(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    async with bot.services.db.transaction() as conn:
        await conn.execute(update(units).where(units.c.code == "1-1-102").values(usage="office"))
    await RenovationAdmin(bot.services.db, bot.clock).put_document(
        estate, "rules", "rules.pdf", b"%PDF-1.4 rules"
    )
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    owner = await _bound(bot, estate, 6001, "1-1-102", "owner")
    tenant = await _bound(bot, estate, 6002, "1-1-102", "tenant")
    manager = await staff(bot, estate, 7000, "manager", [])
    guard = await staff(bot, estate, 7001, "butler", ["A"])

    await tenant.send("/renovation")
    menu = await tenant.expect("no renovation application yet")
    assert "📝 Apply to renovate 1-1-102" in menu.button_labels()
    await tenant.press("📝 Apply to renovate 1-1-102")
    sent = await tenant.expect("Renovation rules")  # the uploaded document, as a file
    assert sent.kind == "document" and sent.file_name == "rules.pdf"
    await tenant.expect("the owner must authorise you in writing")
    await tenant.send("I am the tenant")  # text where the authorisation's photo is asked
    await tenant.expect("This step needs")
    await _photo(tenant, "Photo 1 of 3")
    read = await tenant.expect("Please read the document I sent above")
    assert "home or an office" not in (read.text or "")  # the unit's record says: an office
    await tenant.press("✅ I have read them and will follow them")
    await tenant.expect("When will the works start?")
    await tenant.send("2026-12-07")
    await tenant.expect("When will the works end?")
    await tenant.send("2027-01-20")
    await tenant.expect("Which works will be done?")
    await tenant.press("Floors")
    await tenant.press("Ceiling")
    await tenant.expect("2 chosen")
    await tenant.press("✔️ Done")
    await tenant.expect("How many m² will be renovated?")
    await tenant.send("0")
    await tenant.expect("0 is outside the range from 1 to 10000")
    await tenant.press("The unit's area: 89.5 m²")
    await tenant.expect("second renovation")
    await tenant.press("No")
    await tenant.expect("name of the contractor")
    await tenant.send("Shanghai Meijia Decoration Co., Ltd.")
    await tenant.expect("business licence number")
    await tenant.send("not a licence")
    await tenant.expect("unified social credit code")
    await tenant.send(LICENCE)
    await tenant.expect("qualification certificate")
    await tenant.send("Building decoration, grade II")
    await tenant.expect("photo of the contractor's business licence")
    await _photo(tenant, "Photo 1 of 3")
    await tenant.expect("qualification certificate")
    await _photo(tenant, "Photo 1 of 3")
    await tenant.expect("construction drawings")
    await _photo(tenant, "Photo 1 of 10")
    summary = await tenant.expect("Floors, Ceiling")
    assert not any("一" <= ch <= "鿿" for ch in summary.text or "")  # English has no Chinese
    await tenant.press("✅ Confirm")
    card = await tenant.expect("ZX-2026-0001", "saved as a draft")
    assert "📨 Submit for review" in card.button_labels()

    await tenant.press("📨 Submit for review")
    await tenant.expect_answer(
        "Register at least one worker"
    )  # no worker yet: said so, nothing sent
    await tenant.press("👷 Add a worker")
    await tenant.expect("full name")
    await tenant.send("Li Si")
    await tenant.expect("resident ID number")
    await tenant.send("110105194912310021")  # a wrong check digit
    await tenant.expect("check digit")
    await tenant.send(WORKER_ID)
    await tenant.expect("photo of the worker")
    await tenant.send_photo()
    await tenant.expect("110105********002X")
    await tenant.press("✅ Confirm")
    await tenant.expect("Li Si is registered")
    await tenant.press("📨 Submit for review")
    await tenant.expect("The owner of the unit has been asked to agree first")
    await bot.tick()
    await manager.expect_nothing()  # not before the owner agreed

    ask = await owner.expect("has applied to renovate your unit 1-1-102")
    await owner.press("✅ I agree", message_id=ask.message_id)
    await owner.expect("You agreed")
    await bot.tick()
    await tenant.expect("The owner agreed")
    review = await manager.expect("To review: renovation application ZX-2026-0001")
    await manager.press("📋 Review", message_id=review.message_id)
    await manager.expect("Tap every item that is NOT acceptable")
    await manager.press("✔️ Done")
    await manager.expect("nothing is objected to")
    await manager.press("✅ Confirm")
    await manager.expect("ZX-2026-0001 is approved")
    await bot.tick()
    fees = await tenant.expect("is approved. Please pay these fees")
    assert "Renovation deposit: ¥2,000.00" in (fees.text or "")
    assert "Total: ¥2,517.50" in (fees.text or "")  # 2000 + 89.5 × 5 + 50 + 20 = 2517.50

    unit = await unit_id(bot, estate, "1-1-102")
    async with bot.services.db.read() as conn:
        found = {
            b.fee_type.partition("#")[0]: b.amount_minor
            for b in await bills.of_units(conn, [unit])
        }
        application = (await renovations.of_unit(conn, unit))[0]
        history = [e.action for e in await renovations.events_of(conn, application.id)]
    assert found == {
        "renovation_deposit": 200_000,
        "renovation_debris": 44_750,
        "renovation_permit": 5_000,
        "renovation_pass": 2_000,
    }
    assert application.state == "approved" and application.relation == "tenant"
    assert history == [
        "applied", "worker_added", "awaiting_owner", "owner_agreed", "approved"
    ]  # fmt: skip

    await manager.send("/renovation")
    listing = await manager.expect("ZX-2026-0001")
    await manager.press("ZX-2026-0001 1-1-102", message_id=listing.message_id)
    await manager.expect("⏳ to pay")
    await manager.press("🧾 Record payment at the office")
    await manager.expect("¥2,517.50")
    await bot.tick()
    issued = await tenant.expect("Works permit issued")
    async with bot.services.db.read() as conn:
        application = (await renovations.of_unit(conn, unit))[0]
        worker = (await renovations.workers_of(conn, application.id))[0]
        open_bills = await bills.open_of_unit(conn, unit)
    assert application.state == "permitted" and application.permit_number == "XK-2026-0001"
    assert (
        worker.state == "active" and worker.pass_code and worker.pass_code in (issued.text or "")
    )
    assert open_bills == []

    await guard.send(f"/pass {worker.pass_code.lower()}")
    await guard.expect("Not valid yet", "Li Si")  # the works start on 2026-12-07
    bot.clock.set(datetime(2026, 12, 8, 2, tzinfo=UTC))
    await guard.send(f"/pass {worker.pass_code}")
    checked = await guard.expect("Li Si")
    assert checked.kind == "photo"  # the worker's photo, to compare with the person
    await guard.send("/pass NOPE42")
    await guard.expect("No pass or permit")
    await tenant.send("/pass ABCDEF")  # a resident checks nothing
    await tenant.expect("not")
    bot.clock.set(datetime(2027, 1, 22, 2, tzinfo=UTC))  # after the end date
    await guard.send(f"/pass {worker.pass_code}")
    await guard.expect("the works period has ended")
