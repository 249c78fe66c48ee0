"""The Key points screen in Chromium: advanced link, diagram steps, level switch, accessibility at two widths."""

from __future__ import annotations

from tests.browser.conftest import SCRIPT_DONE, open_screen
from vitd.content import load_content
from vitd.models.key_points import KEY_POINTS
from vitd.models.mechanism import MECHANISM
from vitd.models.symptoms import SYMPTOM_SCREEN
from vitd.symptoms import URGENT_ANCHOR

CONTENT = load_content()
POINTS = CONTENT.doc(KEY_POINTS)
STEPS = {n.id: n for n in CONTENT.doc(MECHANISM).nodes}
DIAGRAM = '[data-testid="stVegaLiteChart"][aria-label^="Cause-and-effect diagram"]'
URL_STATE = "/?level=advanced&step=osteomalacia"


def test_advanced_link_renders_cards_diagram_and_chart(page, base_url: str) -> None:
    open_screen(page, base_url + "/?level=advanced")
    assert page.get_by_text(POINTS.cards[1].advanced).is_visible()
    assert page.get_by_text(POINTS.cards[1].student).count() == 0
    page.wait_for_selector(DIAGRAM + " svg text")
    drawn = "".join(page.locator(DIAGRAM + " svg").text_content().split())  # lines of a label run together
    for step in STEPS.values():
        assert "".join(step.label.split()) in drawn
    assert page.locator('[data-testid="stVegaLiteChart"]').count() == 2
    assert page.locator('[data-testid="stException"]').count() == 0


def test_choosing_a_step_and_a_level_updates_the_screen_and_the_link(page, base_url: str) -> None:
    open_screen(page, base_url + "/")
    page.get_by_role("radio", name="Advanced").click()
    page.wait_for_url("**/?level=advanced")
    page.wait_for_selector(SCRIPT_DONE)
    assert page.get_by_text(POINTS.cards[0].advanced).is_visible()

    # Type to filter and press Enter, as a keyboard user would.
    page.get_by_role("combobox", name="Choose a step to read about").focus()
    page.keyboard.type(STEPS["bone_ache"].label)
    page.get_by_role("option", name=STEPS["bone_ache"].label).wait_for()
    page.keyboard.press("Enter")
    page.wait_for_url("**/?level=advanced&step=bone_ache")
    page.wait_for_selector(SCRIPT_DONE)
    assert page.get_by_text(STEPS["bone_ache"].advanced).is_visible()


def test_the_help_now_card_opens_the_urgent_panel_on_symptoms(page, base_url: str) -> None:
    urgent = CONTENT.doc(SYMPTOM_SCREEN).urgent
    open_screen(page, base_url + "/")
    with page.context.expect_page() as opened:  # Markdown links open in a new tab
        page.get_by_role("link", name=urgent.card_link).click()
    panel = opened.value
    panel.wait_for_selector(SCRIPT_DONE)
    assert panel.url == f"{base_url}/symptoms#{URGENT_ANCHOR}"
    heading = panel.get_by_role("heading", name=urgent.title)
    heading.wait_for()
    assert 0 <= panel.evaluate("(el) => el.getBoundingClientRect().top", heading.element_handle()) < 200
    assert panel.get_by_text(urgent.levels[0].action).first.is_visible()
