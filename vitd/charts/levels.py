"""The Blood test screen's band chart: every guideline's bands on one nmol/L scale."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from vitd.charts import FIT_WIDTH, field, layered, ready_spec, records, tooltip
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
) -> dict[str, Any]:
    """Horizontal bars, one per band, grouped under each guideline's name, on a nmol/L axis.

    ``bands`` is :func:`vitd.levels.bands_frame`. The top axis labels the same scale in ng/mL
    (ticks every 10 ng/mL, computed with ``nmol_l_per_ng_ml``). A result, when given, is a
    black line with ``marker_label`` beside it. Colour follows the band's severity; the band
    name on the axis says the same in words.
    """
    rows = _rows(bands)
    order = list(rows["row"])
    headings = list(rows.loc[rows["heading"], "row"])
    scale = {"clamp": True, "domain": [0, axis_max_nmol_l], "nice": False}
    bold = "indexof(" + str(headings).replace("'", '"') + ", datum.value) >= 0 ? 'bold' : 'normal'"
    y = field(
        "row",
        axis={
            "domain": False,
            "labelFontSize": 13,
            "labelFontWeight": {"expr": bold},
            "labelLimit": 220,
            "ticks": False,
        },
        sort=order,
        title=None,
    )
    # Every row, headings included, must exist on the y axis; an invisible tick puts them there.
    frame = {
        "data": {"name": "rows"},
        "mark": {"type": "tick", "opacity": 0},
        "encoding": {"x": {"axis": None, "scale": scale, "datum": 0}, "y": y},
    }
    bars = {
        "data": {"name": "bands"},
        "mark": {"type": "bar", "height": {"band": 0.75}, "stroke": "#ffffff", "strokeWidth": 1},
        "encoding": {
            "color": field("severity", legend=None, scale={"domain": list(SEVERITY), "range": list(SEVERITY.values())}),
            "tooltip": tooltip(
                ("guideline", "nominal", "Guideline"),
                ("band", "nominal", "Band"),
                ("range_nmol_l", "nominal", "nmol/L"),
                ("range_ng_ml", "nominal", "ng/mL (published)"),
            ),
            "x": field("start_nmol_l", "quantitative", axis={"grid": True}, scale=scale, title="25(OH)D, nmol/L"),
            "x2": {"field": "end_nmol_l"},
            "y": y,
        },
    }
    ng_ticks = [
        n * nmol_l_per_ng_ml for n in range(0, math.floor(axis_max_nmol_l / nmol_l_per_ng_ml) + 1, NG_ML_TICK_STEP)
    ]
    top_axis = {
        "data": {"name": "origin"},
        "mark": {"type": "point", "opacity": 0},
        "encoding": {
            "x": field(
                "x",
                "quantitative",
                axis={
                    "grid": False,
                    "labelExpr": f"format(datum.value / {nmol_l_per_ng_ml}, '.0f')",
                    "orient": "top",
                    "values": ng_ticks,
                },
                scale=scale,
                title="ng/mL (computed)",
            )
        },
    }
    datasets = {
        "rows": records(rows),
        "bands": records(rows[~rows["heading"]]),
        "origin": [{"x": 0.0}],
    }
    # Fit the width only, so the height is the rows' height and axes come on top of it.
    spec = layered(
        [frame, bars, top_axis],
        datasets,
        view={"stroke": None},
        autosize=FIT_WIDTH,
        height=ROW_HEIGHT * len(rows),
        resolve={"axis": {"x": "independent"}},
        width="container",
    )
    return spec if marker_nmol_l is None else with_marker(spec, axis_max_nmol_l, marker_nmol_l, marker_label)


def with_marker(spec: dict[str, Any], axis_max_nmol_l: float, marker_nmol_l: float, label: str) -> dict[str, Any]:
    """``spec`` (a band chart) with a reader's result added: a black line with ``label`` beside it.

    The result's one row goes inline in the two new layers, so the bands' spec, shared by every
    session, is reused as it is and a reader's value is never kept in a shared cache.
    """
    scale = {"clamp": True, "domain": [0, axis_max_nmol_l], "nice": False}
    right = marker_nmol_l > axis_max_nmol_l / 2
    data = {"values": [{"x": min(marker_nmol_l, axis_max_nmol_l), "label": label}]}
    x = field("x", "quantitative", axis=None, scale=scale)
    rule = {
        "data": data,
        "mark": {"type": "rule", "color": OKABE_ITO[7], "strokeWidth": 3},
        "encoding": {"x": x},
    }
    text = {
        "data": data,
        "mark": {
            "type": "text",
            "align": "right" if right else "left",
            "baseline": "top",
            "color": OKABE_ITO[7],
            "dx": -6 if right else 6,
            "fontSize": 12,
            "fontWeight": "bold",
            "limit": 160,
            "y": 4,
        },
        "encoding": {"text": field("label"), "x": x},
    }
    return {**spec, "layer": [*spec["layer"], rule, text]}


def band_chart_spec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """:func:`band_chart` as a ready Vega-Lite spec, for ``st.vega_lite_chart``."""
    return ready_spec(band_chart(*args, **kwargs))
