"""Every screen's URL in a real browser: heading, tab title, navigation, disclaimer, no exception."""

from __future__ import annotations

import pytest

from tests.browser.conftest import PHONE, SCRIPT_DONE, open_screen
from tests.browser.server import app_server
from vitd.content import load_content
from vitd.models.site import SITE
from vitd.screens import SCREENS

DISCLAIMER = load_content().doc(SITE).disclaimer


def test_first_visit_to_a_fresh_server_can_be_a_deep_link(browser) -> None:
    with app_server() as url:
        context = browser.new_context()
        page = context.new_page()
        open_screen(page, f"{url}/symptoms")
        assert page.locator("h1").first.inner_text() == "Symptom comparison"
        assert page.url == f"{url}/symptoms"
        context.close()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.id)
def test_screen_opens_by_its_url(page, base_url: str, screen) -> None:
    open_screen(page, base_url + screen.url_path)
    assert page.locator("h1").first.inner_text() == screen.title
    assert page.title().startswith(screen.title)
    assert page.get_by_text(DISCLAIMER).first.is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    nav = page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]')
    assert nav.count() == len(SCREENS)


def test_navigation_link_goes_to_the_screen(page, base_url: str) -> None:
    open_screen(page, base_url + "/")
    page.locator('[data-testid="stSidebar"]').get_by_role("link", name="Quiz").click()
    page.wait_for_url(f"{base_url}/quiz")
    page.wait_for_selector(SCRIPT_DONE)
    assert page.locator("h1").first.inner_text() == "Quiz"


def test_phone_width_shows_heading_and_disclaimer_without_sideways_scroll(browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    open_screen(page, base_url + "/")
    assert page.get_by_text(DISCLAIMER).first.is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    context.close()
