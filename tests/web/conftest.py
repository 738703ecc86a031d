"""The web desk's tests: the bot runs with its desk on a free loopback port."""

from __future__ import annotations

import pytest

from bot.settings import Settings


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The shared settings, with the web desk served on a port the system picks."""
    return settings.model_copy(update={"web": True, "web_port": 0, "web_listen": "127.0.0.1"})
