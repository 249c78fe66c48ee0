"""The Food sources screen's charts: vitamin D per food, and a planned day against its target and limit."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import pandas as pd

from vitd.charts import FIT_WIDTH, Records, field, layered, ready_spec, records, tooltip
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


LEGEND_COLUMNS = 1


def _legend(shown: pd.Series) -> dict[str, Any]:
    """The food-group legend, listing only the groups on the chart."""
    return {
        "columns": LEGEND_COLUMNS,
        "orient": "bottom",
        "symbolStrokeColor": OUTLINE,
        "title": "Food group",
        "values": list(dict.fromkeys(shown)),
    }


def group_colours(groups: Sequence[str]) -> dict[str, list[str]]:
    """One palette colour per food group, in the file's order, so a group keeps its colour under any filter."""
    colours = list(itertools.islice(itertools.cycle(OKABE_ITO), len(groups)))
    return {"domain": list(groups), "range": colours}


def _reference_lines(
    lines: Sequence[dict[str, Any]], scale: dict[str, Any]
) -> tuple[list[dict[str, Any]], dict[str, Records]]:
    """Vertical rules with a label near the top, and their datasets. Each line has ``x``, ``label``,
    ``dash`` (bool) and ``colour``, and optionally ``y`` (pixels from the top) and ``align``
    (``right`` puts the label left of its rule)."""
    layers: list[dict[str, Any]] = []
    datasets: dict[str, Records] = {}
    for number, record in enumerate(lines):
        name = f"line{number}"
        datasets[name] = [{"x": record["x"], "label": record["label"]}]
        x = field("x", "quantitative", scale=scale)
        layers.append(
            {
                "data": {"name": name},
                "mark": {
                    "type": "rule",
                    "color": record["colour"],
                    "strokeDash": [6, 4] if record["dash"] else [1, 0],
                    "strokeWidth": 2,
                },
                "encoding": {"x": x},
            }
        )
        layers.append(
            {
                "data": {"name": name},
                "mark": {
                    "type": "text",
                    "align": record.get("align", "left"),
                    "baseline": "top",
                    "color": record["colour"],
                    "dx": -4 if record.get("align") == "right" else 4,
                    "fontSize": 12,
                    "fontWeight": "bold",
                    "y": record.get("y", -14),
                },
                "encoding": {"text": field("label"), "x": x},
            }
        )
    return layers, datasets


def food_chart(
    view: pd.DataFrame,
    axis_title: str,
    groups: Sequence[str],
    target: float,
    target_label: str,
) -> dict[str, Any]:
    """Horizontal bars of ``amount`` per ``food`` in the view's order (richest first).

    ``view`` is :func:`vitd.foods.food_view`. Colour shows the food group (legend below); the
    text beside each bar gives the value and marks fortified and computed values in words. A
    dashed line marks the daily ``target`` (same unit as ``amount``) with ``target_label``.
    """
    top = max(float(view["amount"].max()), target) * ROOM_FOR_LABELS or 1.0
    scale = {"domain": [0, top], "nice": False}
    y = field(
        "food",
        axis={"labelFontSize": 12, "labelLimit": LABEL_LIMIT, "labelOverlap": False},
        sort=list(view["food"]),
        title=None,
    )
    hover = tooltip(
        ("food", "nominal", "Food"),
        ("portion", "nominal", "Amount of food"),
        ("amount_text", "nominal", "Vitamin D"),
        ("share", "quantitative", "Share of target (%)"),
        ("food_group", "nominal", "Food group"),
        ("value_source", "nominal", "Value"),
        ("sources", "nominal", "Sources"),
    )
    bars = {
        "data": {"name": "foods"},
        "mark": {"type": "bar", "height": ROW_HEIGHT - 6, "stroke": OUTLINE, "strokeWidth": 0.6},
        "encoding": {
            "color": field("food_group", legend=_legend(view["food_group"]), scale=group_colours(groups)),
            "tooltip": hover,
            "x": field("amount", "quantitative", axis={"grid": True, "tickCount": 5}, scale=scale, title=axis_title),
            "y": y,
        },
    }
    labels = {
        "data": {"name": "foods"},
        "mark": {"type": "text", "align": "left", "color": "#222222", "dx": 4, "fontSize": 11},
        "encoding": {
            "text": field("label"),
            "tooltip": hover,
            "x": field("amount", "quantitative", scale=scale),
            "y": y,
        },
    }
    line = [{"x": target, "label": target_label, "dash": True, "colour": LINE_COLOUR}]
    rules, rule_data = _reference_lines(line, scale)
    return layered(
        [bars, *rules, labels],  # values stay readable over the line
        {"foods": records(view), **rule_data},
        view={"stroke": None},
        autosize=FIT_WIDTH,
        height=ROW_HEIGHT * len(view),
        width="container",
    )


def day_chart(
    lines: pd.DataFrame,
    axis_title: str,
    groups: Sequence[str],
    target: float,
    target_label: str,
    limit: float,
    limit_label: str,
) -> dict[str, Any]:
    """One stacked bar: the day's foods end to end, against the target (dashed) and the upper limit (solid).

    ``lines`` has ``food``, ``food_group``, ``amount`` (in the axis unit) and ``amount_text``.
    """
    total = float(lines["amount"].sum())
    scale = {"domain": [0, max(total, limit, target) * 1.08], "nice": False}
    bars = {
        "data": {"name": "day"},
        "mark": {"type": "bar", "height": 28, "stroke": "#ffffff", "strokeWidth": 1.5},
        "encoding": {
            "color": field("food_group", legend=_legend(lines["food_group"]), scale=group_colours(groups)),
            "tooltip": tooltip(
                ("food", "nominal", "Food"),
                ("servings", "quantitative", "Servings"),
                ("amount_text", "nominal", "Vitamin D"),
            ),
            "x": field(
                "amount",
                "quantitative",
                aggregate="sum",
                axis={"grid": True, "tickCount": 5},
                scale=scale,
                title=axis_title,
            ),
            "y": field("day", axis={"labelFontSize": 12}, title=None),
        },
    }
    marks = [
        {"x": target, "label": target_label, "dash": True, "colour": LINE_COLOUR, "y": 2},
        {"x": limit, "label": limit_label, "dash": False, "colour": LIMIT_COLOUR, "y": 17, "align": "right"},
    ]
    rules, rule_data = _reference_lines(marks, scale)
    return layered(
        [bars, *rules],
        {"day": records(lines.assign(day="Your day")), **rule_data},
        view={"stroke": None},
        autosize=FIT_WIDTH,
        height=DAY_PLOT_HEIGHT,
        width="container",
    )


def food_chart_spec(
    view: pd.DataFrame, axis_title: str, groups: tuple[str, ...], target: float, target_label: str
) -> dict[str, Any]:
    """:func:`food_chart` as a ready Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(food_chart(view, axis_title, groups, target, target_label))


def day_chart_spec(
    lines: pd.DataFrame,
    axis_title: str,
    groups: tuple[str, ...],
    target: float,
    target_label: str,
    limit: float,
    limit_label: str,
) -> dict[str, Any]:
    """:func:`day_chart` as a ready Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(day_chart(lines, axis_title, groups, target, target_label, limit, limit_label))
