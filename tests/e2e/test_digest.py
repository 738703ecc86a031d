"""The manager's daily digest: figures that match the data, a chart, on demand, and empty."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.services.complaints.filing import ComplaintDraft
from bot.services.people.access import Viewer
from bot.services.tickets.repairs import RepairDraft
from bot.tabular import read_table
from tests.e2e.estate import populate
from tests.factories import make_estate, staff_code
from tests.harness import Harness

DAY_0900 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # Tuesday 09:00 in Shanghai
NEXT_0800 = datetime(2026, 12, 2, 0, 0, tzinfo=UTC)  # Wednesday 08:00: the digest of Tuesday


async def _viewer(bot: Harness, telegram_id: int) -> Viewer:
    account = await bot.services.accounts.seen(telegram_id, "x", None, "en")
    return await bot.services.access.viewer(account)


async def _settle(bot: Harness, moment: datetime) -> None:
    bot.clock.set(moment)
    await bot.tick()
    await bot.tick()


async def test_the_digest_counts_what_happened(bot: Harness, tmp_path: Path) -> None:
    people = await populate(bot)
    services = bot.services
    bills = tmp_path / "bills.csv"
    bills.write_text(
        "unit,period,fee_type,amount,due_date,paid_amount,paid_at\n"
        "3-2-301,2026-12,property,100.00,2026-12-15,60.00,2026-12-01\n"
        "1-1-101,2026-12,property,50.00,2026-12-15,50.00,2026-12-01\n",
        encoding="utf-8",
    )
    await services.fees.import_bills(people.estate, read_table(bills))
    await services.patrols.ensure_defaults()
    await _settle(bot, DAY_0900)  # patrol tasks for both grids appear
    resident, butler = await _viewer(bot, 5000), await _viewer(bot, 5002)
    await _settle(bot, DAY_0900 + timedelta(hours=1))
    water = RepairDraft(
        unit_id=resident.occupancies[0].unit_id,
        category="water",
        location="unit",
        description="Leak",
        visit_time="asap",
        urgent=False,
        photos_done=True,
    )
    gas = water.model_copy(update={"category": "gas", "description": "Gas smell", "urgent": True})
    first = await services.tickets.file_repair(resident, water)
    await services.tickets.file_repair(resident, gas)
    draft = ComplaintDraft(
        unit_id=water.unit_id,
        category="noise",
        description="Noise",
        callback="no",
        photos_done=True,
    )
    await services.complaints.file(resident, draft)
    for action in ("accept", "start"):
        await services.ticket_actions.act(butler, first.id, action)
    await services.ticket_actions.act(butler, first.id, "resolve", note="Fixed")
    await services.ticket_followup.rate(resident, first.id, 4)
    walk = services.patrol_walk
    task = (await walk.today(butler))[0].task
    await walk.start(butler, task.id)
    for position in range(7):
        await walk.answer(
            butler, task.id, position, position != 3, "Broken" if position == 3 else ""
        )
    await _settle(
        bot, DAY_0900 + timedelta(hours=3)
    )  # gas: acceptance breached; complaint: ack breached
    await _settle(bot, NEXT_0800 - timedelta(minutes=1))  # grid A's patrol is missed at midnight
    await _settle(bot, NEXT_0800)
    digest = await people.manager.expect("daily digest for 2026-12-01")
    text = digest.text or ""
    for line in (
        "New tickets: 3",
        "· repair Water: 1",
        "· repair Gas: 1",
        "· complaint Noise: 1",
        "Closed: 1",
        "Open backlog: 2",
        "Deadline breaches: repairs 1, complaint stages 1",
        "· Acknowledgement: 1",
        "Ratings: 1, average 4.0",
        "Patrols: 1 done, 1 missed, 1 problem(s) found",
        "Fee collection 2026-12: 73.3 %",
        "Escalations still open: 2",
    ):
        assert line in text, f"{line!r} not in {text!r}"
    photos = [m for m in bot.emu.bot_messages(5005) if m.kind == "photo"]
    assert len(photos) == 1 and bot.emu.file_bytes(photos[0].photo[-1]).startswith(b"\x89PNG")
    manager = people.manager
    assert digest.button_labels() == [
        "🚨 Escalations (2)",
        "⏰ Breaches (2)",
        "🚶 Missed patrols (1)",
        "👥 Per butler",
    ]
    await manager.press("🚨 Escalations (2)", message_id=digest.message_id)
    escalated = await manager.expect("Escalated and still open: 2")
    assert escalated.button_labels() == ["R-0002", "C-0001"]  # urgent first
    await manager.press("⏰ Breaches (2)", message_id=digest.message_id)
    breached = await manager.expect("Deadlines missed on 2026-12-01: 2")
    assert sorted(breached.button_labels()) == ["C-0001", "R-0002"]
    await manager.press("🚶 Missed patrols (1)", message_id=digest.message_id)
    missed = await manager.expect("Patrols missed on 2026-12-01: 1")
    assert "· daily patrol · grid A · nobody assigned" in (missed.text or "")
    await manager.press("👥 Per butler", message_id=digest.message_id)
    table = await manager.expect("Butlers, the 7 days to 2026-12-01")
    lines = (table.text or "").splitlines()  # butler 5002 is "x" here: see _viewer
    assert "· x: 0 open · 1 closed · 0 min · 0 h · 0 breaches · ★ 4" in lines
    assert "· Liu Min: 0 open · 0 closed · - min · - h · 0 breaches · ★ -" in lines
    await manager.send("/digest")
    await manager.expect("So far today (until 08:00): 0 new, 0 closed, 2 open")
    again = await manager.expect("daily digest for 2026-12-01")
    assert again.text == text
    await _settle(bot, NEXT_0800 + timedelta(hours=1))
    texts = [m.text or "" for m in bot.emu.bot_messages(5005)]
    assert (
        sum("daily digest for 2026-12-01" in t for t in texts) == 2
    )  # the push once, /digest once


async def test_an_empty_estate_gets_a_digest_too(bot: Harness) -> None:
    estate = await make_estate(bot.services.db, name="新苑", units=[("1-1-101", "A")])
    manager = bot.chat(6001, language_code="zh-hans")
    await manager.send(f"/start {await staff_code(bot.services, estate, 'manager', [])}")
    await manager.expect("管理处菜单")
    await manager.send("/digest")
    await manager.expect("新苑", "每日简报", "暂无工单")
    await bot.tick()  # the estate's digest schedule is set up
    await _settle(bot, NEXT_0800)
    await manager.expect("新苑", "2026-12-01 每日简报")


async def test_only_managers_get_the_digest(bot: Harness) -> None:
    people = await populate(bot)
    await people.butler.send("/digest")
    await people.butler.expect("not allowed")
