"""Chart builders: one module per screen. Each takes a DataFrame and returns a Vega-Lite spec.

Specs are written as plain dictionaries rather than built with Altair: under a class-sized burst
every new view (a shared link with other filters) builds its chart once, and Altair took 10–40 ms
per chart (object construction, deep copies, data sanitising, schema checks) where a dictionary
takes well under one. The tests validate every spec the screens send against the Vega-Lite schema
(``tests/test_chart_specs.py``).

Every chart uses the palette in ``vitd.palette``, names its unit in an axis title, and is shown
with a text alternative (``alt``-style description or a table twin) by its page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
from streamlit.dataframe_util import convert_anything_to_arrow_bytes

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
VIEW_CONFIG: dict[str, Any] = {"continuousWidth": 300, "continuousHeight": 300}
FIT_WIDTH: dict[str, str] = {"contains": "padding", "type": "fit-x"}
"""Fill the container's width; the height is the plot's, with axes and legend added to it
(Streamlit's default would squeeze a legend into the height)."""

Records = list[dict[str, Any]]


def records(frame: pd.DataFrame) -> Records:
    """A DataFrame as a spec's inline rows (one dictionary per row, plain Python values)."""
    return frame.to_dict("records")


def field(name: str, kind: str = "nominal", **extra: Any) -> dict[str, Any]:
    """An encoding channel on a data field: ``field("amount", "quantitative", title=...)``."""
    return {"field": name, "type": kind, **extra}


def tooltip(*fields: tuple[str, str, str]) -> list[dict[str, Any]]:
    """Tooltip channels from (field, type, title) triples."""
    return [field(name, kind, title=title) for name, kind, title in fields]


def layered(
    layers: Sequence[Mapping[str, Any]],
    datasets: Mapping[str, Records],
    *,
    view: Mapping[str, Any] | None = None,
    **top: Any,
) -> dict[str, Any]:
    """A layered spec: ``layers`` drawing from named ``datasets``, with top-level properties."""
    return {
        "config": {"view": {**VIEW_CONFIG, **(view or {})}},
        "layer": [dict(layer) for layer in layers],
        **top,
        "$schema": SCHEMA,
        "datasets": dict(datasets),
    }


def ready_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A spec with its datasets already in Arrow form, as Streamlit sends them.

    Streamlit converts each dataset of a spec to Arrow on every run; pages keep a view's ready
    spec in ``Content.memo``, so a class opening the same link does the conversion once.
    """
    ready = dict(spec)
    ready["datasets"] = {
        name: convert_anything_to_arrow_bytes(pd.DataFrame(rows)) if isinstance(rows, list) else rows
        for name, rows in spec.get("datasets", {}).items()
    }
    return ready
