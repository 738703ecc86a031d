"""The manager's figures over a period and exports on the desk: what the chat filed shows up,
charts are PNGs, bad periods are explained, butlers are refused, workbooks download."""

from __future__ import annotations

import io
import re
import struct
from html import unescape
from urllib.parse import quote

import openpyxl

from tests.e2e.chat import Chat
from tests.e2e.estate import populate
from tests.e2e.test_repair import file_repair
from tests.harness import Harness
from tests.web.desk import Browserless, address, browserless, login_link

TODAY = "2026-11-30"  # START in Asia/Shanghai
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def figure(body: str, day: str, field: str) -> int:
    """The number a field shows in a day's row of the table."""
    row = re.search(rf'<tr data-day="{day}">(.*?)</tr>', body, re.S)
    assert row is not None, f"no row for {day}"
    found = re.search(rf'data-figure="{field}">(\d+)<', row.group(1))
    assert found is not None
    return int(found.group(1))


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, after checking its signature."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def signed_in(bot: Harness, desk: Browserless, chat: Chat) -> None:
    """Follow the chat's /web link in the client."""
    link = await login_link(chat)
    response, _ = await desk.get(link.removeprefix(address(bot)))
    assert response.status == 200


async def test_the_manager_sees_a_filed_repair_in_the_period_and_its_chart(bot: Harness) -> None:
    people = await populate(bot)
    await file_repair(people.resident)
    async with browserless(bot) as desk:
        await signed_in(bot, desk, people.manager)
        response, body = await desk.get("/web/digest")
        assert response.status == 200 and "Repairs filed" in body
        assert 'value="2026-11-24"' in body and f'value="{TODAY}"' in body  # the last 7 days
        assert figure(body, TODAY, "repairs_new") == 1
        assert figure(body, "2026-11-29", "repairs_new") == 0
        assert body.count("<tr data-day=") == 7 and 'href="/web/digest"' in body
        response, body = await desk.get("/web/digest?from=2026-11-01&to=2026-11-30")
        assert body.count("<tr data-day=") == 30 and figure(body, TODAY, "repairs_new") == 1
        for kind in ("repairs", "patrols"):
            async with desk.session.get(
                f"{desk.base}/web/digest/chart.png?from=2026-09-01&to={TODAY}&kind={kind}"
            ) as chart:
                assert chart.status == 200 and chart.content_type == "image/png"
                data = await chart.read()
            assert png_size(data) == (800, 340) and 5_000 < len(data) < 400_000
        response, _ = await desk.get(f"/web/digest/chart.png?kind=pie&to={TODAY}")
        assert response.status == 404


async def test_a_bad_period_is_explained_and_a_butler_is_refused(bot: Harness) -> None:
    people = await populate(bot)
    async with browserless(bot) as desk:
        await signed_in(bot, desk, people.manager)
        response, body = await desk.get("/web/digest?from=2026-13-01&to=2026-11-30")
        assert response.status == 400 and '"2026-13-01" is not a date' in unescape(body)
        assert 'name="from" value="2026-13-01"' in body  # the form again, as typed
        for query in ("from=2026-11-30&to=2026-11-01", "from=2026-01-01&to=2026-11-30"):
            response, body = await desk.get(f"/web/digest?{query}")
            assert response.status == 400 and "at most 92 days" in body
        response, body = await desk.get("/web/digest/chart.png?from=yesterday")
        assert response.status == 400 and "is not a date" in body
        response, body = await desk.get("/web/exports/download?kind=tickets&period=forever")
        assert response.status == 400 and "from the lists" in body
    async with browserless(bot) as desk:
        await signed_in(bot, desk, people.butler)
        response, body = await desk.get("/web/digest")
        assert response.status == 403 and "for the estate's managers" in unescape(body)
        assert "Repairs filed" not in body
        response, _ = await desk.get(f"/web/digest/chart.png?to={TODAY}")
        assert response.status == 403
        for path in ("/web/exports", "/web/exports/download?kind=tickets&period=last7"):
            response, body = await desk.get(path)
            assert response.status == 403 and "Exports are for the estate's managers" in unescape(
                body
            )


async def test_the_manager_downloads_the_workbook_in_chinese(bot: Harness) -> None:
    people = await populate(bot, "zh-Hans")
    await file_repair(bot.chat(5000, language_code="en"))  # the resident, from an English client
    async with browserless(bot) as desk:
        await signed_in(bot, desk, people.manager)
        response, body = await desk.get("/web/digest")
        assert response.status == 200 and "日报与统计" in body and "新增报修" in body
        assert figure(body, TODAY, "repairs_new") == 1
        async with desk.session.get(f"{desk.base}/web/digest/chart.png") as chart:
            assert chart.status == 200 and png_size(await chart.read()) == (800, 340)
        response, body = await desk.get("/web/exports")
        assert response.status == 200 and "导出报表" in body
        assert "最近 7 天（2026-11-24 至 2026-11-30）" in body
        async with desk.session.get(
            f"{desk.base}/web/exports/download?kind=tickets&period=last7"
        ) as download:
            assert download.status == 200 and download.content_type == XLSX
            disposition = download.headers["Content-Disposition"]
            data = await download.read()
    name = "湖畔花园-tickets-2026-11-24-2026-11-30.xlsx"
    assert disposition == (
        'attachment; filename="butler-tickets-2026-11-24-2026-11-30.xlsx"; '
        f"filename*=UTF-8''{quote(name, safe='')}"
    )
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["报修"]
    sheet = book["报修"]
    assert [c.value for c in sheet[1]][:3] == ["编号", "提交时间", "类别"]
    assert sheet["A2"].value == "R-0001" and sheet.max_row == 2
