"""Headless Chromium (Debian's `chromium`) driven by Playwright, for the desk's browser tests.

No browser is downloaded: Playwright drives the system's Chromium. Without one the browser
tests are skipped, and the run's header and skip summary say so.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.async_api import Browser, ViewportSize

# As the machine's notes say: no network for Chromium's own chatter (it is refused here).
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE: ViewportSize = {"width": 390, "height": 844}
DESK: ViewportSize = {"width": 1366, "height": 900}
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("BUTLER_SCREENSHOTS", ROOT / "build" / "screenshots"))


def chromium() -> str | None:
    """The system Chromium's path, or None."""
    for name in (os.environ.get("BUTLER_CHROMIUM", ""), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


def why_not() -> str | None:
    """Why the browser tests cannot run here (None: they can)."""
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        return "browser tests skipped: Playwright is not installed (make test installs it)"
    if chromium() is None:
        return "browser tests skipped: no Chromium (apt-get install chromium; .ci/run does)"
    return None


@asynccontextmanager
async def launched() -> AsyncIterator[Browser]:
    """A headless Chromium, closed afterwards."""
    from playwright.async_api import async_playwright

    path = chromium()
    assert path is not None
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=path, headless=True, args=ARGS)
        try:
            yield browser
        finally:
            await browser.close()


def shot(name: str) -> Path:
    """Where a screenshot goes (build/screenshots, not committed)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / f"{name}.png"
