"""The "where does it hurt" grid: body regions × conditions, one mark per region a condition affects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from vitd.charts import ready_spec, spec_cache
from vitd.models.symptoms import INVOLVEMENTS
from vitd.palette import OKABE_ITO

INVOLVEMENT_COLOURS = (OKABE_ITO[0], OKABE_ITO[4])
"""Typical: blue; sometimes: sky blue. The marks also differ in shape (filled / open), not only colour."""
INVOLVEMENT_SHAPES = ("●", "○")
TEXT_COLOURS = ["#FFFFFF", "#000000"]
"""Marks drawn in white on blue and black on sky blue, for contrast."""


def where_it_hurts_chart(
    grid: pd.DataFrame, conditions: Sequence[str], regions: Sequence[str], *, title: str
) -> alt.LayerChart:
    """Heat grid: conditions across, ``regions`` down; a coloured cell with ● (typical) or ○ (sometimes).

    ``grid`` has columns ``condition`` (short label), ``region`` and ``involvement``;
    ``conditions`` fixes the columns (a condition with no rows still gets an empty column).
    """
    data = grid.assign(
        mark=grid["involvement"].map(dict(zip(INVOLVEMENTS, INVOLVEMENT_SHAPES, strict=True))),
        how_often=grid["involvement"].str.capitalize(),
    )
    x = alt.X("condition:N", sort=list(conditions), scale=alt.Scale(domain=list(conditions)), title=None)
    x = x.axis(labelAngle=-50, labelLimit=130, labelOverlap=False, orient="top")
    y = alt.Y("region:N", sort=list(regions), title="Body region", axis=alt.Axis(labelLimit=140))
    colour = alt.Color(
        "how_often:N",
        title="How often",
        scale=alt.Scale(domain=[i.capitalize() for i in INVOLVEMENTS], range=list(INVOLVEMENT_COLOURS)),
        legend=alt.Legend(orient="bottom", labelExpr="datum.label == 'Typical' ? '● Typical' : '○ Sometimes'"),
    )
    base = alt.Chart(data, title=title).encode(x=x, y=y)
    cells = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=colour, tooltip=[alt.Tooltip("condition:N"), alt.Tooltip("region:N"), alt.Tooltip("how_often:N")]
    )
    ink = alt.Color("how_often:N", scale=alt.Scale(domain=["Typical", "Sometimes"], range=TEXT_COLOURS), legend=None)
    marks = base.mark_text(fontSize=16).encode(text="mark:N", color=ink)
    return (cells + marks).resolve_scale(color="independent").properties(height=alt.Step(34))


@spec_cache
def where_it_hurts_chart_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`where_it_hurts_chart` as a cached Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(where_it_hurts_chart(*args, **kwargs))
