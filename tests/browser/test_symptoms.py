"""The Symptom comparison in Chromium: a filtered deep link, URL updates, phone width, axe."""

from __future__ import annotations

import pytest

from tests.browser.axe import axe_violations, describe
from tests.browser.conftest import PHONE, SCRIPT_DONE, open_screen
from vitd import params

DEEP_LINK = f"/symptoms?{params.CONDITIONS}=osteomalacia,myopathy&{params.ASPECTS}=location,nature"


def _table_headers(page) -> list[str]:  # type: ignore[no-untyped-def]
    table = page.locator('[data-testid="stMain"] table').first
    table.wait_for()
    return [t.strip() for t in table.locator("thead th").all_inner_texts()]


def test_filtered_deep_link_opens_exactly_that_view(page, base_url: str) -> None:
    open_screen(page, base_url + DEEP_LINK)
    assert _table_headers(page)[1:] == ["Osteomalacia", "Myopathy"]
    rows = page.locator('[data-testid="stMain"] table').first.locator("tbody th").all_inner_texts()
    assert [r.strip() for r in rows] == ["What the pain feels like", "Where it is felt"]


def test_turning_on_red_flags_updates_the_url(page, base_url: str) -> None:
    open_screen(page, base_url + f"/symptoms?{params.CONDITIONS}=dvt,sciatica")
    page.get_by_text("Red flags only").click()
    page.wait_for_url(lambda url: f"{params.RED_FLAGS}=1" in url)
    page.wait_for_selector(SCRIPT_DONE)
    table = page.locator('[data-testid="stMain"] table').first
    assert [r.strip() for r in table.locator("tbody th").all_inner_texts()] == ["Red flags"]
    assert table.get_by_text("Red flag:").first.is_visible()


@pytest.mark.parametrize("path", ["/symptoms", f"/symptoms?{params.COMPARE}=dvt,sciatica&{params.SYMPTOM_VIEW}=cards"])
@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, PHONE], ids=["1280", "390"])
def test_no_serious_accessibility_violations_and_no_sideways_scroll(browser, base_url: str, path, viewport) -> None:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    open_screen(page, base_url + path)
    violations = axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert violations == [], describe(violations)
    assert overflow <= 0
