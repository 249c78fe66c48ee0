"""The Blood test screen in Chromium: a shared link, typing a result, and accessibility."""

from __future__ import annotations

from tests.browser.conftest import SCRIPT_DONE, open_screen

SHARED = "/blood_levels?value=20&unit=ng/mL"


def test_shared_link_shows_the_band_and_the_marked_chart(page, base_url: str) -> None:
    open_screen(page, base_url + SHARED)
    main = page.locator('[data-testid="stMain"]')
    assert main.get_by_text("20 ng/mL = 49.9 nmol/L", exact=False).is_visible()
    assert main.get_by_text("Sufficient", exact=True).first.is_visible()
    chart = page.locator('[data-testid="stVegaLiteChart"]')
    chart.wait_for()
    assert "Endocrine Society 2011: Deficiency < 50 nmol/L" in (chart.get_attribute("aria-label") or "")
    assert page.locator('[data-testid="stException"]').count() == 0


def test_typing_a_result_updates_the_link(page, base_url: str) -> None:
    open_screen(page, base_url + "/blood_levels")
    box = page.get_by_label("Your 25(OH)D result")
    box.fill("130")
    box.press("Enter")
    page.wait_for_url("**value=130**")
    page.wait_for_selector(SCRIPT_DONE)
    assert page.get_by_text("Potentially harmful", exact=False).first.is_visible()
