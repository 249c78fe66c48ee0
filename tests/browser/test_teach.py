"""The educators' screen in Chromium: a lesson link opened as a student would, and presenter view."""

from __future__ import annotations

from tests.browser.conftest import SCRIPT_DONE, open_screen
from vitd import params


def test_a_lesson_link_from_the_plan_opens_that_view(page, base_url: str) -> None:
    open_screen(page, base_url + "/teach")
    link = next(text for text in page.locator('[data-testid="stText"]').all_inner_texts() if "compare=" in text).strip()
    assert link == f"{base_url}/symptoms?{params.COMPARE}=osteomalacia,myopathy"
    open_screen(page, link)
    headers = page.locator('[data-testid="stMain"] table').first.locator("thead th").all_inner_texts()
    assert [h.strip() for h in headers][1:] == ["Osteomalacia", "Myopathy"]


def test_presenter_view_is_larger_and_survives_navigation(browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    open_screen(page, base_url + "/quiz")
    normal = page.evaluate("parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)")
    open_screen(page, base_url + f"/quiz?{params.PRESENT}=1")
    large = page.evaluate("parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)")
    assert large > normal * 1.2
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_attribute("data-collapsed") == "true"
    page.locator('[data-testid="stExpandSidebarButton"]').click()
    sidebar.get_by_role("link", name="Blood test").click()
    page.wait_for_url(f"**/blood_levels?{params.PRESENT}=1")
    page.wait_for_selector(SCRIPT_DONE)
    assert page.locator("h1").first.inner_text() == "Blood test levels"
    context.close()
