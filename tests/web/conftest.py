"""The web desk's tests: the bot runs with its desk on a free loopback port."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import pytest

from bot.settings import Settings
from tests.web import browser

if TYPE_CHECKING:
    from playwright.async_api import Browser


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The shared settings, with the web desk served on a port the system picks."""
    return settings.model_copy(update={"web": True, "web_port": 0, "web_listen": "127.0.0.1"})


@pytest.fixture
async def chromium() -> AsyncIterator[Browser]:
    """A headless Chromium; the test is skipped, saying why, when there is none."""
    reason = browser.why_not()
    if reason is not None:
        pytest.skip(reason)
    async with browser.launched() as found:
        yield found
