"""The Food sources screen's charts: vitamin D per food, and a planned day against its target and limit."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import altair as alt
import pandas as pd

from vitd.charts import FIT_WIDTH, Spec, expr, shape, sized, titled, with_data
from vitd.palette import OKABE_ITO

ROW_HEIGHT = 22
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
LEGEND_ENTRY = 30
"""Pixels per food group in the legend under a chart."""
FOOD_CHART_FRAME = 138
DAY_CHART_FRAME = 124
"""Pixels around the bars of the food chart and of the day chart: the axis with its title, the
legend's title and the padding (the drawn heights are checked in the browser tests)."""
TOP, SHOWN_GROUPS = "top", "shown_groups"
"""The charts' parameters, set per view: where the x axis ends, and the food groups in the legend."""


def group_colours(groups: Sequence[str]) -> alt.Scale:
    """One palette colour per food group, in the file's order, so a group keeps its colour under any filter."""
    colours = list(itertools.islice(itertools.cycle(OKABE_ITO), len(groups)))
    return alt.Scale(domain=list(groups), range=colours)


def _colour(groups: tuple[str, ...]) -> alt.Color:
    """Colour by food group; the legend lists only the groups on the chart."""
    legend = alt.Legend(
        columns=1, orient="bottom", symbolStrokeColor=OUTLINE, title="Food group", values=expr(SHOWN_GROUPS)
    )
    return alt.Color("food_group:N", legend=legend, scale=group_colours(groups))


def _line(name: str, colour: str, *, dash: bool, y: int, align: str = "left") -> list[alt.Chart]:
    """A vertical rule at the ``x`` of dataset ``name``, with its ``label`` near the top."""
    data = alt.Chart(alt.NamedData(name=name))
    x = alt.X("x:Q", scale=alt.Scale(domain=[0, expr(TOP)], nice=False))
    rule = data.mark_rule(color=colour, strokeDash=[6, 4] if dash else [1, 0], strokeWidth=2).encode(x=x)
    text = data.mark_text(
        align=align, baseline="top", color=colour, dx=-4 if align == "right" else 4, fontSize=12, fontWeight="bold", y=y
    ).encode(text="label:N", x=x)
    return [rule, text]


def _params() -> tuple[alt.Parameter, alt.Parameter]:
    return alt.param(name=TOP, value=1.0), alt.param(name=SHOWN_GROUPS, value=[])


@shape
def _food_shape(groups: tuple[str, ...]) -> alt.LayerChart:
    scale = alt.Scale(domain=[0, expr(TOP)], nice=False)
    y = alt.Y(
        "food:N",
        axis=alt.Axis(labelFontSize=12, labelLimit=LABEL_LIMIT, labelOverlap=False),
        sort=alt.EncodingSortField(field="rank", op="min"),
        title=None,
    )
    hover = [
        alt.Tooltip("food:N", title="Food"),
        alt.Tooltip("portion:N", title="Amount of food"),
        alt.Tooltip("amount_text:N", title="Vitamin D"),
        alt.Tooltip("share:Q", title="Share of target (%)"),
        alt.Tooltip("food_group:N", title="Food group"),
        alt.Tooltip("value_source:N", title="Value"),
        alt.Tooltip("sources:N", title="Sources"),
    ]
    foods = alt.Chart(alt.NamedData(name="foods"))
    bars = foods.mark_bar(height=ROW_HEIGHT - 6, stroke=OUTLINE, strokeWidth=0.6).encode(
        color=_colour(groups),
        tooltip=hover,
        x=alt.X("amount:Q", axis=alt.Axis(grid=True, tickCount=5), scale=scale, title=""),
        y=y,
    )
    labels = foods.mark_text(align="left", color="#222222", dx=4, fontSize=11).encode(
        text="label:N", tooltip=hover, x=alt.X("amount:Q", scale=scale), y=y
    )
    return (
        alt.layer(bars, *_line("target", LINE_COLOUR, dash=True, y=-14), labels)  # values stay readable over the line
        .add_params(*_params())
        .properties(autosize=FIT_WIDTH, height=alt.Step(ROW_HEIGHT), width="container")
        .configure_view(stroke=None)
    )


def food_chart(view: pd.DataFrame, axis_title: str, groups: Sequence[str], target: float, target_label: str) -> Spec:
    """Horizontal bars of ``amount`` per ``food`` in the view's order (richest first).

    ``view`` is :func:`vitd.foods.food_view`. Colour shows the food group (legend below); the
    text beside each bar gives the value and marks fortified and computed values in words. A
    dashed line marks the daily ``target`` (same unit as ``amount``) with ``target_label``.
    """
    top = max(float(view["amount"].max()), target) * ROOM_FOR_LABELS or 1.0
    columns = ["food", "portion", "amount", "amount_text", "share", "food_group", "value_source", "sources", "label"]
    data = view[columns].assign(rank=range(len(view)))
    chart = with_data(
        _food_shape(tuple(groups)),
        {"foods": data, "target": pd.DataFrame([{"x": target, "label": target_label}])},
        **{TOP: top, SHOWN_GROUPS: list(dict.fromkeys(view["food_group"]))},
    )
    height = ROW_HEIGHT * len(view) + LEGEND_ENTRY * view["food_group"].nunique() + FOOD_CHART_FRAME
    return sized(titled(chart, x=axis_title), height)


@shape
def _day_shape(groups: tuple[str, ...]) -> alt.LayerChart:
    bars = (
        alt.Chart(alt.NamedData(name="day"))
        .mark_bar(height=28, stroke="#ffffff", strokeWidth=1.5)
        .encode(
            color=_colour(groups),
            tooltip=[
                alt.Tooltip("food:N", title="Food"),
                alt.Tooltip("servings:Q", title="Servings"),
                alt.Tooltip("amount_text:N", title="Vitamin D"),
            ],
            x=alt.X(
                "sum(amount):Q",
                axis=alt.Axis(grid=True, tickCount=5),
                scale=alt.Scale(domain=[0, expr(TOP)], nice=False),
                title="",
            ),
            y=alt.Y("day:N", axis=alt.Axis(labelFontSize=12), title=None),
        )
    )
    return (
        alt.layer(
            bars,
            *_line("target", LINE_COLOUR, dash=True, y=2),
            *_line("limit", LIMIT_COLOUR, dash=False, y=17, align="right"),
        )
        .add_params(*_params())
        .properties(autosize=FIT_WIDTH, height=DAY_PLOT_HEIGHT, width="container")
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
) -> Spec:
    """One stacked bar: the day's foods end to end, against the target (dashed) and the upper limit (solid).

    ``lines`` has ``food``, ``food_group``, ``servings``, ``amount`` (in the axis unit) and ``amount_text``.
    """
    total = float(lines["amount"].sum())
    data = lines[["food", "food_group", "servings", "amount", "amount_text"]].assign(day="Your day")
    chart = with_data(
        _day_shape(tuple(groups)),
        {
            "day": data,
            "target": pd.DataFrame([{"x": target, "label": target_label}]),
            "limit": pd.DataFrame([{"x": limit, "label": limit_label}]),
        },
        **{TOP: max(total, limit, target) * 1.08, SHOWN_GROUPS: list(dict.fromkeys(lines["food_group"]))},
    )
    height = DAY_PLOT_HEIGHT + LEGEND_ENTRY * lines["food_group"].nunique() + DAY_CHART_FRAME
    return sized(titled(chart, x=axis_title), height)
