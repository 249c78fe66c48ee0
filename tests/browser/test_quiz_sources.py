"""Quiz and Sources in Chromium: a topic link played, a reference link followed, axe at two widths."""

from __future__ import annotations

from tests.browser.conftest import open_screen
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
