"""The Risk check's chart: one stacked bar of points per factor, with the band cut-offs marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from vitd.charts import ready_spec, spec_cache
from vitd.palette import OKABE_ITO

# Yellow is left out: thin yellow segments are hard to see on a white background.
FACTOR_COLOURS: tuple[str, ...] = tuple(c for c in OKABE_ITO if c != "#F0E442")


def points_bar(
    points: pd.DataFrame, max_points: float, cutoffs: Sequence[float] = (), description: str = ""
) -> alt.LayerChart:
    """A horizontal bar of ``points`` per ``factor`` (columns of :func:`vitd.risk.points_table`).

    Factors with no points are left out of the bar. Each segment is labelled with its points,
    and dashed rules mark the band ``cutoffs`` (each labelled with its value), so the chart
    reads without relying on colour. ``description`` is the chart's text alternative; the marks
    themselves are hidden from screen readers, which read the description instead.
    """
    data = points[points["points"] > 0].reset_index(drop=True).assign(order=lambda d: d.index)
    factors = list(points["factor"])
    x_scale = alt.Scale(domain=[0, max_points], nice=False)
    base = alt.Chart(data)
    bars = base.mark_bar(aria=False, stroke="white", strokeWidth=2, height=30).encode(
        x=alt.X("sum(points):Q", title="Points", scale=x_scale, stack="zero"),
        color=alt.Color(
            "factor:N",
            title="Factor",
            scale=alt.Scale(domain=factors, range=list(FACTOR_COLOURS[: len(factors)])),
            legend=alt.Legend(orient="bottom", columns=2, labelLimit=200),
        ),
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("factor:N", title="Factor"), alt.Tooltip("answer:N", title="Answer"), "points:Q"],
    )
    labels = base.mark_text(aria=False, color="white", fontWeight="bold", dx=-4, align="right").encode(
        x=alt.X("sum(points):Q", stack="zero"),
        text=alt.Text("sum(points):Q", format="~g"),
        order=alt.Order("order:Q"),
        detail="factor:N",
    )
    rules_data = pd.DataFrame({"cutoff": list(cutoffs), "label": [f"≥{c:g}" for c in cutoffs]})
    rules = alt.Chart(rules_data).mark_rule(aria=False, strokeDash=[4, 3], color="#000000").encode(x="cutoff:Q")
    rule_labels = (
        alt.Chart(rules_data)
        .mark_text(aria=False, dy=-17, baseline="bottom", color="#000000")
        .encode(x="cutoff:Q", text="label:N")
    )
    # fit-x: the height is the bar's own, so the legend below is not squeezed into it.
    autosize = alt.AutoSizeParams(type="fit-x", contains="padding")
    return alt.layer(bars, labels, rules, rule_labels).properties(
        height=60, width="container", autosize=autosize, description=description or "Points per factor"
    )


@spec_cache
def points_bar_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`points_bar` as a cached Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(points_bar(*args, **kwargs))
