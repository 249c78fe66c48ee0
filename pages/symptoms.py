"""Symptom comparison (`/symptoms`): bone pain vs muscle pain vs other causes of leg pain."""

import streamlit as st

from vitd.frame import page_frame
from vitd.screens.symptoms import CHOICES, view
from vitd.symptoms import URGENT_ANCHOR
from vitd.text import escape_markdown
from vitd.widgets import csv_download, draw_chart

frame = page_frame("symptoms")
controls = frame.controls(CHOICES)
with st.container(border=True):
    controls.widget("compare")
    left, right = st.columns(2)
    controls.widget("conditions", left, wrap=True)
    controls.widget("aspects", right, wrap=True)
    search, flags, shape = st.columns([2, 1, 1], vertical_alignment="bottom")
    controls.widget("search", search)
    controls.widget("red_flags", flags)
    controls.widget("view", shape)
shown = frame.view(view, controls.done())

# Red flags: every condition's, in every view, whatever is chosen or filtered (after the filters,
# so the keyboard reaches the controls first).
st.header(shown.urgent_title, anchor=URGENT_ANCHOR)
st.error(shown.urgent, icon=":material/emergency:")

comparison = shown.comparison
labels = shown.labels
st.header(labels.comparison, anchor=False)
if comparison.notice:
    st.info(comparison.notice, icon=":material/emergency:")
if comparison.empty:
    st.info(comparison.empty, icon=":material/filter_alt_off:")
for card in comparison.cards:
    with st.container(border=True):
        st.subheader(escape_markdown(card.title), anchor=False)
        for aspect, text in card.lines:
            st.markdown(f"**{escape_markdown(aspect)}**: {text}")
        if card.note:
            st.caption(escape_markdown(card.note))
if comparison.table is not None:
    table = comparison.table
    st.table(table, alt=labels.table_alt.format(conditions=table.shape[1], aspects=table.shape[0]))
    for short_label, note in comparison.notes:
        st.caption(f"**{escape_markdown(short_label)}**: {escape_markdown(note)}")
if comparison.csv is not None:
    csv_download(labels.download, comparison.csv, "symptom-comparison.csv", "symptoms_download")

st.header(labels.where, anchor=False)
if shown.regions is not None:
    draw_chart(shown.regions.chart)
    st.caption(shown.regions.alt)
    with st.expander(labels.table_label, icon=":material/table:"):
        st.table(shown.regions.twin, alt=labels.regions_title)
    st.markdown(f":small[{shown.regions.sources}]")
else:
    st.info(labels.choose_condition, icon=":material/filter_alt:")
