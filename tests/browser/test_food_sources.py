"""The Food sources screen in Chromium: a filtered deep link, a shared day plan, the URL, and axe."""

from __future__ import annotations

import re

from tests.browser.conftest import SCRIPT_DONE, open_screen

PATH = "/food_sources"
FILTERED = f"{PATH}?diet=vegan&group=mushrooms&unit=iu&stage=adults-over-70"
SHARED_PLAN = f"{PATH}?plan=cod-liver-oil:3,trout:1&stage=adults-19-50"


def _chart(page, name_start: str):  # type: ignore[no-untyped-def]
    """A chart by the start of its text alternative (Streamlit puts ``alt`` in the aria-label)."""
    return page.locator(f'[role="graphics-document"][aria-label^="{name_start}"]')


def test_filtered_deep_link_shows_the_filtered_chart(page, base_url: str) -> None:
    open_screen(page, base_url + FILTERED)
    assert page.get_by_role("radio", name="Vegan").get_attribute("aria-checked") == "true"
    assert page.get_by_role("radio", name="IU").get_attribute("aria-checked") == "true"
    chart = _chart(page, "Bar chart of vitamin D per serving in IU for 2 foods")  # the others: per 100 g only
    chart.wait_for()
    assert "Mushrooms, white, raw, sliced, exposed to UV light 366 IU" in chart.get_attribute("aria-label")
    assert page.get_by_text("800 IU RDA for Adults over 70 years").first.is_visible()


def test_shared_plan_opens_with_its_total_and_warning(page, base_url: str) -> None:
    open_screen(page, base_url + SHARED_PLAN)
    warning = page.get_by_text("Above the upper limit.")
    warning.wait_for()
    assert warning.is_visible()
    # 3 × 34.0 + 16.2 = 118.2 mcg
    assert page.get_by_text(re.compile(r"This day's food gives 118\.2 mcg")).is_visible()
    day_chart = _chart(page, "This day's food gives 118.2 mcg")
    day_chart.wait_for()
    assert day_chart.count() == 1


def test_choosing_a_filter_puts_it_in_the_url(page, base_url: str) -> None:
    open_screen(page, base_url + PATH)
    page.get_by_role("radio", name="Vegetarian").click()
    page.wait_for_url(re.compile(r"diet=vegetarian"))
    page.wait_for_selector(SCRIPT_DONE)
    page.get_by_role("radio", name="per 100 g").click()
    page.wait_for_url(re.compile(r"basis=100g"))
    assert "diet=vegetarian" in page.url
