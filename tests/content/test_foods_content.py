"""Food content: the NIH ODS table as published, and the validation rules of the food files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.content.helpers import cell, edit_json, set_cell
from vitd.content import load_content
from vitd.models.food_screen import FOOD_SCREEN
from vitd.models.foods import FOODS
from vitd.models.intake import INTAKE

CONTENT = load_content()
FOOD_ROWS = CONTENT.table(FOODS)
BY_NAME = {f.food: f for f in FOOD_ROWS}

ODS_TABLE_3 = [
    ("Cod liver oil", 34.0, 1360),
    ("Trout (rainbow), farmed, cooked", 16.2, 645),
    ("Salmon (sockeye), cooked", 14.2, 570),
    ("Mushrooms, white, raw, sliced, exposed to UV light", 9.2, 366),
    ("Milk, 2% milkfat, vitamin D fortified", 2.9, 120),
    ("Soy, almond and oat milks, vitamin D fortified", 2.5, 100),
    ("Ready-to-eat cereal, fortified with 10% of the DV", 2.0, 80),
    ("Sardines (Atlantic), canned in oil, drained", 1.2, 46),
    ("Egg, 1 large, scrambled", 1.1, 44),
    ("Liver, beef, braised", 1.0, 42),
    ("Tuna fish (light), canned in water, drained", 1.0, 40),
    ("Cheese, cheddar", 0.4, 17),
    ("Mushrooms, portabella, raw, diced", 0.1, 4),
    ("Chicken breast, roasted", 0.1, 4),
    ("Beef, ground, 90% lean, broiled", 0, 1.7),
    ("Broccoli, raw, chopped", 0, 0),
    ("Carrots, raw, chopped", 0, 0),
    ("Almonds, dry roasted", 0, 0),
    ("Apple, large", 0, 0),
    ("Banana, large", 0, 0),
    ("Rice, brown, long-grain, cooked", 0, 0),
    ("Whole wheat bread", 0, 0),
    ("Lentils, boiled", 0, 0),
    ("Sunflower seeds, roasted", 0, 0),
    ("Edamame, shelled, cooked", 0, 0),
]
"""NIH ODS "Table 3: Vitamin D Content of Selected Foods" (facts §3a): food, mcg and IU per serving as printed."""


@pytest.mark.parametrize(("food", "mcg", "iu"), ODS_TABLE_3, ids=[f for f, _, _ in ODS_TABLE_3])
def test_every_ods_food_is_present_with_its_published_values(food: str, mcg: float, iu: float) -> None:
    record = BY_NAME[food]
    assert record.mcg_per_serving == mcg
    assert record.iu_per_serving == iu
    assert record.serving
    assert not record.per_serving_computed
    assert "S1" in record.source_ids


def test_foods_cite_usda_only_where_usda_supplies_a_value() -> None:
    for food in FOOD_ROWS:
        assert ("S8" in food.source_ids) == (food.mcg_per_100g is not None), food.food


def test_plant_milks_keep_the_published_range() -> None:
    milks = BY_NAME["Soy, almond and oat milks, vitamin D fortified"]
    assert (milks.mcg_per_serving, milks.mcg_per_serving_max) == (2.5, 3.6)
    assert (milks.iu_per_serving, milks.iu_per_serving_max) == (100, 144)


ODS = {food for food, _, _ in ODS_TABLE_3}


def test_usda_rows_are_computed_fish_servings_or_per_100g_only_and_cite_usda() -> None:
    extra = [f for f in FOOD_ROWS if f.food not in ODS]
    assert len(extra) == 25
    for food in extra:
        assert food.source_ids == ("S8",), food.food
        assert food.ndb and food.mcg_per_100g is not None and food.iu_per_100g is not None, food.food
        if food.serving is None:
            assert food.mcg_per_serving is None and not food.per_serving_computed, food.food
        else:
            # 3 oz is the serving the ODS table gives for fish; the value is computed and says so.
            assert food.food_group == "Fish" and food.per_serving_computed, food.food
            assert food.serving == "3 oz (85 g), computed", food.food
    per_100g_only = {f.id for f in extra if f.serving is None}
    assert {"margarine", "egg-yolk", "shiitake", "soymilk", "almond-milk", "milk-whole", "roe"} <= per_100g_only


def test_every_insight_names_a_food_in_the_table() -> None:
    ids = {f.id for f in FOOD_ROWS}
    for insight in CONTENT.doc(FOOD_SCREEN).insights:
        assert insight.food_id is None or insight.food_id in ids, insight.id


def test_life_stage_ids_are_stable() -> None:
    assert [s.id for s in CONTENT.table(INTAKE)] == [
        "infants-0-6m",
        "infants-7-12m",
        "children-1-3",
        "children-4-8",
        "children-9-13",
        "teens-14-18",
        "adults-19-50",
        "adults-51-70",
        "adults-over-70",
    ]


def _cells(row: int, **values: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        for column, value in values.items():
            set_cell(folder / "foods.csv", row, column, value)

    return change


def _insights(change: Callable[[list[dict]], None]) -> Callable[[dict], None]:
    return lambda data: change(data["insights"])


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "duplicate food id",
        lambda f: set_cell(f / "foods.csv", 4, "id", "trout"),
        "foods.csv:4: id: duplicate 'trout' (also used by 'Trout (rainbow), farmed, cooked')",
    ),
    (
        "food id with spaces",
        lambda f: set_cell(f / "foods.csv", 3, "id", "Rainbow trout"),
        "foods.csv:3: id: 'rainbow trout' is not in the expected form",
    ),
    (
        "computed value that does not match per 100 g",
        lambda f: set_cell(f / "foods.csv", 27, "mcg_per_serving", "25"),
        "foods.csv:27: mcg_per_serving: computed value should be 21.0 "
        "(mcg_per_100g × serving_g / 100, rounded half up)",
    ),
    (
        "computed value rounded down instead of half up",
        _cells(27, mcg_per_100g="1.0", iu_per_100g="42", mcg_per_serving="0.8"),
        "foods.csv:27: mcg_per_serving: computed value should be 0.9 (mcg_per_100g × serving_g / 100, rounded half up)",
    ),
    (
        "computed value without per 100 g",
        _cells(27, mcg_per_100g="", iu_per_100g=""),
        "foods.csv:27: per_serving_computed: needs mcg_per_100g and serving_g to compute from",
    ),
    (
        "serving without a value",
        _cells(3, mcg_per_serving="", iu_per_serving=""),
        "foods.csv:3: serving: serving and mcg_per_serving go together: "
        "a food with no vetted serving leaves both blank",
    ),
    (
        "no value at all",
        _cells(47, mcg_per_100g="", iu_per_100g=""),
        "foods.csv:47: mcg_per_serving: give a value per serving, per 100 g, or both",
    ),
    (
        "IU without the mcg they go with",
        _cells(3, mcg_per_100g=""),
        "foods.csv:3: iu_per_100g: needs mcg_per_100g",
    ),
    (
        "IU range upside down",
        _cells(7, iu_per_serving_max="90"),
        "foods.csv:7: iu_per_serving_max: must not be below iu_per_serving",
    ),
    (
        "duplicate life stage id",
        lambda f: set_cell(f / "intake.csv", 3, "id", cell(f / "intake.csv", 2, "id")),
        "intake.csv:3: id: duplicate 'infants-0-6m' (also used by 'Infants 0–6 months')",
    ),
    (
        "unknown placeholder in an insight",
        lambda f: edit_json(f / "food_screen.json", _insights(lambda i: i[0].update(text="{food} has {vitamins}"))),
        "food_screen.json:insights[1]: text: unknown placeholder {vitamins}; use one of: amount, food, life_stage, "
        "serving, share, target, target_kind",
    ),
    (
        "unmatched brace in a planner sentence",
        lambda f: edit_json(f / "food_screen.json", lambda d: d.update(total="Total {total")),
        "food_screen.json:top: total: has an unmatched or empty { }",
    ),
    (
        "insight without its food",
        lambda f: edit_json(f / "food_screen.json", _insights(lambda i: i[1].pop("food_id"))),
        "food_screen.json:insights[2]: food_id: required for a servings_to_target insight",
    ),
    (
        "duplicate insight id",
        lambda f: edit_json(f / "food_screen.json", _insights(lambda i: i[2].update(id=i[1]["id"]))),
        "food_screen.json:insights[3]: id: duplicate 'milk-servings' (first at insights[2])",
    ),
    (
        "unknown insight kind",
        lambda f: edit_json(f / "food_screen.json", _insights(lambda i: i[4].update(kind="guess"))),
        "food_screen.json:insights[5]: kind: 'guess' is not one of: 'share_of_target', 'servings_to_target', "
        "'diet_day', 'zero_foods'",
    ),
]


@pytest.mark.parametrize(("case", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_food_file_faults_are_reported(
    content_dir: Path, case: str, breaks: Callable[[Path], None], expected: str
) -> None:
    breaks(content_dir)
    assert [str(p) for p in load_content(content_dir).problems] == [expected]
