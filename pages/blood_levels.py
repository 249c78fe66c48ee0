"""Blood test (`/blood_levels`): a 25(OH)D result in, its band under each guideline out."""

import streamlit as st

from vitd import levels, params
from vitd.charts.levels import band_chart_spec, with_marker
from vitd.citations import sources_line
from vitd.frame import page_frame, set_query_param
from vitd.models.blood_test import BLOOD_TEST
from vitd.models.serum_levels import SERUM_LEVELS
from vitd.models.units import UNITS

VALUE_KEY, UNIT_KEY, GUIDELINE_KEY = "blood_levels_value", "blood_levels_unit", "blood_levels_guideline"

frame = page_frame("blood_levels")
bands = frame.table(SERUM_LEVELS)
units = frame.doc(UNITS)
texts = frame.doc(BLOOD_TEST)
names = levels.guidelines(bands)
default_guideline = next(iter(names))

# The link is the state: widgets start from it, and every change is written back to it.
typed = frame.url.text(params.BLOOD_VALUE, max_chars=40)
unit = frame.url.choice(params.BLOOD_UNIT, params.BLOOD_UNITS, params.BLOOD_UNITS[0])
guideline = frame.url.choice(params.GUIDELINE, list(names), default_guideline)
frame.url_notices()
st.session_state.setdefault(VALUE_KEY, levels.parse_number(typed))
st.session_state.setdefault(UNIT_KEY, unit)
st.session_state.setdefault(GUIDELINE_KEY, guideline)


def _value_to_url() -> None:
    value = st.session_state[VALUE_KEY]
    set_query_param(params.BLOOD_VALUE, None if value is None else levels.format_for_url(value))


def _unit_to_url() -> None:
    set_query_param(params.BLOOD_UNIT, st.session_state[UNIT_KEY], params.BLOOD_UNITS[0])


def _guideline_to_url() -> None:
    set_query_param(params.GUIDELINE, st.session_state[GUIDELINE_KEY], default_guideline)


with st.container(horizontal=True, vertical_alignment="bottom"):
    st.number_input("Your 25(OH)D result", key=VALUE_KEY, on_change=_value_to_url, step=1.0, width=220)
    st.segmented_control(
        "Unit", params.BLOOD_UNITS, key=UNIT_KEY, on_change=_unit_to_url, required=True, width="content"
    )
    st.segmented_control(
        "Guideline",
        list(names),
        format_func=names.get,
        key=GUIDELINE_KEY,
        on_change=_guideline_to_url,
        required=True,
        width="content",
    )

reading = levels.read_result(typed, unit, units, texts.input.plausible_max_nmol_l)
axis_max = levels.axis_max_nmol_l(bands, reading.nmol_l if reading.ok else None)

st.subheader(texts.result.heading, anchor=False)
message = levels.input_message(reading, typed, texts.input, units)
if reading.problem == "empty":
    st.info(message, icon=":material/edit:")
elif message:
    st.warning(message, icon=":material/error:")
else:
    found = levels.bands_for_all(reading.value, unit, bands, units)
    chosen = levels.band_for(reading.value, unit, guideline, bands, units)
    st.markdown(levels.conversion_text(reading, texts.result.conversion, units))
    for band in levels.harmful_bands(reading.value, unit, bands, units):
        st.warning(
            levels.fill(texts.result.harmful, band=band.band, guideline=band.guideline, meaning=band.meaning),
            icon=":material/warning:",
        )
    with st.container(border=True):
        lines = [f"**{chosen.guideline}**: :material/label: **{chosen.band}**", chosen.meaning]
        if chosen.next_step:
            lines.append(f":material/arrow_forward: {chosen.next_step}")
        st.markdown("\n\n".join([*lines, sources_line(chosen.source_ids)]))
    shown_value = levels.format_number(reading.value, 2)
    comparison = texts.result.differs if levels.guidelines_differ(found) else texts.result.same
    st.markdown(levels.fill(comparison, value=shown_value, unit=unit))
    st.table(levels.comparison_frame(found), hide_index=True, border="horizontal")
    st.caption(levels.unit_note(unit, texts.result.ng_ml_rule))

st.subheader(texts.chart.heading, anchor=False)
# The bands, their chart and table depend only on the axis: built once and shared. The reader's
# result is added to the chart on each run, so it never enters a shared cache.
chart_rows = frame.content.memo(("blood_bands", axis_max), lambda: levels.bands_frame(bands, axis_max))
chart = frame.content.memo(
    ("blood_chart", axis_max), lambda: band_chart_spec(chart_rows, axis_max, units.nmol_l_per_ng_ml.value)
)
if reading.ok and reading.nmol_l is not None:
    chart = with_marker(chart, axis_max, reading.nmol_l, levels.marker_label(reading, texts.chart.marker))
chart_alt = frame.content.memo(
    ("blood_chart_alt", axis_max), lambda: levels.chart_description(bands, texts.chart.alt, axis_max)
)
st.vega_lite_chart(spec=chart, width="stretch", alt=chart_alt)
st.caption(f"{texts.chart.caption}\n\n{sources_line(dict.fromkeys(sid for b in bands for sid in b.source_ids))}")
with st.expander(texts.chart.table_label, icon=":material/table:"):
    twin = frame.content.memo(("blood_chart_table", axis_max), lambda: levels.table_twin(chart_rows))
    st.table(twin, hide_index=True, border="horizontal")

st.subheader(texts.guidelines.heading, anchor=False)
st.markdown(levels.guidelines_markdown(texts.guidelines))

st.subheader(texts.clinician.heading, anchor=False)
st.markdown(levels.clinician_markdown(texts.clinician))
