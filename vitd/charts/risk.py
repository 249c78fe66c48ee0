"""The Risk check's chart: one stacked bar of points per factor, with the band cut-offs marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from vitd.charts import FIT_WIDTH, field, layered, ready_spec, records
from vitd.palette import OKABE_ITO

# Yellow is left out: thin yellow segments are hard to see on a white background.
FACTOR_COLOURS: tuple[str, ...] = tuple(c for c in OKABE_ITO if c != "#F0E442")


def points_bar(
    points: pd.DataFrame, max_points: float, cutoffs: Sequence[float] = (), description: str = ""
) -> dict[str, Any]:
    """A horizontal bar of ``points`` per ``factor`` (columns of :func:`vitd.risk.points_table`).

    Factors with no points are left out of the bar. Each segment is labelled with its points,
    and dashed rules mark the band ``cutoffs`` (each labelled with its value), so the chart
    reads without relying on colour. ``description`` is the chart's text alternative; the marks
    themselves are hidden from screen readers, which read the description instead.
    """
    data = points[points["points"] > 0].reset_index(drop=True).assign(order=lambda d: d.index)
    factors = list(points["factor"])
    order = field("order", "quantitative")
    bars = {
        "data": {"name": "points"},
        "mark": {"type": "bar", "aria": False, "height": 30, "stroke": "white", "strokeWidth": 2},
        "encoding": {
            "color": field(
                "factor",
                legend={"columns": 2, "labelLimit": 200, "orient": "bottom"},
                scale={"domain": factors, "range": list(FACTOR_COLOURS[: len(factors)])},
                title="Factor",
            ),
            "order": order,
            "tooltip": [
                field("factor", title="Factor"),
                field("answer", title="Answer"),
                field("points", "quantitative"),
            ],
            "x": field(
                "points",
                "quantitative",
                aggregate="sum",
                scale={"domain": [0, max_points], "nice": False},
                stack="zero",
                title="Points",
            ),
        },
    }
    labels = {
        "data": {"name": "points"},
        "mark": {"type": "text", "align": "right", "aria": False, "color": "white", "dx": -4, "fontWeight": "bold"},
        "encoding": {
            "detail": field("factor"),
            "order": order,
            "text": field("points", "quantitative", aggregate="sum", format="~g"),
            "x": field("points", "quantitative", aggregate="sum", stack="zero"),
        },
    }
    rules = {
        "data": {"name": "cutoffs"},
        "mark": {"type": "rule", "aria": False, "color": "#000000", "strokeDash": [4, 3]},
        "encoding": {"x": field("cutoff", "quantitative")},
    }
    rule_labels = {
        "data": {"name": "cutoffs"},
        "mark": {"type": "text", "aria": False, "baseline": "bottom", "color": "#000000", "dy": -17},
        "encoding": {"text": field("label"), "x": field("cutoff", "quantitative")},
    }
    cutoff_rows = [{"cutoff": float(c), "label": f"≥{c:g}"} for c in cutoffs]
    # fit-x: the height is the bar's own, so the legend below is not squeezed into it.
    return layered(
        [bars, labels, rules, rule_labels],
        {"points": records(data), "cutoffs": cutoff_rows},
        autosize=FIT_WIDTH,
        description=description or "Points per factor",
        height=60,
        width="container",
    )


def points_bar_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`points_bar` as a ready Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(points_bar(*args, **kwargs))
