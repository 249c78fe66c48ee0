"""One accessibility gate over every state a reader can reach, not only each screen's first view.

Each state is opened in headless Chromium, driven to where a class would take it (an expander
opened, a tab chosen, a quiz answered, a score revealed), and scanned with axe-core at 1280 px
and again at 390 px. Serious and critical findings fail; moderate ones fail too, unless the
allow-list in ``tests/browser/axe.py`` names the rule and screen with the reason Streamlit itself
causes it. A seeded sample of junk links per screen (unknown values, markup, very long values, odd
Unicode) is scanned the same way: a teacher's mistyped link is a normal case.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.browser.axe import axe_violations, describe
from tests.browser.conftest import DESKTOP, PHONE, open_screen, settle
from vitd.screens import SCREENS, SCREENS_BY_ID, declaration

Action = Callable[[object], None]


def open_expanders(page) -> None:  # type: ignore[no-untyped-def]
    for summary in page.locator('[data-testid="stExpander"] summary >> visible=true').all():
        summary.click()
    settle(page)


def click_tab(name: str) -> Action:
    def action(page) -> None:  # type: ignore[no-untyped-def]
        page.get_by_role("tab", name=name).click()
        settle(page)

    return action


def answer_quiz(final: bool) -> Action:
    def action(page) -> None:  # type: ignore[no-untyped-def]
        page.locator('[data-testid="stRadio"] [role="radiogroup"] label').first.click()
        page.get_by_role("button", name="Check answer").click()
        page.wait_for_selector('[data-testid="stAlertContainer"]')
        settle(page)
        if final:
            page.get_by_role("button", name="See your score").click()
            page.wait_for_selector("text=You got")
            settle(page)

    return action


def reveal_persona(page) -> None:  # type: ignore[no-untyped-def]
    page.locator('[data-testid="stButtonGroup"] button').last.click()
    settle(page)
    page.get_by_role("button", name="Reveal the score").click()
    page.wait_for_selector('[data-testid="stMetric"]')
    settle(page)
    open_expanders(page)


def answer_myself(page) -> None:  # type: ignore[no-untyped-def]
    page.locator('[data-testid="stRadio"]').nth(1).locator('[role="radiogroup"] label').last.click()
    settle(page)
    open_expanders(page)


@dataclass(frozen=True)
class State:
    """A place a reader can reach: a screen's link, and what they then do there."""

    name: str
    screen: str
    query: str = ""
    action: Action | None = None


STATES: list[State] = [
    *(State(f"{s.id}-default", s.id) for s in SCREENS),
    *(State(f"{s.id}-presenter", s.id, "present=1") for s in SCREENS),
    *(
        State(f"{s}-expanders", s, q, open_expanders)
        for s, q in (
            ("key_points", ""),
            ("symptoms", ""),
            ("blood_levels", "value=20&unit=ng/mL"),
            ("risk_check", ""),
            ("sun", ""),
            ("teach", ""),
        )
    ),
    *(
        State(f"sources-{section}", "sources", f"section={section}")
        for section in ("references", "glossary", "numbers")
    ),
    State("sources-ref", "sources", "ref=S17"),
    *(State(f"teach-{tab}", "teach", "", click_tab(tab)) for tab in ("Link builder", "Handout", "Hosting and editing")),
    State("quiz-answered", "quiz", "topic=foods", answer_quiz(final=False)),
    State("quiz-score", "quiz", "q=sunscreen", answer_quiz(final=True)),
    State("risk-persona-revealed", "risk_check", "persona=edith", reveal_persona),
    State("risk-myself", "risk_check", "mode=myself", answer_myself),
    State("symptoms-cards", "symptoms", "view=cards"),
    State("symptoms-red-flags", "symptoms", "red_flags=1"),
    State("symptoms-compare", "symptoms", "compare=osteomalacia,myopathy"),
    State("symptoms-search", "symptoms", "q=calf"),
    State("food-planner", "food_sources", "plan=trout:1,egg:2,mushrooms-uv:1&unit=IU"),
    State("food-100g", "food_sources", "basis=100g&diet=vegan"),
    State("blood-harmful", "blood_levels", "value=140&guideline=es2011"),
    State("sun-polar", "sun", "place=longyearbyen&date=12-21"),
    State("sun-compare", "sun", "place=edinburgh&compare=singapore&date=06-21&level=advanced"),
    State("sun-winter", "sun", "place=edinburgh&date=12-21"),
    State("sun-latitude", "sun", "lat=-33.9&date=06-21"),
    State("key-points-advanced-step", "key_points", "level=advanced&step=osteomalacia"),
    State("symptoms-compare-cards", "symptoms", "compare=dvt,sciatica&view=cards"),
    State("food-shared-plan", "food_sources", "plan=cod-liver-oil:3,trout:1&diet=vegan&unit=dv&stage=adults-19-50"),
    State("quiz-topic", "quiz", "topic=foods"),
    State("sources-term", "sources", "term=pth"),
]

JUNK_VALUES = (
    "zzz",
    "<script>alert(1)</script>",
    "**bold** `code` [link](javascript:alert(1))",
    "x" * 240,
    "ǘñíçødé ✓ 🦴",
    "02-30",
    "-999",
)
JUNK_PER_SCREEN = 2


def junk_states(seed: int = 17) -> list[State]:
    """A seeded sample of junk links: for each screen, parameters it declares with values it can't use."""
    rng = random.Random(seed)
    states = []
    for screen in SCREENS:
        declared = declaration(screen.id)
        params = list(declared.params()) if declared else ["present"]
        for n in range(JUNK_PER_SCREEN):
            query = "&".join(f"{p}={rng.choice(JUNK_VALUES)}" for p in rng.sample(params, min(2, len(params))))
            states.append(State(f"{screen.id}-junk{n}", screen.id, query))
    return states


ALL = STATES + junk_states()


@pytest.mark.parametrize("state", ALL, ids=[s.name for s in ALL])
def test_every_reachable_state_passes_axe_at_desktop_and_phone_width(browser, base_url: str, state: State) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        path = SCREENS_BY_ID[state.screen].url_path
        open_screen(page, base_url + path + (f"?{state.query}" if state.query else ""))
        if state.action is not None:
            state.action(page)
        found = {"1280": axe_violations(page, screen=state.screen)}
        page.set_viewport_size(PHONE)
        settle(page)
        found["390"] = axe_violations(page, screen=state.screen)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    finally:
        context.close()
    failures = {width: describe(v) for width, v in found.items() if v}
    assert not failures, failures
    assert overflow <= 0, f"at 390 px the page scrolls sideways by {overflow} px"
