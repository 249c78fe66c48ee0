"""The Blood test screen's band chart: every guideline's bands on one nmol/L scale."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from vitd.charts import FIT_WIDTH, Spec, arrow, shape, sized, with_data
from vitd.palette import OKABE_ITO, SEVERITY

ROW_HEIGHT = 26
CHART_FRAME = 136
"""Pixels around the rows: the two axes (nmol/L below, ng/mL above) with their titles."""
NG_ML_TICK_STEP = 10
MARKER_COLUMNS = ["x", "label", "right"]


def _rows(bands: pd.DataFrame) -> pd.DataFrame:
    """A heading row for each guideline (no bar, bold label) followed by its bands."""
    rows: list[dict[str, object]] = []
    for guideline_id, group in bands.sort_values("order").groupby("guideline_id", sort=False):
        name = str(group["guideline"].iloc[0])
        rows.append({"row": name, "heading": True, "guideline_id": guideline_id})
        for record in group.to_dict("records"):
            label = str(record["band"])
            if label in {r["row"] for r in rows}:
                label = f"{label} ({name})"
            rows.append({**record, "row": label, "heading": False})
    return pd.DataFrame(rows)


@shape
def _shape(
    order: tuple[str, ...], headings: tuple[str, ...], axis_max: float, nmol_l_per_ng_ml: float
) -> alt.LayerChart:
    scale = alt.Scale(clamp=True, domain=[0, axis_max], nice=False)
    bold = "indexof(" + str(list(headings)).replace("'", '"') + ", datum.value) >= 0 ? 'bold' : 'normal'"
    y = alt.Y(
        "row:N",
        axis=alt.Axis(domain=False, labelFontSize=13, labelFontWeight={"expr": bold}, labelLimit=220, ticks=False),
        sort=list(order),
        title=None,
    )
    # Every row, headings included, must exist on the y axis; an invisible tick puts them there.
    frame = (
        alt.Chart(alt.NamedData(name="rows")).mark_tick(opacity=0).encode(x=alt.X(datum=0, axis=None, scale=scale), y=y)
    )
    bars = (
        alt.Chart(alt.NamedData(name="bands"))
        .mark_bar(height={"band": 0.75}, stroke="#ffffff", strokeWidth=1)
        .encode(
            color=alt.Color(
                "severity:N", legend=None, scale=alt.Scale(domain=list(SEVERITY), range=list(SEVERITY.values()))
            ),
            tooltip=[
                alt.Tooltip("guideline:N", title="Guideline"),
                alt.Tooltip("band:N", title="Band"),
                alt.Tooltip("range_nmol_l:N", title="nmol/L"),
                alt.Tooltip("range_ng_ml:N", title="ng/mL (published)"),
            ],
            x=alt.X("start_nmol_l:Q", axis=alt.Axis(grid=True), scale=scale, title="25(OH)D, nmol/L"),
            x2="end_nmol_l:Q",
            y=y,
        )
    )
    ng_ticks = [n * nmol_l_per_ng_ml for n in range(0, math.floor(axis_max / nmol_l_per_ng_ml) + 1, NG_ML_TICK_STEP)]
    top_axis = (
        alt.Chart(alt.Data(values=[{"x": 0.0}]))
        .mark_point(opacity=0, aria=False)
        .encode(
            x=alt.X(
                "x:Q",
                axis=alt.Axis(
                    grid=False,
                    labelExpr=f"format(datum.value / {nmol_l_per_ng_ml}, '.0f')",
                    orient="top",
                    values=ng_ticks,
                ),
                scale=scale,
                title="ng/mL (computed)",
            )
        )
    )
    # A reader's result: a black line with its label beside it (left of the line past half-way).
    marker = alt.Chart(alt.NamedData(name="marker"))
    x = alt.X("x:Q", axis=None, scale=scale)
    rule = marker.mark_rule(aria=False, color=OKABE_ITO[7], strokeWidth=3).encode(x=x)
    text = {
        "aria": False,
        "baseline": "top",
        "color": OKABE_ITO[7],
        "fontSize": 12,
        "fontWeight": "bold",
        "limit": 160,
        "y": 4,
    }
    left_label = (
        marker.transform_filter("!datum.right").mark_text(align="left", dx=6, **text).encode(text="label:N", x=x)
    )
    right_label = (
        marker.transform_filter("datum.right").mark_text(align="right", dx=-6, **text).encode(text="label:N", x=x)
    )
    # Fit the width only, so the height is the rows' height and axes come on top of it.
    return (
        alt.layer(frame, bars, top_axis, rule, left_label, right_label)
        .properties(autosize=FIT_WIDTH, height=ROW_HEIGHT * len(order), width="container")
        .resolve_axis(x="independent")
        .configure_view(stroke=None)
    )


def band_chart(bands: pd.DataFrame, axis_max_nmol_l: float, nmol_l_per_ng_ml: float) -> Spec:
    """Horizontal bars, one per band, grouped under each guideline's name, on a nmol/L axis.

    ``bands`` is :func:`vitd.levels.bands_frame`. The top axis labels the same scale in ng/mL
    (ticks every 10 ng/mL, computed with ``nmol_l_per_ng_ml``). Colour follows the band's
    severity; the band name on the axis says the same in words. A reader's result is added
    with :func:`with_marker`.
    """
    rows = _rows(bands)
    order = tuple(rows["row"])
    headings = tuple(rows.loc[rows["heading"], "row"])
    chart = _shape(order, headings, axis_max_nmol_l, nmol_l_per_ng_ml)
    data = {
        "rows": rows[["row"]],
        "bands": rows[~rows["heading"]].drop(columns=["heading"]),
        "marker": pd.DataFrame(columns=MARKER_COLUMNS).astype({"x": float, "label": str, "right": bool}),
    }
    return sized(with_data(chart, data), ROW_HEIGHT * len(order) + CHART_FRAME)


def with_marker(spec: Spec, axis_max_nmol_l: float, marker_nmol_l: float, label: str) -> Spec:
    """``spec`` (a band chart) with a reader's result marked: a black line with ``label`` beside it.

    The result is the chart's only new data, so the bands' spec, shared by every session, is
    reused as it is and a reader's value is never kept in a shared cache.
    """
    marker = pd.DataFrame(
        [{"x": min(marker_nmol_l, axis_max_nmol_l), "label": label, "right": marker_nmol_l > axis_max_nmol_l / 2}]
    )
    return {**spec, "datasets": {**spec["datasets"], "marker": arrow(marker)}}
