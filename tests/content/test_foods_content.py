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
    ("Cod liver oil", 34.0),
    ("Trout (rainbow), farmed, cooked", 16.2),
    ("Salmon (sockeye), cooked", 14.2),
    ("Mushrooms, white, raw, sliced, exposed to UV light", 9.2),
    ("Milk, 2% milkfat, vitamin D fortified", 2.9),
    ("Soy, almond and oat milks, vitamin D fortified", 2.5),
    ("Ready-to-eat cereal, fortified with 10% of the DV", 2.0),
    ("Sardines (Atlantic), canned in oil, drained", 1.2),
    ("Egg, 1 large, scrambled", 1.1),
    ("Liver, beef, braised", 1.0),
    ("Tuna fish (light), canned in water, drained", 1.0),
    ("Cheese, cheddar", 0.4),
    ("Mushrooms, portabella, raw, diced", 0.1),
    ("Chicken breast, roasted", 0.1),
    ("Beef, ground, 90% lean, broiled", 0),
    ("Broccoli, raw, chopped", 0),
    ("Carrots, raw, chopped", 0),
    ("Almonds, dry roasted", 0),
    ("Apple, large", 0),
    ("Banana, large", 0),
    ("Rice, brown, long-grain, cooked", 0),
    ("Whole wheat bread", 0),
    ("Lentils, boiled", 0),
    ("Sunflower seeds, roasted", 0),
    ("Edamame, shelled, cooked", 0),
]
"""NIH ODS "Table 3: Vitamin D Content of Selected Foods" (facts §3a): food and mcg per serving."""


@pytest.mark.parametrize(("food", "mcg"), ODS_TABLE_3, ids=[f for f, _ in ODS_TABLE_3])
def test_every_ods_food_is_present_with_its_published_value(food: str, mcg: float) -> None:
    record = BY_NAME[food]
    assert record.mcg_per_serving == mcg
    assert not record.per_serving_computed
    assert "S1" in record.source_ids


def test_plant_milks_keep_the_published_range() -> None:
    milks = BY_NAME["Soy, almond and oat milks, vitamin D fortified"]
    assert (milks.mcg_per_serving, milks.mcg_per_serving_max) == (2.5, 3.6)


def test_usda_rows_are_flagged_computed_and_cite_usda() -> None:
    extra = [f for f in FOOD_ROWS if f.food not in dict(ODS_TABLE_3)]
    assert len(extra) == 25
    for food in extra:
        assert food.per_serving_computed, food.food
        assert food.source_ids == ("S8",), food.food
        assert food.ndb and food.mcg_per_100g is not None, food.food
        assert "computed" in food.serving, food.food


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
        "foods.csv:27: mcg_per_serving: computed value should be 21.0 (mcg_per_100g × serving_g / 100)",
    ),
    (
        "computed value without per 100 g",
        lambda f: set_cell(f / "foods.csv", 27, "mcg_per_100g", ""),
        "foods.csv:27: per_serving_computed: needs mcg_per_100g and serving_g to compute from",
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
