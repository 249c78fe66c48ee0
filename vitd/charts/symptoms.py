"""The "where does it hurt" grid: body regions × conditions, one mark per region a condition affects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from vitd.charts import field, layered, ready_spec, records
from vitd.models.symptoms import INVOLVEMENTS
from vitd.palette import OKABE_ITO

INVOLVEMENT_COLOURS = (OKABE_ITO[0], OKABE_ITO[4])
"""Typical: blue; sometimes: sky blue. The marks also differ in shape (filled / open), not only colour."""
INVOLVEMENT_SHAPES = ("●", "○")
TEXT_COLOURS = ["#FFFFFF", "#000000"]
"""Marks drawn in white on blue and black on sky blue, for contrast."""


def where_it_hurts_chart(
    grid: pd.DataFrame, conditions: Sequence[str], regions: Sequence[str], *, title: str
) -> dict[str, Any]:
    """Heat grid: conditions across, ``regions`` down; a coloured cell with ● (typical) or ○ (sometimes).

    ``grid`` has columns ``condition`` (short label), ``region`` and ``involvement``;
    ``conditions`` fixes the columns (a condition with no rows still gets an empty column).
    """
    data = grid.assign(
        mark=grid["involvement"].map(dict(zip(INVOLVEMENTS, INVOLVEMENT_SHAPES, strict=True))),
        how_often=grid["involvement"].str.capitalize(),
    )
    x = field(
        "condition",
        axis={"labelAngle": -50, "labelLimit": 130, "labelOverlap": False, "orient": "top"},
        scale={"domain": list(conditions)},
        sort=list(conditions),
        title=None,
    )
    y = field("region", axis={"labelLimit": 140}, sort=list(regions), title="Body region")
    colour = field(
        "how_often",
        legend={"labelExpr": "datum.label == 'Typical' ? '● Typical' : '○ Sometimes'", "orient": "bottom"},
        scale={"domain": [i.capitalize() for i in INVOLVEMENTS], "range": list(INVOLVEMENT_COLOURS)},
        title="How often",
    )
    ink = field("how_often", legend=None, scale={"domain": ["Typical", "Sometimes"], "range": TEXT_COLOURS})
    cells = {
        "mark": {"type": "rect", "stroke": "white", "strokeWidth": 2},
        "encoding": {
            "color": colour,
            "tooltip": [field("condition"), field("region"), field("how_often")],
            "x": x,
            "y": y,
        },
        "title": title,
    }
    marks = {
        "mark": {"type": "text", "fontSize": 16},
        "encoding": {"color": ink, "text": field("mark"), "x": x, "y": y},
        "title": title,
    }
    return layered(
        [cells, marks],
        {"grid": records(data)},
        data={"name": "grid"},
        height={"step": 34},
        resolve={"scale": {"color": "independent"}},
    )


def where_it_hurts_chart_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`where_it_hurts_chart` as a ready Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(where_it_hurts_chart(*args, **kwargs))
