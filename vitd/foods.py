"""Food sources: the food table as a DataFrame, filters, units, the day planner and computed insights.

Amounts are stored in micrograms (``mcg``) and converted for display by :mod:`vitd.units`. IU are
shown as the source prints them where it prints them (the ODS table gives trout 645 IU, not
16.2 × 40 = 648), and computed with the factor of ``units.json`` (1 mcg = 40 IU) only where it
prints none; % Daily Value is always computed (mcg / 20).
Displayed numbers are rounded half up, as the NIH ODS table does (0.5 % shows as 1 %).

A food is shown per serving only if it has a household serving its source gives; one without a
vetted serving appears in the per-100 g view only, and the planner counts it by 100 g.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from vitd.citations import in_order
from vitd.downloads import safe_csv
from vitd.models.food_screen import FoodScreen, Insight
from vitd.models.foods import DIETS, Food
from vitd.models.intake import LifeStage
from vitd.models.units import Units
from vitd.units import (
    AMOUNT_UNITS,
    convert,
    format_amount,
    format_target,
    number_or_none,
    number_text,
    percent_text,
    round_half_up,
    shown,
    unit_text,
)

DEFAULT_AGE_YEARS = 30
"""The default life stage is the one this age falls in (an adult)."""

PLAN_MIN_SERVINGS = 0.25
PLAN_MAX_SERVINGS = 20.0
PLAN_MAX_FOODS = 20
"""Limits of the day planner; a shared plan outside them is trimmed with a notice."""

BASIS_LABELS: dict[str, str] = {"serving": "per serving", "100g": "per 100 g"}
"""How each basis (``serving``, ``100g``) is named on screen."""

TABLE_COLUMNS = ("Food", "Amount of food", "Vitamin D", "Share of target (%)", "Food group", "Diet", "Fortified")
"""Headings of the table twin and the CSV download (plus "Value" and "Sources")."""


# --- targets ------------------------------------------------------------------------------


def target_in(stage: LifeStage, unit: str, units: Units) -> float:
    """The stage's daily target (RDA or AI) in ``unit``, as displayed."""
    return shown(stage.rda_mcg, unit, units, stage.rda_iu)


def limit_in(stage: LifeStage, unit: str, units: Units) -> float:
    """The stage's upper limit (UL) in ``unit``, as displayed."""
    return shown(stage.ul_mcg, unit, units, stage.ul_iu)


# --- the food table -----------------------------------------------------------------------


def group_id(name: str) -> str:
    """The id of a food group in links: ``Dairy & eggs`` is ``dairy-eggs``."""
    return "-".join(re.findall(r"[a-z0-9]+", name.casefold()))


PER_100G = "100 g"
"""The portion of a food without a vetted household serving, in the per-100 g view and the planner."""


def has_household_serving(food: Food) -> bool:
    """Whether a food may be shown per serving: its source gives a household serving and a value for it.

    A food without one (a weight such as 85 g of margarine or dried mushrooms is not what a person
    eats) appears only in the per-100 g view.
    """
    return food.serving is not None and food.mcg_per_serving is not None


def foods_frame(foods: Sequence[Food]) -> pd.DataFrame:
    """One row per food, columns named as in the content model, plus ``group_id``, ``sources``,
    ``has_serving`` (see :func:`has_household_serving`) and what the planner counts: ``plan_portion``
    (the serving, or 100 g), ``plan_mcg`` and ``plan_iu`` (IU as printed, or None)."""
    rows = []
    for food in foods:
        serving = has_household_serving(food)
        rows.append(
            {
                **food.model_dump(),
                "group_id": group_id(food.food_group),
                "sources": "; ".join(food.source_ids),
                "has_serving": serving,
                "plan_portion": food.serving if serving else PER_100G,
                "plan_mcg": food.mcg_per_serving if serving else food.mcg_per_100g,
                "plan_iu": food.iu_per_serving if serving else food.iu_per_100g,
            }
        )
    return pd.DataFrame(rows)


def food_groups(table: pd.DataFrame) -> list[tuple[str, str]]:
    """``(id, name)`` of every food group, in the order the groups first appear in the file."""
    firsts = table.drop_duplicates("group_id")
    return list(zip(firsts["group_id"], firsts["food_group"], strict=True))


def diets_that_fit(diet: str) -> tuple[str, ...]:
    """Food diet tags a reader on ``diet`` can eat: a vegan food fits every diet. ``all`` fits everything."""
    if diet not in DIETS:
        return DIETS
    return DIETS[: DIETS.index(diet) + 1]


def filter_foods(
    table: pd.DataFrame,
    diet: str = "all",
    groups: Sequence[str] = (),
    fortified: str = "any",
    search: str = "",
) -> pd.DataFrame:
    """Rows that fit the diet, belong to one of ``groups`` (none means every group), match the
    fortified choice (``any``, ``yes`` or ``no``) and contain every word of ``search`` in their
    name or group (case-insensitive)."""
    keep = table["diet"].isin(diets_that_fit(diet))
    if groups:
        keep &= table["group_id"].isin(list(groups))
    if fortified in {"yes", "no"}:
        keep &= table["fortified"] == (fortified == "yes")
    haystack = (table["food"] + " " + table["food_group"]).str.casefold()
    for word in search.casefold().split():
        keep &= haystack.str.contains(word, regex=False)
    return table[keep]


def food_view(
    table: pd.DataFrame, basis: str, unit: str, units: Units, target_mcg: float, texts: FoodScreen
) -> pd.DataFrame:
    """What the chart and its table show: one row per food with an amount, richest first.

    ``basis`` is ``serving`` (foods with a household serving only) or ``100g`` (foods with a
    per-100 g value only). Columns: ``id``, ``food``, ``portion`` (the serving, or "100 g"),
    ``mcg``, ``amount`` (in ``unit``, rounded as shown; IU as printed where the source prints
    them), ``amount_text``, ``share`` (% of the target, rounded), ``food_group``, ``diet``,
    ``fortified``, ``value_source``, ``sources`` and ``label`` (the text beside a bar, with
    "computed" for a value the app worked out).
    """
    columns = [
        "id", "food", "portion", "mcg", "amount", "amount_text", "share", "food_group", "diet",
        "fortified", "value_source", "sources", "label",
    ]  # fmt: skip
    if basis == "100g":
        rows = table[table["mcg_per_100g"].notna()]
        mcg = rows["mcg_per_100g"].astype(float)
        mcg_max = pd.Series([None] * len(rows), index=rows.index, dtype=object)
        iu = rows["iu_per_100g"].astype(object)
        iu_max = pd.Series([None] * len(rows), index=rows.index, dtype=object)
        portion = pd.Series([PER_100G] * len(rows), index=rows.index, dtype=object)
        source = pd.Series([texts.value_labels.per_100g] * len(rows), index=rows.index, dtype=object)
        computed = pd.Series([False] * len(rows), index=rows.index)
    else:
        rows = table[table["has_serving"].astype(bool)]
        mcg = rows["mcg_per_serving"].astype(float)
        mcg_max = rows["mcg_per_serving_max"].astype(object)
        iu = rows["iu_per_serving"].astype(object)
        iu_max = rows["iu_per_serving_max"].astype(object)
        portion = rows["serving"]
        computed = rows["per_serving_computed"].astype(bool)
        source = computed.map({True: texts.value_labels.computed, False: texts.value_labels.published})
    if rows.empty:
        return pd.DataFrame(columns=columns)
    tops = [number_or_none(top) for top in mcg_max]
    ius, iu_tops = [number_or_none(v) for v in iu], [number_or_none(v) for v in iu_max]
    amount_text, labels, amounts = [], [], []
    for m, top, printed, printed_top, is_fortified, is_computed in zip(
        mcg, tops, ius, iu_tops, rows["fortified"], computed, strict=True
    ):
        unit_computed = unit == "IU" and printed is None
        amounts.append(shown(m, unit, units, printed))
        amount_text.append(format_amount(m, unit, units, top, iu=printed, iu_max=printed_top))
        marks = [texts.fortified_label] if is_fortified else []
        marks += [texts.computed_label] if is_computed or unit_computed else []
        number = format_amount(m, unit, units, top, with_unit=False, iu=printed, iu_max=printed_top)
        labels.append(" · ".join([number, *marks]))
    view = pd.DataFrame(
        {
            "id": rows["id"],
            "food": rows["food"],
            "portion": portion,
            "mcg": mcg,
            "amount": amounts,
            "amount_text": amount_text,
            "share": [round_half_up(100 * m / target_mcg) for m in mcg],
            "food_group": rows["food_group"],
            "diet": rows["diet"],
            "fortified": rows["fortified"].astype(bool),
            "value_source": source,
            "sources": rows["sources"],
            "label": labels,
        }
    )
    return view.sort_values(["mcg", "food"], ascending=[False, True], kind="stable").reset_index(drop=True)


def amount_heading(unit: str) -> str:
    """The table heading of the amount column, with its unit."""
    return f"{TABLE_COLUMNS[2]} ({AMOUNT_UNITS[unit].label})"


def axis_title(basis: str, unit: str) -> str:
    """The food chart's axis title: what is measured, per what, in which unit (and whether computed).

    % Daily Value is always computed; IU are as printed, and a computed one is marked on its bar.
    """
    computed = ", computed" if unit == "DV" else ""
    return f"Vitamin D {BASIS_LABELS[basis]} ({AMOUNT_UNITS[unit].short}{computed})"


def day_axis_title(unit: str) -> str:
    """The day chart's axis title."""
    computed = "" if unit == "mcg" else ", computed"
    return f"Vitamin D in the day ({AMOUNT_UNITS[unit].short}{computed})"


def target_label(stage: LifeStage, unit: str, units: Units) -> str:
    """``RDA 15 mcg``: the label of the target line on the charts."""
    return f"{stage.value_type} {format_target(stage.rda_mcg, unit, units, stage.rda_iu)}"


def limit_label(stage: LifeStage, unit: str, units: Units) -> str:
    """``UL 100 mcg``: the label of the upper-limit line on the day chart."""
    return f"UL {format_target(stage.ul_mcg, unit, units, stage.ul_iu)}"


def table_twin(view: pd.DataFrame, unit: str) -> pd.DataFrame:
    """The chart's rows with readable headings, for the on-screen table and the CSV download."""
    food, portion, _, share, group, diet, fortified = TABLE_COLUMNS
    return pd.DataFrame(
        {
            food: view["food"],
            portion: view["portion"],
            amount_heading(unit): view["amount"] if AMOUNT_UNITS[unit].digits else view["amount"].astype(int),
            share: view["share"].astype(int),
            group: view["food_group"],
            diet: view["diet"],
            fortified: view["fortified"].map({True: "yes", False: "no"}),
            "Value": view["value_source"],
            "Sources": view["sources"],
        }
    )


def view_sources(view: pd.DataFrame) -> list[str]:
    """Source ids cited by the rows of a view, in number order (S1, S2, S10)."""
    return in_order(s.strip() for cell in view["sources"] for s in str(cell).split(";") if s.strip())


def view_csv(view: pd.DataFrame, unit: str, citation_text: str) -> str:
    """The table twin as spreadsheet-safe CSV text, ending with the citation line."""
    return safe_csv(table_twin(view, unit), citation_text)


# --- life stages --------------------------------------------------------------------------


def default_stage(stages: Sequence[LifeStage]) -> LifeStage:
    """The life stage :data:`DEFAULT_AGE_YEARS` falls in, else the first."""
    for stage in stages:
        top = math.inf if stage.age_max_years is None else stage.age_max_years
        if stage.age_min_years <= DEFAULT_AGE_YEARS < top:
            return stage
    return stages[0]


# --- the day planner ----------------------------------------------------------------------


def parse_plan(text: str, food_ids: Sequence[str]) -> tuple[dict[str, float], list[str]]:
    """``trout:1,egg:2`` as ``{"trout": 1.0, "egg": 2.0}``, plus the items that were ignored.

    An item without ``:servings`` counts one serving. Unknown foods, servings that are not a
    number between :data:`PLAN_MIN_SERVINGS` and :data:`PLAN_MAX_SERVINGS`, and items beyond
    :data:`PLAN_MAX_FOODS` are ignored. A food named twice keeps its last servings.
    """
    known = set(food_ids)
    plan: dict[str, float] = {}
    ignored: list[str] = []
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        food_id, _, amount = item.partition(":")
        food_id = food_id.strip().casefold()
        try:
            servings = float(amount) if amount.strip() else 1.0
        except ValueError:
            servings = math.nan
        fits = food_id in known and PLAN_MIN_SERVINGS <= servings <= PLAN_MAX_SERVINGS
        if not fits or (food_id not in plan and len(plan) >= PLAN_MAX_FOODS):
            ignored.append(item)
            continue
        plan[food_id] = servings
    return plan, ignored


def plan_text(plan: Mapping[str, float]) -> str:
    """The URL form of a plan: ``trout:1,egg:2`` (servings without trailing zeros)."""
    return ",".join(f"{food_id}:{servings:g}" for food_id, servings in plan.items())


def plan_lines(table: pd.DataFrame, plan: Mapping[str, float]) -> pd.DataFrame:
    """One row per planned food: ``id``, ``food``, ``serving`` (its household serving, or 100 g for a
    food without one), ``servings``, ``mcg_each``, ``mcg`` (servings × mcg each), ``iu_each`` and
    ``iu`` (IU as printed, or None), ``food_group``, ``ranged`` (the amount varies by brand; the low
    end is counted) and ``per_serving_computed``. Foods not in ``table`` are skipped."""
    by_id = table.set_index("id")
    rows = []
    for food_id, servings in plan.items():
        if food_id not in by_id.index:
            continue
        food = by_id.loc[food_id]
        each = float(food["plan_mcg"])
        iu_each = number_or_none(food["plan_iu"])
        rows.append(
            {
                "id": food_id,
                "food": food["food"],
                "serving": food["plan_portion"],
                "servings": servings,
                "mcg_each": each,
                "mcg": servings * each,
                "iu_each": iu_each,
                "iu": None if iu_each is None else servings * iu_each,
                "food_group": food["food_group"],
                "ranged": bool(food["has_serving"]) and not pd.isna(food["mcg_per_serving_max"]),
                "per_serving_computed": bool(food["per_serving_computed"]) and bool(food["has_serving"]),
            }
        )
    columns = [
        "id", "food", "serving", "servings", "mcg_each", "mcg", "iu_each", "iu", "food_group", "ranged",
        "per_serving_computed",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def _line_value(mcg: float, iu: object, unit: str, units: Units) -> float:
    """A planned amount in ``unit``: IU from the printed values where there are some, else computed."""
    printed = number_or_none(iu)
    return printed if unit == "IU" and printed is not None else convert(mcg, unit, units)


def with_amounts(lines: pd.DataFrame, unit: str, units: Units) -> pd.DataFrame:
    """Planned foods with ``amount`` (in ``unit``, rounded as shown) and ``amount_text`` added."""
    values = [_line_value(m, iu, unit, units) for m, iu in zip(lines["mcg"], lines["iu"], strict=True)]
    return lines.assign(
        amount=[round_half_up(v, AMOUNT_UNITS[unit].digits) for v in values],
        amount_text=[unit_text(v, unit) for v in values],
    )


PLAN_COLUMNS = ("Food", "Servings", "Serving", "Vitamin D")
"""Headings of the planner's table."""


def plan_table(lines: pd.DataFrame) -> pd.DataFrame:
    """The planned foods with readable headings (``lines`` from :func:`with_amounts`)."""
    food, servings, serving, amount = PLAN_COLUMNS
    return pd.DataFrame(
        {food: lines["food"], servings: lines["servings"], serving: lines["serving"], amount: lines["amount_text"]}
    )


@dataclass(frozen=True)
class DaySummary:
    """The planner's verdict for one day, with its sentences already filled in (Markdown)."""

    total_mcg: float
    target_mcg: float
    ul_mcg: float
    over_ul: bool
    total_text: str
    shortfall_text: str | None
    over_ul_text: str | None
    range_text: str | None

    @property
    def alt_text(self) -> str:
        """The total sentence without Markdown, as the day chart's text alternative."""
        return self.total_text.replace("**", "")


def day_total(lines: pd.DataFrame) -> float:
    """Micrograms of vitamin D in a day's planned foods."""
    return float(lines["mcg"].sum()) if not lines.empty else 0.0


def day_total_in(lines: pd.DataFrame, unit: str, units: Units) -> float:
    """A day's total in ``unit``: in IU, the sum of the printed IU values where there are some."""
    if lines.empty:
        return 0.0
    return float(sum(_line_value(m, iu, unit, units) for m, iu in zip(lines["mcg"], lines["iu"], strict=True)))


def summarise_day(lines: pd.DataFrame, stage: LifeStage, unit: str, units: Units, texts: FoodScreen) -> DaySummary:
    """Total against the stage's target (RDA or AI) and upper limit (UL), in ``unit``.

    The total is compared with the target and the limit as they are shown in that unit (the UL
    of 38 mcg is printed as 1,500 IU), so the warning agrees with the numbers a reader sees.
    """
    total = day_total(lines)
    total_shown = day_total_in(lines, unit, units)
    target, limit = target_in(stage, unit, units), limit_in(stage, unit, units)
    values = {
        "total": unit_text(total_shown, unit),
        "share": percent_text(total, stage.rda_mcg),
        "target": format_target(stage.rda_mcg, unit, units, stage.rda_iu),
        "target_kind": stage.value_type,
        "life_stage": stage.life_stage,
        "ul": format_target(stage.ul_mcg, unit, units, stage.ul_iu),
        "missing": unit_text(max(target - total_shown, 0), unit),
    }
    over = total_shown > limit
    ranged = lines.loc[lines["ranged"], "food"].tolist() if not lines.empty else []
    return DaySummary(
        total_mcg=total,
        target_mcg=stage.rda_mcg,
        ul_mcg=stage.ul_mcg,
        over_ul=over,
        total_text=texts.total.format(**values),
        shortfall_text=texts.shortfall.format(**values) if total_shown < target else None,
        over_ul_text=texts.over_ul.format(**values) if over else None,
        range_text=texts.range_note.format(foods=", ".join(ranged)) if ranged else None,
    )


# --- insights -----------------------------------------------------------------------------


def _published(table: pd.DataFrame) -> pd.DataFrame:
    """Rows of the NIH ODS table: published per-serving values (not computed, not per 100 g only)."""
    return table[table["has_serving"].astype(bool) & ~table["per_serving_computed"].astype(bool)]


def insight_text(insight: Insight, table: pd.DataFrame, stage: LifeStage, unit: str, units: Units) -> str | None:
    """One insight sentence computed from the table, or None when its food is missing or its value is 0."""
    common = {
        "target": format_target(stage.rda_mcg, unit, units, stage.rda_iu),
        "target_kind": stage.value_type,
        "life_stage": stage.life_stage,
    }
    if insight.kind in {"share_of_target", "servings_to_target"}:
        match = table[table["id"] == insight.food_id]
        if match.empty:
            return None
        food = match.iloc[0]
        if not food["has_serving"]:
            return None
        mcg = float(food["mcg_per_serving"])
        if mcg <= 0:
            return None
        return insight.text.format(
            food=food["food"],
            serving=food["serving"],
            amount=format_amount(mcg, unit, units, iu=food["iu_per_serving"]),
            share=percent_text(mcg, stage.rda_mcg),
            servings=number_text(stage.rda_mcg / mcg, 1),
            **common,
        )
    published = _published(table)
    if insight.kind == "diet_day":
        rows = published[published["diet"].isin(diets_that_fit(insight.diet or "")) & ~published["fortified"]]
        if rows.empty:
            return None
        top = rows.sort_values("mcg_per_serving", ascending=False, kind="stable").iloc[0]
        total = float(rows["mcg_per_serving"].sum())
        printed = rows["iu_per_serving"]
        total_iu = float(printed.sum()) if printed.notna().all() else None
        return insight.text.format(
            diet=insight.diet,
            count=len(rows),
            amount=format_amount(total, unit, units, iu=total_iu),
            share=percent_text(total, stage.rda_mcg),
            top_food=top["food"],
            top_amount=format_amount(float(top["mcg_per_serving"]), unit, units, iu=top["iu_per_serving"]),
            **common,
        )
    zero = published[(published["mcg_per_serving"] == 0) & published["mcg_per_serving_max"].isna()]
    return insight.text.format(count=len(zero), total=len(published))


def insights(
    templates: Sequence[Insight], table: pd.DataFrame, stage: LifeStage, unit: str, units: Units
) -> list[tuple[str, tuple[str, ...]]]:
    """Every insight that applies, as ``(Markdown sentence, source ids)``."""
    result = []
    for template in templates:
        text = insight_text(template, table, stage, unit, units)
        if text is not None:
            result.append((text, template.source_ids))
    return result


def chart_alt(view: pd.DataFrame, basis: str, unit: str, shown_foods: int = 5) -> str:
    """A one-sentence text alternative for the food chart: what it shows and its top foods."""
    top = ", ".join(
        f"{f} {a}" for f, a in zip(view["food"][:shown_foods], view["amount_text"][:shown_foods], strict=True)
    )
    return (
        f"Bar chart of vitamin D {BASIS_LABELS[basis]} in {AMOUNT_UNITS[unit].label} for {len(view)} foods, "
        f"richest first: {top}. The table below lists every value."
    )
