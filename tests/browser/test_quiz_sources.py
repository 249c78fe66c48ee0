"""Quiz and Sources in Chromium: a topic link played, a reference link followed, axe at two widths."""

from __future__ import annotations

import pytest

from tests.browser.axe import axe_violations, describe
from tests.browser.conftest import DESKTOP, PHONE, open_screen
from vitd.content import load_content
from vitd.models.quiz import QUIZ
from vitd.quiz import correct_choice

FOODS = [q for q in load_content().doc(QUIZ).questions if q.topic == "foods"]


def test_quiz_topic_link_gives_immediate_feedback_and_a_link_to_learn_more(page, base_url: str) -> None:
    open_screen(page, f"{base_url}/quiz?topic=foods")
    page.get_by_text(f"Question 1 of {len(FOODS)}").wait_for()
    question = FOODS[0]
    page.get_by_text(question.choices[correct_choice(question)].text, exact=True).click()
    page.get_by_role("button", name="Check answer").click()
    page.get_by_text("Correct.", exact=False).first.wait_for()
    link = page.get_by_role("link", name="Food sources").last
    assert link.get_attribute("href").endswith("food_sources")
    page.get_by_role("button", name="Next question").click()
    page.get_by_text(f"Question 2 of {len(FOODS)}").wait_for()
    assert page.url.endswith("/quiz?topic=foods")


def test_sources_ref_link_shows_that_reference_first(page, base_url: str) -> None:
    open_screen(page, f"{base_url}/sources?ref=S17")
    alert = page.locator('[data-testid="stAlert"]').first
    assert "S17. Deschasaux M" in alert.inner_text()
    page.get_by_role("tab", name="Glossary").click()
    page.wait_for_url("**/sources?ref=S17&section=glossary")
    page.get_by_label("Search the glossary").wait_for()


@pytest.mark.parametrize(
    ("screen", "paths"),
    [
        ("quiz", ["/quiz", "/quiz?topic=foods"]),
        ("sources", ["/sources", "/sources?term=pth", "/sources?section=numbers"]),
    ],
)
def test_no_serious_accessibility_violations_at_desktop_and_phone_width(browser, base_url: str, screen, paths) -> None:
    for viewport in (DESKTOP, PHONE):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for path in paths:
            open_screen(page, base_url + path)
            violations = axe_violations(page)
            assert not violations, f"{path} at {viewport['width']} px:\n{describe(violations)}"
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{path} scrolls sideways at {viewport['width']} px"
        context.close()
