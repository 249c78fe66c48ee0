"""The Key points screen's prevalence chart: the share of people below each 25(OH)D cut-off."""

from __future__ import annotations

import altair as alt
import pandas as pd

from vitd.charts import Spec, shape, with_data
from vitd.palette import OKABE_ITO
from vitd.prevalence import chart_title, cutoffs_in

BAR_HEIGHT = 18
POPULATION_COLOURS = (OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[3])
"""Bar colours by population, in file order (blue, bluish green, ...), each with 3:1 contrast on white."""


def _label(row: pd.Series) -> str:
    computed = " (computed)" if row["computed"] else ""
    return f"{row['population']} {row['percent']:.1f}%{computed}"


@shape
def _shape(populations: tuple[str, ...], order: tuple[str, ...], title: tuple[str, ...]) -> alt.LayerChart:
    colour = alt.Color(
        "population:N",
        legend=alt.Legend(labelFontSize=13, orient="top", title=None),
        scale=alt.Scale(
            domain=list(populations),
            range=[POPULATION_COLOURS[i % len(POPULATION_COLOURS)] for i in range(len(populations))],
        ),
    )
    shared = {
        "tooltip": [
            alt.Tooltip("population:N", title="Population"),
            alt.Tooltip("years:N", title="Years"),
            alt.Tooltip("cutoff:N", title="Cut-off"),
            alt.Tooltip("percent:Q", title="Percent", format=".1f"),
            alt.Tooltip("interval:N", title="95% range or how computed"),
            alt.Tooltip("source_ids:N", title="Sources"),
        ],
        "x": alt.X(
            "percent:Q",
            axis=alt.Axis(values=[0, 25, 50, 75, 100]),
            scale=alt.Scale(domain=[0, 100]),
            title="People below the cut-off (%)",
        ),
        "y": alt.Y("cutoff:N", axis=alt.Axis(labelFontSize=13), sort=list(order), title=None),
        "yOffset": alt.YOffset("population:N", sort=list(populations)),
    }
    base = alt.Chart(alt.NamedData(name="prevalence"))
    bars = base.mark_bar(height=BAR_HEIGHT, strokeWidth=1.5).encode(
        color=colour,
        fillOpacity=alt.condition("datum.computed", alt.value(0.35), alt.value(1.0)),
        stroke=colour,
        strokeDash=alt.condition("datum.computed", alt.value([4, 2]), alt.value([1, 0])),
        **shared,
    )
    labels = base.mark_text(align="left", baseline="middle", color="#111418", dx=4, fontSize=12).encode(
        text="label:N", **shared
    )
    return (
        alt.layer(bars, labels)
        .properties(
            height=alt.Step(BAR_HEIGHT + 4),
            padding={"left": 5, "top": 5, "bottom": 5, "right": 45},
            title=alt.Title(list(title), anchor="start", fontSize=15),
            width="container",
        )
        .configure_view(stroke=None)
    )


def prevalence_chart(table: pd.DataFrame) -> Spec:
    """Horizontal bars grouped by cut-off, one bar per population, each labelled in words.

    ``table`` is :func:`vitd.prevalence.prevalence_table`. The cut-offs are named in the title
    and on the axis; each bar's label names its population, so colour is never the only cue.
    Computed figures have a lighter, dashed bar. The right padding leaves room for the
    longest label on a phone.
    """
    data = table.assign(label=table.apply(_label, axis=1))
    populations = tuple(dict.fromkeys(data["population"]))
    order = tuple(f"Below {c:g} nmol/L" for c in cutoffs_in(data))
    return with_data(_shape(populations, order, tuple(chart_title(data))), {"prevalence": data})
