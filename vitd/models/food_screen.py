"""``food_screen.json``: the Food sources screen's sentences and the templates of its computed insights.

Sentences with ``{placeholders}`` are filled in by :mod:`vitd.foods`; each template may use only
the placeholders listed for it here, so a typo shows up in ``python -m vitd validate``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from vitd.models.base import ContentModel, DocSpec, SourceIds, Text, repeated, unknown_placeholder
from vitd.models.foods import Diet, ShortId

InsightKind = Literal["share_of_target", "servings_to_target", "diet_day", "zero_foods"]

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "share_of_target": frozenset({"food", "serving", "amount", "share", "target", "target_kind", "life_stage"}),
    "servings_to_target": frozenset({"food", "serving", "amount", "servings", "target", "target_kind", "life_stage"}),
    "diet_day": frozenset(
        {"diet", "amount", "share", "target", "target_kind", "life_stage", "top_food", "top_amount", "count"}
    ),
    "zero_foods": frozenset({"count", "total"}),
    "total": frozenset({"total", "share", "target", "target_kind", "life_stage"}),
    "shortfall": frozenset({"missing", "target", "target_kind"}),
    "over_ul": frozenset({"total", "ul", "life_stage"}),
    "range_note": frozenset({"foods"}),
    "share": frozenset({"target_kind"}),
}
"""Placeholders each template may use: insight kinds, then the planner's sentences by field name."""


class Insight(ContentModel):
    """One sentence computed from the food table, e.g. how much of the target one serving covers."""

    id: ShortId
    kind: InsightKind
    text: Text
    """Template; see :data:`PLACEHOLDERS` for what each kind may use."""
    food_id: ShortId | None = None
    """The food the sentence is about (``share_of_target`` and ``servings_to_target``)."""
    diet: Annotated[Diet, BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v)] | None = None
    """The diet of a ``diet_day`` sentence."""
    source_ids: SourceIds


class ValueLabels(ContentModel):
    """How the table and tooltips say where a value comes from."""

    published: Text
    computed: Text
    per_100g: Text


class FoodLabels(ContentModel):
    """Headings and buttons of the Food sources screen."""

    foods: Text
    insights: Text
    planner: Text
    download: Text
    share: Text
    """Heading of the share-of-target column: ``{target_kind}`` is RDA or AI."""


class FoodScreen(ContentModel):
    """Texts of the Food sources screen."""

    chart_note: Text
    """Under the chart: what the bars show and how to read the labels."""
    empty: Text
    """Shown when the filters leave no food."""
    value_labels: ValueLabels
    fortified_label: Text
    computed_label: Text
    """Short markers beside a bar's value (colour never carries meaning alone)."""
    planner_intro: Text
    planner_empty: Text
    total: Text
    shortfall: Text
    over_ul: Text
    range_note: Text
    other_routes: Text
    """After the planner: sun and supplements are the other routes (the page links the screens)."""
    citation: Text
    """First line of the downloaded CSV's citation, before the sources."""
    insights: Annotated[list[Insight], Field(min_length=1)]
    labels: FoodLabels
    source_ids: SourceIds


def _check(doc: FoodScreen) -> Iterable[tuple[str, str | None, str]]:
    for field_name in ("total", "shortfall", "over_ul", "range_note"):
        problem = unknown_placeholder(getattr(doc, field_name), PLACEHOLDERS[field_name])
        if problem:
            yield "top", field_name, problem
    problem = unknown_placeholder(doc.labels.share, PLACEHOLDERS["share"])
    if problem:
        yield "labels", "share", problem
    for number, insight in enumerate(doc.insights, start=1):
        where = f"insights[{number}]"
        problem = unknown_placeholder(insight.text, PLACEHOLDERS[insight.kind])
        if problem:
            yield where, "text", problem
        if insight.kind in {"share_of_target", "servings_to_target"} and insight.food_id is None:
            yield where, "food_id", f"required for a {insight.kind} insight"
        if insight.kind == "diet_day" and insight.diet is None:
            yield where, "diet", "required for a diet_day insight"
    for number, insight_id, first in repeated(insight.id for insight in doc.insights):
        yield f"insights[{number}]", "id", f"duplicate {insight_id!r} (first at insights[{first}])"


FOOD_SCREEN = DocSpec("food_screen.json", FoodScreen, check=_check, used_on=("food_sources",))
