"""Chart builders: one module per screen. Each takes a DataFrame and returns an Altair chart.

Every chart uses the palette in ``vitd.palette``, names its unit in an axis title, and is
shown with a text alternative (``alt``-style description or a table twin) by its page.
"""

import pandas as pd
import streamlit as st

SPEC_CACHE_ENTRIES = 256
"""How many distinct chart views each chart keeps ready (a class opens the same few links)."""


def _frame_key(frame: pd.DataFrame) -> str:
    # Chart data are small tables; their JSON is a faster cache key than hashing every column.
    return frame.to_json(orient="split", date_format="iso")


spec_cache = st.cache_data(max_entries=SPEC_CACHE_ENTRIES, show_spinner=False, hash_funcs={pd.DataFrame: _frame_key})
"""Decorator for a function that builds a chart and returns its Vega-Lite spec (``chart.to_dict()``).

Building and validating an Altair chart costs tens of milliseconds per run; a cached spec, shown
with ``st.vega_lite_chart``, costs about one. Use it on functions of plain values and DataFrames.
"""
