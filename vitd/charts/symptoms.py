"""The "where does it hurt" grid: body regions × conditions, one mark per region a condition affects."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from vitd.charts import Spec, expr, shape, with_data
from vitd.models.symptoms import INVOLVEMENTS
from vitd.palette import OKABE_ITO

INVOLVEMENT_COLOURS = (OKABE_ITO[0], OKABE_ITO[4])
"""Typical: blue; sometimes: sky blue. The marks also differ in shape (filled / open), not only colour."""
INVOLVEMENT_SHAPES = ("●", "○")
TEXT_COLOURS = ["#FFFFFF", "#000000"]
"""Marks drawn in white on blue and black on sky blue, for contrast."""
CONDITIONS = "conditions"
"""The chart's parameter listing its columns: the chosen conditions, set per view."""


@shape
def _shape(title: str) -> alt.LayerChart:
    x = alt.X(
        "condition:N",
        axis=alt.Axis(labelAngle=-50, labelLimit=130, labelOverlap=False, orient="top"),
        scale=alt.Scale(domain=expr(CONDITIONS)),
        title=None,
    )
    y = alt.Y(
        "region:N",
        axis=alt.Axis(labelLimit=140),
        sort=alt.EncodingSortField(field="row", op="min"),
        title="Body region",
    )
    colour = alt.Color(
        "how_often:N",
        legend=alt.Legend(labelExpr="datum.label == 'Typical' ? '● Typical' : '○ Sometimes'", orient="bottom"),
        scale=alt.Scale(domain=[i.capitalize() for i in INVOLVEMENTS], range=list(INVOLVEMENT_COLOURS)),
        title="How often",
    )
    ink = alt.Color("how_often:N", legend=None, scale=alt.Scale(domain=["Typical", "Sometimes"], range=TEXT_COLOURS))
    base = alt.Chart(alt.NamedData(name="grid"))
    hover = [
        alt.Tooltip("condition:N", title="Condition"),
        alt.Tooltip("region:N", title="Body region"),
        alt.Tooltip("how_often:N", title="How often"),
    ]
    cells = base.mark_rect(stroke="white", strokeWidth=2).encode(color=colour, tooltip=hover, x=x, y=y)
    marks = base.mark_text(fontSize=16).encode(color=ink, text="mark:N", tooltip=hover, x=x, y=y)
    return (
        alt.layer(cells, marks)
        .add_params(alt.param(name=CONDITIONS, value=[]))
        .properties(height=alt.Step(34), title=title)
        .resolve_scale(color="independent")
    )


def where_it_hurts_chart(grid: pd.DataFrame, conditions: Sequence[str], regions: Sequence[str], *, title: str) -> Spec:
    """Heat grid: conditions across, ``regions`` down; a coloured cell with ● (typical) or ○ (sometimes).

    ``grid`` has columns ``condition`` (short label), ``region`` and ``involvement``;
    ``conditions`` fixes the columns (a condition with no rows still gets an empty column).
    """
    row = {region: i for i, region in enumerate(regions)}
    data = grid.assign(
        mark=grid["involvement"].map(dict(zip(INVOLVEMENTS, INVOLVEMENT_SHAPES, strict=True))),
        how_often=grid["involvement"].str.capitalize(),
        row=grid["region"].map(row),
    )
    return with_data(_shape(title), {"grid": data}, **{CONDITIONS: list(conditions)})
