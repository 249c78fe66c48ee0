"""Chart builders: one module per screen. Each takes a DataFrame and returns an Altair chart.

Every chart uses the palette in ``vitd.palette``, names its unit in an axis title, and is
shown with a text alternative (``alt``-style description or a table twin) by its page.
"""

from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.dataframe_util import convert_anything_to_arrow_bytes

SPEC_CACHE_ENTRIES = 256
"""How many distinct chart views each chart keeps ready (a class opens the same few links)."""


def ready_spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """A chart's Vega-Lite spec with its data already in Arrow form, as Streamlit sends it.

    Streamlit converts each dataset of a spec to Arrow on every run; doing it once here, inside
    a cached function, leaves only the sending. The spec is not validated against the Vega-Lite
    schema here, which would double the cost of a first view under a class-sized burst: the tests
    validate every chart each screen sends (``tests/test_chart_specs.py``).
    """
    spec = chart.to_dict(validate=False)
    datasets = spec.get("datasets", {})
    for name, rows in datasets.items():
        if isinstance(rows, list):
            datasets[name] = convert_anything_to_arrow_bytes(pd.DataFrame(rows))
    return spec


def _frame_key(frame: pd.DataFrame) -> str:
    # Chart data are small tables; their JSON is a faster cache key than hashing every column.
    return frame.to_json(orient="split", date_format="iso")


spec_cache = st.cache_data(max_entries=SPEC_CACHE_ENTRIES, show_spinner=False, hash_funcs={pd.DataFrame: _frame_key})
"""Decorator for a function that builds a chart and returns its Vega-Lite spec (:func:`ready_spec`).

Building and validating an Altair chart costs tens of milliseconds per run; a cached spec, shown
with ``st.vega_lite_chart``, costs about one. Use it on functions of plain values and DataFrames.
"""
