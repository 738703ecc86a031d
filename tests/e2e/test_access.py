"""Onboarding with invite codes, role menus, command lists, lockout and /invite."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import pytest

from storage.repositories import people, tickets
from tests.factories import make_estate, resident_code, staff_code
from tests.harness import Harness


async def test_resident_binds_with_a_code_and_sees_the_resident_menu(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    code = await resident_code(bot.services, estate, "3-2-301")
    chat = bot.chat(2001, language_code="zh-hans", first_name="林芳")
    await chat.send(f"/start {code}")
    await chat.expect("已绑定", "湖畔花园", "3-2-301")
    menu = await chat.expect("业主菜单")
    assert "👤 我的房屋和身份" in menu.button_labels()
    async with bot.services.db.read() as conn:
        account = bot.services.accounts
        found = await people.occupancies_of(
            conn, (await account.seen(2001, "林芳", None, "zh-hans")).id
        )
    assert [(o.unit_code, o.relation) for o in found] == [("3-2-301", "owner")]
    await chat.send("/whoami")
    await chat.expect("湖畔花园 3-2-301（业主）")


async def test_staff_bind_and_command_lists_differ_by_role_and_language(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    butler = bot.chat(2002, language_code="en", first_name="Wang")
    await butler.send(f"/start {await staff_code(bot.services, estate, 'butler', ['A'])}")
    await butler.expect("butler of 湖畔花园", "grid A")
    await butler.expect("Butler menu")
    manager = bot.chat(2003, language_code="zh-hans", first_name="张经理")
    await manager.send(f"/start {await staff_code(bot.services, estate, 'manager', [])}")
    await manager.expect("管理处负责人")
    menu = await manager.expect("管理处菜单")
    assert "🎫 邀请码" in menu.button_labels()
    butler_cmds = bot.emu.commands(scope={"type": "chat", "chat_id": 2002})
    manager_cmds = bot.emu.commands(scope={"type": "chat", "chat_id": 2003})
    assert "invite" in [c["command"] for c in manager_cmds]
    assert "invite" not in [c["command"] for c in butler_cmds]
    assert any("邀请码" in c["description"] for c in manager_cmds)
    assert all(re.search(r"[A-Za-z]", c["description"]) for c in butler_cmds)


async def test_wrong_used_and_expired_codes_and_the_lockout(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    first = bot.chat(2004, language_code="en")
    code = await resident_code(bot.services, estate, "1-1-101")
    await first.send(f"/start {code}")
    await first.expect("You are now bound")
    chat = bot.chat(2005, language_code="en")
    await chat.send(f"/start {code}")
    await chat.expect("already been used")
    old = await resident_code(bot.services, estate, "1-1-102")
    bot.clock.advance(timedelta(days=15))
    await chat.send(f"/start {old}")
    await chat.expect("has expired")
    for _ in range(4):
        await chat.send("/start WRONGCODE1")
        await chat.expect("not valid")
    good = await resident_code(bot.services, estate, "1-1-102")
    await chat.send(f"/start {good}")
    await chat.expect("Too many wrong codes")
    async with bot.services.db.read() as conn:
        account = await bot.services.accounts.seen(2005, "Lin", None, "en")
        assert await people.occupancies_of(conn, account.id) == []
    bot.clock.advance(timedelta(hours=1, minutes=1))
    await chat.send(f"/start {good}")
    await chat.expect("You are now bound", "1-1-102")


async def test_start_without_code_explains_how_to_get_one(bot: Harness) -> None:
    chat = bot.chat(2006, language_code="en", first_name="Amy")
    await chat.send("/start")
    await chat.expect("Hello, Amy", "invite code", "management office")


async def test_manager_issues_a_resident_code_in_chat(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    manager = bot.chat(2007, language_code="en")
    await manager.send(f"/start {await staff_code(bot.services, estate, 'manager', [])}")
    await manager.expect("Manager menu")
    await manager.send("/invite")
    await manager.expect("Whom do you want to invite?")
    await manager.press("Resident")
    await manager.expect("Send the unit code")
    await manager.send("9-9-999")
    await manager.expect("no unit 9-9-999")
    await manager.send("3-1-101")
    await manager.expect("how is the person related")
    await manager.press("tenant")
    issued = await manager.expect(
        "Invite code for Resident", "https://t.me/butler_test_bot?start="
    )
    code = re.search(r": ([A-Z0-9]{10})\n", issued.text or "")
    assert code is not None
    tenant = bot.chat(2008, language_code="en")
    await tenant.send(f"/start {code.group(1)}")
    await tenant.expect("bound to unit 3-1-101")


async def test_non_manager_cannot_invite(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    resident = bot.chat(2009, language_code="en")
    await resident.send(f"/start {await resident_code(bot.services, estate, '1-1-101')}")
    await resident.expect("Resident menu")
    await resident.send("/invite")
    await resident.expect("not allowed")
    await resident.press(data="1:inv:kind:manager")
    await resident.expect_answer("no longer active")


async def test_a_resident_who_is_also_a_butler_gets_both_menus(bot: Harness) -> None:
    estate = await make_estate(bot.services.db)
    chat = bot.chat(2010, language_code="en")
    await chat.send(f"/start {await resident_code(bot.services, estate, '3-2-301')}")
    await chat.expect("Resident menu")
    await chat.send(f"/start {await staff_code(bot.services, estate, 'butler', ['B'])}")
    menu = await chat.expect("Butler menu")
    labels = menu.button_labels()
    assert "🛠 Report a repair" in labels and "📥 Ticket queue" in labels
    assert labels.count("👤 My units and roles") == 1
    commands = [c["command"] for c in bot.emu.commands(scope={"type": "chat", "chat_id": 2010})]
    assert "repair" in commands and "queue" in commands
    await chat.send("/whoami")
    await chat.expect("3-2-301 (owner)", "Butler, 湖畔花园")


async def test_a_removed_resident_and_butler_lose_access_at_once(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main
    from tests.e2e.estate import populate
    from tests.e2e.test_repair import file_repair

    people = await populate(bot)
    await file_repair(people.resident)
    await people.resident.send("/tickets")
    listing = await people.resident.expect("Your tickets", "R-0001")
    await bot.tick()
    card = await people.butler.expect("Repair R-0001")
    monkeypatch.setenv("BUTLER_DATABASE_URL", bot.settings.database_url)
    resident = ["resident", "remove", "--estate", "湖畔花园", "--unit", "3-2-301"]
    assert await asyncio.to_thread(main, [*resident, "--telegram-id", "5000"]) == 0
    staff = ["staff", "remove", "--estate", "湖畔花园", "--telegram-id", "5002"]
    assert await asyncio.to_thread(main, staff) == 0
    assert "已将Lin Fang从 3-2-301 解绑" in capsys.readouterr().out  # the operator's language
    await people.resident.press("R-0001", message_id=listing.message_id)  # an old button
    await people.resident.expect_answer("no longer bound here")
    await people.resident.send("/tickets")
    await people.resident.expect("You have no tickets")
    await people.butler.press("✋ Accept", message_id=card.message_id)
    await people.butler.expect_answer("no longer bound here")
    async with bot.services.db.read() as conn:
        history = [e.action for e in await tickets.events(conn, 1)]
    assert history == ["created"]
