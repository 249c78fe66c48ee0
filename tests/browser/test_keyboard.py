"""Keyboard use: Tab reaches the navigation first, in order, then each screen's main controls."""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_screen
from vitd.screens import SCREENS

FIRST_CONTROL = {
    "key_points": "Student",
    "symptoms": "Compare two conditions",
    "food_sources": "All",
    "sun": "Student",
    "blood_levels": "Your 25(OH)D result",
    "risk_check": "A fictional person",
    "quiz": "All topics",
    "sources": "References",
    "teach": "Lesson plan",
}
FOCUSED = """() => {
  const e = document.activeElement;
  const text = (e.getAttribute('aria-label') || e.innerText || '').trim().split('\\n').pop();
  return [e.closest('[data-testid="stSidebar"]') ? 'nav' : 'main', e.tagName, e.getAttribute('role') || '', text];
}"""
CONTROLS = {"INPUT", "BUTTON", "SELECT", "TEXTAREA"}


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.id)
def test_tab_order_reaches_navigation_then_main_controls(page, base_url: str, screen) -> None:
    open_screen(page, base_url + screen.url_path)
    focused = []
    for _ in range(24):
        page.keyboard.press("Tab")
        focused.append(page.evaluate(FOCUSED))
    nav = [text for area, _, _, text in focused if area == "nav"]
    assert nav[: len(SCREENS)] == [s.label for s in SCREENS]
    end_of_nav = next(i for i, item in enumerate(focused) if item[0] == "nav" and item[3] == SCREENS[-1].label)
    main_controls = []
    for area, tag, role, text in focused[end_of_nav + 1 :]:
        if area == "nav":
            break  # the cycle started again
        if tag in CONTROLS or role == "tab":
            main_controls.append(text)
    assert FIRST_CONTROL[screen.id] in main_controls, main_controls
