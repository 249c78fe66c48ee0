"""The Food sources screen through AppTest: filters, units, basis, life stage and the day planner."""

from __future__ import annotations

import io
import json

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from vitd.content import load_content
from vitd.models.food_screen import FOOD_SCREEN
from vitd.models.foods import FOODS
from vitd.params import BASIS, DIET, FOOD_GROUP, FOOD_SEARCH, FOOD_UNIT, FORTIFIED, LIFE_STAGE, PLAN

CONTENT = load_content()
TEXTS = CONTENT.doc(FOOD_SCREEN)
ALL_FOODS = CONTENT.table(FOODS)
PER_SERVING = [f for f in ALL_FOODS if f.serving is not None]
"""Foods with a household serving: the others appear in the per-100 g view only."""
SCREEN = "food_sources"


def table(at: AppTest) -> pd.DataFrame:
    """The food table twin (the first dataframe on the screen)."""
    return at.dataframe[0].value


def chart_data(at: AppTest, index: int = 0) -> list[pd.DataFrame]:
    """Every dataset of one chart on the screen: sent as Arrow, or written into the spec (a few rows)."""
    chart = at.get("vega_lite_chart")[index].proto
    sent = [pa.ipc.open_stream(io.BytesIO(d.data.data)).read_all().to_pandas() for d in chart.datasets]
    return sent + [pd.DataFrame(values) for values in inline_values(json.loads(chart.spec))]


def inline_values(node: object) -> list[list[dict]]:
    """The values of every dataset written into a spec."""
    if isinstance(node, dict):
        found = [node["values"]] if "values" in node and isinstance(node["values"], list) else []
        return found + [v for child in node.values() for v in inline_values(child)]
    if isinstance(node, list):
        return [v for child in node for v in inline_values(child)]
    return []


def chart_labels(at: AppTest, index: int = 0) -> set[str]:
    return {label for frame in chart_data(at, index) if "label" in frame for label in frame["label"]}


def test_default_view_shows_every_food_richest_first() -> None:
    at = run_screen(SCREEN)
    assert not at.exception
    rows = table(at)
    assert len(rows) == len(PER_SERVING)
    assert rows.iloc[0]["Food"] == "Cod liver oil"
    assert rows.iloc[0]["Vitamin D (mcg)"] == 34.0
    assert "RDA 15 mcg" in chart_labels(at)
    alt = at.get("vega_lite_chart")[0].proto.alt
    assert alt.startswith(f"Bar chart of vitamin D per serving in mcg for {len(PER_SERVING)} foods")
    assert any(TEXTS.chart_note == c.value for c in at.caption)
    assert at.get("download_button")[0].proto.label == "Download this table (CSV)"
    assert not [c for c in at.caption if ":material/link_off:" in c.value]


@pytest.mark.parametrize(
    ("query", "column", "allowed"),
    [
        ({DIET: "vegan"}, "Diet", {"vegan"}),
        ({DIET: "vegetarian"}, "Diet", {"vegan", "vegetarian"}),
        ({FOOD_GROUP: "fish,mushrooms"}, "Food group", {"Fish", "Mushrooms"}),
        ({FORTIFIED: "yes"}, "Fortified", {"yes"}),
        ({FORTIFIED: "no"}, "Fortified", {"no"}),
    ],
)
def test_each_filter_from_the_url(query: dict[str, str], column: str, allowed: set[str]) -> None:
    at = run_screen(SCREEN, query)
    rows = table(at)
    assert not rows.empty
    assert set(rows[column]) == allowed


def test_search_from_the_url() -> None:
    at = run_screen(SCREEN, {FOOD_SEARCH: "salmon"})
    assert sorted(table(at)["Food"]) == [
        "Salmon (sockeye), cooked",
        "Salmon, Atlantic, farmed, cooked, dry heat",
        "Salmon, chinook, smoked",
        "Salmon, pink, canned, drained solids",
    ]
    assert at.text_input[0].value == "salmon"


def test_no_match_says_so_kindly() -> None:
    at = run_screen(SCREEN, {DIET: "vegan", FOOD_GROUP: "fish"})
    assert not at.exception
    assert at.info[0].value == TEXTS.empty
    assert not at.get("vega_lite_chart")
    assert len(at.dataframe) == 0


@pytest.mark.parametrize(
    ("unit", "heading", "trout"), [("iu", "Vitamin D (IU)", 645), ("dv", "Vitamin D (% Daily Value)", 81)]
)
def test_unit_toggle(unit: str, heading: str, trout: float) -> None:
    at = run_screen(SCREEN, {FOOD_UNIT: unit})
    rows = table(at).set_index("Food")
    assert rows.loc["Trout (rainbow), farmed, cooked", heading] == trout
    assert at.segmented_control[2].value == unit.upper()


def bars_axis_title(at: AppTest) -> str:
    """The title under the food chart's value axis."""
    bars = json.loads(at.get("vega_lite_chart")[0].proto.spec)["layer"][0]
    return bars["encoding"]["x"]["title"]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ({}, "Vitamin D per serving (mcg)"),
        ({FOOD_UNIT: "iu"}, "Vitamin D per serving (IU)"),
        ({BASIS: "100g", FOOD_UNIT: "iu"}, "Vitamin D per 100 g (IU)"),
        ({FOOD_UNIT: "dv"}, "Vitamin D per serving (% DV, computed)"),
    ],
)
def test_the_chart_axis_names_the_unit_and_basis_shown(query: dict[str, str], title: str) -> None:
    assert bars_axis_title(run_screen(SCREEN, query)) == title


def test_basis_toggle_shows_per_100g_values_only_where_they_exist() -> None:
    at = run_screen(SCREEN, {BASIS: "100g"})
    rows = table(at)
    assert len(rows) == sum(f.mcg_per_100g is not None for f in ALL_FOODS)
    assert set(rows["Amount of food"]) == {"100 g"}
    assert rows.iloc[0]["Vitamin D (mcg)"] == 250.0
    assert set(rows["Value"]) == {TEXTS.value_labels.per_100g}


def test_life_stage_moves_the_target_line_and_the_shares() -> None:
    at = run_screen(SCREEN, {LIFE_STAGE: "adults-over-70"})
    assert "RDA 20 mcg" in chart_labels(at)
    rows = table(at).set_index("Food")
    assert rows.loc["Trout (rainbow), farmed, cooked", "Share of target (%)"] == 81
    assert any("81% of the 20 mcg RDA for Adults over 70 years" in m.value for m in at.markdown)
    infants = run_screen(SCREEN, {LIFE_STAGE: "infants-0-6m"})
    assert "AI 10 mcg" in chart_labels(infants)


def test_widgets_write_their_choice_to_the_url() -> None:
    at = run_screen(SCREEN)
    at.segmented_control[0].set_value("vegan")
    at.segmented_control[2].set_value("IU")
    at.pills[0].set_value(["mushrooms"])
    at.selectbox[0].set_value("teens-14-18")
    at.run()
    assert not at.exception
    assert at.query_params[DIET] == "vegan"
    assert at.query_params[FOOD_UNIT] == "IU"
    assert at.query_params[FOOD_GROUP] == "mushrooms"
    assert at.query_params[LIFE_STAGE] == "teens-14-18"
    assert set(table(at)["Food group"]) == {"Mushrooms"}
    at.segmented_control[0].set_value("all").run()
    assert DIET not in at.query_params


def test_bad_url_values_fall_back_with_a_quiet_notice() -> None:
    at = run_screen(SCREEN, {DIET: "keto", FOOD_UNIT: "grams", PLAN: "pizza:2,trout:1"})
    assert not at.exception
    assert len(table(at)) == len(PER_SERVING)
    notices = " ".join(c.value for c in at.caption if ":material/link_off:" in c.value)
    assert "**diet** value “keto”" in notices
    assert "**unit** value “grams”" in notices
    assert "“pizza\\:2”" in notices
    assert at.multiselect[0].value == ["trout"]


def test_insights_are_listed_with_their_sources() -> None:
    at = run_screen(SCREEN)
    lists = [m.value for m in at.markdown if m.value.startswith("- **")]
    assert len(lists) == 1  # one list, one element
    bullets = lists[0].split("\n")
    assert len(bullets) == len(TEXTS.insights)
    assert bullets[0].startswith(
        "- **Trout (rainbow), farmed, cooked**: 3 oz (85 g) gives 16.2 mcg, 108% of the 15 mcg"
    )
    assert "[S1](sources?ref=S1)" in bullets[0]


def test_planner_from_a_shared_link_totals_the_day() -> None:
    at = run_screen(SCREEN, {PLAN: "trout:2,egg:2"})
    assert not at.exception
    assert at.multiselect[0].value == ["trout", "egg"]
    assert [n.value for n in at.number_input] == [2.0, 2.0]
    assert any(
        m.value.startswith("This day's food gives **34.6 mcg** of vitamin D: 231% of the 15 mcg RDA")
        for m in at.markdown
    )
    assert not at.error
    plan = at.dataframe[1].value
    assert list(plan["Vitamin D"]) == ["32.4 mcg", "2.2 mcg"]
    assert {"RDA 15 mcg", "UL 100 mcg"} <= chart_labels(at, 1)


def test_planner_warns_above_the_upper_limit() -> None:
    at = run_screen(SCREEN, {PLAN: "cod-liver-oil:3", LIFE_STAGE: "adults-over-70"})
    assert len(at.error) == 1
    assert at.error[0].value.startswith("**Above the upper limit.** This day's total, 102.0 mcg, is more than")
    below = run_screen(SCREEN, {PLAN: "cod-liver-oil:2"})
    assert not below.error


def test_planner_changes_go_to_the_url() -> None:
    at = run_screen(SCREEN)
    assert [i.value for i in at.info] == [TEXTS.planner_empty]
    at.multiselect[0].set_value(["salmon-sockeye"]).run()
    at.number_input[0].set_value(1.5).run()
    assert at.query_params[PLAN] == "salmon-sockeye:1.5"
    assert any(m.value.startswith("This day's food gives **21.3 mcg**") for m in at.markdown)
    at.multiselect[0].set_value([]).run()
    assert PLAN not in at.query_params


def test_links_to_the_other_routes() -> None:
    at = run_screen(SCREEN)
    assert any(
        m.value == f"{TEXTS.other_routes} [Risk check](risk_check) · [Vitamin D and leg pain: key points](./)"
        for m in at.markdown
    )
