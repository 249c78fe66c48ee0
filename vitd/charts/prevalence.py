"""The Key points screen's prevalence chart: the share of people below each 25(OH)D cut-off."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from vitd.charts import ready_spec, spec_cache
from vitd.palette import OKABE_ITO
from vitd.prevalence import chart_title, cutoffs_in

BAR_HEIGHT = 18
POPULATION_COLOURS = (OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[3])
"""Bar colours by population, in file order (blue, bluish green, ...), each with 3:1 contrast on white."""


def _label(row: pd.Series) -> str:
    computed = " (computed)" if row["computed"] else ""
    return f"{row['population']} {row['percent']:.1f}%{computed}"


def prevalence_chart(table: pd.DataFrame) -> alt.LayerChart:
    """Horizontal bars grouped by cut-off, one bar per population, each labelled in words.

    ``table`` is :func:`vitd.prevalence.prevalence_table`. The cut-offs are named in the title
    and on the axis; each bar's label names its population, so colour is never the only cue.
    Computed figures have a lighter, dashed bar. The right padding leaves room for the
    longest label on a phone.
    """
    data = table.assign(label=table.apply(_label, axis=1))
    populations = list(dict.fromkeys(data["population"]))
    order = [f"Below {c:g} nmol/L" for c in cutoffs_in(data)]
    colour = alt.Color(
        "population:N",
        scale=alt.Scale(
            domain=populations, range=[POPULATION_COLOURS[i % len(POPULATION_COLOURS)] for i in range(len(populations))]
        ),
        legend=alt.Legend(orient="top", title=None, labelFontSize=13),
    )
    base = alt.Chart(data).encode(
        y=alt.Y("cutoff:N", sort=order, title=None, axis=alt.Axis(labelFontSize=13)),
        yOffset=alt.YOffset("population:N", sort=populations),
        x=alt.X(
            "percent:Q",
            scale=alt.Scale(domain=[0, 100]),
            title="People below the cut-off (%)",
            axis=alt.Axis(values=[0, 25, 50, 75, 100]),
        ),
        tooltip=[
            alt.Tooltip("population:N", title="Population"),
            alt.Tooltip("years:N", title="Years"),
            alt.Tooltip("cutoff:N", title="Cut-off"),
            alt.Tooltip("percent:Q", title="Percent", format=".1f"),
            alt.Tooltip("interval:N", title="95% range or how computed"),
            alt.Tooltip("source_ids:N", title="Sources"),
        ],
    )
    bars = base.mark_bar(height=BAR_HEIGHT, strokeWidth=1.5).encode(
        color=colour,
        stroke=colour,
        fillOpacity=alt.condition("datum.computed", alt.value(0.35), alt.value(1.0)),
        strokeDash=alt.condition("datum.computed", alt.value([4, 2]), alt.value([1, 0])),
    )
    labels = base.mark_text(align="left", baseline="middle", dx=4, fontSize=12, color="#111418").encode(text="label:N")
    return (
        (bars + labels)
        .properties(
            title=alt.Title(chart_title(data), anchor="start", fontSize=15),
            height=alt.Step(BAR_HEIGHT + 4),
            width="container",
            padding={"left": 5, "top": 5, "bottom": 5, "right": 45},
        )
        .configure_view(stroke=None)
    )


@spec_cache
def prevalence_chart_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`prevalence_chart` as a cached Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(prevalence_chart(*args, **kwargs))
