"""The desk's estate pages over HTTP: patrols, renovations and violations, notices."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import unescape

from bot.services.notices.audience import Audience
from bot.services.notices.emergencies import EmergencyInput
from bot.services.notices.notices import NoticeInput
from bot.services.violations.recording import StaffRecord
from storage.repositories import notices, patrols, renovations, violations
from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.e2e.fee_helpers import unit_id, viewer
from tests.e2e.renovation_helpers import flow_token, permitted
from tests.harness import Harness
from tests.web.desk import Browserless, address, browserless, login_link

TOMORROW_0900 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


async def _signed_in(bot: Harness, desk: Browserless, chat: Chat) -> None:
    """Sign a staff member in with their one-time link."""
    response, _ = await desk.get((await login_link(chat)).removeprefix(address(bot)))
    assert response.status == 200


async def _page(bot: Harness, chat: Chat, path: str) -> str:
    """One desk page as a staff member sees it (its text unescaped)."""
    async with browserless(bot) as desk:
        await _signed_in(bot, desk, chat)
        response, body = await desk.get(path)
    assert response.status == 200, body
    return unescape(body)


async def _patrols_today(bot: Harness) -> None:
    """Every grid's default plan makes its 09:00 walk."""
    await bot.services.patrols.ensure_defaults()
    await bot.tick()
    bot.clock.set(TOMORROW_0900)
    await bot.tick()
    await bot.tick()


async def test_patrols_show_the_plans_todays_walk_and_its_walker_then_the_missed(
    bot: Harness,
) -> None:
    people = await populate(bot)
    await _patrols_today(bot)
    await people.butler.expect("grid B · 2026-12-01", "not started")
    await people.butler.press("🚶 Start the patrol")
    progress = await people.butler.expect("0/7 checked")
    await people.butler.press("✅ OK", message_id=progress.message_id)
    await people.butler.expect_answer()

    body = await _page(bot, people.butler, "/web/patrols")
    assert "Today's patrols" in body and 'href="/web/patrols" class="on"' in body
    assert "daily patrol" in body and "in progress" in body and "Wang Li" in body
    assert "1/7" in body and "09:00" in body and "Every day" in body
    assert 'data-grid="A"' not in body  # the other grid is not this butler's
    assert "No patrol was missed." in body

    body = await _page(bot, people.manager, "/web/patrols")
    assert 'data-grid="A"' in body and 'data-grid="B"' in body and "not started" in body

    bot.clock.set(TOMORROW_0900 + timedelta(hours=15, minutes=1))  # past midnight local
    await bot.tick()
    await bot.tick()
    async with bot.services.db.read() as conn:
        counts = await patrols.day_counts(conn, people.estate.id, TOMORROW_0900.date())
    assert counts.get("missed") == 2
    body = await _page(bot, people.manager, "/web/patrols")
    missed = body.split('id="missed"')[1].split("</section>")[0]
    assert "Missed in the last 7 days" in missed and "2026-12-01" in missed
    assert 'data-grid="A"' in missed and 'data-grid="B"' in missed and "Wang Li" in missed
    body = await _page(bot, people.other_butler, "/web/patrols")
    missed = body.split('id="missed"')[1].split("</section>")[0]
    assert 'data-grid="A"' in missed and 'data-grid="B"' not in missed


async def test_a_renovation_in_progress_and_an_open_violation_show_in_their_grid(
    bot: Harness,
) -> None:
    people = await populate(bot)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    unit = await unit_id(bot, people.estate, "3-2-301")
    rid = await permitted(
        bot, people.resident.user_id, people.manager.user_id, people.butler.user_id, unit
    )
    butler = await viewer(bot, people.butler.user_id)
    form = StaffRecord(
        estate_id=people.estate.id,
        kind="fire_exit",
        unit_id=unit,
        place="Building 3, ground-floor fire exit",
        facts="Bicycles block the fire exit",
        persuasion="refused",
    )
    case = await bot.services.violations.record(
        butler, form, await flow_token(bot, butler, "violation_record")
    )

    body = await _page(bot, people.butler, "/web/works")
    renovation = body.split('data-renovation="ZX-2026-0001"')[1].split("</tr>")[0]
    assert "3-2-301" in renovation and "works in progress" in renovation
    assert "2026-12-03 → 2026-12-20" in renovation and "held" in renovation and "¥" in renovation
    violation = body.split('data-violation="WZ-2026-0001"')[1].split("</tr>")[0]
    assert "Blocked fire exit or passage" in violation and "Fire safety" in violation
    assert "advised on the spot" in violation and "no notice yet" in violation
    assert "3-2-301" in violation and "The managers" in violation

    body = await _page(bot, people.other_butler, "/web/works")
    assert "ZX-2026-0001" not in body and "WZ-2026-0001" not in body
    assert "No renovation in progress." in body and "No open violation." in body
    body = await _page(bot, people.manager, "/web/works")
    assert "ZX-2026-0001" in body and "WZ-2026-0001" in body
    async with bot.services.db.read() as conn:
        found = await renovations.get(conn, rid)
        stored = await violations.get(conn, case.violation.id)
    assert found is not None and found.state == "permitted"
    assert stored is not None and stored.state == "open" and stored.step == "persuaded"


async def test_a_notice_with_its_read_count_and_an_emergency_with_its_answers(
    bot: Harness,
) -> None:
    people = await populate(bot)
    bot.clock.set(datetime(2026, 12, 1, 2, tzinfo=UTC))
    manager = await viewer(bot, people.manager.user_id)
    form = NoticeInput(
        audience=Audience(scope="grids", targets=["B"]),
        texts={"en": "Water is off in grid B on Friday 09:00-12:00."},
    )
    notice = await bot.services.notices.send(
        manager, people.estate, form, await flow_token(bot, manager, "notice_new")
    )
    await bot.tick()
    got = await people.resident.expect("Water is off in grid B")
    await people.resident.press("✅ Got it", message_id=got.message_id)
    await people.resident.expect_answer("marked as read")
    butler = await viewer(bot, people.other_butler.user_id)
    alarm = EmergencyInput(
        kind="flood", audience=Audience(scope="buildings", targets=["3"]), place="Building 3"
    )
    raised = await bot.services.emergencies.raise_one(
        butler,
        people.estate,
        alarm,
        {"en": "A pipe burst in the basement."},
        await flow_token(bot, butler, "emergency_new"),
    )
    await bot.tick()
    alert = await people.resident.expect("A pipe burst in the basement.")
    await people.resident.press("✅ I'm safe / noted", message_id=alert.message_id)
    await people.resident.expect_answer()

    body = await _page(bot, people.manager, "/web/notices")
    row = body.split(f'data-notice="{notice.id}"')[1].split("</tr>")[0]
    assert "Water is off in grid B" in row and "Some grids: B" in row
    assert 'data-read="1"' in row and "1 of 1" in row and "Zhang Wei" in row
    emergency = body.split(f'data-notice="{raised.id}"')[1].split("</tr>")[0]
    assert "Flood or burst pipe" in emergency and "ongoing" in emergency
    assert "Building 3" in emergency and "Liu Min" in emergency
    assert 'data-safe="1"' in emergency and 'data-silent="0"' in emergency

    await bot.services.emergencies.update(
        butler, raised.id, "Fixed.", True, await flow_token(bot, butler, "emergency_update")
    )

    body = await _page(bot, people.other_butler, "/web/notices")  # their emergency, no notice
    assert f'data-notice="{raised.id}"' in body and "Water is off" not in body
    assert "all clear 12-01 10:00" in body and "ongoing" not in body
    async with bot.services.db.read() as conn:
        assert await notices.read_count(conn, notice.id) == 1


async def test_the_patrol_page_in_chinese(bot: Harness) -> None:
    people = await populate(bot, "zh-Hans")
    await _patrols_today(bot)
    body = await _page(bot, people.manager, "/web/patrols")
    assert '<html lang="zh-Hans">' in body and ">巡查</a>" in body and ">通知公告</a>" in body
    assert ">装修与违规</a>" in body
    assert "今日巡查" in body and "日常巡查" in body and "未开始" in body and "B 网格" in body
    assert "没有漏巡。" in body and "每天 09:00" in body
    body = await _page(bot, people.manager, "/web/works")
    assert "装修中" in body and "暂无处理中的违章。" in body
