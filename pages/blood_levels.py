"""Blood test (`/blood_levels`): a 25(OH)D result in, its band under each guideline out."""

import streamlit as st

from vitd.frame import page_frame
from vitd.levels import clinician_markdown, guidelines_markdown
from vitd.screens.blood_levels import CHOICES, bands_view, chart_with_result, result_view
from vitd.widgets import draw_chart

frame = page_frame("blood_levels")
controls = frame.controls(CHOICES)
with st.container(horizontal=True, vertical_alignment="bottom"):
    controls.widget("value", width=220)
    controls.widget("unit", width="content")
    controls.widget("guideline", width="content")
choices = controls.done()
result = frame.view(result_view, choices)  # the reader's own result: never in a shared cache
bands = frame.view(bands_view, result.axis_max)
texts = result.texts

st.header(texts.result.heading, anchor=False)
if result.message_kind == "info":
    st.info(result.message, icon=":material/edit:")
elif result.message_kind == "warning":
    st.warning(result.message, icon=":material/error:")
if result.chosen is not None:
    st.markdown(result.conversion)
    for harmful in result.harmful:
        st.warning(harmful, icon=":material/warning:")
    with st.container(border=True):
        lines = [f"**{result.chosen.guideline}**: :material/label: **{result.chosen.band}**", result.chosen.meaning]
        if result.chosen.next_step:
            lines.append(f":material/arrow_forward: {result.chosen.next_step}")
        st.markdown("\n\n".join([*lines, result.chosen_sources]))
    st.markdown(result.comparison)
    st.table(result.comparison_table, hide_index=True, border="horizontal")
    st.caption(result.unit_note)

st.header(texts.chart.heading, anchor=False)
draw_chart(chart_with_result(bands, result), alt=bands.alt)
st.caption(texts.chart.caption)
st.markdown(f":small[{bands.sources}]")
with st.expander(texts.chart.table_label, icon=":material/table:"):
    st.markdown(bands.twin)

st.header(texts.guidelines.heading, anchor=False)
st.markdown(guidelines_markdown(texts.guidelines))

st.header(texts.clinician.heading, anchor=False)
st.markdown(clinician_markdown(texts.clinician))
