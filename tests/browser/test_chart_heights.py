"""Charts keep their room from the start: the height a builder reserves is the height Chromium
draws, and the plot inside keeps the size it was designed with (nothing squeezed to fit).

A chart whose room is kept does not push the text below it down when the chart library arrives
(issue 18: layout shift). The heights are worked out in Python from rows and legend entries; this
checks those sums against the drawing, at desktop and phone width.
"""

from __future__ import annotations

import re
import urllib.parse

import pytest

from tests.browser.conftest import DESKTOP, PHONE, open_screen
from vitd.charts import dataset, drawn_height
from vitd.charts import foods as food_charts
from vitd.charts import levels as level_charts
from vitd.charts import sun as sun_charts
from vitd.content import load_content
from vitd.screens import declaration
from vitd.screens.blood_levels import bands_view, result_view
from vitd.screens.food_sources import day_view
from vitd.screens.food_sources import view as food_view
from vitd.screens.sun import view as sun_view

CONTENT = load_content()


def _choices(screen_id: str, query: str):  # type: ignore[no-untyped-def]
    values: dict[str, list[str]] = {}
    for name, value in urllib.parse.parse_qsl(query):
        values.setdefault(name, []).append(value)
    return declaration(screen_id).read(CONTENT, values)[0]


def _food(query: str) -> list[tuple[int, int]]:
    choices = _choices("food_sources", query)
    shown = food_view(CONTENT, choices)
    expected = [(drawn_height(shown.chart), food_charts.ROW_HEIGHT * len(dataset(shown.chart, "foods")))]
    day = day_view(CONTENT, choices)
    if day is not None:
        expected.append((drawn_height(day.chart), food_charts.DAY_PLOT_HEIGHT))
    return expected


def _sun(query: str) -> list[tuple[int, int]]:
    shown = sun_view(CONTENT, _choices("sun", query)).shown
    expected = [
        (drawn_height(shown.year_chart), sun_charts.YEAR_HEIGHT),
        (drawn_height(shown.day_chart), sun_charts.DAY_HEIGHT),
    ]
    span = float(dataset(shown.shadow_chart, "ground")["x2"].iloc[0])
    return [*expected, (drawn_height(shown.shadow_chart), sun_charts.picture_height(span))]


def _blood(query: str) -> list[tuple[int, int]]:
    result = result_view(CONTENT, _choices("blood_levels", query))
    chart = bands_view(CONTENT, result.axis_max).chart
    return [(drawn_height(chart), level_charts.ROW_HEIGHT * len(dataset(chart, "rows")))]


VIEWS = {
    "/food_sources": _food,
    "/food_sources?diet=vegan&plan=trout:1,egg:2": _food,
    "/food_sources?group=mushrooms&basis=100g&unit=IU": _food,
    "/sun?place=edinburgh&date=12-21": _sun,
    "/sun?place=oslo&compare=seville&date=03-21": _sun,
    "/sun?lat=0&compare=london&date=06-21": _sun,
    "/blood_levels": _blood,
    "/blood_levels?value=80&unit=ng/mL&guideline=es2011": _blood,
}

CHARTS_DRAWN = "n => document.querySelectorAll('[data-testid=\"stVegaLiteChart\"] svg').length >= n"
DRAWN = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')].map(chart => {
  const room = chart.closest('[data-testid="stElementContainer"]').getBoundingClientRect().height;
  const svg = chart.querySelector('svg');
  const plot = svg.querySelector('path.background').getAttribute('d');
  return {room: Math.round(room), drawn: Math.round(svg.getBoundingClientRect().height), plot};
})"""


def _plot_height(path: str) -> int:
    """The height of a Vega plot's background path ``M0,0h665v234h-665Z``."""
    found = re.search(r"v(-?[\d.]+)h", path)
    assert found, path
    return round(float(found.group(1)))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", list(VIEWS))
def test_each_chart_draws_in_the_room_kept_for_it_at_its_designed_size(
    browser, base_url: str, path: str, viewport: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    expected = VIEWS[path](path.partition("?")[2])
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        open_screen(page, base_url + path)
        page.wait_for_function(CHARTS_DRAWN, arg=len(expected))
        drawn = page.evaluate(DRAWN)
    finally:
        context.close()
    assert len(drawn) == len(expected), drawn
    for (room, plot), chart in zip(expected, drawn, strict=True):
        assert chart["room"] == room, chart
        assert chart["drawn"] == room, chart  # neither cut off nor leaving a gap
        assert abs(_plot_height(chart["plot"]) - plot) <= 2, chart  # the plot is not squeezed to fit
