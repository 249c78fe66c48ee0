"""Food sources (`/food_sources`): vitamin D per food, diet filters, units, targets and a day planner."""

import streamlit as st

from vitd.citations import sources_line
from vitd.frame import page_frame
from vitd.links import screen_link
from vitd.screens import screen
from vitd.screens.food_sources import CHOICES, day_view, view
from vitd.widgets import csv_download, draw_chart

frame = page_frame("food_sources")
controls = frame.controls(CHOICES)
controls.row("diet", "fortified")
controls.widget("groups")
controls.widget("search")
controls.row("stage", "unit", "basis")
shown = frame.view(view, controls.values)
texts = shown.texts

# --- chart and its table twin ---
st.header(texts.labels.foods, anchor=False)
if shown.empty:
    st.info(texts.empty, icon=":material/search_off:")
else:
    draw_chart(shown.chart, alt=shown.alt)
    st.caption(texts.chart_note)
    st.dataframe(
        shown.twin,
        hide_index=True,
        width="stretch",
        column_config={
            shown.amount_heading: st.column_config.NumberColumn(format=f"%.{shown.amount_digits}f"),
            "Share of target (%)": st.column_config.ProgressColumn(
                shown.share_heading, min_value=0, max_value=100, format="%.0f%%"
            ),
        },
    )
    csv_download(texts.labels.download, shown.csv, "vitamin-d-foods.csv", "food_sources_download")
    st.markdown(shown.sources)

# --- insights computed from the table ---
st.header(texts.labels.insights, anchor=False)
st.markdown(shown.insights)

# --- build a day ---
st.header(texts.labels.planner, anchor=False)
st.markdown(texts.planner_intro)
controls.widget("plan", details=shown.serving_of)
day = frame.view(day_view, controls.done())
if day is None:
    st.info(texts.planner_empty, icon=":material/restaurant:")
else:
    if day.summary.over_ul_text:
        st.error(day.summary.over_ul_text, icon=":material/warning:")
    st.markdown(" ".join(t for t in (day.summary.total_text, day.summary.shortfall_text) if t))
    draw_chart(day.chart, alt=day.summary.alt_text)
    if day.summary.range_text:
        st.caption(day.summary.range_text)
    st.dataframe(day.table, hide_index=True, width="stretch")

other_screens = (screen_link(s, screen(s).title) for s in ("risk_check", "key_points"))
st.markdown(f"{texts.other_routes} {' · '.join(other_screens)}")
st.markdown(f":small[{sources_line(texts.source_ids)}]")
