"""Units of ``vitd.foods``: conversions, filters, the chart's view, the day planner and insights."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from vitd import citations, foods
from vitd.content import load_content
from vitd.models.food_screen import FOOD_SCREEN
from vitd.models.foods import FOODS
from vitd.models.intake import INTAKE
from vitd.models.references import REFERENCES
from vitd.models.units import UNITS
from vitd.screens.food_sources import CHOICES

CONTENT = load_content()
UNITS_DOC = CONTENT.doc(UNITS)
TEXTS = CONTENT.doc(FOOD_SCREEN)
STAGES = {s.id: s for s in CONTENT.table(INTAKE)}
ADULT = STAGES["adults-19-50"]
TABLE = foods.foods_frame(CONTENT.table(FOODS))
IDS = list(TABLE["id"])


def test_targets_are_written_as_the_guidelines_write_them() -> None:
    assert foods.target_label(STAGES["infants-0-6m"], "mcg", UNITS_DOC) == "AI 10 mcg"
    assert foods.limit_label(ADULT, "DV", UNITS_DOC) == "UL 500% DV"


@pytest.mark.parametrize(
    ("stage", "mcg", "iu"),
    [("infants-7-12m", "UL 38 mcg", "UL 1,500 IU"), ("children-1-3", "UL 63 mcg", "UL 2,500 IU")],
)
def test_upper_limits_are_shown_as_the_iom_and_ods_print_them(stage: str, mcg: str, iu: str) -> None:
    assert foods.limit_label(STAGES[stage], "mcg", UNITS_DOC) == mcg
    assert foods.limit_label(STAGES[stage], "IU", UNITS_DOC) == iu
    assert foods.limit_in(STAGES[stage], "IU", UNITS_DOC) == float(iu.split()[1].replace(",", ""))


@pytest.mark.parametrize(
    ("food_id", "unit", "expected"),
    [("trout", "IU", "645 IU"), ("ground-beef", "IU", "1.7 IU"), ("plant-milks", "IU", "100–144 IU")],
)
def test_iu_are_shown_as_the_ods_table_prints_them(food_id: str, unit: str, expected: str) -> None:
    view = foods.food_view(TABLE, "serving", unit, UNITS_DOC, ADULT.rda_mcg, TEXTS).set_index("id")
    assert view.loc[food_id, "amount_text"] == expected
    assert "computed" not in view.loc[food_id, "label"]


def test_iu_are_computed_and_marked_only_where_none_is_printed() -> None:
    view = foods.food_view(TABLE, "serving", "IU", UNITS_DOC, ADULT.rda_mcg, TEXTS).set_index("id")
    assert view.loc["carp", "amount_text"] == "840 IU"  # 21.0 mcg × 40
    assert view.loc["carp", "label"] == "840 · computed"
    printed = TABLE.set_index("id")["iu_per_serving"].notna()
    for food_id in view.index:
        assert ("computed" in view.loc[food_id, "label"]) == (not printed[food_id]), food_id
    assert foods.axis_title("serving", "IU") == "Vitamin D per serving (IU)"
    assert foods.axis_title("serving", "DV") == "Vitamin D per serving (% DV, computed)"


# --- filters ------------------------------------------------------------------------------


def test_group_ids_are_link_friendly() -> None:
    assert foods.group_id("Dairy & eggs") == "dairy-eggs"
    assert foods.group_id("Other plant foods") == "other-plant-foods"
    assert [g for g, _ in foods.food_groups(TABLE)][:3] == ["fats-oils", "fish", "mushrooms"]


@pytest.mark.parametrize(
    ("diet", "allowed"),
    [
        ("vegan", {"vegan"}),
        ("vegetarian", {"vegan", "vegetarian"}),
        ("pescatarian", {"vegan", "vegetarian", "pescatarian"}),
        ("all", {"vegan", "vegetarian", "pescatarian", "omnivore"}),
    ],
)
def test_diet_filter_keeps_foods_that_fit(diet: str, allowed: set[str]) -> None:
    rows = foods.filter_foods(TABLE, diet=diet)
    assert set(rows["diet"]) == allowed
    assert len(rows) == TABLE["diet"].isin(allowed).sum()


def test_group_fortified_and_search_filters() -> None:
    fish = foods.filter_foods(TABLE, groups=["fish"])
    assert set(fish["food_group"]) == {"Fish"}
    assert len(fish) == 17
    fortified = foods.filter_foods(TABLE, fortified="yes")
    assert sorted(fortified["id"]) == sorted(
        ["milk-2", "plant-milks", "cereal", "margarine", "milk-whole", "soymilk", "almond-milk"]
    )
    assert not foods.filter_foods(TABLE, fortified="no")["fortified"].any()
    salmon = foods.filter_foods(TABLE, search="SALMON")
    assert sorted(salmon["id"]) == ["salmon-atlantic", "salmon-pink", "salmon-smoked", "salmon-sockeye"]
    uv = foods.filter_foods(TABLE, search=" uv  mushrooms ")
    assert sorted(uv["id"]) == ["crimini-uv", "mushrooms-uv", "portabella-uv"]


def test_filters_combine_and_can_leave_nothing() -> None:
    rows = foods.filter_foods(TABLE, diet="vegan", groups=["fish"])
    assert rows.empty
    rows = foods.filter_foods(TABLE, diet="vegan", fortified="yes", search="milk")
    assert sorted(rows["id"]) == ["almond-milk", "plant-milks", "soymilk"]


# --- the chart's view ---------------------------------------------------------------------


def test_view_per_serving_is_sorted_and_labelled() -> None:
    view = foods.food_view(TABLE, "serving", "mcg", UNITS_DOC, ADULT.rda_mcg, TEXTS)
    assert len(view) == TABLE["has_serving"].sum()
    assert list(view["mcg"]) == sorted(view["mcg"], reverse=True)
    trout = view.set_index("id").loc["trout"]
    assert (trout["amount"], trout["share"], trout["label"]) == (16.2, 108, "16.2")
    assert trout["value_source"] == TEXTS.value_labels.published
    carp = view.set_index("id").loc["carp"]
    assert carp["label"] == "21.0 · computed"
    assert carp["value_source"] == TEXTS.value_labels.computed
    milks = view.set_index("id").loc["plant-milks"]
    assert (milks["amount_text"], milks["label"]) == ("2.5–3.6 mcg", "2.5–3.6 · fortified")


@pytest.mark.parametrize("food_id", ["margarine", "egg-yolk", "shiitake", "soymilk", "almond-milk", "milk-whole"])
def test_a_food_without_a_household_serving_is_shown_per_100g_only(food_id: str) -> None:
    food = next(f for f in CONTENT.table(FOODS) if f.id == food_id)
    assert not foods.has_household_serving(food)
    per_serving = foods.food_view(TABLE, "serving", "mcg", UNITS_DOC, ADULT.rda_mcg, TEXTS)
    per_100g = foods.food_view(TABLE, "100g", "mcg", UNITS_DOC, ADULT.rda_mcg, TEXTS)
    assert food_id not in set(per_serving["id"])
    assert food_id in set(per_100g["id"])


def test_the_household_serving_rule() -> None:
    trout = next(f for f in CONTENT.table(FOODS) if f.id == "trout")
    assert foods.has_household_serving(trout)
    assert not foods.has_household_serving(trout.model_copy(update={"serving": None, "mcg_per_serving": None}))


def test_view_per_100g_leaves_out_foods_without_that_value() -> None:
    view = foods.food_view(TABLE, "100g", "IU", UNITS_DOC, ADULT.rda_mcg, TEXTS)
    assert len(view) == TABLE["mcg_per_100g"].notna().sum()
    assert "cheddar" not in set(view["id"])
    assert set(view["portion"]) == {"100 g"}
    top = view.iloc[0]
    assert (top["id"], top["amount"], top["amount_text"]) == ("cod-liver-oil", 10000, "10,000 IU")
    assert set(view["value_source"]) == {TEXTS.value_labels.per_100g}


def test_empty_view_keeps_its_columns() -> None:
    view = foods.food_view(TABLE.iloc[0:0], "serving", "mcg", UNITS_DOC, 15, TEXTS)
    assert view.empty
    assert "amount" in view.columns


def test_table_twin_and_csv_download() -> None:
    view = foods.food_view(foods.filter_foods(TABLE, search="trout"), "serving", "IU", UNITS_DOC, 15, TEXTS)
    twin = foods.table_twin(view, "IU")
    assert list(twin.columns) == [
        *foods.TABLE_COLUMNS[:2],
        "Vitamin D (IU)",
        *foods.TABLE_COLUMNS[3:],
        "Value",
        "Sources",
    ]
    citation = citations.citation(TEXTS.citation, foods.view_sources(view), CONTENT.table(REFERENCES))
    rows = list(csv.reader(io.StringIO(foods.view_csv(view, "IU", citation))))
    assert rows[1][:4] == ["Trout (rainbow), farmed, cooked", "3 oz (85 g)", "645", "108"]
    assert rows[-2] == []
    assert rows[-1][0].startswith(TEXTS.citation + " S1 Vitamin D – Fact Sheet for Health Professionals")
    assert "; S8 USDA National Nutrient Database" in rows[-1][0]


def test_view_sources_are_in_number_order() -> None:
    view = pd.DataFrame({"sources": ["S8", "S1; S8", "S10; S2"]})
    assert foods.view_sources(view) == ["S1", "S2", "S8", "S10"]


def test_chart_alt_names_the_top_foods() -> None:
    view = foods.food_view(TABLE, "serving", "mcg", UNITS_DOC, 15, TEXTS)
    text = foods.chart_alt(view, "serving", "mcg", shown_foods=2)
    assert text.startswith(f"Bar chart of vitamin D per serving in mcg for {len(view)} foods, richest first: ")
    assert "Cod liver oil 34.0 mcg, Carp, raw 21.0 mcg." in text


# --- life stages and the planner ----------------------------------------------------------


def test_default_stage_is_an_adult() -> None:
    assert foods.default_stage(list(STAGES.values())).id == "adults-19-50"
    assert foods.default_stage([STAGES["infants-0-6m"]]).id == "infants-0-6m"


def test_parse_plan_reads_foods_and_servings() -> None:
    assert foods.parse_plan("trout:1,egg:2", IDS) == ({"trout": 1.0, "egg": 2.0}, [])
    assert foods.parse_plan(" Trout , egg:0.5 ,", IDS) == ({"trout": 1.0, "egg": 0.5}, [])
    assert foods.parse_plan("trout:1,trout:3", IDS) == ({"trout": 3.0}, [])
    assert foods.parse_plan("", IDS) == ({}, [])


def test_parse_plan_ignores_what_it_cannot_use() -> None:
    plan, ignored = foods.parse_plan("pizza:1,trout:lots,egg:0,milk-2:21,cod:nan,tuna:2", IDS)
    assert plan == {"tuna": 2.0}
    assert ignored == ["pizza:1", "trout:lots", "egg:0", "milk-2:21", "cod:nan"]
    many = ",".join(f"{food_id}:1" for food_id in IDS[:25])
    plan, ignored = foods.parse_plan(many, IDS)
    assert len(plan) == foods.PLAN_MAX_FOODS
    assert len(ignored) == 5


def test_plan_text_round_trips() -> None:
    plan = {"trout": 1.0, "egg": 2.5}
    assert foods.plan_text(plan) == "trout:1,egg:2.5"
    assert foods.parse_plan(foods.plan_text(plan), IDS) == (plan, [])


def test_a_plan_link_leaves_a_notice_for_ignored_items() -> None:
    choices, notices = CHOICES.read(CONTENT, {"plan": ["trout:2,pizza:1"]})
    assert dict(choices.plan) == {"trout": 2.0}
    assert list(notices) == [
        "The link's **plan** items “pizza\\:1” aren't recognised foods and servings (0.25–20), so they were left out."
    ]


def test_day_total_against_hand_computed_values() -> None:
    lines = foods.plan_lines(TABLE, {"trout": 2, "egg": 2, "plant-milks": 1})
    # 2 × 16.2 + 2 × 1.1 + 1 × 2.5 (low end of 2.5–3.6) = 37.1 mcg
    assert foods.day_total(lines) == pytest.approx(37.1)
    day = foods.summarise_day(lines, ADULT, "mcg", UNITS_DOC, TEXTS)
    assert not day.over_ul
    assert day.total_text == (
        "This day's food gives **37.1 mcg** of vitamin D: 247% of the 15 mcg RDA for Adults 19–50 years."
    )
    assert day.shortfall_text is None
    assert day.range_text == TEXTS.range_note.format(foods="Soy, almond and oat milks, vitamin D fortified")
    assert day.alt_text.startswith("This day's food gives 37.1 mcg")


def test_day_below_target_says_what_is_missing() -> None:
    lines = foods.plan_lines(TABLE, {"egg": 2})
    day = foods.summarise_day(lines, STAGES["adults-over-70"], "IU", UNITS_DOC, TEXTS)
    assert day.total_text.startswith("This day's food gives **88 IU** of vitamin D: 11% of the 800 IU RDA")
    assert day.shortfall_text == "Food alone leaves 712 IU of the 800 IU RDA to come from other routes."


def test_day_above_the_upper_limit_warns() -> None:
    lines = foods.plan_lines(TABLE, {"cod-liver-oil": 3})  # 102 mcg
    day = foods.summarise_day(lines, ADULT, "mcg", UNITS_DOC, TEXTS)
    assert day.over_ul
    assert day.over_ul_text is not None
    assert "This day's total, 102.0 mcg, is more than the tolerable upper intake level (UL) of 100 mcg" in (
        day.over_ul_text
    )
    infant = foods.summarise_day(foods.plan_lines(TABLE, {"trout": 2}), STAGES["infants-0-6m"], "mcg", UNITS_DOC, TEXTS)
    assert infant.over_ul  # 32.4 mcg is above the 25 mcg infant UL


def test_plan_lines_skip_unknown_foods_and_add_amounts() -> None:
    lines = foods.with_amounts(foods.plan_lines(TABLE, {"trout": 1, "gone": 2}), "IU", UNITS_DOC)
    assert list(lines["id"]) == ["trout"]
    assert (lines["amount"].iloc[0], lines["amount_text"].iloc[0]) == (645, "645 IU")
    assert list(foods.plan_table(lines).columns) == list(foods.PLAN_COLUMNS)


def test_a_food_without_a_serving_is_planned_by_100_g() -> None:
    lines = foods.with_amounts(foods.plan_lines(TABLE, {"soymilk": 2}), "IU", UNITS_DOC)
    assert lines.loc[0, ["serving", "mcg", "amount_text"]].tolist() == ["100 g", pytest.approx(2.4), "98 IU"]
    day = foods.summarise_day(lines, ADULT, "mcg", UNITS_DOC, TEXTS)
    assert day.total_text.startswith("This day's food gives **2.4 mcg** of vitamin D")


def test_the_upper_limit_warning_agrees_with_the_printed_limit() -> None:
    infant = STAGES["infants-7-12m"]
    lines = foods.plan_lines(TABLE, {"cod-liver-oil": 1, "egg": 1})  # 35.1 mcg; 1,360 + 44 = 1,404 IU
    for unit in ("mcg", "IU"):
        assert not foods.summarise_day(lines, infant, unit, UNITS_DOC, TEXTS).over_ul
    lines = foods.plan_lines(TABLE, {"cod-liver-oil": 1, "trout": 0.25})  # 38.05 mcg; 1,521.25 IU
    for unit in ("mcg", "IU"):
        day = foods.summarise_day(lines, infant, unit, UNITS_DOC, TEXTS)
        assert day.over_ul, unit
    assert (
        "of 1,500 IU for Infants 7–12 months" in foods.summarise_day(lines, infant, "IU", UNITS_DOC, TEXTS).over_ul_text
    )


# --- insights -----------------------------------------------------------------------------


def test_insights_are_computed_from_the_table() -> None:
    texts = [text for text, _ in foods.insights(TEXTS.insights, TABLE, ADULT, "mcg", UNITS_DOC)]
    assert texts == [
        "**Trout (rainbow), farmed, cooked**: 3 oz (85 g) gives 16.2 mcg, 108% of the 15 mcg RDA "
        "for Adults 19–50 years.",
        "**Milk, 2% milkfat, vitamin D fortified**: it takes 5.2 servings of 1 cup (244 g), at 2.9 mcg each, "
        "to reach the 15 mcg RDA.",
        "**Egg, 1 large, scrambled**: it takes 13.6 servings of 1 large (61 g), at 1.1 mcg each, "
        "to reach the 15 mcg RDA.",
        "**A vegan day without fortified foods**: take one serving of each of the 12 vegan foods in the NIH table "
        "that have no vitamin D added. Together they give 9.3 mcg, 62% of the 15 mcg RDA. Mushrooms, white, raw, "
        "sliced, exposed to UV light alone gives 9.2 mcg.",
        "**11 of the 25 foods** in the NIH table have no vitamin D to speak of (0 mcg per serving after rounding).",
    ]


def test_insights_follow_life_stage_and_unit() -> None:
    text, sources = foods.insights(TEXTS.insights, TABLE, STAGES["adults-over-70"], "IU", UNITS_DOC)[0]
    assert text.endswith("gives 645 IU, 81% of the 800 IU RDA for Adults over 70 years.")
    assert sources == ("S1", "S2")


def test_insight_about_a_missing_food_is_left_out() -> None:
    without_trout = TABLE[TABLE["id"] != "trout"]
    texts = [text for text, _ in foods.insights(TEXTS.insights, without_trout, ADULT, "mcg", UNITS_DOC)]
    assert len(texts) == len(TEXTS.insights) - 1
    assert not any("Trout" in t for t in texts)
