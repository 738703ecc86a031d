"""The desk over HTTP: who gets in and how, what each sees, and the chat's rules on actions."""

from __future__ import annotations

import json
from datetime import timedelta

from storage.repositories import tickets
from tests.e2e.estate import populate
from tests.e2e.test_repair import file_repair
from tests.harness import Harness
from tests.web.desk import address, browserless, init_data, login_link


async def test_a_one_time_link_signs_a_butler_in_once_and_the_board_shows_their_repairs(
    bot: Harness,
) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    link = await login_link(people.butler)
    assert link.startswith(address(bot))
    async with browserless(bot) as desk:
        response, body = await desk.get(link.removeprefix(address(bot)))
        assert response.status == 200 and response.url.path == "/web/board"
        assert "R-0001" in body and "To accept" in body and "Grid B" in body
    async with browserless(bot) as again:
        response, body = await again.get(link.removeprefix(address(bot)))
        assert response.status == 403 and "has been used or has expired" in body


async def test_a_link_runs_out_and_a_resident_gets_none(bot: Harness) -> None:
    people = await populate(bot)
    link = await login_link(people.manager)
    bot.clock.advance(timedelta(minutes=11))
    async with browserless(bot) as desk:
        response, body = await desk.get(link.removeprefix(address(bot)))
        assert response.status == 403 and "expired" in body
        response, body = await desk.get("/web/board")
        assert response.url.path == "/web/signed-out" and "Send /web" in body
    await people.resident.send("/web")
    await people.resident.expect("for butlers, technicians and managers")


async def test_initdata_is_checked_forged_and_stale_ones_refused(bot: Harness) -> None:
    people = await populate(bot)
    async with browserless(bot) as desk:
        good = init_data(bot, people.manager.user_id)
        forged = good.replace("Staff", "Stuff")
        stale = init_data(
            bot, people.manager.user_id, signed_at=bot.clock.now() - timedelta(hours=2)
        )
        for refused in (forged, stale):
            response, body = await desk.post("/web/auth/telegram", {"init_data": refused})
            assert response.status == 403 and "could not be checked" in body
        resident = init_data(bot, people.resident.user_id)
        response, body = await desk.post("/web/auth/telegram", {"init_data": resident})
        assert response.status == 403 and "for butlers" in body
        response, body = await desk.post("/web/auth/telegram", {"init_data": good})
        assert response.status == 200 and '"next": "/web/board"' in body
        response, body = await desk.get("/web/board")
        assert response.status == 200 and "Zhang Wei" in body


async def test_a_butler_cannot_open_another_grids_ticket_by_its_address(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)  # grid B
    async with browserless(bot) as desk:
        await desk.get((await login_link(people.other_butler)).removeprefix(address(bot)))
        response, body = await desk.get("/web/board")
        assert response.status == 200 and "R-0001" not in body
        response, body = await desk.get("/web/tickets/1")
        assert response.status == 404 and "Kitchen pipe" not in body
        response, _ = await desk.post("/web/tickets/1", {"action": "accept"})
        assert response.status == 404
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
    assert ticket is not None and ticket.status == "new"


async def test_the_manager_reassigns_from_the_desk_and_the_resident_hears(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    async with browserless(bot) as desk:
        await desk.get((await login_link(people.manager)).removeprefix(address(bot)))
        response, body = await desk.get("/web/tickets/1")
        assert response.status == 200 and "Kitchen pipe is leaking" in body
        assert "Wang Li" in body and "Hand over to" in body
        stale, _ = await desk.post("/web/tickets/1", {"action": "transfer", "csrf": "x"})
        assert stale.status == 403
        butler = await bot.services.accounts.seen(people.butler.user_id, "Wang Li", None, "en")
        response, body = await desk.post(
            "/web/tickets/1", {"action": "transfer", "to": str(butler.id), "note": "yours"}
        )
        assert response.status == 200 and "R-0001 was handed over" in body
        response, body = await desk.post("/web/tickets/1", {"action": "resolve", "note": ""})
        assert response.status == 409
    await bot.tick()
    await people.resident.expect("R-0001 is now followed by Wang Li")
    await people.butler.expect("handed repair R-0001 to you", "yours")
    async with bot.services.db.read() as conn:
        ticket = await tickets.get(conn, 1)
        history = [e.action for e in await tickets.events(conn, 1)]
    assert ticket is not None and ticket.status == "transferred"
    assert ticket.assignee_account_id == butler.id and history[-1] == "transfer"


async def test_over_https_staff_get_the_mini_app_behind_their_menu_button(
    bot: Harness,
) -> None:
    bot.settings = bot.settings.model_copy(update={"web_url": "https://desk.example.org"})
    await bot.restart()
    people = await populate(bot)
    menus = [r.params for r in bot.emu.requests if r.method == "setChatMenuButton"]
    staff = {people.butler.user_id, people.manager.user_id}
    assert {int(m["chat_id"]) for m in menus} >= staff
    assert people.resident.user_id not in {int(m["chat_id"]) for m in menus}
    button = menus[0]["menu_button"]
    app = json.loads(button) if isinstance(button, str) else button
    assert app["type"] == "web_app" and app["web_app"]["url"].endswith("/web/app")
    await people.manager.send("/web")
    sent = await people.manager.expect("https://desk.example.org/web/login?t=")
    assert sent.button_labels() == ["Open the desk here", "Open in a browser"]
