"""A small estate with people bound through real invite codes, for e2e tests."""

from __future__ import annotations

from dataclasses import dataclass

from storage.models import Estate
from tests.e2e.chat import Chat
from tests.factories import make_estate, resident_code, staff_code
from tests.harness import Harness


@dataclass
class People:
    """The estate and the chats of the people in it."""

    estate: Estate
    resident: Chat  # 3-2-301, grid B
    neighbour: Chat  # 1-1-101, grid A
    butler: Chat  # grid B
    butler2: Chat  # grid B too
    other_butler: Chat  # grid A
    manager: Chat


async def bind(bot: Harness, user_id: int, code: str, language: str, name: str) -> Chat:
    """Register a user and bind them with a code."""
    chat = bot.chat(user_id, language_code=language, first_name=name)
    await chat.send(f"/start {code}")
    return chat


async def populate(bot: Harness, language: str = "en") -> People:
    """Create the estate and bind everyone."""
    services = bot.services
    estate = await make_estate(services.db)
    codes = {
        "resident": await resident_code(services, estate, "3-2-301"),
        "neighbour": await resident_code(services, estate, "1-1-101"),
        "butler": await staff_code(services, estate, "butler", ["B"]),
        "butler2": await staff_code(services, estate, "butler", ["B"]),
        "other_butler": await staff_code(services, estate, "butler", ["A"]),
        "manager": await staff_code(services, estate, "manager", []),
    }
    names = {
        "resident": "Lin Fang",
        "neighbour": "Zhao Yong",
        "butler": "Wang Li",
        "butler2": "Chen Jie",
        "other_butler": "Liu Min",
        "manager": "Zhang Wei",
    }
    chats = {}
    for offset, role in enumerate(codes):
        chats[role] = await bind(bot, 5000 + offset, codes[role], language, names[role])
    for chat in chats.values():
        await chat.expect_count(2)  # the welcome and the menu
    return People(estate=estate, **chats)
