"""The desk's complaints and fees pages over HTTP: stages and deadlines, collection rates by
building and period, the arrears list and a unit's collection log, each within its grid."""

from __future__ import annotations

from datetime import date, timedelta

from bot.services.fees.arrears_log import LogEntry
from storage.repositories import tickets
from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.e2e.fee_helpers import import_bills, unit_id, viewer
from tests.e2e.test_complaints import complain
from tests.harness import Harness
from tests.web.desk import Browserless, address, browserless, login_link

# Grid A: buildings 1 and 2; grid B: building 3. The clock starts on 2026-11-30, 10:00 local.
BILLS = (
    "1-1-101,2026-11,property,402.75,2026-11-15,0,",
    "1-1-102,2026-11,property,646.20,2026-11-15,646.20,2026-11-10",
    "2-1-101,2026-10,property,250.60,2026-10-15,50.60,2026-10-20",
    "3-1-101,2026-11,property,999.00,2026-11-15,999.00,2026-11-03",
    "3-2-301,2026-11,property,300.00,2026-11-15,0,",
)


async def sign_in(bot: Harness, desk: Browserless, chat: Chat) -> None:
    """Sign a chat's person in to the desk with their /web link."""
    response, _ = await desk.get((await login_link(chat)).removeprefix(address(bot)))
    assert response.status == 200


def section(body: str, marker: str) -> str:
    """The part of a page from a marker to the next section."""
    start = body.index(marker)
    end = body.find("<section", start + 1)
    return body[start : end if end > 0 else len(body)]


async def test_the_manager_sees_complaints_by_stage_with_their_deadlines(bot: Harness) -> None:
    people = await populate(bot)
    noise = await complain(people.resident)  # grid B: its butlers handle it
    attitude = await complain(people.resident, "Service attitude")  # the managers only
    await bot.tick()
    async with browserless(bot) as desk:
        await sign_in(bot, desk, people.manager)
        response, body = await desk.get("/web/complaints")
        assert response.status == 200
        first = section(body, 'data-stage="acknowledge"')
        assert noise in first and attitude in first and "Noise" in first
        assert "Service attitude" in first and "3-2-301" in first
        assert "Wang Li" in first and "Chen Jie" in first and "Zhang Wei" in first
        assert "11-30 11:00" in first and "1 h 0 min left" in first  # an hour to acknowledge
        assert "0 complaints closed in the last 7 days" in body

        bot.clock.advance(timedelta(hours=2))
        _, body = await desk.get("/web/complaints")
        assert "overdue by 1 h 0 min" in section(body, 'data-stage="acknowledge"')

        stages = bot.services.complaint_stages
        butler = await viewer(bot, people.butler.user_id)
        for note in ("Called", "Analysed", "Handled", "Visited"):
            await stages.close_stage(butler, 1, note)
        await stages.answer(await viewer(bot, people.resident.user_id), 1, settled=True)
        _, body = await desk.get("/web/complaints")
        assert noise not in body and attitude in section(body, 'data-stage="acknowledge"')
        assert "1 complaint closed in the last 7 days" in body

        response, body = await desk.get("/web/tickets/2")
        assert response.status == 200 and f"Complaint {attitude}" in body
        assert "Back to complaints" in body and 'name="action"' not in body
    async with bot.services.db.read() as conn:
        closed = await tickets.get(conn, 1)
    assert closed is not None and closed.status == "closed"


async def test_a_butler_of_grid_a_sees_neither_grid_bs_complaint_nor_its_unit(
    bot: Harness,
) -> None:
    people = await populate(bot)
    await import_bills(bot, people.estate, *BILLS)
    noise = await complain(people.resident)
    attitude = await complain(people.resident, "Service attitude")  # about staff: managers
    await bot.tick()
    theirs = await unit_id(bot, people.estate, "3-2-301")
    async with browserless(bot) as desk:
        await sign_in(bot, desk, people.other_butler)
        response, body = await desk.get("/web/complaints")
        assert response.status == 200 and "Open complaints by stage" in body
        assert noise not in body
        response, body = await desk.get("/web/tickets/1")
        assert response.status == 404 and "Drilling" not in body
        _, body = await desk.get("/web/fees")
        assert "1-1-101" in body and "3-2-301" not in body
        assert 'data-building="1"' in body and 'data-building="3"' not in body
        response, body = await desk.get(f"/web/fees/units/{theirs}")
        assert response.status == 404 and "300.00" not in body
    async with browserless(bot) as desk:
        await sign_in(bot, desk, people.butler)  # grid B's own butler
        _, body = await desk.get("/web/complaints")
        assert noise in section(body, 'data-stage="acknowledge"') and attitude not in body
        response, _ = await desk.get("/web/tickets/2")
        assert response.status == 404
        response, body = await desk.get(f"/web/fees/units/{theirs}")
        assert response.status == 200 and "¥300.00" in body


async def test_fees_show_rates_by_building_and_period_in_chinese(bot: Harness) -> None:
    people = await populate(bot, "zh-Hans")
    estate = people.estate
    await import_bills(bot, estate, *BILLS)
    chat_rate = await bot.services.fees.collection_rate(estate.id, "2026-11")
    assert str(chat_rate.percent) == "70.1"  # 1,645.20 of 2,347.95
    async with browserless(bot) as desk:
        await sign_in(bot, desk, people.manager)
        response, body = await desk.get("/web/fees")
        assert response.status == 200 and "物业费收缴" in body and "全小区" in body
        by_building = section(body, 'class="by-building"')
        assert "2026-11 各楼栋收缴率" in body
        building_1 = by_building.split('data-building="1"')[1].split("</tr>")[0]
        assert "¥1,048.95" in building_1 and "¥646.20" in building_1 and "61.6%" in building_1
        assert "76.9%" in by_building.split('data-building="3"')[1].split("</tr>")[0]
        periods = section(body, 'class="by-period"')
        assert "70.1%" in periods.split('data-period="2026-11"')[1].split("</tr>")[0]
        assert "20.2%" in periods.split('data-period="2026-10"')[1].split("</tr>")[0]
        arrears = section(body, 'class="arrears"')
        assert "湖畔花园：3 户欠费，合计 ¥902.75" in arrears
        overdue = arrears.split('data-unit="3-2-301"')[1].split("</tr>")[0]
        assert "¥300.00" in overdue and "2026-11-15" in overdue and "尚未联系" in overdue
        _, body = await desk.get("/web/fees?period=2026-10")
        assert "2026-10 各楼栋收缴率" in body
        assert "20.2%" in section(body, 'class="by-building"').split('data-building="2"')[1]


async def test_the_unit_page_shows_the_log_and_promises_recorded_for_it(bot: Harness) -> None:
    people = await populate(bot)
    await import_bills(bot, people.estate, *BILLS)
    unit = await unit_id(bot, people.estate, "1-1-101")
    butler = await viewer(bot, people.other_butler.user_id)  # grid A
    promise = LogEntry(channel="phone", outcome="promised", promised_date=date(2026, 12, 5))
    await bot.services.arrears.record(butler, unit, promise)
    async with browserless(bot) as desk:
        await sign_in(bot, desk, people.other_butler)
        response, body = await desk.get("/web/fees")
        contact = "📞 Phone call, 2026-11-30: promised to pay by 2026-12-05"
        assert contact in section(body, 'class="arrears"').split('data-unit="1-1-101"')[1]
        response, body = await desk.get(f"/web/fees/units/{unit}")
        assert response.status == 200 and "1-1-101 (湖畔花园): arrears" in body
        assert "Overdue: ¥402.75 in 1 bill, since 2026-11-15" in body
        assert contact in section(body, 'class="log"')
        promises = section(body, "Promises to pay")
        assert "Promised to pay by 2026-12-05" in promises and "not kept" not in promises
    bot.clock.advance(timedelta(days=6))  # 2026-12-06: the day passed, the bill still open
    async with browserless(bot) as desk:
        await sign_in(bot, desk, people.other_butler)
        _, body = await desk.get(f"/web/fees/units/{unit}")
        assert "not kept" in section(body, "Promises to pay")
