"""The desk's complaints page over HTTP: open complaints by stage with their deadlines."""

from __future__ import annotations

from datetime import timedelta

from storage.repositories import tickets
from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.e2e.fee_helpers import viewer
from tests.e2e.test_complaints import complain
from tests.harness import Harness
from tests.web.desk import Browserless, address, browserless, login_link


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
