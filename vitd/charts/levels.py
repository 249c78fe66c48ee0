"""The Blood test screen's band chart: every guideline's bands on one nmol/L scale."""

from __future__ import annotations

import math
from typing import Any

import altair as alt
import pandas as pd

from vitd.charts import ready_spec, spec_cache
from vitd.palette import OKABE_ITO, SEVERITY

ROW_HEIGHT = 26
NG_ML_TICK_STEP = 10


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


def band_chart(
    bands: pd.DataFrame,
    axis_max_nmol_l: float,
    nmol_l_per_ng_ml: float,
    marker_nmol_l: float | None = None,
    marker_label: str = "",
) -> alt.LayerChart:
    """Horizontal bars, one per band, grouped under each guideline's name, on a nmol/L axis.

    ``bands`` is :func:`vitd.levels.bands_frame`. The top axis labels the same scale in ng/mL
    (ticks every 10 ng/mL, computed with ``nmol_l_per_ng_ml``). A result, when given, is a
    black line with ``marker_label`` beside it. Colour follows the band's severity; the band
    name on the axis says the same in words.
    """
    rows = _rows(bands)
    order = list(rows["row"])
    headings = list(rows.loc[rows["heading"], "row"])
    scale = alt.Scale(domain=[0, axis_max_nmol_l], nice=False, clamp=True)
    y = alt.Y(
        "row:N",
        sort=order,
        title=None,
        axis=alt.Axis(
            labelLimit=220,
            labelFontSize=13,
            labelFontWeight=alt.ExprRef(
                "indexof(" + str(headings).replace("'", '"') + ", datum.value) >= 0 ? 'bold' : 'normal'"
            ),
            ticks=False,
            domain=False,
        ),
    )
    bars = (
        alt.Chart(rows[~rows["heading"]])
        .mark_bar(height=alt.RelativeBandSize(0.75), stroke="#ffffff", strokeWidth=1)
        .encode(
            x=alt.X("start_nmol_l:Q", scale=scale, title="25(OH)D, nmol/L", axis=alt.Axis(grid=True)),
            x2="end_nmol_l:Q",
            y=y,
            color=alt.Color(
                "severity:N",
                scale=alt.Scale(domain=list(SEVERITY), range=list(SEVERITY.values())),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("guideline:N", title="Guideline"),
                alt.Tooltip("band:N", title="Band"),
                alt.Tooltip("range_nmol_l:N", title="nmol/L"),
                alt.Tooltip("range_ng_ml:N", title="ng/mL (published)"),
            ],
        )
    )
    # Every row, headings included, must exist on the y axis; an invisible tick puts them there.
    frame = alt.Chart(rows).mark_tick(opacity=0).encode(x=alt.X(datum=0, scale=scale, axis=None), y=y)
    ng_ticks = [
        n * nmol_l_per_ng_ml for n in range(0, math.floor(axis_max_nmol_l / nmol_l_per_ng_ml) + 1, NG_ML_TICK_STEP)
    ]
    top_axis = (
        alt.Chart(pd.DataFrame({"x": [0.0]}))
        .mark_point(opacity=0)
        .encode(
            x=alt.X(
                "x:Q",
                scale=scale,
                title="ng/mL (computed)",
                axis=alt.Axis(
                    orient="top",
                    values=ng_ticks,
                    labelExpr=f"format(datum.value / {nmol_l_per_ng_ml}, '.0f')",
                    grid=False,
                ),
            )
        )
    )
    layers: list[alt.Chart] = [frame, bars, top_axis]
    if marker_nmol_l is not None:
        point = pd.DataFrame({"x": [min(marker_nmol_l, axis_max_nmol_l)], "label": [marker_label]})
        right = marker_nmol_l > axis_max_nmol_l / 2
        layers.append(
            alt.Chart(point).mark_rule(color=OKABE_ITO[7], strokeWidth=3).encode(x=alt.X("x:Q", scale=scale, axis=None))
        )
        layers.append(
            alt.Chart(point)
            .mark_text(
                align="right" if right else "left",
                dx=-6 if right else 6,
                baseline="top",
                y=4,
                fontSize=12,
                fontWeight="bold",
                limit=160,
                color=OKABE_ITO[7],
            )
            .encode(x=alt.X("x:Q", scale=scale, axis=None), text="label:N")
        )
    return (
        alt.layer(*layers)
        .resolve_axis(x="independent")
        .properties(
            height=ROW_HEIGHT * len(rows),
            width="container",
            # Fit the width only, so the height is the rows' height and axes come on top of it.
            autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
        )
        .configure_view(stroke=None)
    )


@spec_cache
def band_chart_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`band_chart` as a cached Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(band_chart(*args, **kwargs))
