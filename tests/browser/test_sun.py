"""The Sun and seasons screen in Chromium: deep links, charts with text alternatives, the keyboard,
and axe at desktop and phone width in several states (a comparison, a polar winter, a latitude)."""

from __future__ import annotations

import re

from tests.browser.conftest import SCRIPT_DONE, open_screen

PATH = "/sun"
STATES = {
    "default": PATH,
    "edinburgh-winter": f"{PATH}?place=edinburgh&date=12-21",
    "compare": f"{PATH}?place=london&compare=singapore&date=06-21&level=advanced",
    "polar-night": f"{PATH}?place=longyearbyen&date=12-21",
    "latitude": f"{PATH}?lat=-33.9&date=06-21",
}


def _chart(page, name_start: str):  # type: ignore[no-untyped-def]
    """A chart by the start of its text alternative (Streamlit puts ``alt`` in the aria-label)."""
    return page.locator(f'[role="graphics-document"][aria-label^="{name_start}"]')


def test_deep_link_shows_the_sentence_and_three_charts_with_text_alternatives(page, base_url: str) -> None:
    open_screen(page, base_url + STATES["edinburgh-winter"])
    sentence = "In Edinburgh the noon sun stays below 45° from about 24 August to 17 April."
    assert page.get_by_text(sentence).first.is_visible()
    year = _chart(page, "Line chart of the sun's height at noon on every day of the year in Edinburgh")
    year.wait_for()
    assert sentence in year.get_attribute("aria-label")
    assert _chart(page, "Line chart of the sun's height through 21 December in Edinburgh").count() == 1
    shadow = _chart(page, "Drawing to scale of a person and their noon shadow on 21 December in Edinburgh")
    assert "5.3 times as long as you are tall" in shadow.get_attribute("aria-label")


def test_polar_night_says_so_instead_of_drawing_a_day(page, base_url: str) -> None:
    open_screen(page, base_url + STATES["polar-night"])
    assert page.get_by_text("On 21 December the sun does not rise in Longyearbyen.").first.is_visible()
    assert page.locator('[role="graphics-document"]').count() == 1


def test_keyboard_reaches_every_control_and_moves_the_date(page, base_url: str) -> None:
    open_screen(page, base_url + f"{PATH}?date=03-20")
    names: list[str] = []
    for _ in range(30):
        page.keyboard.press("Tab")
        names.append(
            page.evaluate(
                "() => { const e = document.activeElement;"
                " return (e.getAttribute('aria-label') || e.innerText || '').trim().split('\\n').pop(); }"
            )
        )
        if names[-1] == "Date":
            break
    controls = ["Student", "Place", "Compare with a second place", "Use any latitude instead of a place", "Date"]
    assert [n for n in names if n in controls] == controls, names
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"date=03-21"))
    page.wait_for_selector(SCRIPT_DONE)
    assert page.get_by_text("On 21 March the noon sun in London").first.is_visible()


def test_choosing_a_second_place_puts_it_in_the_url(page, base_url: str) -> None:
    open_screen(page, base_url + PATH)
    page.get_by_role("combobox", name="Compare with a second place").click()
    page.keyboard.type("Singap")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"compare=singapore"))
    page.wait_for_selector(SCRIPT_DONE)
    assert page.get_by_text("In Singapore the noon sun is at 45° or higher on every day of the year.").is_visible()


def _tooltips_down(page, chart, at: float) -> list[str]:  # type: ignore[no-untyped-def]
    """Every tooltip met moving the pointer down the chart ``at`` a fraction of its width."""
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    seen: list[str] = []
    tip = page.locator("#vg-tooltip-element.visible")
    for y in range(0, int(box["height"]), 3):
        page.mouse.move(box["x"] + box["width"] * at, box["y"] + y)
        if tip.count() and tip.is_visible() and tip.inner_text() not in seen:
            seen.append(tip.inner_text())
    return seen


def test_hovering_the_lines_gives_the_day_and_height_as_the_screen_writes_them(page, base_url: str) -> None:
    open_screen(page, base_url + STATES["edinburgh-winter"])
    year = _chart(page, "Line chart of the sun's height at noon on every day of the year in Edinburgh")
    tips = " | ".join(_tooltips_down(page, year, 0.5))
    assert re.search(r"Date\s+\d{1,2} (June|July)\s+Noon height \(computed\)\s+5\d\.\d°", tips), tips
    day = _chart(page, "Line chart of the sun's height through 21 December in Edinburgh")
    tips = " | ".join(_tooltips_down(page, day, 0.5))
    assert re.search(r"Local solar time\s+\d\d:\d\d\s+Height \(computed\)\s+\d{1,2}\.\d°", tips), tips
    assert not re.search(r"\bx2\b|\by2\b", tips)
