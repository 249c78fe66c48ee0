"""The Symptom comparison in Chromium: a filtered deep link, URL updates, phone width, axe."""

from __future__ import annotations

from tests.browser.conftest import SCRIPT_DONE, open_screen
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
