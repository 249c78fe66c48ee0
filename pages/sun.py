"""Sun and seasons (`/sun`): the noon sun through the year at any place, one day's sun and shadow,
and what skin, glass and sunscreen change."""

import streamlit as st

from vitd.citations import sources_line
from vitd.frame import page_frame
from vitd.keypoints import rows_of
from vitd.links import screen_link
from vitd.screens import screen
from vitd.screens.sun import CHOICES, place_latitude, view
from vitd.widgets import csv_download, draw_chart

frame = page_frame("sun")
controls = frame.controls(CHOICES)
controls.widget("level")
controls.row("place", "compare")
controls.widget("latitude", start=frame.view(place_latitude, controls.values.place))
controls.widget("day")
choices = controls.done()
page = frame.view(view, choices)
texts, shown, level = page.texts, page.shown, choices.level

st.header(texts.headings.year, anchor=False)
st.markdown("\n\n".join(f"**{s}**" for s in shown.year_sentences + shown.compare_sentences))
draw_chart(shown.year_chart, alt=shown.year_alt)
st.caption(texts.computed_note.at(level))
st.markdown(f":small[{sources_line(texts.computed_note.source_ids)}]")
with st.expander(texts.headings.table, icon=":material/table:"):
    st.dataframe(shown.table, hide_index=True, width="stretch")
    csv_download(texts.download, shown.csv, "sun-and-seasons.csv", "sun_download")

st.header(texts.headings.day, anchor=False)
curve_col, shadow_col = st.columns([3, 2], gap="large")
with curve_col:
    st.markdown(f"{shown.day_sentences['noon']}\n\n{shown.day_sentences['hours']}")
    if shown.day_chart is not None:
        draw_chart(shown.day_chart, alt=shown.day_alt)
with shadow_col:
    if shown.day_sentences["shadow"]:
        st.markdown(shown.day_sentences["shadow"])
    if shown.shadow_chart is not None:
        draw_chart(shown.shadow_chart, alt=shown.shadow_alt, width="content")
st.markdown(f":small[{sources_line(texts.source_ids)}]")

st.header(texts.headings.meaning, anchor=False)
for row in rows_of(texts.meaning, 2):
    for column, point in zip(st.columns(2), row, strict=False):
        with column.container(border=True, height="stretch"):
            st.markdown(f"**{point.title}**\n\n{point.at(level)}\n\n:small[{sources_line(point.source_ids)}]")
others = " · ".join(screen_link(s, screen(s).title) for s in ("risk_check", "food_sources", "key_points"))
st.markdown(f"{texts.links_intro} {others}")

st.header(texts.headings.how, anchor=False)
st.markdown(f"{texts.how.at(level)}\n\n{shown.formula_text}\n\n:small[{sources_line(texts.how.source_ids)}]")
