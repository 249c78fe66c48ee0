"""The Sun and seasons screen's charts: the noon sun through the year, one day's sun, and a person
with their noon shadow drawn to scale.

Each chart's *shape* (marks, scales, axes) is authored with Altair and compiled to a Vega-Lite
dictionary once per shape key (:func:`vitd.charts.shape`), then kept; a view only adds its rows as
named datasets. Words on the charts come from ``sun.json`` through the rows, so a shape holds no content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from vitd.charts import FIT_WIDTH, shape, sized, titled, with_data
from vitd.models.sun import ChartLabels
from vitd.palette import OKABE_ITO
from vitd.sun import OVERHEAD_SHADOW, REFERENCE_YEAR, clock_text, day_text, degrees_text, multiple_text, runs

SERIES_COLOURS = (OKABE_ITO[0], OKABE_ITO[5])
"""First place blue, second place vermillion; the second is also dashed."""
BAND_COLOURS = ("#E3E3E3", "#9E9E9E")
"""Shading of the months below 45° (light grey) and of the days without sunrise (darker grey)."""
RULE_COLOUR = OKABE_ITO[7]
SUN_COLOUR = OKABE_ITO[1]
SHADOW_COLOUR = "#555555"
TOP_DEGREES = 90
YEAR_HEIGHT = 300
DAY_HEIGHT = 240
YEAR_FRAME = 83
DAY_FRAME = 77
"""Pixels around the plots of the year and day charts: axes, their titles and padding."""
BANDS_LEGEND = 20
COMPARE_LEGEND = 67
"""Pixels of the year chart's legends: the shaded bands' (below), and the two places' (above)."""
PICTURE_WIDTH = 300
"""The shadow picture has a fixed width (it fits a phone), and a height that keeps it to scale."""
PICTURE_TOP = 1.45
PICTURE_BOTTOM = -0.55
"""The picture shows heights from this far below the ground (room for the shadow's label) to this
many times the person's height above it."""
PICTURE_SPANS = (1.5, 3.0, 6.0, 10.0)
"""Widths of the shadow picture, in person heights: the smallest that fits the shadow is used.
A longer shadow runs off the picture's edge, and the label gives its length."""
PICTURE_LEFT = 0.5
PICTURE_FRAME = 21
"""Pixels around the picture: padding, and the labels reaching past its top and bottom edges."""
PICTURE_LABELS = (
    ("person_label", "center", "bottom", OKABE_ITO[0]),
    ("shadow_label", "left", "top", "#333333"),
    ("sun_label", "right", "top", "#7A4B00"),
)
"""The shadow picture's words: dataset, alignment, baseline and colour."""


def _rule_layers(y_scale: Any) -> list[Any]:
    """The 45° line and its label, from the ``rule`` dataset (``y``, ``label``)."""
    base = alt.Chart(alt.Data(name="rule"))
    line = base.mark_rule(color=RULE_COLOUR, strokeDash=[6, 4], strokeWidth=2).encode(
        y=alt.Y("y:Q", scale=y_scale), tooltip=alt.Tooltip("label:N", title=" ")
    )
    # At the right edge, where the line of the sun is furthest from 45° on most charts.
    label = base.mark_text(align="right", baseline="bottom", color=RULE_COLOUR, dx=-4, dy=-3, fontSize=12).encode(
        x=alt.value(alt.expr("width")), y=alt.Y("y:Q", scale=y_scale), text="label:N"
    )
    return [line, label]


DATE_TEXT = "utcFormat(datum.date, '%-d %B')"
"""A day as the screen writes it (``21 June``), worked out in the chart from the date it has anyway."""
HEIGHT_TEXT = "format(datum.height, '.1f') + '°'"
"""A height as the screen writes it (``61.9°``), worked out in the chart."""
CLOCK_TEXT = "utcFormat(utc(2000, 0, 1, 0, round(datum.solar_time * 60)), '%H:%M')"
"""A local solar time as the screen writes it (``09:04``), worked out in the chart."""


def year_shape(comparing: bool) -> dict[str, Any]:
    """The year chart's shape: shaded bands, the 45° line, and one line per place.

    Compiled once, in the form that compares two places; one place's chart is the same without
    the lines' colour and dash by place.
    """
    both = _year_shape()
    if comparing:
        return both
    layers = [
        {**layer, "encoding": {k: v for k, v in layer["encoding"].items() if k not in ("color", "strokeDash")}}
        if layer.get("data") == {"name": "year"}
        else layer
        for layer in both["layer"]
    ]
    return {**both, "layer": layers}


@shape
def _year_shape() -> alt.LayerChart:
    y_scale = alt.Scale(domain=[0, TOP_DEGREES], nice=False)
    x_scale = alt.Scale(
        type="utc",
        domain=[
            alt.DateTime(year=REFERENCE_YEAR, month=1, date=1, utc=True),
            alt.DateTime(year=REFERENCE_YEAR, month=12, date=31, utc=True),
        ],
        nice=False,
    )
    x_axis = alt.Axis(
        labelExpr="utcFormat(datum.value, '%b')", tickCount={"interval": "month", "step": 1}, labelAngle=0
    )
    x = alt.X("date:T", scale=x_scale, axis=x_axis, title=None)
    bands = (
        alt.Chart(alt.Data(name="bands"))
        .mark_rect(clip=True, aria=False)  # decorative: the sentences and the text alternative say it
        .encode(
            x=alt.X("start:T", scale=x_scale, axis=x_axis, title=None),
            x2="end:T",
            fill=alt.Fill(
                "kind:N",
                scale=alt.Scale(range=list(BAND_COLOURS)),
                sort=None,
                legend=alt.Legend(title=None, orient="bottom", symbolType="square", symbolStrokeColor="#777777"),
            ),
            tooltip=[alt.Tooltip("kind:N", title="Shaded"), alt.Tooltip("span:N", title="Days")],
        )
    )
    chosen = alt.Chart(alt.Data(name="chosen"))
    chosen_rule = chosen.mark_rule(color=OKABE_ITO[2], strokeWidth=2).encode(
        x=alt.X("date:T", scale=x_scale, axis=x_axis, title=None)
    )
    chosen_label = chosen.mark_text(
        align=alt.expr("datum.align"),
        baseline="top",
        color="#00694D",
        dx=alt.expr("datum.dx"),
        fontSize=12,
        fontWeight="bold",
    ).encode(x=alt.X("date:T", scale=x_scale, axis=x_axis, title=None), y=alt.value(2), text="label:N")
    line_encoding: dict[str, Any] = {
        "x": x,
        "y": alt.Y("height:Q", scale=y_scale, axis=alt.Axis(title="")),
        "tooltip": [
            alt.Tooltip("place:N", title="Place"),
            alt.Tooltip("date_text:N", title="Date"),
            alt.Tooltip("height_text:N", title="Noon height (computed)"),
        ],
        "color": alt.Color(
            "place:N",
            sort=None,
            scale=alt.Scale(range=list(SERIES_COLOURS)),
            legend=alt.Legend(title=None, orient="top", direction="vertical", labelLimit=0),
        ),
        "strokeDash": alt.StrokeDash("place:N", sort=None, scale=alt.Scale(range=[[1, 0], [7, 4]]), legend=None),
    }
    lines = (
        alt.Chart(alt.Data(name="year"))
        .transform_calculate(date_text=DATE_TEXT, height_text=HEIGHT_TEXT)
        .mark_line(clip=True, strokeWidth=2.5, color=SERIES_COLOURS[0])
        .encode(**line_encoding)
    )
    chart = alt.layer(bands, *_rule_layers(y_scale), lines, chosen_rule, chosen_label).properties(
        width="container", height=YEAR_HEIGHT, autosize=alt.AutoSizeParams(**FIT_WIDTH)
    )
    return chart.configure_view(stroke=None)


def _band_rows(year: pd.DataFrame, labels: ChartLabels, rule_degrees: float) -> pd.DataFrame:
    """One row per run of days shaded on the year chart: below 45°, and no sunrise."""

    rows = []
    dates = list(year["date"])
    one_day = pd.Timedelta(days=1)
    for kind, flags in (
        (labels.below, [h < rule_degrees for h in year["noon_height"]]),
        (labels.no_sunrise, [not r for r in year["rises"]]),
    ):
        for first, last in runs(flags):
            span = f"{day_text(dates[first].date())} – {day_text(dates[last].date())}"
            pieces = [(first, last)] if first <= last else [(first, len(dates) - 1), (0, last)]
            for start, end in pieces:  # a run over the new year is drawn at both ends of the axis
                rows.append({"start": dates[start], "end": dates[end] + one_day, "kind": kind, "span": span})
    return pd.DataFrame(rows, columns=["start", "end", "kind", "span"])


def year_chart_spec(
    series: Sequence[tuple[str, pd.DataFrame]], labels: ChartLabels, rule_degrees: float, chosen: pd.Timestamp
) -> dict[str, Any]:
    """The noon sun's height on every day, one line per ``(place label, year)``, with the 45° line
    and a mark on the ``chosen`` day; the first place's days below 45° and without sunrise are
    shaded. ``year`` is :func:`vitd.sun.sun_year`."""

    frames = [
        pd.DataFrame(
            {
                "date": year["date"],
                "height": year["noon_height"].where(year["rises"]),
                "place": label,
            }
        )
        for label, year in series
    ]
    shape = year_shape(len(series) > 1)
    bands = _band_rows(series[0][1], labels, rule_degrees)
    spec = with_data(
        shape,
        {
            "bands": bands,
            "rule": pd.DataFrame({"y": [rule_degrees], "label": [labels.rule]}),
            "year": pd.concat(frames, ignore_index=True),
            "chosen": pd.DataFrame(
                {
                    "date": [chosen],
                    "label": [day_text(chosen.date())],
                    "align": ["left" if chosen.month <= 6 else "right"],
                    "dx": [4 if chosen.month <= 6 else -4],
                }
            ),
        },
    )
    legends = (BANDS_LEGEND if not bands.empty else 0) + (COMPARE_LEGEND if len(series) > 1 else 0)
    height = YEAR_HEIGHT + YEAR_FRAME + legends
    return sized(titled(spec, y=labels.year_axis), height)


@shape
def day_shape() -> alt.LayerChart:
    """The day chart's shape: the time above 45° shaded, the 45° line, the sun's height by hour."""
    y_scale = alt.Scale(domain=[0, TOP_DEGREES], nice=False)
    x_scale = alt.Scale(domain=[0, 24], nice=False)
    window = (
        alt.Chart(alt.Data(name="window"))
        .mark_rect(color="#FCE3B0", aria=False)
        .encode(
            x=alt.X("start:Q", scale=x_scale),
            x2="end:Q",
            tooltip=[alt.Tooltip("label:N", title=" "), alt.Tooltip("span:N", title="Local solar time")],
        )
    )
    window_label = (
        alt.Chart(alt.Data(name="window"))
        .mark_text(baseline="top", color="#7A4B00", dy=4, fontSize=12, aria=False)
        .encode(x=alt.X("middle:Q", scale=x_scale), y=alt.value(0), text="label:N")
    )
    curve = (
        alt.Chart(alt.Data(name="curve"))
        .transform_calculate(time_text=CLOCK_TEXT, height_text=HEIGHT_TEXT)
        .mark_line(clip=True, color=SERIES_COLOURS[0], strokeWidth=2.5)
        .encode(
            x=alt.X(
                "solar_time:Q",
                scale=x_scale,
                axis=alt.Axis(
                    values=list(range(0, 25, 3)),
                    labelExpr="(datum.value < 10 ? '0' : '') + datum.value + ':00'",
                    title="",
                ),
            ),
            y=alt.Y("height:Q", scale=y_scale, axis=alt.Axis(title="")),
            tooltip=[
                alt.Tooltip("time_text:N", title="Local solar time"),
                alt.Tooltip("height_text:N", title="Height (computed)"),
            ],
        )
    )
    chart = alt.layer(window, window_label, *_rule_layers(y_scale), curve).properties(
        width="container", height=DAY_HEIGHT, autosize=alt.AutoSizeParams(**FIT_WIDTH)
    )
    return chart.configure_view(stroke=None)


def day_chart_spec(
    curve: pd.DataFrame,
    above_from: float | None,
    above_to: float | None,
    labels: ChartLabels,
    rule_degrees: float,
) -> dict[str, Any]:
    """The sun's height through one day (``curve`` from :func:`vitd.sun.day_curve`), with the hours
    above 45° shaded and labelled."""

    rows = curve[["solar_time", "height"]]
    window = pd.DataFrame(columns=["start", "end", "middle", "label", "span"])
    if above_from is not None and above_to is not None:
        window = pd.DataFrame(
            {
                "start": [above_from],
                "end": [above_to],
                "middle": [(above_from + above_to) / 2],
                "label": [labels.above_window],
                "span": [f"{clock_text(above_from)} – {clock_text(above_to)}"],
            }
        )
    spec = with_data(
        day_shape(),
        {"window": window, "rule": pd.DataFrame({"y": [rule_degrees], "label": [labels.rule]}), "curve": rows},
    )
    return sized(titled(spec, y=labels.day_axis, x=labels.time_axis), DAY_HEIGHT + DAY_FRAME)


def picture_height(span: float) -> int:
    """The shadow picture's height in pixels, for a picture ``span`` person-heights wide, to scale."""
    return round(PICTURE_WIDTH * (PICTURE_TOP - PICTURE_BOTTOM) / (span + PICTURE_LEFT))


def shadow_shape(span: float) -> dict[str, Any]:
    """The shadow picture's shape for a picture ``span`` person-heights wide, drawn to scale: the
    one compiled picture with its x scale's end and its height set."""
    picture = _shadow_shape()
    layers = []
    for layer in picture["layer"]:
        x = layer["encoding"]["x"]
        x = {**x, "scale": {**x["scale"], "domain": [-PICTURE_LEFT, span]}}
        layers.append({**layer, "encoding": {**layer["encoding"], "x": x}})
    return {**picture, "layer": layers, "height": picture_height(span)}


@shape
def _shadow_shape() -> alt.LayerChart:
    span = PICTURE_SPANS[0]
    x_scale = alt.Scale(domain=[-PICTURE_LEFT, span], nice=False, zero=False)
    y_scale = alt.Scale(domain=[PICTURE_BOTTOM, PICTURE_TOP], nice=False, zero=False)
    height = picture_height(span)
    x = alt.X("x:Q", scale=x_scale, axis=None)
    y = alt.Y("y:Q", scale=y_scale, axis=None)
    x2, y2 = alt.X2("x2:Q"), alt.Y2("y2:Q")
    ground = alt.Chart(alt.Data(name="ground")).mark_rule(color="#222222", strokeWidth=1).encode(x=x, y=y, x2=x2, y2=y2)
    ray = (
        alt.Chart(alt.Data(name="ray"))
        .mark_rule(color=SUN_COLOUR, strokeDash=[4, 3], strokeWidth=2)
        .encode(x=x, y=y, x2=x2, y2=y2)
    )
    shadow = (
        alt.Chart(alt.Data(name="shadow"))
        .mark_rule(color=SHADOW_COLOUR, strokeWidth=7, strokeCap="butt")
        .encode(x=x, y=y, x2=x2, y2=y2)
    )
    person = (
        alt.Chart(alt.Data(name="person"))
        .mark_rule(color=OKABE_ITO[0], strokeWidth=7, strokeCap="round")
        .encode(x=x, y=y, x2=x2, y2=y2)
    )
    texts = [
        alt.Chart(alt.Data(name=name))
        .mark_text(align=align, baseline=baseline, color=colour, fontSize=12, fontWeight="bold")
        .encode(x=x, y=y, text="label:N")
        for name, align, baseline, colour in PICTURE_LABELS
    ]
    chart = alt.layer(ground, ray, shadow, person, *texts).properties(width=PICTURE_WIDTH, height=height)
    return chart.configure_view(stroke=None)


def picture_span(multiple: float) -> float:
    """The narrowest picture width of :data:`PICTURE_SPANS` that shows the whole shadow (or the widest)."""
    return next((span for span in PICTURE_SPANS if multiple <= span - 0.2), PICTURE_SPANS[-1])


def shadow_chart_spec(multiple: float, height: float, labels: ChartLabels) -> dict[str, Any]:
    """A person 1 unit tall and their noon shadow ``multiple`` units long, drawn to scale, with the
    sun's ray from the top of their head to the tip of the shadow."""

    span = picture_span(multiple)
    tip = min(multiple, span)
    # The ray meets the ground at the shadow's tip; cut off at the picture's edge, it keeps its slope.
    ray_end = (tip, 0.0) if multiple <= span else (span, 1 - span / multiple)
    text = labels.no_shadow if multiple < OVERHEAD_SHADOW else f"{labels.shadow}: {multiple_text(multiple)} ×"
    spec = with_data(
        shadow_shape(span),
        {
            "ground": pd.DataFrame({"x": [-PICTURE_LEFT], "y": [0.0], "x2": [span], "y2": [0.0]}),
            "ray": pd.DataFrame({"x": [0.0], "y": [1.0], "x2": [ray_end[0]], "y2": [ray_end[1]]}),
            "shadow": pd.DataFrame({"x": [0.0], "y": [0.0], "x2": [tip], "y2": [0.0]}),
            "person": pd.DataFrame({"x": [0.0], "y": [0.0], "x2": [0.0], "y2": [1.0]}),
            "person_label": pd.DataFrame({"x": [0.0], "y": [1.08], "label": [labels.person]}),
            "shadow_label": pd.DataFrame({"x": [0.0], "y": [-0.12], "label": [text]}),
            "sun_label": pd.DataFrame(
                {"x": [span], "y": [PICTURE_TOP], "label": [f"{labels.sun}: {degrees_text(height)}"]}
            ),
        },
    )
    return sized(spec, picture_height(span) + PICTURE_FRAME)
