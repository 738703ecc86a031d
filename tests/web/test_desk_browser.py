"""The desk in headless Chromium: signing in (link, Mini App), the live board, a hand-over
that reaches the resident's chat, a butler kept to their grids, every page at two widths."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import quote

import pytest

pytest.importorskip("playwright.async_api", reason="browser tests skipped: no Playwright")

from playwright.async_api import Browser, Page, expect

from bot.sandbox.personas import MANAGER, RESIDENT
from bot.sandbox.seed import add_personas, seed
from tests.e2e.chat import Chat
from tests.e2e.estate import People, populate
from tests.e2e.test_repair import file_repair
from tests.harness import Harness
from tests.web.browser import DESK, PHONE, shot
from tests.web.desk import address, init_data, login_link

WAIT = 10_000  # ms: the board polls every few seconds
THEME = {"bg_color": "#17212b", "text_color": "#f5f5f5", "button_color": "#5288c1"}


async def _page(chromium: Browser, language: str = "en", width: str = "desk") -> Page:
    context = await chromium.new_context(
        viewport=DESK if width == "desk" else PHONE, locale=language
    )
    return await context.new_page()


async def _managers_board(bot: Harness, chromium: Browser) -> tuple[People, Page]:
    """A resident's repair, and the manager's board opened with a one-time link."""
    people = await populate(bot)
    await file_repair(people.resident)
    page = await _page(chromium)
    await page.goto(await login_link(people.manager))
    await expect(page.locator("[data-column=todo] [data-ticket=R-0001]")).to_be_visible()
    return people, page


async def test_a_link_opens_the_board_and_a_hand_over_reaches_the_resident(
    bot: Harness, chromium: Browser
) -> None:
    people, page = await _managers_board(bot, chromium)
    card = page.locator("[data-column=todo] [data-ticket=R-0001]")
    await expect(card).to_contain_text("left")  # the SLA clock
    await card.click()
    await expect(page.locator("pre.cardtext")).to_contain_text("Kitchen pipe is leaking")
    form = page.locator("form.act-transfer")
    wang = await form.locator("option", has_text="Wang Li").get_attribute("value")
    assert wang is not None
    await form.locator("select[name=to]").select_option(wang)
    await form.locator("input[name=note]").fill("Yours now")
    await form.locator("button").click()
    await expect(page.locator(".notice.ok")).to_contain_text("R-0001 was handed over")
    await bot.tick()
    await people.resident.expect("R-0001 is now followed by Wang Li")
    await people.butler.expect("handed repair R-0001 to you", "Yours now")


async def test_the_board_moves_a_card_when_the_butler_accepts_in_chat(
    bot: Harness, chromium: Browser
) -> None:
    people, page = await _managers_board(bot, chromium)
    await bot.tick()
    await people.butler.expect("Repair R-0001", "new")
    await people.butler.press("✋ Accept")
    moved = page.locator("[data-column=accepted] [data-ticket=R-0001]")
    await expect(moved).to_be_visible(timeout=WAIT)
    await expect(moved).to_contain_text("Wang Li")
    await expect(page.locator("[data-column=todo] [data-ticket=R-0001]")).to_have_count(0)
    bot.clock.advance(timedelta(hours=13))  # the session runs out: the board says how back in
    await page.wait_for_url("**/web/signed-out", timeout=WAIT)
    await expect(page.locator("main")).to_contain_text("Send /web")


async def test_the_mini_app_signs_in_with_initdata_and_refuses_forged_or_stale(
    bot: Harness, chromium: Browser
) -> None:
    people = await populate(bot)
    base, theme = address(bot), quote(json.dumps(THEME))
    page = await _page(chromium, width="phone")
    good = init_data(bot, people.manager.user_id)
    stale = init_data(bot, people.manager.user_id, signed_at=bot.clock.now() - timedelta(days=1))
    for refused in (good.replace("Staff", "Boss"), stale):
        await page.goto(
            f"{base}/web/app#tgWebAppData={quote(refused)}&tgWebAppThemeParams={theme}"
        )
        await expect(page.locator("#signin-text")).to_contain_text("could not be checked")
        await page.goto(f"{base}/web/board")
        assert page.url.endswith("/web/signed-out")
    await page.goto(f"{base}/web/app")
    await expect(page.locator("#signin-text")).to_contain_text("opens from the bot's menu")
    await page.goto(f"{base}/web/signed-out")  # a new document: a hash alone does not reload
    await page.goto(f"{base}/web/app#tgWebAppData={quote(good)}&tgWebAppThemeParams={theme}")
    await page.wait_for_url("**/web/board")
    await expect(page.locator(".who")).to_contain_text("Zhang Wei")
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(23, 33, 43)"  # Telegram's theme, kept from page to page
    await page.screenshot(path=shot("mini-app-board-phone"), full_page=True)


async def test_a_butler_cannot_open_another_grids_ticket_by_its_address(
    bot: Harness, chromium: Browser
) -> None:
    people = await populate(bot)
    await file_repair(people.resident)  # grid B
    page = await _page(chromium)
    await page.goto(await login_link(people.other_butler))  # grid A
    await expect(page.locator("[data-column=todo]")).to_contain_text("Nothing here")
    response = await page.goto(f"{address(bot)}/web/tickets/1")
    assert response is not None and response.status == 404
    await expect(page.locator("main")).not_to_contain_text("Kitchen pipe")


async def test_every_page_at_phone_and_desk_width_in_chinese(
    bot: Harness, chromium: Browser
) -> None:
    add_personas(bot.emu, "zh-hans")
    await seed(bot.app, bot.emu)  # the sandbox's demo estate: units, bills in arrears, people
    await bot.services.patrols.ensure_defaults()
    await file_repair_zh(Chat(bot.emu, RESIDENT.user_id))
    manager = Chat(bot.emu, MANAGER.user_id)
    for width in ("desk", "phone"):
        page = await _page(chromium, "zh-CN", width)
        await page.goto(await login_link(manager))
        await expect(page.locator("nav")).to_contain_text("报修工单")
        pages = await page.eval_on_selector_all("nav a", "links => links.map(a => a.href)")
        await page.goto(f"{address(bot)}/web/fees")
        unit = await page.locator("a[href*='/web/fees/units/']").first.get_attribute("href")
        for href in [*pages, f"{address(bot)}/web/tickets/1", f"{address(bot)}{unit}"]:
            response = await page.goto(href)
            assert response is not None and response.status == 200, href
            name = href.rstrip("/").split("/web/")[1].replace("/", "-").replace("?", "-")
            await page.screenshot(path=shot(f"{name}-{width}"), full_page=True)
            overflow = await page.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 1, f"{href} is wider than the {width} screen"
        await page.context.close()


async def file_repair_zh(chat: Chat) -> None:
    """A repair with a photo, filed in Chinese through the chat."""
    await chat.send("/repair")
    await chat.expect("请问需要维修什么")
    await chat.press("给排水")
    await chat.expect("✓ 给排水")
    await chat.press("户内")
    await chat.expect("请简单描述问题")
    await chat.send("厨房水管漏水")
    await chat.expect("照片")
    await chat.send_photo()
    await chat.expect("1")
    await chat.press("完成")
    await chat.expect("什么时间上门方便")
    await chat.press("尽快上门")
    await chat.expect("是否紧急")
    await chat.press("否")
    await chat.expect("请核对您的报修信息")
    await chat.press("✅ 确认提交")
    await chat.expect("感谢您的报修")
