"""Browser tests in Debian's headless Chromium, driven by Playwright, against a local server.

Without /usr/bin/chromium these tests are skipped, except under CI (``CI=true``), where a
missing browser fails the run (``tests/system_packages.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.server import app_server
from tests.system_packages import missing

CHROMIUM = Path(os.environ.get("VITD_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _require_browser() -> None:
    if not CHROMIUM.exists():
        missing("chromium", str(CHROMIUM))


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    _require_browser()
    with app_server() as url:
        yield url


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=DESKTOP)
    tab = context.new_page()
    yield tab
    context.close()


def open_screen(page, url: str, timeout_ms: int = 30_000) -> None:  # type: ignore[no-untyped-def]
    """Go to a URL and wait until the screen's script has finished and its heading shows."""
    page.goto(url)
    page.wait_for_selector(SCRIPT_DONE, timeout=timeout_ms)
    page.wait_for_selector("h1", timeout=timeout_ms)
    settle(page, timeout_ms)


def settle(page, timeout_ms: int = 30_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the browser has drawn what the script sent: charts, tables and images.

    "Script finished" comes before the frontend has laid out every element; checks that read
    the page (and axe) must wait for that too. Streamlit loads each kind of element's code on
    first use and shows a grey placeholder (``stSkeleton``) until it has; on a busy machine that
    can outlast the network going quiet, so the wait includes it.
    """
    page.wait_for_load_state("networkidle", timeout=timeout_ms)
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stSkeleton"], [data-testid="stAppSkeleton"]')""",
        timeout=timeout_ms,
    )
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"], .stVegaLiteChart')]
                .every(el => el.querySelector('svg, canvas'))""",
        timeout=timeout_ms,
    )
