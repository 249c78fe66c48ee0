"""The Food sources screen's charts: vitamin D per food, and a planned day against its target and limit."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from vitd.charts import ready_spec, spec_cache
from vitd.palette import OKABE_ITO

ROW_HEIGHT = 22
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
"""Fill the container's width; the height is the plot's, with axis and legend added below it
(Streamlit's default would squeeze the legend into the height)."""
LABEL_LIMIT = 150
"""Food names longer than this many pixels are cut with an ellipsis (the tooltip and table show them whole)."""
DAY_PLOT_HEIGHT = 90
"""The day chart's bar sits in the lower part of this; the target and limit labels above it."""
ROOM_FOR_LABELS = 2.1
"""The x axis runs this far past the longest bar, so the text beside it fits, also on a phone."""
OUTLINE = "#333333"
"""A thin dark outline keeps light bars (yellow, sky blue) visible on white."""
LINE_COLOUR = OKABE_ITO[7]
LIMIT_COLOUR = "#D55E00"


LEGEND_COLUMNS = 1


def _legend(shown: pd.Series) -> alt.Legend:
    """The food-group legend, listing only the groups on the chart."""
    return alt.Legend(
        title="Food group",
        orient="bottom",
        columns=LEGEND_COLUMNS,
        symbolStrokeColor=OUTLINE,
        values=list(dict.fromkeys(shown)),
    )


def group_colours(groups: Sequence[str]) -> alt.Scale:
    """One palette colour per food group, in the file's order, so a group keeps its colour under any filter."""
    colours = list(itertools.islice(itertools.cycle(OKABE_ITO), len(groups)))
    return alt.Scale(domain=list(groups), range=colours)


def _reference_lines(lines: Sequence[dict[str, Any]], scale: alt.Scale) -> list[alt.Chart]:
    """Vertical rules with a label near the top. Each line has ``x``, ``label``, ``dash`` (bool) and
    ``colour``, and optionally ``y`` (pixels from the top) and ``align`` (``right`` puts the label
    left of its rule)."""
    layers: list[alt.Chart] = []
    for record in lines:
        one = pd.DataFrame([{"x": record["x"], "label": record["label"]}])
        rule = (
            alt.Chart(one)
            .mark_rule(color=record["colour"], strokeWidth=2, strokeDash=[6, 4] if record["dash"] else [1, 0])
            .encode(x=alt.X("x:Q", scale=scale))
        )
        text = (
            alt.Chart(one)
            .mark_text(
                align=record.get("align", "left"),
                dx=-4 if record.get("align") == "right" else 4,
                baseline="top",
                y=record.get("y", -14),
                fontSize=12,
                fontWeight="bold",
                color=record["colour"],
            )
            .encode(x=alt.X("x:Q", scale=scale), text="label:N")
        )
        layers += [rule, text]
    return layers


def food_chart(
    view: pd.DataFrame,
    axis_title: str,
    groups: Sequence[str],
    target: float,
    target_label: str,
) -> alt.LayerChart:
    """Horizontal bars of ``amount`` per ``food`` in the view's order (richest first).

    ``view`` is :func:`vitd.foods.food_view`. Colour shows the food group (legend below); the
    text beside each bar gives the value and marks fortified and computed values in words. A
    dashed line marks the daily ``target`` (same unit as ``amount``) with ``target_label``.
    """
    top = max(float(view["amount"].max()), target) * ROOM_FOR_LABELS or 1.0
    scale = alt.Scale(domain=[0, top], nice=False)
    y = alt.Y(
        "food:N",
        sort=list(view["food"]),
        title=None,
        axis=alt.Axis(labelLimit=LABEL_LIMIT, labelFontSize=12, labelOverlap=False),
    )
    tooltip = [
        alt.Tooltip("food:N", title="Food"),
        alt.Tooltip("portion:N", title="Amount of food"),
        alt.Tooltip("amount_text:N", title="Vitamin D"),
        alt.Tooltip("share:Q", title="Share of target (%)"),
        alt.Tooltip("food_group:N", title="Food group"),
        alt.Tooltip("value_source:N", title="Value"),
        alt.Tooltip("sources:N", title="Sources"),
    ]
    base = alt.Chart(view)
    bars = base.mark_bar(stroke=OUTLINE, strokeWidth=0.6, height=ROW_HEIGHT - 6).encode(
        x=alt.X("amount:Q", scale=scale, title=axis_title, axis=alt.Axis(grid=True, tickCount=5)),
        y=y,
        color=alt.Color(
            "food_group:N",
            scale=group_colours(groups),
            legend=_legend(view["food_group"]),
        ),
        tooltip=tooltip,
    )
    labels = base.mark_text(align="left", dx=4, fontSize=11, color="#222222").encode(
        x=alt.X("amount:Q", scale=scale), y=y, text="label:N", tooltip=tooltip
    )
    line = [{"x": target, "label": target_label, "dash": True, "colour": LINE_COLOUR}]
    return (
        alt.layer(bars, *_reference_lines(line, scale), labels)  # values stay readable over the line
        .properties(height=ROW_HEIGHT * len(view), width="container", autosize=FIT_WIDTH)
        .configure_view(stroke=None)
    )


def day_chart(
    lines: pd.DataFrame,
    axis_title: str,
    groups: Sequence[str],
    target: float,
    target_label: str,
    limit: float,
    limit_label: str,
) -> alt.LayerChart:
    """One stacked bar: the day's foods end to end, against the target (dashed) and the upper limit (solid).

    ``lines`` has ``food``, ``food_group``, ``amount`` (in the axis unit) and ``amount_text``.
    """
    total = float(lines["amount"].sum())
    scale = alt.Scale(domain=[0, max(total, limit, target) * 1.08], nice=False)
    data = lines.assign(day="Your day")
    bars = (
        alt.Chart(data)
        .mark_bar(stroke="#ffffff", strokeWidth=1.5, height=28)
        .encode(
            x=alt.X("sum(amount):Q", scale=scale, title=axis_title, axis=alt.Axis(grid=True, tickCount=5)),
            y=alt.Y("day:N", title=None, axis=alt.Axis(labelFontSize=12)),
            color=alt.Color(
                "food_group:N",
                scale=group_colours(groups),
                legend=_legend(lines["food_group"]),
            ),
            tooltip=[
                alt.Tooltip("food:N", title="Food"),
                alt.Tooltip("servings:Q", title="Servings"),
                alt.Tooltip("amount_text:N", title="Vitamin D"),
            ],
        )
    )
    marks = [
        {"x": target, "label": target_label, "dash": True, "colour": LINE_COLOUR, "y": 2},
        {"x": limit, "label": limit_label, "dash": False, "colour": LIMIT_COLOUR, "y": 17, "align": "right"},
    ]
    return (
        alt.layer(bars, *_reference_lines(marks, scale))
        .properties(height=DAY_PLOT_HEIGHT, width="container", autosize=FIT_WIDTH)
        .configure_view(stroke=None)
    )


@spec_cache
def food_chart_spec(
    view: pd.DataFrame, axis_title: str, groups: tuple[str, ...], target: float, target_label: str
) -> dict[str, Any]:
    """:func:`food_chart` as a Vega-Lite spec, cached per view: building and validating an Altair
    chart costs more than the rest of the screen, and a class mostly opens the same views."""
    return ready_spec(food_chart(view, axis_title, groups, target, target_label))


@spec_cache
def day_chart_spec(
    lines: pd.DataFrame,
    axis_title: str,
    groups: tuple[str, ...],
    target: float,
    target_label: str,
    limit: float,
    limit_label: str,
) -> dict[str, Any]:
    """:func:`day_chart` as a Vega-Lite spec, cached per plan (a shared plan is opened by many)."""
    return ready_spec(day_chart(lines, axis_title, groups, target, target_label, limit, limit_label))
