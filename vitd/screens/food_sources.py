"""Food sources (``/food_sources``): vitamin D per food, diet filters, units, targets and a day planner."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

import pandas as pd

from vitd import foods, params
from vitd.charts.foods import day_chart, food_chart
from vitd.choices import Choice, Declaration, Options
from vitd.citations import citation, source_links, sources_line
from vitd.content import Content, per_content
from vitd.models.food_screen import FOOD_SCREEN, FoodScreen
from vitd.models.foods import FOODS
from vitd.models.intake import INTAKE, LifeStage
from vitd.models.references import REFERENCES
from vitd.models.units import UNITS
from vitd.units import AMOUNT_UNITS
from vitd.widgets import amount_picker

DIETS: Options = (("all", "All"), ("pescatarian", "Pescatarian"), ("vegetarian", "Vegetarian"), ("vegan", "Vegan"))
"""Diets a reader can filter by, from the least to the most restrictive (a food fits every diet at least as
strict as its tag); ``all`` filters nothing."""
FORTIFIED: Options = (("any", "All foods"), ("yes", "Fortified only"), ("no", "Not fortified"))

Plan = tuple[tuple[str, float], ...]
"""The day planner's foods and their servings, in the order chosen."""


@dataclass(frozen=True)
class FoodChoices:
    diet: str = "all"
    fortified: str = "any"
    groups: tuple[str, ...] = ()
    search: str = ""
    stage: str = ""
    unit: str = "mcg"
    basis: str = "serving"
    plan: Plan = ()


def _groups(content: Content) -> Options:
    return tuple(foods.food_groups(_table(content)))


def _stages(content: Content) -> Options:
    return tuple((stage.id, stage.life_stage) for stage in content.table(INTAKE))


def _foods(content: Content) -> Options:
    table = _table(content)
    return tuple(zip(table["id"], table["food"], strict=True))


def _parse_plan(text: str, food_ids: list[str]) -> tuple[Plan, list[str]]:
    plan, ignored = foods.parse_plan(text, food_ids)
    return tuple(plan.items()), ignored


CHOICES = Declaration(
    "food_sources",
    FoodChoices,
    (
        Choice("diet", params.DIET, "Diet", "one", options=DIETS),
        Choice("fortified", params.FORTIFIED, "Fortified foods", "one", options=FORTIFIED),
        Choice(
            "groups",
            params.FOOD_GROUP,
            "Food groups (none chosen: every group)",
            "many",
            options=_groups,
            widget="pills",
        ),
        Choice(
            "search",
            params.FOOD_SEARCH,
            "Search foods",
            "text",
            max_chars=60,
            placeholder="e.g. salmon",
            examples=("salmon", "milk"),
        ),
        Choice(
            "stage",
            params.LIFE_STAGE,
            "Life stage (for the daily target)",
            "one",
            options=_stages,
            default=lambda content, options, values: foods.default_stage(content.table(INTAKE)).id,
            widget="select",
        ),
        Choice("unit", params.FOOD_UNIT, "Unit", "one", options=tuple((u.id, u.label) for u in AMOUNT_UNITS.values())),
        Choice("basis", params.BASIS, "Amounts", "one", options=tuple(foods.BASIS_LABELS.items())),
        Choice(
            "plan",
            params.PLAN,
            "Foods in your day",
            "text",
            options=_foods,
            widget="custom",
            draw=functools.partial(
                amount_picker,
                amount_label="Servings of {item} ({detail} each)",
                low=foods.PLAN_MIN_SERVINGS,
                high=foods.PLAN_MAX_SERVINGS,
                step=0.5,
                max_items=foods.PLAN_MAX_FOODS,
                placeholder="Choose foods",
            ),
            parse=_parse_plan,
            format=lambda plan: foods.plan_text(dict(plan)),
            notice=(
                "The link's **{name}** items “{items}” aren't recognised foods and servings "
                f"({foods.PLAN_MIN_SERVINGS:g}–{foods.PLAN_MAX_SERVINGS:g}), so they were left out."
            ),
            examples=("trout:1,egg:2", "mushrooms-uv:1,soymilk:2"),
        ),
    ),
)


@per_content
def _table(content: Content) -> pd.DataFrame:
    """Every food, one row each (shared by every session: never change it in place)."""
    return foods.foods_frame(content.table(FOODS))


@dataclass(frozen=True)
class FoodsView:
    """The chart, its table twin and download, and the insights, for one set of choices."""

    texts: FoodScreen
    stage: LifeStage
    empty: bool
    chart: dict[str, Any] | None
    alt: str
    twin: pd.DataFrame
    amount_heading: str
    amount_digits: int
    share_heading: str
    csv: str
    sources: str
    insights: str
    """The computed insights as a Markdown list, each with its sources."""
    serving_of: dict[str, str]
    """Each food's serving, for the planner's labels."""


def view(content: Content, choices: FoodChoices) -> FoodsView:
    """Filter the foods, then compute what the chart, its table, the download and the insights show."""
    return _view(content, dataclasses.replace(choices, plan=()))  # the plan has a view of its own


@per_content
def _view(content: Content, choices: FoodChoices) -> FoodsView:
    table = _table(content)
    texts = content.doc(FOOD_SCREEN)
    units = content.doc(UNITS)
    stage = {s.id: s for s in content.table(INTAKE)}[choices.stage]
    rows = foods.filter_foods(table, choices.diet, choices.groups, choices.fortified, choices.search)
    shown_rows = foods.food_view(rows, choices.basis, choices.unit, units, stage.rda_mcg, texts)
    source_ids = foods.view_sources(shown_rows) if not shown_rows.empty else []
    chart = None
    if not shown_rows.empty:
        chart = food_chart(
            shown_rows,
            foods.axis_title(choices.basis, choices.unit),
            tuple(name for _, name in foods.food_groups(table)),
            foods.target_in(stage, choices.unit, units),
            foods.target_label(stage, choices.unit, units),
        )
    cite = citation(texts.citation, source_ids, content.table(REFERENCES))
    return FoodsView(
        texts=texts,
        stage=stage,
        empty=shown_rows.empty,
        chart=chart,
        alt=foods.chart_alt(shown_rows, choices.basis, choices.unit) if chart else "",
        twin=foods.table_twin(shown_rows, choices.unit) if chart else shown_rows,
        amount_heading=foods.amount_heading(choices.unit),
        amount_digits=AMOUNT_UNITS[choices.unit].digits,
        share_heading=texts.labels.share.format(target_kind=stage.value_type),
        csv=foods.view_csv(shown_rows, choices.unit, cite) if chart else "",
        sources=sources_line(source_ids),
        insights=_insights(content, choices.stage, choices.unit),
        serving_of=dict(zip(table["id"], table["plan_portion"], strict=True)),  # 100 g where no serving is vetted
    )


@per_content
def _insights(content: Content, stage_id: str, unit: str) -> str:
    """The "what the numbers say" list: it follows the life stage and the unit, not the filters."""
    stage = {s.id: s for s in content.table(INTAKE)}[stage_id]
    texts = content.doc(FOOD_SCREEN)
    found = foods.insights(texts.insights, _table(content), stage, unit, content.doc(UNITS))
    return "\n".join(f"- {text} ({source_links(ids)})" for text, ids in found)


@dataclass(frozen=True)
class DayView:
    """The day planner's verdict: its sentences, chart and table."""

    summary: foods.DaySummary
    chart: dict[str, Any]
    table: pd.DataFrame


def day_view(content: Content, choices: FoodChoices) -> DayView | None:
    """A planned day against the life stage's target and upper limit; None for an empty plan.

    A plan is part of the link (teachers share them), so a day is built once and shared.
    """
    return _day_view(content, choices.plan, choices.unit, choices.stage) if choices.plan else None


@per_content
def _day_view(content: Content, plan: Plan, unit: str, stage_id: str) -> DayView:
    table = _table(content)
    units = content.doc(UNITS)
    stage = {s.id: s for s in content.table(INTAKE)}[stage_id]
    lines = foods.with_amounts(foods.plan_lines(table, dict(plan)), unit, units)
    summary = foods.summarise_day(lines, stage, unit, units, content.doc(FOOD_SCREEN))
    chart = day_chart(
        lines,
        foods.day_axis_title(unit),
        tuple(name for _, name in foods.food_groups(table)),
        foods.target_in(stage, unit, units),
        foods.target_label(stage, unit, units),
        foods.limit_in(stage, unit, units),
        foods.limit_label(stage, unit, units),
    )
    return DayView(summary, chart, foods.plan_table(lines))
