"""Household members (#21): an owner invites a tenant (with a lease end) and family members
(with what they may do) from chat; /household lists and removes them; a tenant's binding ends
with the lease, the owner reminded a week before; refusals are clear texts."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.callbacks import FeePay, MemberAct
from storage.tables import invites, occupancies
from tests.e2e.chat import Chat
from tests.e2e.estate import bind, populate
from tests.e2e.fee_helpers import import_bills, unit_id
from tests.e2e.test_repair import file_repair
from tests.harness import Harness


async def _invite(owner: Chat, relation: str, lease: str | None, drop: list[str]) -> str:
    """Walk the owner through the invite; return the one-time code."""
    await owner.send("/household")
    await owner.expect("🏠 3-2-301 · 湖畔花园 (you: owner)", "• Lin Fang (owner)")
    await owner.press("➕ Add a family member or tenant")
    await owner.expect("Whom do you invite to 3-2-301")
    await owner.send("my cousin")  # not one of the buttons
    await owner.expect("Please choose one of the buttons below")
    await owner.press("🔑 Tenant" if relation == "tenant" else "👪 Family member")
    if lease is not None:
        await owner.expect("When does the lease end?")
        await owner.send("someday")
        await owner.expect("I could not read that date")
        await owner.send("2026-11-01")
        await owner.expect("2026-11-01 has already passed")
        await owner.send(lease)
    await owner.expect("What may they do for 3-2-301?", "never a tenant or family member")
    for label in drop:
        await owner.press(f"✅ {label}")
        await owner.expect("chosen")
    await owner.press("✔️ Done")
    summary = await owner.expect("Please check the invite", "Vote: never (owners only)")
    assert f"Lease ends: {lease or '-'}" in (summary.text or "")
    await owner.press("✅ Confirm")
    issued = await owner.expect("A one-time code for a", "of 3-2-301")
    line = next(x for x in (issued.text or "").splitlines() if "A one-time code" in x)
    return line.rsplit(": ", 1)[1]


async def test_a_tenant_binds_with_the_owners_code_and_loses_access_at_the_lease_end(
    bot: Harness,
) -> None:
    people = await populate(bot)
    owner = people.resident
    code = await _invite(owner, "tenant", "2026-12-20", [])
    async with bot.services.db.read() as conn:
        terms = await conn.execute(select(invites.c.terms).where(invites.c.terms.is_not(None)))
        assert terms.scalar_one() == {
            "lease_ends_on": "2026-12-20",
            "may_pay": True,
            "may_repair": True,
        }
    tenant = await bind(bot, 5200, code, "en", "Tom Lee")
    await tenant.expect("You are now bound to unit 3-2-301")
    await bot.tick()
    await owner.expect("Tom Lee has joined 3-2-301 as tenant")

    await owner.send("/household")
    listing = await owner.expect("• Tom Lee (tenant)", "↳ lease ends 2026-12-20")
    assert "↳ added by Lin Fang" in (listing.text or "")
    assert "🗑 Remove Tom Lee" in listing.button_labels()
    assert "🗑 Remove Lin Fang" not in listing.button_labels()  # owners are not removed here
    await people.butler.send("/unit 3-2-301")
    card = await people.butler.expect("• Tom Lee (tenant)", "↳ lease ends 2026-12-20")
    assert "↳ added by Lin Fang" in (card.text or "")

    # a tenant sees their own terms and cannot invite anyone
    await tenant.send("/household")
    own = await tenant.expect("(you: tenant)", "Only the owner of 3-2-301 can add")
    assert "• Lin Fang" not in (own.text or "") and not own.button_labels()
    unit = await unit_id(bot, people.estate, "3-2-301")
    await tenant.press(data=MemberAct(action="add", unit_id=unit, account_id=1).pack())
    await tenant.expect_answer("Only the unit's owner can invite")

    await file_repair(tenant)
    filed = tenant.last()

    # a week before: the owner is reminded, with a button to extend
    bot.clock.set(datetime(2026, 12, 13, 2, 5, tzinfo=UTC))  # 10:05 in Shanghai
    await bot.tick()
    await bot.tick()
    remind = await owner.expect("The lease of Tom Lee at 3-2-301 ends on 2026-12-20")
    assert remind.button_labels() == ["📅 Extend the lease"]

    # after the last day: unbound, both told (in the morning: quiet hours)
    bot.clock.set(datetime(2026, 12, 20, 16, 1, tzinfo=UTC))  # 00:01 on the 21st
    await bot.tick()
    async with bot.services.db.read() as conn:
        left = await conn.execute(
            select(occupancies.c.account_id).where(occupancies.c.unit_id == unit)
        )
        assert len(left.all()) == 1  # only the owner
    bot.clock.set(datetime(2026, 12, 21, 0, 5, tzinfo=UTC))  # 08:05
    await bot.tick()
    await tenant.expect("Your lease at 3-2-301 of 湖畔花园 ended on 2026-12-20")
    await owner.expect("The lease of Tom Lee at 3-2-301 ended on 2026-12-20")
    await tenant.press(message_id=filed.message_id, row=0, col=0)  # the ticket's old button
    await tenant.expect_answer("You are no longer bound here")


async def test_the_owner_extends_a_lease_from_the_reminder(bot: Harness) -> None:
    people = await populate(bot)
    owner = people.resident
    code = await _invite(owner, "tenant", "2026-12-20", [])
    tenant = await bind(bot, 5200, code, "en", "Tom Lee")
    await tenant.expect("You are now bound to unit 3-2-301")
    bot.clock.set(datetime(2026, 12, 13, 2, 5, tzinfo=UTC))
    await bot.tick()
    await bot.tick()
    await owner.expect("ends on 2026-12-20")
    await owner.press("📅 Extend the lease")
    await owner.expect("Until when does the lease of Tom Lee go on?")
    await owner.send("2027-06-30")
    await owner.expect("The lease of Tom Lee now ends on 2027-06-30")
    await bot.tick()
    await tenant.expect("Your lease at 3-2-301 was extended to 2027-06-30")
    bot.clock.set(datetime(2026, 12, 21, 1, 0, tzinfo=UTC))  # past the old end
    await bot.tick()
    await tenant.send("/household")
    await tenant.expect("↳ lease ends 2027-06-30")


async def test_a_family_member_without_pay_or_repair_is_refused_and_removed(
    bot: Harness,
) -> None:
    people = await populate(bot)
    owner = people.resident
    await import_bills(bot, people.estate, "3-2-301,2026-11,property,320.50,2026-12-15,0,")
    code = await _invite(owner, "family", None, ["💳 Pay bills", "🔧 Report repairs"])
    family = await bind(bot, 5201, code, "en", "Mei Lin")
    await family.expect("You are now bound to unit 3-2-301")
    unit = await unit_id(bot, people.estate, "3-2-301")

    await family.send("/fees")
    fees = await family.expect("Fees of 3-2-301", "Paying these bills is up to the owner")
    assert not any("Pay" in label for label in fees.button_labels())
    await family.press(data=FeePay(unit_id=unit, bill_id=0).pack())
    await family.expect_answer("The owner has not allowed you to pay")
    await family.send("/repair")
    await family.expect("The owner has not allowed you to report repairs")
    await family.send("/household")
    await family.expect("↳ pay bills: no · report repairs: no · vote: never")
    # the fee reminder a week before the due date goes to the owner, not to them
    bot.clock.set(datetime(2026, 12, 8, 2, tzinfo=UTC))
    await bot.tick()
    await owner.expect("3-2-301", "320.50")
    await family.expect_nothing()

    await owner.send("/household")
    await owner.expect("• Mei Lin (family member)")
    await owner.press("🗑 Remove Mei Lin")
    await owner.expect("Remove Mei Lin (family member) from 3-2-301?")
    await owner.press("✅ Yes, remove")
    await owner.expect_answer("Mei Lin was removed")
    await bot.tick()
    await family.expect("You were removed from 3-2-301 of 湖畔花园 by the owner")
    await family.press(data=FeePay(unit_id=unit, bill_id=0).pack())  # an old bill button
    await family.expect_answer("You are no longer bound here")
