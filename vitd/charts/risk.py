"""The Risk check's chart: one stacked bar of points per factor, with the band cut-offs marked."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from vitd.charts import FIT_WIDTH, Spec, shape, with_data
from vitd.palette import OKABE_ITO

# Yellow is left out: thin yellow segments are hard to see on a white background.
FACTOR_COLOURS: tuple[str, ...] = tuple(c for c in OKABE_ITO if c != "#F0E442")


@shape
def _shape(factors: tuple[str, ...], max_points: float) -> alt.LayerChart:
    order = alt.Order("order:Q")
    points = alt.Chart(alt.NamedData(name="points"))
    cutoffs = alt.Chart(alt.NamedData(name="cutoffs"))
    bars = points.mark_bar(aria=False, height=30, stroke="white", strokeWidth=2).encode(
        color=alt.Color(
            "factor:N",
            legend=alt.Legend(columns=2, labelLimit=200, orient="bottom"),
            scale=alt.Scale(domain=list(factors), range=list(FACTOR_COLOURS[: len(factors)])),
            title="Factor",
        ),
        order=order,
        tooltip=[
            alt.Tooltip("factor:N", title="Factor"),
            alt.Tooltip("answer:N", title="Answer"),
            alt.Tooltip("points:Q", title="Points"),
        ],
        x=alt.X("sum(points):Q", scale=alt.Scale(domain=[0, max_points], nice=False), stack="zero", title="Points"),
    )
    labels = points.mark_text(align="right", aria=False, color="white", dx=-4, fontWeight="bold").encode(
        detail="factor:N",
        order=order,
        text=alt.Text("sum(points):Q", format="~g"),
        x=alt.X("sum(points):Q", stack="zero"),
    )
    rules = cutoffs.mark_rule(aria=False, color="#000000", strokeDash=[4, 3]).encode(x="cutoff:Q")
    rule_labels = cutoffs.mark_text(aria=False, baseline="bottom", color="#000000", dy=-17).encode(
        text="label:N", x="cutoff:Q"
    )
    # fit-x: the height is the bar's own, so the legend below is not squeezed into it.
    return alt.layer(bars, labels, rules, rule_labels).properties(autosize=FIT_WIDTH, height=60, width="container")


def points_bar(points: pd.DataFrame, max_points: float, cutoffs: Sequence[float] = ()) -> Spec:
    """A horizontal bar of ``points`` per ``factor`` (columns of :func:`vitd.risk.points_table`).

    Factors with no points are left out of the bar. Each segment is labelled with its points,
    and dashed rules mark the band ``cutoffs`` (each labelled with its value), so the chart
    reads without relying on colour. The marks are hidden from screen readers: the page gives
    the chart a sentence as its text alternative.
    """
    data = points[points["points"] > 0].reset_index(drop=True).assign(order=lambda d: d.index)
    rules = pd.DataFrame([{"cutoff": float(c), "label": f"≥{c:g}"} for c in cutoffs], columns=["cutoff", "label"])
    return with_data(_shape(tuple(points["factor"]), max_points), {"points": data, "cutoffs": rules})
