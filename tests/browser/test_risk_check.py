"""The Risk check in Chromium: accessibility at desktop and phone widths, and predict-then-reveal."""

from __future__ import annotations

from tests.browser.conftest import PHONE, SCRIPT_DONE, open_screen

PATH = "/risk_check"
URLS = {"default": PATH, "myself": PATH + "?mode=myself"}


def test_predict_then_reveal_at_phone_width(browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    open_screen(page, base_url + PATH + "?persona=edith")
    assert page.get_by_text("Edith lives in a care home").is_visible()
    reveal = page.get_by_role("button", name="Reveal the score")
    assert reveal.is_disabled()
    page.get_by_text("9 points or more", exact=True).first.click()
    page.wait_for_selector(SCRIPT_DONE)
    reveal.click()
    page.get_by_text("9.5 points", exact=True).wait_for()
    page.wait_for_selector('[data-testid="stVegaLiteChart"]')
    assert page.get_by_text("matches the result").is_visible()
    assert page.url.endswith("/risk_check?persona=edith")
    context.close()
