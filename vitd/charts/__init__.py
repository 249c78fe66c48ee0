"""Chart builders, one module per screen, authored with Altair.

A chart has a *shape* (marks, encodings, scales, titles: what a class's choices rarely change) and
*data* (the rows of one view). Each module builds its shape with Altair once per shape key
(:func:`shape`: an Altair chart compiled to a Vega-Lite dictionary, without Altair's run-time
schema check; ``tests/test_chart_specs.py`` validates every chart the screens send). A view then
adds its rows as named datasets in Arrow form, and sets the values of the shape's parameters
(a scale's end, the legend's entries) with :func:`with_data`. Building an Altair chart takes
10–40 ms, so no reader's choice of filters ever rebuilds one; adding data takes well under one.

Pages send the result with ``st.vega_lite_chart(spec=...)``. Every chart uses the palette in
``vitd.palette``, names its unit in an axis title, and is shown with a text alternative (``alt``
or a table twin) by its page.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ParamSpec

import pandas as pd
import pyarrow as pa

Spec = dict[str, Any]
P = ParamSpec("P")

FIT_WIDTH: dict[str, str] = {"contains": "padding", "type": "fit-x"}
"""Fill the container's width; the height is the plot's, with axes and legend added to it
(Streamlit's default would squeeze a legend into the height)."""

SHAPES_KEPT = 64
"""Compiled shapes kept per builder: a handful of units and bases, per content version."""


def shape(build: Callable[P, Any]) -> Callable[P, Spec]:
    """Decorate a function that returns an Altair chart: compile it once per (hashable) arguments."""

    @functools.lru_cache(maxsize=SHAPES_KEPT)
    @functools.wraps(build)
    def compiled(*args: P.args, **kwargs: P.kwargs) -> Spec:
        return _quiet(build(*args, **kwargs).to_dict(validate=False))

    return compiled  # type: ignore[return-value]


def _quiet(spec: Spec) -> Spec:
    """``spec`` with no tooltip on a mark that does not declare one.

    Streamlit turns tooltips on for every mark, and a mark without its own would show its raw
    data fields (``x2  7.0939021475``). Lines, labels and pictures drawn for their look say
    nothing on hover; a mark with something to say declares it in its encoding.
    """
    if "layer" in spec:
        return {**spec, "layer": [_quiet(layer) for layer in spec["layer"]]}
    if "mark" not in spec or "tooltip" in spec.get("encoding", {}):
        return spec
    mark = spec["mark"] if isinstance(spec["mark"], dict) else {"type": spec["mark"]}
    return spec if "tooltip" in mark else {**spec, "mark": {**mark, "tooltip": None}}


def arrow(frame: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table, the form Streamlit sends chart data in (converted once per view)."""
    return pa.Table.from_pandas(frame, preserve_index=False)


INLINE_ROWS = 3
"""A dataset this small (a target line, a reader's result) goes into the spec as plain values: as
Arrow it would cost about a kilobyte of schema for a few bytes of data, on every first visit."""


def with_data(shape_spec: Spec, datasets: Mapping[str, pd.DataFrame | pa.Table], **values: Any) -> Spec:
    """A chart ready to send: ``shape_spec`` with its named ``datasets`` and its parameters' ``values``.

    Datasets of up to :data:`INLINE_ROWS` rows are written into the layers that use them (as
    named inline values); the others are sent as Arrow. The shape itself is shared and never
    changed; the result is a new dictionary.
    """
    inline = {name: _rows(frame) for name, frame in datasets.items() if _length(frame) <= INLINE_ROWS}
    spec = _with_inline(shape_spec, inline) if inline else dict(shape_spec)
    spec["datasets"] = {
        name: frame if isinstance(frame, pa.Table) else arrow(frame)
        for name, frame in datasets.items()
        if name not in inline
    }
    if values:
        unknown = set(values) - {p["name"] for p in shape_spec.get("params", ())}
        if unknown:
            raise KeyError(f"the chart has no parameter {sorted(unknown)}")
        spec["params"] = [{**p, "value": values[p["name"]]} if p["name"] in values else p for p in shape_spec["params"]]
    return spec


def _length(frame: pd.DataFrame | pa.Table) -> int:
    return frame.num_rows if isinstance(frame, pa.Table) else len(frame)


def _rows(frame: pd.DataFrame | pa.Table) -> list[dict[str, Any]]:
    """Rows as plain JSON values. Dates are ISO 8601 text in UTC (``2028-06-21T00:00:00.000Z``),
    as Arrow sends them: without the ``Z`` a browser would read them in the reader's own time zone."""
    table = frame.to_pandas() if isinstance(frame, pa.Table) else frame
    return [{key: _json_value(value) for key, value in row.items()} for row in table.to_dict("records")]


def _json_value(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        utc = value.tz_localize("UTC") if value.tzinfo is None else value.tz_convert("UTC")
        return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(value, float) and math.isnan(value):
        return None  # JSON has no NaN
    if hasattr(value, "item"):  # a NumPy number
        return value.item()
    return value


def _with_inline(node: Any, inline: Mapping[str, list[dict[str, Any]]]) -> Any:
    """A copy of a spec in which every reference to a named dataset in ``inline`` carries its values."""
    if isinstance(node, dict):
        name = node.get("name")
        if set(node) == {"name"} and name in inline:
            return {"name": name, "values": inline[name]}
        return {key: _with_inline(value, inline) for key, value in node.items()}
    if isinstance(node, list):
        return [_with_inline(item, inline) for item in node]
    return node


def _found(node: Any, name: str) -> list[dict[str, Any]] | None:
    """The inline values named ``name`` anywhere in a spec, or None."""
    if isinstance(node, dict):
        if node.get("name") == name and "values" in node:
            return node["values"]
        children: Any = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _found(child, name)
        if found is not None:
            return found
    return None


def dataset(spec: Spec, name: str) -> pd.DataFrame:
    """One named dataset of a chart (sent as Arrow, or written inline) as a DataFrame."""
    data = spec["datasets"].get(name)
    if data is None:
        return pd.DataFrame(_found(spec, name) or [])
    return data.to_pandas() if isinstance(data, pa.Table) else pd.DataFrame(data)


def titled(spec: Spec, **titles: str) -> Spec:
    """``spec`` with the titles of its channels' axes set (``x="µg per serving"``): words that follow
    the content or a reader's unit are set on the compiled shape, so they never make Altair build
    a new one. A channel's title is set where the shape put one: on its axis, else on the channel.
    """
    layers = []
    for layer in spec["layer"]:
        encoding = dict(layer.get("encoding", {}))
        for channel, title in titles.items():
            channel_spec = encoding.get(channel)
            if not isinstance(channel_spec, dict):
                continue
            axis = channel_spec.get("axis")
            if isinstance(axis, dict) and "title" in axis:
                encoding[channel] = {**channel_spec, "axis": {**axis, "title": title}}
            elif "title" in channel_spec:
                encoding[channel] = {**channel_spec, "title": title}
        layers.append({**layer, "encoding": encoding})
    return {**spec, "layer": layers}


def sized(spec: Spec, height: int) -> Spec:
    """``spec`` marked with the height in pixels it draws at, axes and legends included.

    The page keeps that much room for the chart from the start (:func:`vitd.widgets.draw_chart`),
    so nothing below it moves when the chart library arrives and draws. Streamlit then draws the
    chart at that height, so the chart fits its whole drawing (axes and legends too) into it.
    Each builder works the height out from what decides it (rows, legend entries) so the plot
    keeps its own height; ``tests/browser/test_chart_heights.py`` checks that. The mark is
    Vega-Lite's own ``usermeta``, which renderers ignore.
    """
    fits_width = spec.get("autosize", {}).get("type") in ("fit", "fit-x")
    fit = {**spec.get("autosize", {}), "type": "fit" if fits_width else "fit-y", "contains": "padding"}
    return {**spec, "autosize": fit, "usermeta": {**spec.get("usermeta", {}), "height": int(height)}}


def drawn_height(spec: Spec) -> int | None:
    """The height a chart was marked with by :func:`sized`, or None."""
    height = spec.get("usermeta", {}).get("height")
    return int(height) if height is not None else None


def expr(name: str) -> dict[str, str]:
    """A reference to a chart parameter, for scale domains and legend values set per view."""
    return {"expr": name}


@dataclass(frozen=True)
class ChartWithTwin:
    """A chart ready to send, with what says the same in words: its text alternative and its table twin."""

    chart: Spec
    alt: str
    """A sentence or two saying what the chart shows (its ``alt``, or a caption under it)."""
    twin: Any
    """The chart's data as a table a reader can read (a DataFrame or a Markdown table)."""
    sources: str
    """The sources line of the chart's data (Markdown)."""
