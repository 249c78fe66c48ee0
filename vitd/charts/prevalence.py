"""The Key points screen's prevalence chart: the share of people below each 25(OH)D cut-off."""

from __future__ import annotations

from typing import Any

import pandas as pd

from vitd.charts import field, layered, ready_spec, records, tooltip
from vitd.palette import OKABE_ITO
from vitd.prevalence import chart_title, cutoffs_in

BAR_HEIGHT = 18
POPULATION_COLOURS = (OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[3])
"""Bar colours by population, in file order (blue, bluish green, ...), each with 3:1 contrast on white."""


def _label(row: pd.Series) -> str:
    computed = " (computed)" if row["computed"] else ""
    return f"{row['population']} {row['percent']:.1f}%{computed}"


def prevalence_chart(table: pd.DataFrame) -> dict[str, Any]:
    """Horizontal bars grouped by cut-off, one bar per population, each labelled in words.

    ``table`` is :func:`vitd.prevalence.prevalence_table`. The cut-offs are named in the title
    and on the axis; each bar's label names its population, so colour is never the only cue.
    Computed figures have a lighter, dashed bar. The right padding leaves room for the
    longest label on a phone.
    """
    data = table.assign(label=table.apply(_label, axis=1))
    populations = list(dict.fromkeys(data["population"]))
    order = [f"Below {c:g} nmol/L" for c in cutoffs_in(data)]
    colour = field(
        "population",
        legend={"labelFontSize": 13, "orient": "top", "title": None},
        scale={
            "domain": populations,
            "range": [POPULATION_COLOURS[i % len(POPULATION_COLOURS)] for i in range(len(populations))],
        },
    )
    shared = {
        "tooltip": tooltip(
            ("population", "nominal", "Population"),
            ("years", "nominal", "Years"),
            ("cutoff", "nominal", "Cut-off"),
            ("percent", "quantitative", "Percent"),
            ("interval", "nominal", "95% range or how computed"),
            ("source_ids", "nominal", "Sources"),
        ),
        "x": field(
            "percent",
            "quantitative",
            axis={"values": [0, 25, 50, 75, 100]},
            scale={"domain": [0, 100]},
            title="People below the cut-off (%)",
        ),
        "y": field("cutoff", axis={"labelFontSize": 13}, sort=order, title=None),
        "yOffset": field("population", sort=populations),
    }
    shared["tooltip"][3]["format"] = ".1f"
    bars = {
        "mark": {"type": "bar", "height": BAR_HEIGHT, "strokeWidth": 1.5},
        "encoding": {
            "color": colour,
            "fillOpacity": {"condition": {"test": "datum.computed", "value": 0.35}, "value": 1.0},
            "stroke": colour,
            "strokeDash": {"condition": {"test": "datum.computed", "value": [4, 2]}, "value": [1, 0]},
            **shared,
        },
    }
    labels = {
        "mark": {"type": "text", "align": "left", "baseline": "middle", "color": "#111418", "dx": 4, "fontSize": 12},
        "encoding": {"text": field("label"), **shared},
    }
    return layered(
        [bars, labels],
        {"prevalence": records(data)},
        view={"stroke": None},
        data={"name": "prevalence"},
        height={"step": BAR_HEIGHT + 4},
        padding={"left": 5, "top": 5, "bottom": 5, "right": 45},
        title={"text": chart_title(data), "anchor": "start", "fontSize": 15},
        width="container",
    )


def prevalence_chart_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`prevalence_chart` as a ready Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(prevalence_chart(*args, **kwargs))
